"""did_you_mean: respell unknown query words from the index's own vocabulary.

The vocabulary is the stemmed body field (no separate spelling field: it would cost ~40% more indexing
time). A suggested stem is turned back into a real word as the corpus writes it ("Izhevsk", not
"izhevsk"; "attacks", not "attack") by reading one article that contains it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from . import budget, config
from .schema import text_analyzer

MIN_WORD = 3
_analyzer = None


def _stem(word: str) -> str | None:
    global _analyzer
    if _analyzer is None:
        _analyzer = text_analyzer()
    toks = [t.text for t in _analyzer(word)]
    return toks[0] if len(toks) == 1 else None


def unknown_stem(reader, word: str) -> str | None:
    """The word's stem when the index does not hold it (a candidate for a suggestion), else None."""
    stem = _stem(word)
    if not stem or len(stem) < MIN_WORD or stem.isdigit():
        return None
    if reader.doc_frequency("body", stem) or reader.doc_frequency("title", stem):
        return None
    return stem


def best_stem(reader, word: str) -> str | None:
    """The most frequent indexed stem at the smallest edit distance (1, then 2), sharing the first letter."""
    stem = unknown_stem(reader, word)
    return nearest_stem(reader, stem) if stem else None


def nearest_stem(reader, stem: str) -> str | None:
    for dist in ((1,) if len(stem) < 5 else (1, 2)):
        cands = [t for t in reader.terms_within("body", stem, dist, prefix=1) if t != stem]
        if cands:
            return max(cands, key=lambda t: (reader.doc_frequency("body", t), t))
    return None


def surface_form(stem: str, texts: list[str]) -> str | None:
    """How the corpus spells a stem: the token equal to the stem if any, else the first one seen."""
    first = None
    global _analyzer
    if _analyzer is None:
        _analyzer = text_analyzer()
    for text in texts:
        for t in _analyzer(text, chars=True, mode="index"):
            if t.text == stem:
                surface = text[t.startchar:t.endchar]
                if surface.lower() == stem:
                    return surface
                first = first or surface
    return first


def did_you_mean(view, q: str, words: list[str], texts_of: Callable[[int], list[str]]) -> str | None:
    """The query string with misspelled words replaced, or None. ``texts_of(docnum)`` gives an article's text."""
    reader = view.searcher.reader()
    out, changed = q, False
    looked_up = 0
    for w in dict.fromkeys(words):
        unknown = unknown_stem(reader, w)
        if not unknown:
            continue
        # The edit-distance walk over the vocabulary is the expensive part: a few words per query, so
        # 150 gibberish words cost what 5 do.
        if looked_up >= config.SPELL_MAX_WORDS:
            break
        looked_up += 1
        budget.check()
        stem = nearest_stem(reader, unknown)
        if not stem:
            continue
        try:
            docnum = reader.postings("body", stem).id()
        except Exception:  # noqa: BLE001 - a suggestion is optional; never fail a search for it
            continue
        fix = surface_form(stem, texts_of(docnum)) or stem
        out = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", fix, out, count=1)
        changed = True
    return out if changed else None
