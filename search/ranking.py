"""Ordering a matched docset: BM25 scores (matching.py) for relevance, publication day for date sorts.

Ties break on newer publication, then docnum, so every page of one query agrees with every other page.
"""
from __future__ import annotations

import numpy as np


def by_published(view, final: np.ndarray, newest: bool) -> np.ndarray:
    """Docnums ordered by publication day (unknown days last either way), then by docnum for stability."""
    docs = np.nonzero(final)[0]
    pub = view.published[docs]
    unknown = (pub < 0).astype(np.int8)
    return docs[np.lexsort((docs, -pub if newest else pub, unknown))]


def by_relevance(view, final: np.ndarray, score: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(docnums, scores) of ``final``, best first."""
    docs = np.nonzero(final)[0]
    s = score[docs]
    order = np.lexsort((docs, -view.published[docs], -s))
    return docs[order], s[order]
