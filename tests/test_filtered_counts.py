"""Issue 18: a filtered query's facet counts and filters at a cost that follows the answer. Byte columns
(search/facet_bytes.py) count what the entries' gather counts; a frequent value's filter unpacked from its
bitmap (facet_topk.selection_mask) is the scattered mask; and an engine answering with both (and lazy
scores) answers every filtered query exactly as one answering with neither."""
from __future__ import annotations

import random
from types import SimpleNamespace

import numpy as np
import pytest

from search import facet_bytes, facet_topk, matching
from search.engine import Engine
from search.searcher import FacetData
from search.testing import art, build


def _facet_data(rng, n: int, values: int, per_doc: float, skew: bool = False) -> FacetData:
    """A FacetData of ``values`` values, each doc holding ~per_doc distinct ones (grouped by value);
    ``skew``: value i drawn ~1/(i+1)^2, so that the first few are frequent and the rest a tail."""
    k = int(n * per_doc)
    p = 1 / np.arange(1, values + 1) ** 2 if skew else np.ones(values)
    pairs = {(int(d), int(v)) for d, v in zip(rng.integers(0, n, k), rng.choice(values, size=k, p=p / p.sum()))}
    by_value = sorted(pairs, key=lambda p: (p[1], p[0]))
    entry_doc = np.array([d for d, _ in by_value], dtype=np.int32)
    entry_val = np.array([v for _, v in by_value], dtype=np.int32)
    ptr = np.zeros(values + 1, dtype=np.int64)
    np.cumsum(np.bincount(entry_val, minlength=values), out=ptr[1:])
    names = [f"v{i:03d}" for i in range(values)]
    return FacetData(names, {v: i for i, v in enumerate(names)}, entry_doc, entry_val, ptr)


@pytest.mark.parametrize("values,per_doc", [(3, 1.0), (8, 5.0), (13, 1.0), (73, 8.0), (128, 20.0)])
def test_byte_columns_count_what_the_entries_count(values, per_doc):
    rng = np.random.default_rng(values)
    n = 3000
    fd = _facet_data(rng, n, values, per_doc)
    cols = facet_bytes.ByteColumns(fd.entry_doc, fd.val_ptr, values, n)
    assert cols.exact
    for k in (0, 1, 17, 400, 2999):
        docs = np.sort(rng.choice(n, size=k, replace=False))
        mask = np.zeros(n, dtype=bool)
        mask[docs] = True
        brute = np.bincount(fd.entry_values()[mask[fd.entry_doc]], minlength=values)
        assert np.array_equal(cols.counts(docs), brute)
        assert np.array_equal(fd.counts(mask, docs), brute)  # whichever path FacetData.counts takes


def test_a_pair_listed_twice_keeps_the_entries_count():
    docs = np.array([0, 1, 1, 2, 3], dtype=np.int32)  # doc 1 twice under v0: the entries count it twice
    fd = FacetData(["v0", "v1"], {"v0": 0, "v1": 1}, docs, np.array([0, 0, 0, 1, 1], dtype=np.int32),
                   np.array([0, 3, 5]))
    assert not facet_bytes.ByteColumns(fd.entry_doc, fd.val_ptr, 2, 40).exact
    mask = np.zeros(40, dtype=bool)
    mask[[1, 2]] = True
    assert fd.counts(mask, np.array([1, 2])).tolist() == [2, 1]


def test_worth_it_only_for_few_values_against_many_entries():
    assert facet_bytes.worth(8, 5_000_000, 1_000_000)  # country
    assert facet_bytes.worth(73, 7_900_000, 1_000_000)  # region
    assert not facet_bytes.worth(175, 6_400_000, 1_000_000)  # org: 22 columns for 6.4 entries a doc
    assert not facet_bytes.worth(743, 1_400_000, 1_000_000)  # days
    assert not facet_bytes.worth(0, 0, 10)


