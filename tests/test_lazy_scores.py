"""Issue 18: BM25 scores computed only for the ranked docs (search/lazy_scores.py) must be bitwise the scores
the dense n-sized arrays gave, for any docset: each node against the numpy expression it replaced, and the
query walk's lazy scores against its dense ones on a small index."""
from __future__ import annotations

import numpy as np
import pytest

from search import lazy_scores as L
from search.engine import Engine
from search.querytext import parse
from search.testing import art, build, sample_corpus


def _term(rng, n, size, scratch, boost=1.0):
    ids = np.sort(rng.choice(n, size=size, replace=False)).astype(np.int64)
    w = rng.integers(1, 9, size=size).astype(np.float32)
    lens = rng.integers(5, 400, size=n).astype(np.float32)

    def formula(at, tf):  # Matcher._bm25's shape: python floats against float32 arrays
        return 1.7 * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * lens[at] / 131.5)) * boost
    dense = np.zeros(n, dtype=np.float32)
    dense[ids] = formula(ids, w)
    return L.TermScores(ids, w, formula, lambda: scratch), dense


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_node_gives_the_dense_arrays_scores_bitwise(seed):
    rng = np.random.default_rng(seed)
    n = 5000
    scratch = np.zeros(n, dtype=np.float32)
    a, da = _term(rng, n, 2500, scratch)
    b, db = _term(rng, n, 40, scratch, boost=2.0)
    c, dc = _term(rng, n, 900, scratch)
    mask = rng.random(n) < 0.4
    cases = [
        (a, da),
        (L.add_scores(L.add_scores(a, b), c, 3.0), (da + db) + dc * 3.0),
        (L.scale_scores(L.add_scores(a, c), 0.5), (da + dc) * 0.5),
        (L.Where(mask, L.add_scores(a, b), as_f32=True), np.where(mask, da + db, 0).astype(np.float32)),
        (L.add_scores(a, L.Where(mask, b)), da + np.where(mask, db, 0)),
        (L.Maximum(L.Maximum(a, b), c), np.maximum(np.maximum(da, db), dc)),
        (L.Zero(), np.zeros(n, dtype=np.float32)),
    ]
    # docsets of every size: a few docs (looked up in the sorted ids) up to all (the shared buffer)
    docsets = [np.sort(rng.choice(n, size=k, replace=False)) for k in (1, 7, 60, 400, 2000)] + [np.arange(n)]
    for lazy, dense in cases:
        for docs in docsets:
            got = lazy[docs]
            assert got.dtype == dense.dtype
            assert got.tobytes() == dense[docs].tobytes()
        assert lazy.dense(n).tobytes() == dense.tobytes()
    assert not scratch.any()  # the shared buffer is left zeroed


def test_unsorted_or_repeated_postings_still_score_as_the_dense_write():
    n = 50
    scratch = np.zeros(n, dtype=np.float32)
    ids = np.array([9, 3, 3, 40], dtype=np.int64)  # a repeated id: the last write wins, as in score[ids] = s
    w = np.array([1.0, 2.0, 5.0, 3.0], dtype=np.float32)
    term = L.TermScores(ids, w, lambda at, tf: tf * 1.5, lambda: scratch)
    dense = np.zeros(n, dtype=np.float32)
    dense[ids] = w * 1.5
    assert term[np.array([3])].tobytes() == dense[[3]].tobytes()
    assert term.dense(n).tobytes() == dense.tobytes()
    assert not scratch.any()


MATCH = ["kyiv", "kyiv drones", "kyiv OR kharkiv", "kyiv -drones", "NOT kyiv", '"air defense"', "air defense",
         "alpha00*", "kyiv ANDMAYBE drones", "kyiv^3 OR odesa", "title:kyiv", "киев", "alpha0001 alphabet",
         "(kyiv OR kharkiv) AND NOT schools", "person:zelensky kyiv", '"alpha0003 alphabet" OR alpha0007']


@pytest.fixture(scope="module")
def view(tmp_path_factory):
    d = tmp_path_factory.mktemp("lazy")
    extra = [art(f"w{i}", "Words", [f"alpha{i:04d} alphabet kyiv" if i % 3 else f"alpha{i:04d} alphabet"])
             for i in range(400)]
    build(d, sample_corpus() + extra).close()
    e = Engine(d)
    yield e.backend._cache.get()
    e.close()


@pytest.mark.parametrize("text", MATCH)
def test_the_walks_lazy_scores_are_its_dense_scores(view, text):
    pq = parse(text, view)
    mask, dense = view.matcher.evaluate(pq.query)
    lazy_mask, lazy = view.matcher.evaluate(pq.query, lazy=True)
    assert np.array_equal(mask, lazy_mask)
    assert isinstance(dense, np.ndarray) and isinstance(lazy, L.Scores)
    rng = np.random.default_rng(len(text))
    matched = np.nonzero(mask)[0]
    for docs in (matched, matched[:3], np.sort(rng.choice(view.n, size=min(view.n, 25), replace=False)),
                 np.arange(view.n)):
        assert lazy[docs].tobytes() == dense[docs].tobytes(), (text, len(docs))
