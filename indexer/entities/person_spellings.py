"""A person spelt two ways in one article: "George Shultz" and "George Schultz", "Alan Border" and "Allan Border".

Round 38 of issue 11 (dev person judging): copy misspells a name once beside its right spelling ("Dianne Feinsten",
"Alan Greespan", "Robert Preston" in an article that names the book's author Robert Peston four times), and
transliterated given names change a vowel or double a letter between two paragraphs ("Ahmad"/"Ahmed",
"Philip"/"Phillip", "Manaseh"/"Manasseh"). The facet listed both forms, the rarer usually a one-article value.

Two person values of one article are one person when they have the same number of words and differ in one word
only, by one edit (an insertion, a deletion, a change or two swapped letters) that keeps the first letter, and:
- the word is the surname and the longer of the two spellings has at least SURNAME_MIN letters (short surnames
  differ by a letter between two people: "James Risen" and "James Rosen" are two reporters; "Muhammad Amin" and
  "Muhammad Amir" two men), or the edit is a closing "s" ("the Harvey Weinsteins", "Pete Evan[s]");
- or the word is a given name of at least GIVEN_MIN letters and the edit touches a vowel or doubles a letter
  ("Ahmad"/"Ahmed", "Alan"/"Allan"): a changed consonant is another given name ("Mark"/"Mary", "Babar"/"Bahar",
  "Shafi"/"Shafiq").
Not in an article naming more than person_prefixes.LIST_MAX people (an honours list names "Ahmad Ali" and "Ahmed
Ali", two men), and not where either spelling has a second such neighbour in the archive. Every mention of the two
takes the form more articles use (ties: the one without a closing "s", more mentions, the first in sort order).
NEWSFACET_PERSON_SPELLINGS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import DamerauLevenshtein

from search.model import NO_FACET, Article

from . import switches
from .person_prefixes import LIST_MAX, rename_people

# Chosen on the dev parts' one-edit pairs (round 38): every surname pair of seven letters or more was one person
# spelt two ways; of five or fewer, two of eight were two people.
SURNAME_MIN = 7
GIVEN_MIN = 4
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1")


def _one_edit(x: str, y: str) -> bool:
    return x[:1] == y[:1] and DamerauLevenshtein.distance(x, y) == 1


def _vowel_or_double(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` differ only in their vowels or in a doubled letter."""
    return _VOWELS.sub("", x) == _VOWELS.sub("", y) or _DOUBLED.sub(r"\1", x) == _DOUBLED.sub(r"\1", y)


def variant_pair(a: str, b: str) -> bool:
    """Whether person values ``a`` and ``b`` are one name spelt two ways (see the module docstring)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(i, x.lower(), y.lower()) for i, (x, y) in enumerate(zip(wa, wb)) if x != y]
    if len(diff) != 1:
        return False
    i, x, y = diff[0]
    if not (x.isalpha() or "-" in x) or not _one_edit(x, y):
        return False
    if i == len(wa) - 1:
        return max(len(x), len(y)) >= SURNAME_MIN or x + "s" == y or y + "s" == x
    return min(len(x), len(y)) >= GIVEN_MIN and _vowel_or_double(x, y)


def merge_spellings(articles: list[Article]) -> int:
    """Give the two spellings of one person written in one article one value across the archive. Returns the
    number of mentions renamed."""
    if switches.get("NEWSFACET_PERSON_SPELLINGS", "1") == "0":
        return 0
    weight: Counter = Counter()
    said: Counter = Counter()
    per_article = []
    for a in articles:
        values = Counter(m.value for m in a.mentions if m.kind == "person" and m.label != NO_FACET and " " in m.value)
        weight.update(values.keys())
        said.update(values)
        per_article.append(sorted(values))
    pairs = set()
    for values in per_article:
        if len(values) > LIST_MAX:
            continue
        by_count: dict[int, list[str]] = {}
        for v in values:
            by_count.setdefault(len(v.split()), []).append(v)
        for group in by_count.values():
            pairs.update((u, v) for k, u in enumerate(group) for v in group[k + 1:] if variant_pair(u, v))
    if not pairs:
        return 0
    # (a spelling with two neighbours in the archive is ambiguous: "Allan Farobo" beside "Allen" and "Alan")
    neighbours: Counter = Counter()
    for u, v in pairs:
        neighbours.update((u, v))
    rename = {}
    for u, v in sorted(pairs):
        if neighbours[u] > 1 or neighbours[v] > 1:
            continue
        # (ties: not the form with a closing "s", a plural's or a possessive's: "the Harvey Weinsteins of this world")
        plural = {u: u == v + "s", v: v == u + "s"}
        keep, drop = sorted((u, v), key=lambda s: (-weight[s], plural[s], -said[s], s))
        rename[drop] = keep
    return rename_people(articles, rename)
