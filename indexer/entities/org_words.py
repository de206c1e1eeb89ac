"""Corpus evidence against organisation values: common words and people the model tagged ORG.

The small model tags a capitalised common word or phrase as ORG ("the Opposition leader", "Social Welfare",
"Apple" in a story about the fruit) and a person's full name as ORG when it has not met the given name
("Russia's Julia Novak fourth"). Neither needs a word list: the corpus itself says
- whether a word or a two-word phrase is ordinary English: written in lower case mid-sentence more often
  than capitalised ("opposition", "social welfare"), unless the mention has a body's cue around it
  ("Opposition party", "the firm Apple");
- whether a name's first word is a given name: the first word of another person's full name in the corpus
  ("Julia Roberts" makes "Julia Novak" a person, while "Julia Novak Ltd" keeps its legal form, and a name
  tagged ORG in more than two articles is a firm named after people).
"""
from __future__ import annotations

import re
from collections import Counter

from . import orgs
from .gazetteer import fold

_WORD = re.compile(r"[^\W\d_][^\W\d_’'\-]*")
_NAME_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?")  # "Julia", "Moen-Guidon"


def _counts(articles) -> tuple[Counter, Counter]:
    """(lower-case, capitalised) counts of words and two-word phrases written after a lower-case word or a
    comma, i.e. where capitals mean a name and not the start of a sentence."""
    low: Counter = Counter()
    cap: Counter = Counter()
    for a in articles:
        for p in a.paragraphs:
            words = _WORD.findall(p.text)
            for prev, w, nxt in zip(words, words[1:], words[2:] + [""]):
                if not prev[:1].islower():
                    continue
                k = w.lower()
                if w[:1].islower():
                    low[k] += 1
                    if nxt[:1].islower():
                        low[f"{k} {nxt}"] += 1
                else:
                    cap[k] += 1
                    if nxt[:1].isupper():
                        cap[f"{k} {nxt.lower()}"] += 1
    return low, cap


def _cued(article, m) -> bool:
    from .one_facet import _ORG_AFTER, _ORG_BEFORE

    para = article.paragraphs[m.paragraph].text
    return bool(_ORG_AFTER.match(para[m.end:m.end + 40]) or _ORG_BEFORE.search(para[max(0, m.start - 30):m.start]))


def _person_shaped(value: str, given: set[str]) -> bool:
    from .one_facet import _ORG_LAST
    from .org_spans import BODY_LAST, LEGAL

    words = value.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) and fold(words[0]) in given \
        and not any(fold(w) in BODY_LAST | LEGAL | _ORG_LAST for w in words)


def weed(articles) -> None:
    """Drop organisation mentions of ordinary words; file people's full names tagged ORG as people."""
    low, cap = _counts(articles)
    given = {fold(m.value.split()[0]) for a in articles for m in a.mentions
             if m.kind == "person" and len(m.value.split()) >= 2 and m.label == "PERSON"}
    # A company named after people ("Coles Myer", "James Capel") recurs as ORG across the corpus; the model
    # tags a person's name ORG now and then: a name tagged ORG in more than two articles stays a body.
    spread = Counter(v for a in articles for v in {m.value for m in a.mentions if m.kind == "org"})
    keep_as = {}
    values = set(spread)
    for a in articles:
        drop = set()
        cued = {m.value for m in a.mentions if m.kind == "org" and _cued(a, m)}
        for i, m in enumerate(a.mentions):
            v = m.value
            if m.kind != "org" or v in cued or orgs.known_org(v) or orgs.is_outlet(v):
                continue
            if _two_in_one(v, values) or _headline_word(v, low, cap):
                drop.add(i)
                continue
            if v.isupper():
                continue
            if v not in keep_as:
                keep_as[v] = _reading(v, low, cap, given)
            if keep_as[v] == "none":
                drop.add(i)
            elif keep_as[v] == "person" and m.text == v and spread[v] <= 2:
                m.kind = "person"
        if drop:
            a.mentions = [m for i, m in enumerate(a.mentions) if i not in drop]


_TITLE_WORD = re.compile(r"\b(?:Minister|Secretary|President|Chairman|Chairwoman|Director|Governor|Mayor|"
                         r"Senator|Chief|Officer|Spokesman|Spokeswoman|Leader)$")


def _two_in_one(value: str, values: set[str]) -> bool:
    """Two names glued by "and" into one span: each half is an organisation value of its own somewhere in the
    corpus ("Facebook and Google"), or one half is a person's title ("Foreign Minister and ODS")."""
    from .one_facet import org_by_name

    halves = value.split(" and ")
    if len(halves) != 2 or not all(h[:1].isupper() for h in halves) or org_by_name(value):
        return False  # "American Telephone and Telegraph Co": one firm whose name holds "and"
    return all(h in values or orgs.known_org(h) for h in halves) or any(_TITLE_WORD.search(h) for h in halves)


def _headline_word(value: str, low: Counter, cap: Counter) -> bool:
    """A common word in a headline's capitals ("ADVISABILITY", "CORRESPONDENT"): one all-capital word the
    corpus writes in lower case more often than as a capitalised name mid-sentence (an acronym like "NATO" is
    never written "nato"; "SHELL" has its "Shell" elsewhere)."""
    k = value.lower()
    return value.isupper() and " " not in value and len(value) >= 4 and value.isalpha() and low[k] >= 2 \
        and low[k] > cap[k]


def nationality(word: str) -> bool:
    """A nationality or regional adjective made from a country's or region's name ("Guatemalan",
    "Brazilian", "Sudanese", "Pakistani"), which names people, never a body."""
    from . import places
    from .junk import is_demonym

    if is_demonym(word):
        return True
    if not re.fullmatch(r"[A-Z][a-z]{4,}", word) or places.candidates(word):
        return False
    stems = {word[:-1]: ("an", "i"), word[:-2]: ("an", "ian"), word[:-3]: ("ian", "ese", "ean"),
             word[:-2] + "o": ("in",)}  # "Montenegrin" of Montenegro
    for stem, endings in stems.items():
        if len(stem) >= 4 and any(word.endswith(e) for e in endings) and any(
                p.kind in ("country", "region") and fold(p.name) == fold(stem) for p in places.candidates(stem)):
            return True
    return False


def _reading(value: str, low: Counter, cap: Counter, given: set[str]) -> str:
    words = value.split()
    if len(words) == 1 and nationality(value):
        return "none"  # "Guatemalan" tagged ORG: a nationality
    if 1 <= len(words) <= 2 and all(len(w) > 2 for w in words):
        k = " ".join(w.lower() for w in words)
        if words[-1][:1].isupper() and low[k] > cap[k]:
            return "none"  # "Opposition", "Social Welfare": ordinary English, capitalised here
    last = words[-1].lower() if words else ""
    if _person_shaped(value, given) and low[last] <= cap[last]:  # "Diamond Lumber": a trade, not a surname
        return "person"
    halves = value.split(" and ")
    if len(halves) == 2 and all(_person_shaped(h, given) for h in halves):
        return "none"  # "Anna Berg and Eva Lind": two people in one span
    return "org"