@pytest.mark.parametrize("share", [0.0, facet_topk.BITMAP_SHARE])
def test_a_selection_from_bitmaps_is_the_scattered_mask(share, monkeypatch):
    monkeypatch.setattr(facet_topk, "BITMAP_SHARE", share)
    rng = np.random.default_rng(4)
    n = 2000
    fd = _facet_data(rng, n, 40, 3.0, skew=True)
    view = SimpleNamespace(n=n, facets={"f": fd}, caches={})
    picks = [["v000"], ["v001", "v039"], ["v005", "nope"], ["nope"], [], fd.values[:12], ["v030", "v000"]]
    for values in picks:  # no counter yet: the scatter
        assert np.array_equal(facet_topk.selection_mask(view, "f", values), fd.mask_of(values, n))
    facet_topk.counter(view, "f")
    for values in picks:
        got = facet_topk.selection_mask(view, "f", values)
        assert got.dtype == bool and np.array_equal(got, fd.mask_of(values, n))
    bitmaps = len(view.caches["facet_topk"]["f"].bits)
    held = int(np.count_nonzero(np.diff(fd.val_ptr)))
    assert bitmaps == held if share == 0.0 else 0 < bitmaps < held // 2  # the default: frequent values and a tail


SOURCES = ["AP", "AFP", "Reuters", "ANI", "TASS"]
PEOPLE = [f"Person {i:02d}" for i in range(40)]
WORDS = ["drone", "strike", "grain", "port", "air", "defence", "talks", "war", "night", "power"]


def _corpus(n: int = 500, seed: int = 3):
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(PEOPLE))]
    out = []
    for i in range(n):
        people = sorted(set(rng.choices(PEOPLE, weights, k=rng.randint(1, 4))))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
        text = f"{words}. " + " ".join(f"{p} spoke." for p in people)
        out.append(art(f"c{i}", words[:25], [text], [(0, p, "person", p) for p in people], source=rng.choice(SOURCES),
                       published=f"2025-0{rng.randint(1, 9)}-{rng.randint(1, 28):02d}"))
    return out


QUERIES = [
    {"q": ["drone"], "source": ["AP"], "person": ["Person 00"]},
    {"q": ["drone OR war"], "source": ["AP", "TASS"], "person": ["Person 01"]},
    {"q": ["str*"], "person": ["Person 00", "Person 03"], "source": ["Reuters"], "facet_limit": ["3"]},
    {"q": ['"air defence"'], "source": ["AFP"], "not_person": ["Person 02"]},
    {"q": ["grain port"], "person": ["Person 00"], "date_from": ["2025-03-01"]},
    {"q": ["night -power"], "source": ["ANI"], "person": ["Person 07"], "per_page": ["50"]},
    {"q": ["talks^2 OR spoke"], "source": ["AP"], "not_source": ["TASS"], "page": ["2"]},
    {"q": ["spoke"], "person": ["Person 00"], "source": ["AP"], "sort": ["oldest"]},
    {"q": [""], "source": ["AP"], "person": ["Person 01"]},
]


def _answers(index_dir, new: bool, monkeypatch) -> list[dict]:
    with monkeypatch.context() as m:
        if new:  # every path of this change taken: byte columns, every value a bitmap, lazy scores
            m.setattr(facet_bytes, "worth", lambda values, entries, n: 0 < values <= 128)
            m.setattr(facet_topk, "BITMAP_SHARE", 0.0)
        else:  # none: the entries' gather, scattered masks, dense score arrays
            m.setattr(facet_bytes, "worth", lambda values, entries, n: False)
            m.setattr(facet_topk, "BITMAP_SHARE", 2.0)
            dense = matching.Matcher.evaluate
            m.setattr(matching.Matcher, "evaluate", lambda self, q, scope=None, lazy=False: dense(self, q, scope))
        with Engine(index_dir) as engine:
            engine.search({"q": ["spoke OR drone OR war"]})  # a broad count first: the view's bitmaps exist
            out = []
            for q in QUERIES:
                a = engine.search(q)
                a.pop("took_ms")
                out.append(a)
            return out


def test_filtered_answers_are_those_of_the_old_paths(tmp_path, monkeypatch):
    build(tmp_path, _corpus()).close()
    old, new = _answers(tmp_path, False, monkeypatch), _answers(tmp_path, True, monkeypatch)
    assert [a["total"] for a in old] == [a["total"] for a in new]
    assert sum(1 for a in new if a["total"]) >= 7
    for q, a, b in zip(QUERIES, old, new):
        assert a == b, q
