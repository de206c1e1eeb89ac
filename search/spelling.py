"""did_you_mean: respell unknown query words from the index's own (unstemmed) vocabulary."""
from __future__ import annotations

import re

from .schema import SPELL_FIELD

MIN_WORD = 3


def _same_case(typed: str, word: str) -> str:
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def best_correction(reader, word: str) -> str | None:
    """The most frequent indexed word at the smallest edit distance (1, then 2), sharing the first letter."""
    low = word.lower()
    if len(low) < MIN_WORD or low.isdigit() or reader.doc_frequency(SPELL_FIELD, low):
        return None
    for dist in ((1,) if len(low) < 5 else (1, 2)):
        cands = [t for t in reader.terms_within(SPELL_FIELD, low, dist, prefix=1) if t != low]
        if cands:
            return max(cands, key=lambda t: (reader.doc_frequency(SPELL_FIELD, t), t))
    return None


def did_you_mean(view, q: str, words: list[str]) -> str | None:
    """The query string with misspelled words replaced (original casing kept), or None."""
    reader = view.searcher.reader()
    out, changed = q, False
    for w in dict.fromkeys(words):
        fix = best_correction(reader, w)
        if fix:
            out = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", _same_case(w, fix), out, count=1)
            changed = True
    return out if changed else None
