"""Round 16: a name filed as a person that the archive's sentences use as a medium is a platform, not a person.

The small model tags a social network PERSON by its shape in whole archives ("He wrote on Twitter", "vented
their anger on Twitter", "his official Twitter account"): judged wrong on seven of the 33 corpora (africa_newswire,
latam_newswire, onestop_guardian, rappler, tehrantimes, india_news, ukpress: "Twitter", "Instagram"). Nobody posts
on a person, has a person's account or follows a person's channel; a person is posted ABOUT. Round 15 took the
same sentences (org_things: "posted on X", "a post on X", "an X account") as evidence that an org value names a
medium. Here a person value used so in at least MEDIA_MIN mentions and MEDIA_SHARE of all its mentions (ukpress2016:
"Twitter" 38 of its 156, the rest "highlighted on", "taken to", "On Twitter," which a person can be too), and
never after a person's title or honorific, is filed as the organisation of its name: each medium mention leaves
the facet (NO_FACET, as org_things does for an org value), the others ("Twitter said it would ...") are the
company. NEWSFACET_PERSON_MEDIA=0 turns the pass off.
"""
from __future__ import annotations

import os
import re
from collections import Counter

from search.model import NO_FACET

MEDIA_MIN = 3
# Once the archive shows the name to be a medium, a bare "on X" / "to X" is that medium too ("emerged on Twitter",
# "taken to Twitter", "On Twitter, the minister ..."): it names where something was said, not the company.
_ON = re.compile(r"(?:^|\b)(?:[Oo]n|onto|to)\s+(?:the\s+)?$")
MEDIA_SHARE = 1 / 5


def refile_media(articles) -> int:
    """Person values the archive uses as a medium become organisations (see the module docstring). Returns the
    number of mentions refiled."""
    if os.environ.get("NEWSFACET_PERSON_MEDIA", "1") == "0":
        return 0
    from .org_things import _MEDIUM_AFTER_WEAK, _medium
    from .orgs import normalise_org
    from .people import honorific_before, title_before

    n_all: Counter = Counter()
    media: Counter = Counter()
    personal: Counter = Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.value != m.text:
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            n_all[m.value] += 1
            if title_before(before) or honorific_before(before):
                personal[m.value] += 1
            elif _medium(before, after) or _MEDIUM_AFTER_WEAK.match(after):
                media[m.value] += 1
    platforms = {v for v, k in media.items() if k >= MEDIA_MIN and k >= MEDIA_SHARE * n_all[v] and not personal[v]}
    if not platforms:
        return 0
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.value not in platforms or m.value != m.text:
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            m.kind, m.value = "org", normalise_org(m.text)
            if _medium(before, after) or _MEDIUM_AFTER_WEAK.match(after) or _ON.search(before):
                m.label = NO_FACET
            n += 1
    return n
