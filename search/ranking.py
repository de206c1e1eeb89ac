"""Ordering a matched docset: BM25 scores (matching.py) for relevance, publication day for date sorts.

Ties break on newer publication, then docnum, so every page of one query agrees with every other page.

A page needs only the first ``limit`` documents, so neither order sorts every match (issue 18: at 300k
articles sorting the whole archive was most of a browse): the date order of every document is sorted once
per index view (IndexView.date_order) and a page walks it until ``limit`` matches are found; relevance
keeps the matches scoring at least the ``limit``-th best score (ties at that score included, so the
answer is the same as a full sort) and sorts only those.
"""
from __future__ import annotations

import numpy as np

# Below this share of the archive, sorting the matches beats walking the archive's date order.
SPARSE_SHARE = 1 / 32


def date_order(published: np.ndarray, newest: bool) -> np.ndarray:
    """Every docnum by publication day (unknown days last either way), then by docnum."""
    docs = np.arange(len(published), dtype=np.int64)
    unknown = (published < 0).astype(np.int8)
    return docs[np.lexsort((docs, -published if newest else published, unknown))]


def by_published(view, final: np.ndarray, newest: bool, limit: int | None = None,
                 total: int | None = None) -> np.ndarray:
    """Docnums of ``final`` ordered by publication day (unknown days last either way), then by docnum;
    only the first ``limit`` when given. ``total`` is ``final.sum()`` when the caller knows it."""
    n = len(final)
    total = int(final.sum()) if total is None else total
    if total <= n * SPARSE_SHARE:
        docs = np.nonzero(final)[0]
        pub = view.published[docs]
        unknown = (pub < 0).astype(np.int8)
        out = docs[np.lexsort((docs, -pub if newest else pub, unknown))]
        return out if limit is None else out[:limit]
    order = view.date_order(newest)
    if limit is None or limit >= total:
        return order[final[order]]
    # Walk the archive's date order in steps sized for ``limit`` hits at the matches' density.
    step = max(256, int(limit * n / max(total, 1) * 1.25) + 64)
    found: list[np.ndarray] = []
    got = 0
    for lo in range(0, n, step):
        chunk = order[lo:lo + step]
        hits = chunk[final[chunk]]
        found.append(hits)
        got += len(hits)
        if got >= limit:
            break
    return np.concatenate(found)[:limit]


def by_relevance(view, final: np.ndarray, score: np.ndarray,
                 limit: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(docnums, scores) of ``final``, best first; only the first ``limit`` when given."""
    docs = np.nonzero(final)[0]
    s = score[docs]
    if limit is not None and 0 < limit < len(docs):
        # the limit-th best score; every match scoring at least that (ties too) is a candidate
        kth = np.partition(s, len(s) - limit)[len(s) - limit]
        keep = s >= kth
        docs, s = docs[keep], s[keep]
    order = np.lexsort((docs, -view.published[docs], -s))
    if limit is not None:
        order = order[:limit]
    return docs[order], s[order]
