"""Docsets as boolean masks over every docnum of a view (scores: lazy_scores.py, computed only where ranked)."""
from __future__ import annotations

import numpy as np


def mask_of(n: int, docs: np.ndarray) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[docs] = True
    return mask
