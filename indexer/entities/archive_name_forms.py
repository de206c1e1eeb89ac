"""Round 65: one person's full name with and without a word, written in different articles of the archive.

merge_middle_initials and merge_dropped_words (person_prefixes.py) merge "John D. Dingell" and "John Dingell", or
"Biplab Kumar Deb" and "Biplab Deb", where one article writes both. Across articles nothing joined them: the dev
archives held "Rafael Mariano Grossi" (1 article) beside "Rafael Grossi" (2), "David M. Webb" (5) beside "David Webb"
(6), "Richard von Weizsaecker" beside "Richard Weizsaecker", "Tory Liam Fox" beside "Liam Fox" (10), and a fresh aid
archive "Arthur Peter Mutharika" (6) beside "Peter Mutharika" (25). A two-word value and a three-word value that
drops one of its words to it are one person when
- no other person value of the archive ends in that surname (two Smiths, two Khans may be two people: an honours
  list's "Hussain Ali Khan" is not its "Ali Khan"), and
- no article writes both without the per-article passes having joined them ("John Quincy Adams" beside "John
  Adams" in one article: two presidents).
Every mention takes the form more articles use; ties go to the fuller, or to the shorter where the dropped word led
(a party, a nationality or an initial in front: "Croatian Ivan Ljubicic"). NEWSFACET_ARCHIVE_NAME_FORMS=0: off.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from search.model import NO_FACET, Article

from . import switches
from .gazetteer import fold
from .people import PARTICLES
from .person_prefixes import rename_people

# The first words of a compound surname written without the given name ("[Rasha] Abdel Aal", "Abu Marzouk", "Van
# Rompuy"): such a two-word value is a surname, and the three-word name ending in it may be anybody of that family (a
# fresh Egyptian archive's tax authority head had become its "Mohamed Abdel Aal").
# The name particles people.py already knows ("von", "bin", "el", ...) and the openers that are no particle there.
COMPOUND_OPENERS = PARTICLES | {"abdel", "abdul", "abd", "abu", "ben", "ould", "della", "mac", "mc", "st"}


def _surname(value: str) -> str:
    """The last part of a value's last word: a hyphenated surname shares it with its spellings apart ("Ken Ofori-Atta",
    "Ofori Atta"), so a family written both ways is never one person's alone."""
    return fold(value.split()[-1].split("-")[-1])


def merge_archive_forms(articles: list[Article]) -> int:
    """Rename the fuller or the shorter form of one person (module docstring); returns the mentions renamed."""
    if switches.get("NEWSFACET_ARCHIVE_NAME_FORMS", "1") == "0":
        return 0
    weight: Counter = Counter()  # value -> articles
    together: set[frozenset[str]] = set()
    surnames: dict[str, set[str]] = defaultdict(set)  # folded last word -> the archive's values of 2+ words ending so
    for a in articles:
        values = {m.value for m in a.mentions if m.kind == "person" and m.label != NO_FACET and " " in m.value}
        weight.update(values)
        for v in values:
            surnames[_surname(v)].add(v)
        if len(values) > 1:
            by_last: dict[str, list[str]] = defaultdict(list)
            for v in values:
                by_last[_surname(v)].append(v)
            together.update(frozenset(vs) for vs in by_last.values() if len(vs) == 2)
    rename: dict[str, str] = {}
    for vs in surnames.values():
        if len(vs) != 2:
            continue
        short, long = sorted(vs, key=lambda v: len(v.split()))
        s, w = short.split(), long.split()
        if len(s) != 2 or len(w) != 3 or frozenset(vs) in together:
            continue
        lead = w[1:] == s  # "Arthur Peter Mutharika", "Tory Liam Fox", "P. Nandalal Weerasinghe"
        if not (lead or [w[0], w[2]] == s) or lead and fold(s[0]) in COMPOUND_OPENERS:
            continue  # ... or "Rafael Mariano Grossi", "David M. Webb"; not a compound surname alone ("Abdel Aal")
        keep = short if weight[short] > weight[long] or lead and weight[short] == weight[long] else long
        rename[long if keep == short else short] = keep
    return rename_people(articles, rename)
