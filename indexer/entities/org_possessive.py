"""Round 28: a firm whose name ends in a possessive keeps it ("McDonald's", "Standard & Poor's", "Lloyd's").

The model's ORG span stops before the "'s" of "McDonald's said", and the span trim drops a possessive from every
name's edge, so the value was "McDonald" (read elsewhere as the surname of a person), "Standard & Poor", "Macy":
names no one writes, which no journalist would type into the filter. Whether "'s" ends the name or marks a
possessive is the archive's to tell:
- a sentence uses "X's" as a whole name: a reporting verb right after it ("Standard & Poor's downgraded",
  "Lloyd's would continue") or a punctuation mark closing it ("stores like Macy's, Bloomingdale's", "at
  McDonald's.") -- a possessive is followed by what it owns;
- and the archive never names the body without it: "Apple's chief said" beside "Apple said" is a possessive.
An acronym is never so named ("the FBI's." is the FBI's something), nor a long name ("the University of X's").
NEWSFACET_ORG_POSSESSIVE=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import Article

from . import switches

_POSSESSIVE = re.compile(r"[’']s\b")
# "X's" as a whole name: a reporting verb after it, or a mark that closes the name
_AS_NAME = re.compile(r"[’']s(?:\s+(?:said|says|has|had|is|was|will|would|reported|reports|announced|announces|cut|"
                      r"raised|lowered|downgraded|upgraded|rated|declined|added)\b|\s*[.,;:)\"”])")
_BRACKETED_OWN = re.compile(r"[’']s\s*\(")  # a "Long Name's (LN)" span, one candidate until mention_spans splits it
_ACRONYM = re.compile(r"[A-Z0-9&.\-]+")
_NAME_WORDS = 2  # "Marshall Field's", "Standard & Poor's" ("&" and "and" do not count)
BARE_TEXT = 2  # times the archive's text writes the name without "'s" before it is a possessive


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_POSSESSIVE", "1") != "0"


def _shape_ok(value: str) -> bool:
    words = [w for w in value.split() if w not in ("&", "and")]
    return 1 <= len(words) <= _NAME_WORDS and not _ACRONYM.fullmatch(value.replace(" ", "")) \
        and "-" not in words[-1]


def _written_bare(values: set[str], articles: list[Article]) -> set[str]:
    """Round 50: those of ``values`` the archive's text writes without "'s" (BARE_TEXT times or more), the model's
    tags aside: a tech archive's model tagged "Facebook" only in "Facebook's Sheryl Sandberg", "Facebook's first
    data scientists" (every bare "Facebook said" untagged), so "Facebook's" was the org value of 12 articles. Not
    after a capitalised word ("Ronald McDonald") -- a person's surname. NEWSFACET_POSSESSIVE_TEXT=0: tags only."""
    if not values or switches.get("NEWSFACET_POSSESSIVE_TEXT", "1") == "0":
        return set()
    words = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    pattern = re.compile(r"(?<![\w’'\-])(%s)(?![\w’'\-])" % words)
    seen: Counter = Counter()
    for a in articles:
        for p in a.paragraphs:
            for m in pattern.finditer(p.text):
                if not _AFTER_NAME.search(p.text[max(0, m.start() - 30):m.start()]):
                    seen[m.group(1)] += 1
    return {v for v in values if seen[v] >= BARE_TEXT}


_AFTER_NAME = re.compile(r"[A-Z][\w’'.\-]*\s+$")  # "Ronald McDonald", "John McDonald": a person's surname


def restore_name_possessives(articles: list[Article]) -> int:
    """Org values the archive writes as a name ending in "'s" take it back, span and value (see the module
    docstring). Returns the number of mentions changed."""
    if not enabled():
        return 0
    bare: Counter = Counter()
    as_name: Counter = Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind != "org":
                continue
            after = a.paragraphs[m.paragraph].text[m.end:m.end + 24]
            if _BRACKETED_OWN.search(m.text):
                as_name[m.value] += 1  # round 64: "Standard & Poor's (S&P)": the value lost the "'s" (orgs._BRACKETED)
            elif not _POSSESSIVE.match(after):
                bare[m.value] += 1
            elif _AS_NAME.match(after):
                as_name[m.value] += 1
    named = {v for v in as_name if not bare[v] and _shape_ok(v)}
    named -= _written_bare(named, articles)
    n = 0
    for a in articles if named else ():
        for m in a.mentions:
            if m.kind == "org" and m.value in named:
                text = a.paragraphs[m.paragraph].text
                if _POSSESSIVE.match(text, m.end):
                    m.end += 2
                    m.text = text[m.start:m.end]
                    m.value = f"{m.value}'s"
                    n += 1
                elif _BRACKETED_OWN.search(m.text):
                    m.value = f"{m.value}'s"
                    n += 1
    return n
