"""Docsets as boolean masks and scores as float32 arrays over every docnum of a view: the few operations
matching.py's query-tree walk and phrase_matching.py's phrases combine their answers with."""
from __future__ import annotations

import numpy as np


def mask_of(n: int, docs: np.ndarray) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[docs] = True
    return mask


def add_scores(a, b, boost: float = 1.0):
    """a + b x boost, where None is a node without scores (a filter, a negation): no zero array is made."""
    if b is None:
        return a
    b = b * boost if boost != 1.0 else b
    return b if a is None else a + b


def scale_scores(s, boost: float):
    """A node's query-time boost applied to its scores (None stays None)."""
    return s if s is None or boost == 1.0 else s * boost

