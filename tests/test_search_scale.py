"""Issue 18, search side: what a search reuses per index view (browse order, facet counts by docset, verified
phrase docsets), the top-k orderings and the phrase scope give exactly the answers of the full computation,
and a commit (a new view, never Searcher.refresh()) makes every one of them see the new article."""
from __future__ import annotations

import random

import numpy as np
import pytest

from search import facets, ranking
from search import index as search_index
from search.engine import Engine
from search.testing import art, build, place, sample_corpus

PLACES = [("Kyiv", "Kyiv City"), ("Kharkiv", "Kharkiv Oblast"), ("Odesa", "Odesa Oblast"), ("Lviv", "Lviv Oblast")]
WORDS = ["drone", "strike", "grain", "port", "air", "defence", "talks", "war", "night", "power"]


def _corpus(n: int, seed: int = 3, prefix: str = "s") -> list:
    """n articles over a few places, sources and days; some undated, some copies of earlier ones."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        town, region = rng.choice(PLACES)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))
        pars = [f"{words} in {town}.", f"Officials in {town} said air defence held."]
        kw = {"source": rng.choice(["AP", "AFP", "Reuters"]),
              "published": None if i % 13 == 0 else f"2025-0{rng.randint(5, 6)}-{rng.randint(1, 9):02d}"}
        if i > 10 and i % 17 == 0:
            kw["copy_of"] = f"{prefix}{i - 7}"
        out.append(art(f"{prefix}{i}", f"{town}: {words[:20]}", pars,
                       [place(0, town, town, region, "Ukraine"), place(1, town, town, region, "Ukraine")], **kw))
    return out


def _no_caching(monkeypatch) -> None:
    """Every shortcut off: counts computed afresh, phrases verified everywhere, full sorts."""
    monkeypatch.setattr(facets, "CACHE_MIN_SHARE", 2.0)  # no docset is big enough to cache
    monkeypatch.setattr(facets, "TOPK_MIN_SHARE", 2.0)  # every value counted, not only the busiest (facet_topk)
    monkeypatch.setattr(facets, "scope", lambda base, masks: np.ones(len(base), dtype=bool))
    monkeypatch.setattr(ranking, "SPARSE_SHARE", 2.0)  # always sort the matches themselves
    monkeypatch.setattr(ranking, "by_relevance", _full_relevance(ranking.by_relevance))


def _full_relevance(real):
    return lambda view, final, score, limit=None: tuple(x[:limit] for x in real(view, final, score, None))


QUERIES = [
    {}, {"sort": ["oldest"]}, {"page": ["3"]}, {"copies": ["all"]}, {"source": ["AP"]},
    {"place": ["Kyiv", "Odesa"], "source": ["AFP"]}, {"not_source": ["Reuters"]},
    {"q": ['"air defence"']}, {"q": ['"air defence"'], "place": ["Kyiv"]},
    {"q": ['"air defence"'], "place": ["Lviv"], "source": ["AP", "AFP"]},
    {"q": ['"drone strike" OR grain'], "not_place": ["Kharkiv"]}, {"q": ['-"drone strike"'], "source": ["AP"]},
    {"q": ["drone"], "page": ["2"]}, {"q": ["drone"], "sort": ["newest"], "page": ["4"]},
    {"q": ["officials"], "published_from": ["2025-06-01"]}, {"q": ["war"], "facet_limit": ["2"]},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("scale")
    build(d, _corpus(220)).close()
    return d


def _answers(index_dir, queries, repeat: int = 1) -> list[dict]:
    out = []
    with Engine(index_dir) as engine:
        for _ in range(repeat):
            for q in queries:
                a = engine.search(q)
                a.pop("took_ms")
                out.append(a)
    return out


def test_shortcuts_and_caches_answer_exactly_what_the_full_computation_answers(index_dir, monkeypatch):
    # twice through one engine: the second pass is served from the view's caches
    fast = _answers(index_dir, QUERIES, repeat=2)
    assert any(a["total"] for a in fast) and fast[:len(QUERIES)] == fast[len(QUERIES):]
    _no_caching(monkeypatch)
    assert fast[:len(QUERIES)] == _answers(index_dir, QUERIES)


def test_a_filtered_phrase_after_the_unfiltered_one_equals_it_alone(index_dir):
    """The filtered search reuses the unfiltered phrase docset; a fresh engine verifies only within the
    filters' scope. Both must agree, counts of the ticked facets included."""
    seq = [{"q": ['"air defence"']}, {"q": ['"air defence"'], "place": ["Kyiv"], "source": ["AP"]}]
    warm = _answers(index_dir, seq)[1]
    cold = _answers(index_dir, seq[1:])[0]
    assert warm == cold and warm["total"] > 0
    assert {e["value"] for e in warm["facets"]["place"]} >= {"Kyiv", "Odesa"}  # place counted without its tick


