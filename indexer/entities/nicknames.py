"""A nickname in quotes inside a person's name (round 52 of issue 11): 'Jesús “Chuy” García', 'Kambium “Kam” Buckner',
'Emanuel “Chris” Welch'.

The model reads such a name one of three ways, none of them the person: the whole as a PERSON span the tagger then
dropped for its quotes, the given name alone as PERSON and the rest glued to the next words as a WORK_OF_ART
('[Kam” Buckner and Jesús "Chuy" García]'), or the given name alone. A fresh Chicago archive lost its leading mayoral
candidate from the person facet so (24 articles). Here the name with its nickname is one person span wherever the
model tagged any part of it PERSON, and its value is the name without the nickname ("Jesús García"), which the
surname links to ("García said").
NEWSFACET_QUOTED_NICKNAMES=0 turns it off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import switches

_WORD = r"[A-Z][\w’'.\-]*"
# given names, the nickname in straight or curly quotes (one to three words), the family name(s)
_FAMILY = r"[A-Z][\w’'\-]*"  # (no dot: "Americanised "Jimmy" Bond. MGM said" ends at Bond)
NICKNAMED = re.compile(rf"\b({_WORD}(?: {_WORD}){{0,2}}) ([“\"‘'])([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){{0,2}})([”\"’'])"
                       rf" ({_FAMILY}(?: {_FAMILY}){{0,1}})(?![\w’'])")
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}  # opening quote -> its closing one
OPENING_QUOTES = "".join(_PAIRS)  # (people.looks_like_name lets a word opened by one stand in a name)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_QUOTED = re.compile(r" [“\"‘'][^“”\"‘’']{1,40}[”\"’'] ")


def enabled() -> bool:
    return switches.get("NEWSFACET_QUOTED_NICKNAMES", "1") != "0"


def join_spans(text: str, spans: list) -> list:
    """The NER spans with each nicknamed name that overlaps a PERSON span as one PERSON span; the spans it
    overlaps go (a WORK_OF_ART running on past it is no title)."""
    if not enabled() or not any(q in text for q in _PAIRS):
        return spans
    names: list[tuple[int, int, object]] = []
    later = []
    for m in NICKNAMED.finditer(text):
        if _PAIRS[m.group(2)] != m.group(4) or m.group(1).split()[-1].lower() in ("the", "a", "and"):
            continue
        person = next((s for s in spans if s.label == "PERSON" and s.start < m.end() and m.start() < s.end), None)
        if person is not None:
            # the name opens where the model's person span does, when that is inside the given names ("State
            # Rep. [Kambium] “Kam” Buckner", "U.S. Rep. [Jesús “Chuy” García]"); a span from the quote on
            # ('an Americanised ["Jimmy" Bond]') shows no given name before it
            start = max(person.start, m.start())
            if person.start >= m.start(2) or _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
                continue  # (nor does an article: 'an Americanised "Jimmy" Bond')
            names.append((start, m.end(), person))
        else:
            later.append(m)
    if not names:
        return spans
    # ... and a nicknamed name inside a span that runs on from one ('[Kam” Buckner and Jesús "Chuy" García]')
    for m in later:
        glued = next((s for s in spans if s.start < m.end() and m.start() < s.end
                      and any(s.start < b and a < s.end for a, b, _ in names)), None)
        if glued is not None and glued.start < m.start():
            names.append((m.start(), m.end(), replace(glued, label="PERSON")))
    kept = [s for s in spans if not any(s.start < b and a < s.end for a, b, _ in names)]
    joined = [replace(person, start=a, end=b, text=text[a:b]) for a, b, person in names]
    return sorted(kept + joined, key=lambda s: (s.start, s.end))


def without(name: str) -> str:
    """A person's value without a nickname in quotes: 'Jesús “Chuy” García' -> "Jesús García"."""
    return _QUOTED.sub(" ", name) if enabled() and any(q in name for q in _PAIRS) else name


def settle(mentions: list) -> list:
    """Person mentions' values without their nicknames (the last step of a pass that may have written one)."""
    for m in mentions:
        if m.kind == "person" and any(q in m.value for q in _PAIRS):
            m.value = without(m.value)
    return mentions


def link(articles) -> int:
    """A nickname written alone ("Chuy said") in an article that names the person with it, or with the family
    name ("Chuy Garcia") anywhere in an archive where one person bears both, is that person. Returns the
    number of mentions linked."""
    if not enabled():
        return 0
    from .gazetteer import fold

    archive: dict[tuple[str, str], set[str]] = {}
    own: list[dict[str, str]] = []
    for a in articles:
        here: dict[str, str] = {}
        for m in a.mentions:
            found = NICKNAMED.fullmatch(m.text) if m.kind == "person" and any(q in m.text for q in _PAIRS) else None
            if found:
                nick, family = fold(found.group(3)), fold(found.group(5).split()[-1])
                here[nick] = m.value
                archive.setdefault((nick, family), set()).add(m.value)
        own.append(here)
    if not archive:
        return 0
    n = 0
    for a, here in zip(articles, own):
        for m in a.mentions:
            if m.kind != "person" or any(q in m.text for q in _PAIRS):
                continue
            words = fold(m.text).split()
            value = here.get(words[0]) if len(words) == 1 else None
            if value is None and len(words) == 2:
                bearers = archive.get((words[0], words[1]), set())
                value = next(iter(bearers)) if len(bearers) == 1 else None
            if value is not None and m.value != value:
                m.value = value
                n += 1
    return n
