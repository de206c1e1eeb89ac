"""Issue 18: a broad docset's facet counts from the busiest values down, stopping once no value left can be
shown (search/facet_topk.py). The shown values and counts must be exactly a brute-force count's top k."""
from __future__ import annotations

import random

import numpy as np
import pytest

from search import facet_topk, facets
from search.engine import Engine
from search.searcher import FacetData
from search.testing import art, build

WORDS = ["drone", "strike", "grain", "port", "air", "defence", "talks", "war", "night", "power", "deal", "ship"]
PEOPLE = [f"Person {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(90)]
ORGS = [f"Org {i:02d}" for i in range(30)]
SOURCES = ["AP", "AFP", "Reuters", "ANI", "TASS"]


def _facet_data(totals: list[int], n: int, rng: np.random.Generator) -> FacetData:
    """A FacetData whose value i holds totals[i] distinct random docs (ascending, as segments give them)."""
    docs = [np.sort(rng.choice(n, size=t, replace=False)).astype(np.int32) for t in totals]
    ptr = np.zeros(len(totals) + 1, dtype=np.int64)
    np.cumsum(totals, out=ptr[1:])
    values = [f"v{i:04d}" for i in range(len(totals))]
    return FacetData(values, {v: i for i, v in enumerate(values)}, np.concatenate(docs),
                     np.repeat(np.arange(len(totals), dtype=np.int32), totals), ptr)


def _shown(counts: np.ndarray, limit: int) -> list[tuple[int, int]]:
    """(value id, count) of the ``limit`` busiest values, count descending then value: the brute force."""
    order = np.lexsort((np.arange(len(counts)), -counts))
    return [(int(v), int(counts[v])) for v in order[:limit] if counts[v] > 0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_top_counts_are_exact_for_every_value_that_can_be_shown(seed, monkeypatch):
    rng = np.random.default_rng(seed)
    n = 3000
    # a long tail, a few huge values and runs of equal totals (ties at the cut)
    totals = [int(x) for x in np.clip(rng.zipf(1.6, 400), 1, n)] + [300] * 30 + [2000, 1500, 1500]
    fd = _facet_data(totals, n, rng)
    masks = [rng.random(n) < share for share in (0.07, 0.3, 0.5, 0.8, 1.0)]
    masks.append(np.zeros(n, dtype=bool))
    masks.append(fd.mask_of([fd.values[-1], fd.values[5]], n))  # a docset correlated with two values
    for share_bits in (0.0, facet_topk.BITMAP_SHARE, 2.0):  # every value a bitmap, the default, none
        monkeypatch.setattr(facet_topk, "BITMAP_SHARE", share_bits)
        counter = facet_topk.TopCounter(fd, n)
        for mask in masks:
            brute = np.bincount(fd.entry_values()[mask[fd.entry_doc]], minlength=len(totals))
            for limit in (1, 5, 20, 1000):
                got = counter.top(mask, facet_topk.packed(mask), limit)
                known = got != facet_topk.UNKNOWN
                assert (got[known] == brute[known]).all()
                assert _shown(np.where(known, got, 0), limit) == _shown(brute, limit)


def test_a_broad_docset_leaves_the_tail_uncounted():
    """The point of the module: over half the archive, values that cannot reach the top 5 are not counted."""
    rng = np.random.default_rng(7)
    n = 4000
    fd = _facet_data([int(x) for x in np.clip(rng.zipf(1.5, 600), 1, n)], n, rng)
    mask = rng.random(n) < 0.5
    got = facet_topk.TopCounter(fd, n).top(mask, facet_topk.packed(mask), 5)
    assert 5 <= int((got != facet_topk.UNKNOWN).sum()) < len(fd.values) // 4


def test_a_doc_listed_twice_under_a_value_is_never_counted_by_bitmap(monkeypatch):
    monkeypatch.setattr(facet_topk, "BITMAP_SHARE", 0.0)
    docs = np.array([0, 1, 1, 2, 3], dtype=np.int32)  # doc 1 twice under v0: the entries count it twice
    fd = FacetData(["v0", "v1"], {"v0": 0, "v1": 1}, docs, np.array([0, 0, 0, 1, 1], dtype=np.int32),
                   np.array([0, 3, 5]))
    counter = facet_topk.TopCounter(fd, 4)
    mask = np.ones(4, dtype=bool)
    assert len(counter.bits) == 0
    assert counter.top(mask, facet_topk.packed(mask), 2).tolist() == [3, 2]


def _corpus(n: int = 420, seed: int = 5):
    """Articles with Zipf-distributed people and orgs (a long tail and ties), five sources, no copies."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(PEOPLE))]
    out, truth = [], {}
    for i in range(n):
        people = sorted(set(rng.choices(PEOPLE, weights, k=rng.randint(1, 4))))
        orgs = sorted(set(rng.choices(ORGS, k=rng.randint(0, 2))))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 10)))
        text = f"{words}. " + " ".join(f"{p} spoke." for p in people) + " " + " ".join(f"{o} said." for o in orgs)
        aid = f"t{i}"
        src = rng.choice(SOURCES)
        mentions = [(0, p, "person", p) for p in people] + [(0, o, "org", o) for o in orgs]
        out.append(art(aid, words[:30], [text], mentions,
                       source=src, published=f"2025-0{rng.randint(1, 9)}-{rng.randint(1, 28):02d}"))
        truth[aid] = {"person": people, "org": orgs, "source": [src]}
    return out, truth


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("topk")
    arts, truth = _corpus()
    build(d, arts).close()
    return d, truth


QUERIES = [
    {}, {"q": ["drone"]}, {"q": ["drone OR war"]}, {"q": ["dr*"]}, {"q": ["-night"]}, {"q": ["spoke"]},
    {"q": ["drone OR war"], "facet_limit": ["1"]}, {"q": ["air OR deal OR ship"], "facet_limit": ["3"]},
    {"q": ["spoke"], "source": ["AP", "AFP"]}, {"q": ["said OR spoke"], "not_source": ["TASS"]},
    {"q": ["drone OR war"], "person": ["Person DJ"], "facet_limit": ["2"]},  # a tail value selected
    {"q": ["spoke"], "not_person": ["Person CZ"], "facet_limit": ["1"]},  # a tail value excluded
    {"q": ["spoke"], "org": [ORGS[7]], "facet_limit": ["1000"]}, {"sort": ["oldest"], "facet_limit": ["4"]},
]


def _answers(index_dir, queries) -> list[dict]:
    with Engine(index_dir) as engine:
        out = []
        for q in queries:
            a = engine.search(q)
            a.pop("took_ms")
            out.append(a)
        return out


def test_broad_answers_count_what_a_brute_force_count_of_the_matches_counts(corpus):
    index_dir, truth = corpus
    with Engine(index_dir) as engine:
        broad = 0
        for q in QUERIES:
            a = engine.search(q)
            broad += facets.broad(a["total"], 420)
            limit = int(q.get("facet_limit", ["20"])[0])
            for name in ("person", "org", "source"):
                own = {k: v for k, v in q.items() if k not in (name, "facet_limit")}  # a facet ignores its own ticks
                matched = [aid for aid, _ in engine.backend.ranked(_params(own))]
                brute: dict[str, int] = {}
                for aid in matched:
                    for v in truth[aid][name]:
                        brute[v] = brute.get(v, 0) + 1
                want = sorted(brute.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
                listed = [(e["value"], e["count"]) for e in a["facets"][name]]
                chosen = {v for key in (name, "not_" + name) for v in q.get(key, [])}
                assert [e for e in listed if e[0] not in chosen or e in want] == want, (q, name)
                for v in chosen:  # ticked values are always listed, with their exact count even outside the top
                    assert (v, brute.get(v, 0)) in listed, (q, name, v)
        assert broad >= 10  # most answers take the path under test


def _params(q: dict):
    from search.params import parse_params

    return parse_params(q)


def test_totals_are_a_count_of_every_entry(corpus):
    with Engine(corpus[0]) as engine:
        engine.search({})
        view = engine.backend._cache.get()
        for fd in view.facets.values():
            assert fd.totals().tolist() == np.bincount(fd.entry_values(), minlength=len(fd.values)).tolist()


def test_the_top_k_path_and_the_full_count_give_the_same_answers(corpus, monkeypatch):
    index_dir, _ = corpus
    fast = _answers(index_dir, QUERIES)
    # the same docsets with a smaller facet_limit first: a cached top 1 is not a top 20
    limits = [{**q, "facet_limit": [str(k)]} for q in QUERIES[:6] for k in (1, 3, 20)]
    fast_limits = _answers(index_dir, limits)
    monkeypatch.setattr(facets, "TOPK_MIN_SHARE", 2.0)  # every count over every value (FacetData.counts)
    assert _answers(index_dir, QUERIES) == fast
    assert _answers(index_dir, limits) == fast_limits


def test_a_value_that_can_only_tie_the_kth_count_is_still_counted(monkeypatch):
    """Equal counts are shown in value order: a value whose total equals the k-th count can still be shown."""
    monkeypatch.setattr(facet_topk, "FIRST_CHUNK", 1)
    n = 40
    a, b = np.arange(12, dtype=np.int32), np.arange(20, 30, dtype=np.int32)  # "v1": 12 docs, "v0": 10 docs
    fd = FacetData(["v0", "v1"], {"v0": 0, "v1": 1}, np.concatenate([b, a]),
                   np.array([0] * 10 + [1] * 12, dtype=np.int32), np.array([0, 10, 22]))
    mask = np.zeros(n, dtype=bool)
    mask[2:12] = mask[20:30] = True  # both count 10: "v0" comes first
    got = facet_topk.TopCounter(fd, n).top(mask, facet_topk.packed(mask), 1)
    assert _shown(np.where(got >= 0, got, 0), 1) == [(0, 10)]


def test_values_without_entries_count_zero_not_a_neighbour_run():
    """reduceat gives an empty run the next entry, not 0: values without a live entry are never gathered."""
    n = 50
    # "v0": no entry, "v1": 3 docs, "v2": no entry, "v3": 2 docs
    fd = FacetData(["v0", "v1", "v2", "v3"], {f"v{i}": i for i in range(4)}, np.array([1, 2, 3, 7, 8], dtype=np.int32),
                   np.array([1, 1, 1, 3, 3], dtype=np.int32), np.array([0, 0, 3, 3, 5]))
    mask = np.ones(n, dtype=bool)
    got = facet_topk.TopCounter(fd, n).top(mask, facet_topk.packed(mask), 20)  # fewer than 20 values: all
    assert got.tolist() == [0, 3, 0, 2]