def test_a_commit_shows_the_new_article_in_browse_totals_counts_and_phrases(tmp_path):
    store = build(tmp_path, sample_corpus())
    with Engine(tmp_path) as engine:
        before = engine.search({})
        kyiv = engine.search({"place": ["Kyiv"]})
        phrase = engine.search({"q": ['"air defense"']})
        engine.search({})  # served from the caches now
        new = art("n1", "Air defense over Kyiv", ["Air defense shot down drones over Kyiv at night."],
                  [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine")], source="Ukrinform", published="2025-07-01")
        added, removed = store.replace_file("new.jsonl", "n", [new], {})
        search_index.update(tmp_path, store, added, removed)
        after = engine.search({})
        assert after["total"] == before["total"] + 1
        assert after["results"][0]["id"] == "n1"  # newest first
        place_counts = {e["value"]: e["count"] for e in after["facets"]["place"]}
        assert place_counts["Kyiv"] == {e["value"]: e["count"] for e in before["facets"]["place"]}["Kyiv"] + 1
        assert {e["value"]: e["count"] for e in after["facets"]["source"]}["Ukrinform"] == 1
        assert engine.search({"place": ["Kyiv"]})["total"] == kyiv["total"] + 1
        assert engine.search({"q": ['"air defense"']})["total"] == phrase["total"] + 1
        # no phantom duplicates: every article once across all pages, and the total agrees
        ids = [r["id"] for page in range(1, 5) for r in engine.search({"per_page": ["3"], "page": [str(page)]})["results"]]
        assert len(ids) == len(set(ids)) == after["total"]
        # and a removal leaves the counts again
        search_index.update(tmp_path, store, [], ["n1"])
        gone = engine.search({})
        assert gone["total"] == before["total"] and gone["facets"] == before["facets"]
    store.close()


@pytest.mark.parametrize("seed", range(6))
def test_top_k_orderings_are_prefixes_of_the_full_sorts(index_dir, seed):
    with Engine(index_dir) as engine:
        engine.search({})
        view = engine.backend._cache.get()
        rng = np.random.default_rng(seed)
        share = [0.005, 0.02, 0.3, 0.9, 1.0, 0.6][seed]
        final = view.live & (rng.random(view.n) < share)
        score = rng.integers(0, 4, view.n).astype(np.float32)  # many ties
        for newest in (True, False):
            full = ranking.by_published(view, final, newest)
            docs = np.nonzero(final)[0]
            pub = view.published[docs]
            expect = docs[np.lexsort((docs, -pub if newest else pub, (pub < 0).astype(np.int8)))]
            assert np.array_equal(full, expect)
            for k in (0, 1, 5, 37, len(docs), len(docs) + 3):
                assert np.array_equal(ranking.by_published(view, final, newest, k), expect[:k])
        all_docs, all_scores = ranking.by_relevance(view, final, score)
        for k in (1, 3, 10, 50):
            docs, scores = ranking.by_relevance(view, final, score, k)
            assert np.array_equal(docs, all_docs[:k]) and np.array_equal(scores, all_scores[:k])


def test_dense_counts_from_the_complement_equal_a_full_count(index_dir):
    with Engine(index_dir) as engine:
        engine.search({})
        view = engine.backend._cache.get()
        rng = np.random.default_rng(5)
        one = np.zeros(view.n, dtype=bool)
        one[np.nonzero(view.live)[0][0]] = True
        for fd in view.facets.values():
            fd.counts(one, np.nonzero(one)[0])  # a sparse count sorts the doc index the complement reads
        for share in (0.76, 0.9, 0.99, 1.0):
            mask = view.live & (rng.random(view.n) < share)
            for fd in view.facets.values():
                full = np.bincount(fd.entry_values()[mask[fd.entry_doc]], minlength=len(fd.values))
                assert np.array_equal(fd.counts(mask, np.nonzero(mask)[0]), full)


def test_the_counts_cache_is_bounded():
    cache = facets.CountsCache(limit=10)
    for i in range(6):
        cache.put(i, np.zeros(4, dtype=np.int32))
    assert cache.get(0) is None and cache.get(5) is not None
    assert sum(len(cache.get(i)) for i in range(6) if cache.get(i) is not None) <= 10


def test_compound_segment_parts_are_read_in_place_not_copied(tmp_path, monkeypatch):
    """Whoosh copies each part of a mapped compound segment into a BytesIO: every worker held the whole
    index. With the fast paths the parts are read from the mapping; with them off Whoosh's reader is back."""
    import io

    from search import segments, whoosh_adapter
    from search.querytext import parse
    from search.searcher import IndexView

    build(tmp_path, sample_corpus()).close()

    def postings_file(mode: str):
        monkeypatch.setenv(whoosh_adapter.ENV_FAST, mode)
        segments._cache.clear()
        whoosh_adapter.support(refresh=True)
        view = IndexView(search_index.current_dir(tmp_path))
        leaf = view.searcher.reader().leaf_readers()[0][0]
        assert leaf.segment().is_compound()
        inner = leaf._terms._postfile.file
        assert view.matcher.evaluate(parse("air", view).query)[0].any()  # and answers from it
        view.close()
        return inner

    try:
        fast = postings_file("on")
        assert not isinstance(fast, io.BytesIO)
        slow = postings_file("off")
        assert isinstance(slow, io.BytesIO)
    finally:
        monkeypatch.delenv(whoosh_adapter.ENV_FAST)
        segments._cache.clear()
        whoosh_adapter.support(refresh=True)


def test_field_lengths_read_as_a_column_equal_whooshs_per_document_reader(tmp_path):
    from search import whoosh_adapter
    from search.searcher import IndexView

    store = build(tmp_path, _corpus(150, seed=9) + [art("empty", "", ["x"])])
    added, removed = store.replace_file("more.jsonl", "m", _corpus(40, seed=10)[:40:3], {})
    search_index.update(tmp_path, store, added, removed + ["s3"])
    store.close()
    view = IndexView(search_index.current_dir(tmp_path))
    try:
        for leaf, _ in view.searcher.reader().leaf_readers():
            n = leaf.doc_count_all()
            for field in ("title", "body"):
                slow = [leaf.doc_field_length(d, field, 0) or 0 for d in range(n)]
                fast = whoosh_adapter.field_lengths(leaf, field, n)
                assert fast.tolist() == slow and any(slow)
            assert not whoosh_adapter.field_lengths(leaf, "no_such_field", n).any()
    finally:
        view.close()


def _saved(ix_dir) -> list[str]:
    import os

    # segment_files.py's data (postings_files.py's arrays beside them are tested in test_postings_files.py)
    return sorted(n for n in os.listdir(ix_dir) if n.startswith("newsfacet-") and n.endswith(".npz"))


def test_the_writer_saves_segment_data_that_workers_load_exactly_as_read_from_whoosh(tmp_path, monkeypatch):
    from search import segments
    from search.searcher import IndexView
    from tests.test_engine_reopen import _same, _snapshot

    store = build(tmp_path, _corpus(300, seed=4))
    for i in range(2):  # more segments (small enough not to be merged), and deletions in the first one
        added, removed = store.replace_file(f"more{i}", "x", _corpus(30, seed=20 + i, prefix=f"m{i}-"), {})
        search_index.update(tmp_path, store, added, removed + [f"s{40 + i}"])
    ix_dir = search_index.current_dir(tmp_path)
    reads = []
    real = segments._read
    monkeypatch.setattr(segments, "_read", lambda leaf, fields: reads.append(1) or real(leaf, fields))
    segments._cache.clear()  # a serving worker starting now: nothing in memory
    saved = IndexView(ix_dir)
    assert reads == [] and len(_saved(ix_dir)) == len(saved._leaves) >= 2  # every segment from its file
    saved_state = _snapshot(saved)
    saved.close()
    for name in _saved(ix_dir):
        (ix_dir / name).unlink()
    segments._cache.clear()
    whoosh = IndexView(ix_dir)
    assert len(reads) == len(whoosh._leaves) and _saved(ix_dir) == []  # read from Whoosh; workers never write
    _same(_snapshot(whoosh), saved_state)
    whoosh.close()
    # the next commit saves what is missing; a rebuild's single segment has its file, merged-away ones go
    added, removed = store.replace_file("more9", "x", _corpus(3, seed=30, prefix="z-"), {})
    search_index.update(tmp_path, store, added, removed)
    assert len(_saved(search_index.current_dir(tmp_path))) >= 2
    search_index.rebuild(tmp_path, store)
    store.close()
    assert len(_saved(search_index.current_dir(tmp_path))) == 1


def test_damaged_or_unwritable_segment_data_falls_back_to_reading_whoosh(tmp_path, monkeypatch):
    import os

    from search import segment_files, segments
    from search.searcher import IndexView
    from tests.test_engine_reopen import _same, _snapshot

    store = build(tmp_path, sample_corpus())
    ix_dir = search_index.current_dir(tmp_path)
    segments._cache.clear()
    view = IndexView(ix_dir)
    expected = _snapshot(view)
    view.close()
    (name,) = _saved(ix_dir)
    (ix_dir / name).write_bytes(b"PK\x03\x04 not really a zip")
    segments._cache.clear()
    view = IndexView(ix_dir)
    _same(expected, _snapshot(view))  # read from Whoosh
    view.close()
    added, removed = store.replace_file("one", "x", [art("n1", "New", ["new words"])], {})
    search_index.update(tmp_path, store, added, removed)  # the next commit replaces the damaged file
    ix_dir = search_index.current_dir(tmp_path)
    assert all((ix_dir / n).read_bytes()[:2] == b"PK" and len((ix_dir / n).read_bytes()) > 100 for n in _saved(ix_dir))
    for n in _saved(ix_dir):
        os.unlink(ix_dir / n)
    monkeypatch.setattr(segment_files.os, "replace", lambda a, b: (_ for _ in ()).throw(PermissionError(13, "ro")))
    added, removed = store.replace_file("two", "x", [art("n2", "Newer", ["newer words"])], {})
    search_index.update(tmp_path, store, added, removed)  # an unwritable directory never fails a commit
    store.close()
    assert _saved(ix_dir) == [] and not [n for n in os.listdir(ix_dir) if n.endswith(".tmp")]
    segments._cache.clear()
    with Engine(tmp_path) as engine:
        assert engine.search({"q": ["newer"]})["total"] == 1


def test_column_counts_equal_a_bincount_with_empty_values_anywhere():
    """The whole-column count (a sum per value's run of entries) with values that have no entry left: first,
    in the middle, last (their docs deleted), and runs of one."""
    from search.searcher import FacetData

    rng = np.random.default_rng(9)
    sizes = [0, 3, 1, 0, 0, 7, 1, 0]
    entry_val = np.repeat(np.arange(len(sizes)), sizes).astype(np.int32)
    entry_doc = rng.integers(0, 12, len(entry_val)).astype(np.int32)
    ptr = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    values = [f"v{i}" for i in range(len(sizes))]
    fd = FacetData(values, {v: i for i, v in enumerate(values)}, entry_doc, entry_val, ptr)
    for _ in range(20):
        mask = rng.random(12) < rng.random()
        want = np.bincount(entry_val[mask[entry_doc]], minlength=len(values))
        assert np.array_equal(fd.counts(mask), want)
        assert np.array_equal(fd.counts(mask, np.nonzero(mask)[0]), want)
