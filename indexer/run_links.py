"""One indexing run is linked as one archive, wherever its chunks fell.

The corpus pass (``entities.link_people``) draws its evidence from every article it is given: how often a
surname stands alone, which words the archive writes in lower case, which long form an acronym spells out.
The pipeline writes a run in chunks of a few hundred articles (a killed run keeps what it wrote). Linked chunk
by chunk, the real-archive dev parts got other facets than linked whole (mean org top-100 precision .917 ->
.906 in chunks of 400; "Drexel Burnham Lambert" / "... Inc" left apart), and written one article per file
16-24% of their articles stored other mentions than the evaluation scored. So a run of more than one chunk
stores its chunks as tagged and names their articles in the store (search/store_links.py); ``settle`` links
them all together at its end, as the evaluation does, and stores what changed. A one-chunk run is linked
before it is written, as it always was. A run of more than NEWSFACET_LINK_ARTICLES (20,000) is linked in parts
of that many as it goes, each part meeting the earlier ones as a later run does: the link holds what it reads
in memory (~30 KB per article, bench/RESULTS.md), which linked whole would grow with the run without bound.

Runs meet through the names the archive already holds (its faceted people and organisations, read from
tables the store keeps by triggers): linking the whole archive again on every run would cost what the
archive holds, not what the run adds (issue 18).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import fields
from operator import attrgetter

from search.model import Mention
from search.store import Store

from . import entities

# A mention's fields as a flat tuple, to see what the link changed: dataclasses.astuple deep-copies every field
# (0.81 s against 0.04 s for the 56k mentions of 2,000 articles, twice per settle); the fields are str, int or None.
_fields_of = attrgetter(*(f.name for f in fields(Mention)))


def settle(store: Store, known_people: Iterable[str], known_orgs: Iterable[str],
           kinds: Counter | None = None, of: Container[str] = ()) -> list[str]:
    """Link the articles stored unlinked (this run's, and any a killed run left) together and store the
    mentions that changed; returns those articles' ids (queued for the index). ``kinds`` counts the linked
    mentions of the articles ``of`` names by kind (the run's summary)."""
    articles = store.unlinked_articles()
    tagged = {a.id: list(map(_fields_of, a.mentions)) for a in articles}
    if articles:
        entities.link_people(articles, set(known_people), set(known_orgs))
    if kinds is not None:
        kinds.update(m.kind for a in articles if a.id in of for m in a.mentions)
    changed = {a.id: a.mentions for a in articles if list(map(_fields_of, a.mentions)) != tagged[a.id]}
    store.settle_links(changed, tagged)
    return list(changed)
