"""Organisation spans the model ended or began inside a hyphened word (round 55 of issue 11).

spaCy's tokenizer splits "GI-TOC", "CNN-IBN" and "Attorney-General" at the hyphen, and the small model's ORG span
often stops there: "the [GI]-TOC report", "released by [CNN]-IBN", "Justice and Attorney-[General Department]".
The facet then showed a fragment ("GI", "CNN", "General Department") that is another body's name or none. A name's
edge never falls inside a word, so on raw NER spans of one paragraph:

- an acronym the model cut before a hyphen and a second acronym ("GI" + "-TOC", "CJTF" + "-OIR") is one acronym
  (not a letter or a numeral after it, "USB-C", "UDAY-II", nor the word again, "PAN-PAN", nor inside a line written
  in capitals, "THE RUN-UP TO CHRISTMAS");
  a lower-case word after the hyphen is the usual compound ("the GOP-led Senate", "a UN-backed force"): the body
  is the name before it, as tagged;
- a capitalised word and a hyphen before the span ("Attorney-", "Borg-") open the name, unless that word is a name
  of its own the model tagged ("UK-EU summit", "Chevrolet-Pontiac"), a country ("Iran-EU relations") or a prefix
  ("Anti-ISIS", "Pro-EU");
(the company form "Co" the model ended on before a title, "Scottish Green Party Co-Leader", is span_edges.trim's
to cut, as before a lower-case "-leader").

NEWSFACET_ORG_HYPHENS=0 turns it off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import switches

_ACRONYM_END = re.compile(r"(?:^|[\s(])[A-Z][A-Z0-9&]{1,7}$")
_ACRONYM_AFTER = re.compile(r"-([A-Z][A-Z0-9]{0,7})(?![\w\-’'])")
_WORD_BEFORE = re.compile(r"(?:^|[\s(“\"‘'])([A-Z][A-Za-z]+)-$")
_ROMAN = re.compile(r"[IVX]+")
_PREFIXES = {"anti", "pro", "ex", "non", "pan", "neo", "post", "pre", "mid", "self", "semi", "multi", "inter",
             "trans", "sub", "super", "ultra", "co", "re", "then", "former", "quasi", "all"}


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_HYPHENS", "1") != "0"


def whole_words(text: str, spans: list) -> list:
    """``spans`` of one paragraph with every ORG span's edges moved out of the hyphened words (the docstring)."""
    if "-" not in text or not enabled():
        return spans
    out = []
    for i, s in enumerate(spans):
        if s.label == "ORG":
            s = _end(text, s, spans[i + 1] if i + 1 < len(spans) else None)
            s = _start(text, s, spans[i - 1] if i else None)
        out.append(s)
    return out


def _end(text: str, s, after):
    if text[s.end:s.end + 1] != "-":
        return s
    more = _ACRONYM_AFTER.match(text, s.end)
    if not more or not _ACRONYM_END.search(s.text) or after is not None and after.start < more.end():
        return s  # no acronym after the hyphen, or one the model tagged as a name of its own
    second = more.group(1)
    if len(second) < 2 or _ROMAN.fullmatch(second) or s.text.endswith(second) \
            or not re.search(r"[a-z]", text[max(0, s.start - 12):more.end() + 12]):
        return s  # a model or a version ("USB-C", "UDAY-II"), a doubled word ("PAN-PAN"), or a line in capitals
    return replace(s, end=more.end(1), text=text[s.start:more.end(1)])


def _start(text: str, s, before):
    if s.start < 2 or text[s.start - 1] != "-":
        return s
    word = _WORD_BEFORE.search(text, max(0, s.start - 40), s.start)
    if not word or word.group(1).lower() in _PREFIXES:
        return s
    if before is not None and before.end > word.start(1):
        return s  # "[UK]-[EU]": the model's own name before the hyphen
    from . import places

    if any(p.kind == "country" for p in places.candidates(word.group(1))):
        return s  # "Iran-EU relations": a country's relation to the body
    return replace(s, start=word.start(1), text=text[word.start(1):s.end])
