"""Round 44: a name the model tagged ORG inside a list of people's names, or set against one in a bout, is a person.

The model tags a player or a wrestler ORG among people it tags PERSON ("Some of the players like David Willey, Faf du
Plessis, Mark Wood", "AJ Styles vs Shinsuke Nakamura"): org_words.weed files such a name as a person when its shape is
a person's (initials and particles allowed) and no word of it is a body's -- not a title in apposition between two
office holders ("Kritananda Reddy, Principal State Counsel, Mario ..."). NEWSFACET_ORG_IN_NAME_LISTS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET

from . import switches

# What stands between two names of a list, or of a bout ("David Willey, X, Mark Wood", "X vs Shinsuke Nakamura").
_LIST_GAPS = (", ", ", and ", " and ", " or ")
_BOUT_GAPS = (" vs ", " vs. ", " v ", " v. ", " versus ")
_PARTICLES = {"du", "de", "da", "dos", "das", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "di"}
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.?){1,3}")  # "JP", "A.B.", "K."


def listed_name(value: str, low: Counter, cap: Counter) -> bool:
    """A list's or a bout's name shaped like a person's: two to four words, initials or a particle allowed before the
    surname ("Faf du Plessis", "JP Duminy", "AJ Styles"), the surname no ordinary word, none a body's word."""
    from .org_not_bodies import person_shaped
    from .org_words import _NAME_WORD

    words = value.split()
    if not 2 <= len(words) <= 4 or not _NAME_WORD.fullmatch(words[-1]) or low[words[-1].lower()] > cap[words[-1].lower()]:
        return False
    from .surname_bearers import english_word

    plain = [w for w in words if not (_INITIALS_WORD.fullmatch(w) or w in _PARTICLES)]
    if len(plain) == len(words) and all(english_word(w) for w in words):
        return False  # a title between two names of a list of office holders: "X, Principal State Counsel, Y"
    shaped = " ".join(plain if len(plain) >= 2 else plain + plain)  # (person_shaped wants two words: "Styles Styles")
    return all(_NAME_WORD.fullmatch(w) for w in plain) and person_shaped(shaped)


def enabled() -> bool:
    """NEWSFACET_ORG_IN_NAME_LISTS=0: a name tagged ORG between two people's names keeps its reading (before round 44)."""
    return switches.get("NEWSFACET_ORG_IN_NAME_LISTS", "1") != "0"


def between_people(article, m) -> bool:
    """Round 44: a name tagged ORG inside a list of people's full names -- one on either side ("Some of the players
    like David Willey, X, Mark Wood") -- or set against one in a bout ("X vs Shinsuke Nakamura"): one of them, a
    person, whatever its first word (the name tables hold no "Faf", "JP", "AJ")."""
    para = article.paragraphs[m.paragraph].text
    if not para[max(0, m.start - 9):m.start].endswith((", ",) + _BOUT_GAPS) \
            and not para.startswith(_LIST_GAPS + _BOUT_GAPS, m.end):
        return False  # (asked of every org mention: most have no list or bout around them)
    left = right = False
    for o in article.mentions:
        if o.kind != "person" or o.paragraph != m.paragraph or " " not in o.value or o.label not in ("PERSON", NO_FACET):
            continue
        if para[o.end:m.start] in _BOUT_GAPS or para[m.end:o.start] in _BOUT_GAPS:
            return True
        left = left or para[o.end:m.start] in _LIST_GAPS[:1]
        right = right or para[m.end:o.start] in _LIST_GAPS
    return left and right
