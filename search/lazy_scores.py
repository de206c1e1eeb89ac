"""BM25 scores kept as a recipe and computed only for the documents that are ranked.

The query walk (matching.py, phrase_matching.py) used to give every term a float32 array over all n docnums
and add those arrays: at 1M articles 4 MB per term and per sum, paid by every text query even when two
filters leave a few thousand articles to rank (issue 18: that was a third of a filtered query's match).
Ranking reads the scores of the final docset only (ranking.by_relevance: ``score[docs]``), so the walk now
builds a small tree of these nodes and ``score[docs]`` evaluates it for those docs alone.

Exact: every node does, per document, the same float operations in the same order as the dense arrays did
(a term's BM25 of its weight and length, ``x * boost``, ``a + b`` left to right, ``np.where(mask, x, 0)``,
``np.maximum``), and a document outside a term's postings contributed 0.0, which adds nothing. So the
scores of any docset are bitwise those of the dense arrays (tests/test_lazy_scores.py).
"""
from __future__ import annotations

import numpy as np


class Scores:
    """A score per docnum, computed on demand: ``scores[docs]`` (docs: an int array of docnums)."""

    def at(self, docs: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def __getitem__(self, docs) -> np.ndarray:
        return self.at(np.asarray(docs, dtype=np.int64))

    def dense(self, n: int) -> np.ndarray:
        """Every docnum's score (what the walk used to return)."""
        return self.at(np.arange(n, dtype=np.int64))


class TermScores(Scores):
    """One term's BM25: ``formula(ids, weights)`` at its postings ``ids``, 0.0 elsewhere.

    ``formula`` is Matcher's own BM25 over (ids, weights) sub-arrays, so its result for a document is the
    dense path's. Few asked docs against long postings: each is looked up in the sorted ids; otherwise the
    term is scored over its postings into a shared zeroed buffer, read at the docs and zeroed again (no
    n-sized allocation, and the same ``buffer[ids] = s`` write the dense array had, duplicates included)."""

    def __init__(self, ids: np.ndarray, weights: np.ndarray, formula, scratch):
        self.ids, self.weights, self.formula, self.scratch = ids, weights, formula, scratch
        self._sorted: bool | None = None

    def at(self, docs: np.ndarray) -> np.ndarray:
        ids = self.ids
        if len(docs) * 8 < len(ids) and self._ids_sorted():
            pos = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
            hit = ids[pos] == docs
            out = np.zeros(len(docs), dtype=np.float32)
            sub = pos[hit]
            out[hit] = self.formula(ids[sub], self.weights[sub])
            return out
        buf = self.scratch()
        try:
            buf[ids] = self.formula(ids, self.weights)
            return buf[docs]
        finally:
            buf[ids] = 0

    def _ids_sorted(self) -> bool:
        if self._sorted is None:  # postings are ascending; checked once, not assumed
            self._sorted = bool(np.all(self.ids[1:] > self.ids[:-1]))
        return self._sorted


class Sum(Scores):
    """``parts[0] + parts[1] + ...``, left to right, as add_scores accumulated the dense arrays."""

    def __init__(self, parts: list[Scores]):
        self.parts = parts

    def at(self, docs):
        out = self.parts[0].at(docs)
        for p in self.parts[1:]:
            out = out + p.at(docs)
        return out


class Scaled(Scores):
    def __init__(self, inner: Scores, boost: float):
        self.inner, self.boost = inner, boost

    def at(self, docs):
        return self.inner.at(docs) * self.boost


class Where(Scores):
    """``np.where(mask, inner, 0)`` (``as_f32``: followed by ``.astype(np.float32)``, as the walk did)."""

    def __init__(self, mask: np.ndarray, inner: Scores, as_f32: bool = False):
        self.mask, self.inner, self.as_f32 = mask, inner, as_f32

    def at(self, docs):
        out = np.where(self.mask[docs], self.inner.at(docs), 0)
        return out.astype(np.float32) if self.as_f32 else out


class Maximum(Scores):
    def __init__(self, a: Scores, b: Scores):
        self.a, self.b = a, b

    def at(self, docs):
        return np.maximum(self.a.at(docs), self.b.at(docs))


class Zero(Scores):
    """No positive term (a filter-only or negated query): every score 0.0, as the dense zeros were."""

    def at(self, docs):
        return np.zeros(len(docs), dtype=np.float32)


def add_scores(a: Scores | None, b: Scores | None, boost: float = 1.0) -> Scores | None:
    """a + b x boost, where None is a node without scores (a filter, a negation)."""
    if b is None:
        return a
    b = Scaled(b, boost) if boost != 1.0 else b
    if a is None:
        return b
    return Sum([*a.parts, b]) if isinstance(a, Sum) else Sum([a, b])


def scale_scores(s: Scores | None, boost: float) -> Scores | None:
    """A node's query-time boost applied to its scores (None stays None)."""
    return s if s is None or boost == 1.0 else Scaled(s, boost)
