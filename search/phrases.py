"""Phrase matching over numpy: intersect the words' postings first, then read positions of those docs only.

Whoosh's phrase matcher walks every posting of every word through Python span objects and decodes the
positions of each (at 20k articles a common two-word phrase cost ~100 ms, most of a bench run's search
time). Here the candidates (docs holding every word) come from the cached numpy postings; positions are
read (whoosh_adapter.positions) block by block only where a block holds a candidate, and adjacency is checked for all candidates at
once by intersecting (doc, position - offset in phrase) keys. The words are visited rarest first and each
word only looks at the docs that survived the previous ones.

Same semantics as ``whoosh.query.Phrase`` with slop 1: word k+1 sits at word k's position + 1. Positions
skip stop words exactly as in the index (the analyzer renumbers them), so "war in Kyiv" matches "war kyiv".
"""
from __future__ import annotations

import numpy as np

from .whoosh_adapter import positions

# doc * _STRIDE + position: positions within one field of one article stay far below 2**32
_STRIDE = np.int64(1) << np.int64(32)


def phrase_docs(reader, field: str, words: list[str], candidates: np.ndarray,
                rarest_first: list[int] | None = None, counts: dict[int, np.ndarray] | None = None,
                sides=None) -> np.ndarray:
    """Sorted global docnums among ``candidates`` (sorted) where the words are consecutive. A candidate
    need not hold every word (one missing simply has no positions). ``rarest_first`` orders the word
    indexes to visit (fewest postings first). Given a dict, ``counts[k]`` receives how often word k occurs
    in each returned doc (its term frequency, aligned with the result), read from the same positions.
    ``sides``: each segment's saved common words (postings_files.py), read instead of Whoosh's blocks."""
    order = rarest_first if rarest_first is not None else list(range(len(words)))
    keys: np.ndarray | None = None
    docs = np.asarray(candidates, dtype=np.int64)
    seen: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for k in order:
        if not len(docs):
            break
        d, pos = positions(reader, field, words[k], docs, sides)
        if counts is not None:
            seen[k] = np.unique(d, return_counts=True)
        # key of the phrase's start: the position this word would have if the phrase started there
        word_keys = np.unique(d * _STRIDE + (pos - k))
        keys = word_keys if keys is None else np.intersect1d(keys, word_keys, assume_unique=True)
        docs = np.unique(keys // _STRIDE)
    if keys is None:
        docs = np.empty(0, dtype=np.int64)
    if counts is not None:
        for k in range(len(words)):
            at, n = seen.get(k, (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)))
            counts[k] = n[np.searchsorted(at, docs)] if len(docs) else np.empty(0, dtype=np.int64)
    return docs
