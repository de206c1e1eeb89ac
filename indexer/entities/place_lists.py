"""Round 27: an item of a list of places is a place, whatever the model filed it under.

"Chitral, Dir, Swat, Kohistan and Mansehra may receive heavy rainfall", "Zürich, Munich, Dusseldorf and Frankfurt
am Main", "Samar, Quezon, Bulacan, Metro Manila and Rizal": the small model tags a district or a town ORG (or
PERSON) by its shape in the middle of a list whose other items it tags as places. A list is one kind of thing,
so the item is a place too. place_uses.py reads the same cue across the archive and needs the name used as a
place in two articles; a district named in one list of one article is left to this pass.

The list must be an enumeration: three items or more, one conjunction ("and"/"or") before its last item and
commas between the others; its other items located places of one country, at least two and more than the
items refiled. The item must be
a bare name (place_uses._eligible: no acronym, no full name of a person, no "of"), not a body the tables or its
own head word know ("Intel", "Hamas", "Superior Court"), not used as a body in its own sentence, and not in a
sports report (where a town is its club: "Leeds, Bristol and Bath"). It takes the gazetteer's place of that
country by its own name ("Düsseldorf", Germany), else stays an unlocated place: the neighbours say what it is,
not where it lies. NEWSFACET_PLACE_LISTS=0 turns the pass off.
"""
from __future__ import annotations

import re

from search.model import Article

from . import orgs, switches
from .gazetteer import fold
from .one_facet import org_by_name

_COMMA = re.compile(r",\s*")
_LAST = re.compile(r",?\s+(?:and|or)\s+")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+$")
# The label of a mention this pass refiled.
PLACE_LIST = "PLACE_LIST"


def _runs(article: Article) -> list[list]:
    """Mentions of one paragraph that follow each other with only a comma or a conjunction between them; a
    run ends at its first conjunction (the list's last item follows it)."""
    ms = sorted((m for m in article.mentions if m.kind in ("place", "org", "person")), key=lambda m: (m.paragraph, m.start))
    runs: list[list] = []
    cur: list = []
    closed = False
    for m in ms:
        if cur and not closed and cur[-1].paragraph == m.paragraph and m.start >= cur[-1].end:
            gap = article.paragraphs[m.paragraph].text[cur[-1].end:m.start]
            if _COMMA.fullmatch(gap) or _LAST.fullmatch(gap):
                cur.append(m)
                closed = bool(_LAST.fullmatch(gap))
                continue
        if closed and len(cur) >= 3:
            runs.append(cur)
        cur, closed = [m], False
    if closed and len(cur) >= 3:
        runs.append(cur)
    return runs


def _listable(article: Article, m) -> bool:
    """A bare name, no body by the tables or its head word, not used as a body in its own sentence."""
    from .place_uses import _body_use, _eligible

    para = article.paragraphs[m.paragraph].text
    if _NAME_BEFORE.search(para[max(0, m.start - 30):m.start]):
        return False  # "Dera Ghazi [Khan]": the end of a longer name, cut
    return _eligible(m) and not orgs.known_org(m.text) and not orgs.is_outlet(m.text) and not org_by_name(m.text) \
        and not _body_use(para, m)


def refile_listed_places(articles: list[Article]) -> int:
    """Org and person mentions listed among places of one country become places (see the module docstring).
    Returns the number of mentions refiled."""
    if switches.get("NEWSFACET_PLACE_LISTS", "1") == "0":
        return 0
    from .org_places import _sports
    from .small_places import home_place

    n = 0
    for a in articles:
        runs = _runs(a)
        if not runs or _sports(a):
            continue
        for run in runs:
            odd = [m for m in run if m.kind != "place"]
            located = [m for m in run if m.kind == "place" and m.country]
            if not odd or len(located) != len(run) - len(odd) or len(located) < max(2, len(odd) + 1) \
                    or len({m.country for m in located}) != 1:
                continue
            if not all(_listable(a, m) for m in odd):
                continue  # one item is a body or a person: a mixed list, not a list of places
            country = located[0].country
            for m in odd:
                own = [p for p in home_place(m.text, country) if fold(p.name) == fold(m.text)]
                m.kind, m.label = "place", PLACE_LIST
                if own:
                    region = own[0].region if isinstance(own[0].region, str) else None
                    m.value, m.region, m.country = own[0].name, region, country
                else:
                    m.value, m.region, m.country = m.text, None, None
                n += 1
    return n
