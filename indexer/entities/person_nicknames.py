"""One person under a given name and its familiar form: "Dan Andrews" and "Daniel Andrews", "Chuck Schumer" and
"Charles Schumer", "Tommy Mair" and "Thomas Mair" (round 41 of issue 11).

Newsrooms write a politician's familiar name in one story and the formal one in the next; the person facet listed
both, the rarer a value of its own (ten pairs in the dev parts' top-100 person lists: dailymail_au2020's "Dan
Andrews" in 2 articles beside "Daniel Andrews" in 10, ukpress2016's "Tommy Mair" beside "Thomas Mair"). The
given names and their familiar forms come from the nicknames package's hand-curated table (Carlton Northern and
Nick Crews, Apache-2.0). That table is a genealogist's: it also pairs names across genders and letters ("Erin" for
Aaron, "Lisa" for Alice), so a pair is taken only where both words open with the same letter and the familiar form
is the shorter ("Dan"/"Daniel", "Chuck"/"Charles", "Andy"/"Andrew"; not "Bob"/"Robert", which this leaves apart), and
never where Faker's English name tables give the two names different genders ("Chris" and "Christine").

Two person values of the archive are one person when they are written with the same words after the first, their
first words are such a pair, and the familiar form pairs with no other formal name the archive gives that
surname ("Pat Smith" beside "Patrick Smith" and "Patricia Smith" stays apart). Every mention takes the form more
articles use (ties: the formal one). Round 42: a "familiar" form that is a formal name in its own right ("John"
beside "Johann") is none, and under the commonest English surnames the two must be written in one article or one
of them in three articles or more (namesakes). NEWSFACET_NICKNAMES=0 turns it off.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from search.model import NO_FACET, Article

from . import switches
from .faker_names import common_surnames, english_genders
from .gazetteer import fold
from .person_prefixes import rename_people


def enabled() -> bool:
    return switches.get("NEWSFACET_NICKNAMES", "1") != "0"


@lru_cache(maxsize=1)
def _formal_of() -> dict[str, frozenset[str]]:
    """Familiar form -> the formal names it stands for, both folded, same first letter, the familiar one shorter.

    Round 42: a "familiar" form the table gives three familiar forms of its own that the formal name does not share
    is a formal name in its own right, not a short form: "John" (Jack, Johnny, Jon, Ian ...) beside "Johann", which
    the table pairs as variants (timesofmalta2019: the planning chief Johann Buttigieg and a mayor John Buttigieg
    were one person). "Mike" (Mick, Micky: Michael's too) and "Tom" (Tommy) stay familiar forms."""
    from nicknames import name_triplets

    familiars: dict[str, set[str]] = defaultdict(set)
    for t in name_triplets():
        familiars[t.name1.lower()].add(t.name2.lower())
    out: dict[str, set[str]] = defaultdict(set)
    for formal, forms in familiars.items():
        for familiar in forms:
            own = familiars.get(familiar, set()) - forms - {formal}
            if formal[:1] == familiar[:1] and len(familiar) < len(formal) and len(own) < 3:
                out[familiar].add(formal)
    return {k: frozenset(v) for k, v in out.items()}


def _same_gender(familiar: str, formal: str) -> bool:
    """False where both names are listed for genders and never for the same one ("Chris" / "Christine": the table's
    "Chris" stands for Christopher and Christine alike)."""
    genders = english_genders()
    a, b = genders.get(familiar), genders.get(formal)
    return not (a and b) or bool(a & b)


def _likely_one(familiar: str, formal: str, where: dict[str, set[int]]) -> bool:
    """Round 42: under one of the commonest English surnames two names of one given name and its familiar form are
    as likely namesakes as one person ("Pete Johnson" of a family firm, "Peter Johnson" a boxer of 1930, in
    latam_newswire2022); they are one person there only where one article writes both, or one of them is in three
    articles or more (a public figure, "Dan Andrews" beside "Daniel Andrews" in 10). Rarer surnames ("Schumer",
    "Giuliani") need neither."""
    surname = fold(familiar.split()[-1])
    if surname not in common_surnames():
        return True
    return bool(where[familiar] & where[formal]) or max(len(where[familiar]), len(where[formal])) >= 3


def merge_nicknames(articles: list[Article]) -> int:
    """Give a person written by a familiar given name and by its formal one one value across the archive; returns
    the number of mentions renamed."""
    if not enabled():
        return 0
    where: dict[str, set[int]] = defaultdict(set)  # person value -> the articles naming it
    for i, a in enumerate(articles):
        for m in a.mentions:
            if m.kind == "person" and m.label != NO_FACET and " " in m.value:
                where[m.value].add(i)
    firsts: dict[str, dict[str, str]] = defaultdict(dict)  # the words after the first -> folded first word -> value
    for v in where:
        words = v.split()
        if words[0].isalpha() and words[0][:1].isupper():
            firsts[fold(" ".join(words[1:]))][fold(words[0])] = v
    formal_of = _formal_of()
    rename = {}
    for by_first in firsts.values():
        if len(by_first) < 2:
            continue
        for first, value in by_first.items():
            formal = [by_first[f] for f in formal_of.get(first, ()) if f in by_first and _same_gender(first, f)]
            if len(formal) != 1:
                continue
            other = formal[0]
            if not _likely_one(value, other, where):
                continue
            keep, drop = sorted((other, value), key=lambda s: (-len(where[s]), s == value))
            rename[drop] = keep
    # (a value renamed into one that is itself renamed: follow it)
    for k in list(rename):
        seen = {k}
        while rename[k] in rename and rename[k] not in seen:
            seen.add(rename[k])
            rename[k] = rename[rename[k]]
    return rename_people(articles, {k: v for k, v in rename.items() if k != v})
