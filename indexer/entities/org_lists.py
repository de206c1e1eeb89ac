"""Round 53: a name listed among bodies is a body ("Axis Bank, Bajaj Auto, Reliance Industries, SBI and Hindustan
Unilever").

The org evidence gate (org_evidence) keeps a name out of the facet until something shows it names a body. A markets
report lists the day's movers, and a firm named without a head word ("Hindustan Unilever", "Bajaj Auto") had no other
evidence: an Economic Times business archive hid Hindustan Unilever so. A list whose items are all org mentions, at
least MIN_ITEMS of them, and at least MIN_SURE of the others already bodies by the gate's evidence, is a list of
bodies: its other items are bodies too. A list mixing places or people ("Apple, Google and Paris") says nothing.
NEWSFACET_ORG_LISTS=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches
from .gazetteer import fold

MIN_ITEMS = 3
MIN_SURE = 2
_SEPARATOR = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")  # between two items of a list


def listed_with_bodies(articles, sure: set[str], low, heads: set[str]) -> set[str]:
    """The org values not in ``sure`` that some list of bodies holds. ``low``: the archive's words written in lower
    case (org_words._counts); ``heads``: the body head words (org_evidence._heads). A name of ordinary words counts
    only by its head ("Axis Bank"), and none is taken from a list ("Banking & Finance, Human Capital Management,
    Business Analytics": a course's subjects)."""
    if switches.get("NEWSFACET_ORG_LISTS", "1") == "0":
        return set()
    found: set[str] = set()
    for a in articles:
        if not any(m.kind == "org" and m.value not in sure for m in a.mentions):
            continue
        by_para: dict[int, list] = {}
        for m in a.mentions:
            by_para.setdefault(m.paragraph, []).append(m)
        for pi, ms in by_para.items():
            text = a.paragraphs[pi].text
            for group in _lists(sorted(ms, key=lambda m: m.start), text):
                if len(group) < MIN_ITEMS or any(m.kind != "org" for m in group):
                    continue
                bodies = sum(m.value in sure and (not _ordinary(m.value, low) or _headed(m.value, heads))
                             for m in group)
                unsure = {m.value for m in group if m.value not in sure and not _ordinary(m.value, low)}
                if unsure and bodies >= MIN_SURE:
                    found |= unsure
    return found


def _headed(value: str, heads: set[str]) -> bool:
    return fold(value.split()[-1]) in heads


def _ordinary(value: str, low) -> bool:
    """Whether every word of a name is one the archive also writes in lower case ("Banking & Finance")."""
    words = [w for w in re.findall(r"[\w’'\-]+", value) if w.lower() not in ("and", "of", "the")]
    return bool(words) and all(low.get(w.lower()) for w in words)


def _lists(mentions, text: str):
    """Runs of mentions written one after another with only a list's separator between them."""
    run = []
    for m in mentions:
        if run and _SEPARATOR.fullmatch(text[run[-1].end:m.start]):
            run.append(m)
        else:
            if len(run) > 1:
                yield run
            run = [m]
    if len(run) > 1:
        yield run
