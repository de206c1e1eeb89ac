"""Ordering a matched docset: Whoosh BM25F for relevance, numpy for publication-date sorts."""
from __future__ import annotations

import numpy as np
from whoosh.collectors import TimeLimit, TimeLimitCollector

from . import config


def by_published(view, final: np.ndarray, newest: bool) -> np.ndarray:
    """Docnums ordered by publication day (unknown days last either way), then by docnum for stability."""
    docs = np.nonzero(final)[0]
    pub = view.published[docs]
    unknown = (pub < 0).astype(np.int8)
    return docs[np.lexsort((docs, -pub if newest else pub, unknown))]


def by_relevance(view, q, final: np.ndarray, limit: int | None) -> list[tuple[int, float]]:
    """Top ``limit`` (None: all) (docnum, score) among ``final``, best first.

    A time limit bounds pathological queries; past it we keep what was collected (results stay correct
    as a set, just less completely ranked). No alarm signal: we may run in a web worker thread.
    """
    allowed = set(np.nonzero(final)[0].tolist())
    if not allowed:
        return []
    s = view.searcher
    c = s.collector(limit=limit, filter=allowed)
    tlc = TimeLimitCollector(c, config.SEARCH_TIME_LIMIT, use_alarm=False)
    try:
        s.search_with_collector(q, tlc)
    except TimeLimit:
        pass
    return [(hit.docnum, hit.score) for hit in tlc.results()]
