"""Sentence splitting good enough for news prose: titles from leads and paragraphs from one-line bodies."""
from __future__ import annotations

import re

# Abbreviations that end with a period but do not end a sentence in wire copy.
_ABBREV = {
    "u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "prof", "gov", "gen", "col", "lt", "sgt", "capt",
    "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "a.m", "p.m",
}
_BOUNDARY = re.compile(r"""[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")
MAX_TITLE = 200


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start() + 1]
        last = before.split()[-1].rstrip(".").lower() if before.split() else ""
        if last in _ABBREV or re.fullmatch(r"[a-z]", last):  # "Gov. Oleh", "J. Smith"
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def regroup(text: str, target: int = 600, limit: int = 1200) -> list[str]:
    """Split an over-long one-line body (aggregators flatten paragraphs) into sentence groups."""
    if len(text) <= limit:
        return [text]
    groups: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        if current and len(current) + len(sentence) + 1 > target:
            groups.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        groups.append(current)
    return groups


# A scraped "paragraph" can be a whole page with its newlines stripped (a megabyte, seen in dumps). Entity
# context, snippets and NER all work per paragraph, so such a block is cut into sentence groups first.
MAX_PARAGRAPH = 5000


def split_long(text: str, limit: int = MAX_PARAGRAPH) -> list[str]:
    """Sentence groups of at most ``limit`` characters; a run-on without sentence ends is cut at spaces."""
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    for group in regroup(text, target=limit // 2, limit=limit):
        while len(group) > limit:
            cut = group.rfind(" ", limit // 2, limit)
            cut = cut if cut > 0 else limit
            out.append(group[:cut].strip())
            group = group[cut:].strip()
        if group:
            out.append(group)
    return out


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """Cut at a word boundary so the result (with its ellipsis) fits in ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def title_from_lead(paragraph: str) -> str:
    """The lead's first sentence (without its full stop), shortened to fit a title."""
    sentences = split_sentences(paragraph)
    first = sentences[0] if sentences else paragraph
    if first.endswith(".") and not first.endswith("..") and first[:-1].strip():
        first = first[:-1]  # (a lead that is only "." keeps it: a title is never empty)
    return shorten(first) or shorten(paragraph)
