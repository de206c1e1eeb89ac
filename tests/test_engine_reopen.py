"""Reopening after commits: per-segment caches, the cheap freshness check, and the light result-card read."""
from __future__ import annotations

import numpy as np

from search import index as search_index
from search import segments, whoosh_postings
from search.engine import Engine
from search.present import entities_summary
from search.searcher import IndexView
from search.testing import art, build, place, sample_corpus
from search.view_cache import SearcherCache


def _snapshot(view: IndexView) -> dict:
    return {"ids": list(view.ids), "live": view.live.copy(), "leader": view.leader.copy(),
            "members": dict(view.members), "published": np.where(view.live, view.published, -1),
            "facets": {k: (list(f.values), f.entry_doc.copy(), f.entry_values().copy(), f.val_ptr.copy())
                       for k, f in view.facets.items()},
            "lengths": {f: view.field_lengths(f) for f in ("title", "body")}}


def _same(a: dict, b: dict) -> None:
    assert a["ids"] == b["ids"] and a["members"] == b["members"]
    for k in ("live", "leader", "published"):
        assert np.array_equal(a[k], b[k]), k
    for name in a["facets"]:
        va, *xa = a["facets"][name]
        vb, *xb = b["facets"][name]
        assert va == vb, name
        assert all(np.array_equal(x, y) for x, y in zip(xa, xb)), name
    for f in a["lengths"]:
        assert np.array_equal(a["lengths"][f], b["lengths"][f]), f


def test_a_view_built_from_cached_segments_equals_one_read_from_scratch(tmp_path):
    store = build(tmp_path, sample_corpus())
    first = IndexView(search_index.current_dir(tmp_path))
    _snapshot(first)  # field lengths are cached per segment too: fill them before the commits
    first.close()
    for i in range(3):  # new segments, replaced and removed documents (deletions in cached segments)
        added, removed = store.replace_file(
            f"more{i}", "x", [art(f"x{i}", f"Kyiv title {i}", ["Kyiv again"], [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine")]),
                              art("a4", "A4 rewritten", ["Entirely new words"])], {})
        search_index.update(tmp_path, store, added, removed + (["a6"] if i == 1 else []))
        warm = IndexView(search_index.current_dir(tmp_path))  # reuses the segments read before
        warm_state = _snapshot(warm)
        warm.close()
        segments._cache.clear()
        cold = IndexView(search_index.current_dir(tmp_path))
        _same(warm_state, _snapshot(cold))
        cold.close()
    last = IndexView(search_index.current_dir(tmp_path))
    assert "a6" not in last.docnum and "x2" in last.docnum
    last.close()
    store.close()


def test_a_commit_reads_only_the_new_segment(tmp_path, monkeypatch):
    store = build(tmp_path, sample_corpus())
    IndexView(search_index.current_dir(tmp_path)).close()
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words"])], {})
    search_index.update(tmp_path, store, added, removed)
    reads = []
    real = segments._read
    monkeypatch.setattr(segments, "_read", lambda leaf, fields: reads.append(leaf.doc_count_all()) or real(leaf, fields))
    view = IndexView(search_index.current_dir(tmp_path))
    # the nine sample articles came from the cache, the new one from what the writer saved beside it
    assert reads == [] and "n1" in view.docnum
    view.close()
    for saved in search_index.current_dir(tmp_path).glob("newsfacet-*.npz"):
        saved.unlink()
    segments._cache.clear()
    view = IndexView(search_index.current_dir(tmp_path))
    assert sorted(reads) == [1, 9] and "n1" in view.docnum  # without it, each segment is read from Whoosh
    view.close()
    store.close()


def test_freshness_is_checked_without_whoosh_when_nothing_changed(tmp_path, monkeypatch):
    store = build(tmp_path, sample_corpus()[:2])
    cache = SearcherCache(tmp_path)
    view = cache.get()

    def no_whoosh(self):
        raise AssertionError("searcher.up_to_date() called for an unchanged index")

    monkeypatch.setattr(IndexView, "up_to_date", no_whoosh)
    assert cache.get() is view and cache.get() is view
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words"])], {})
    search_index.update(tmp_path, store, added, removed)
    fresh = cache.get()
    assert fresh is not view and "n1" in fresh.docnum  # a new searcher after the commit, never refresh()
    assert cache.get() is fresh
    search_index.rebuild(tmp_path, store)  # the symlink moves to a new generation directory
    rebuilt = cache.get()
    assert rebuilt is not fresh and rebuilt.dir.name == "whoosh-2"
    cache.close()
    store.close()


def test_result_cards_summarise_entities_like_the_full_article(tmp_path):
    store = build(tmp_path, sample_corpus())
    ids = sorted(store.article_ids())
    full = store.get_articles(ids)
    cards = store.get_articles(ids, cards=True)
    assert [a.id for a in cards] == [a.id for a in full]
    for a, c in zip(full, cards):
        assert c.paragraphs == a.paragraphs and c.title == a.title and c.source == a.source
        assert entities_summary(c) == entities_summary(a)
        assert len(c.mentions) <= len(a.mentions)
    with Engine(tmp_path) as engine:
        answer = engine.search({"q": ["zelensky"]})
        for r in answer["results"]:
            assert r["entities"] == entities_summary(store.get_article(r["id"]))
    store.close()


def test_facet_terms_read_from_blocks_equal_the_codecs_own_reader(tmp_path, monkeypatch):
    store = build(tmp_path, sample_corpus())
    segments._cache.clear()
    fast = IndexView(search_index.current_dir(tmp_path))
    fast_state = _snapshot(fast)
    fast.close()

    def unknown_layout(postfile, info):
        raise ValueError("pretend the codec changed")

    monkeypatch.setattr(whoosh_postings, "_block_ids", unknown_layout)
    segments._cache.clear()
    slow = IndexView(search_index.current_dir(tmp_path))
    _same(fast_state, _snapshot(slow))
    slow.close()
    store.close()


def _per_doc(ptr: np.ndarray, vals: np.ndarray, n: int) -> list[list[int]]:
    return [sorted(vals[ptr[d]:ptr[d + 1]].tolist()) for d in range(n)]


def test_a_views_per_document_facet_index_is_joined_from_its_segments_not_sorted_again(tmp_path, monkeypatch):
    """After commits (new segments, deletions in cached ones, a value left with no live doc), each facet's
    per-document index joined from the segments' own equals the one sorted from the merged entries, and a
    serving worker loads the writer's instead of sorting any segment."""
    from search import segment_files

    store = build(tmp_path, sample_corpus())
    for i in range(3):
        added, removed = store.replace_file(
            f"more{i}", "x", [art(f"x{i}", f"Kyiv title {i}", ["Kyiv again"], [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine")]),
                              art("a4", "A4 rewritten", ["Entirely new words"])], {})
        search_index.update(tmp_path, store, added, removed + (["a6", "x0"] if i == 1 else []))
    segments._cache.clear()
    view = IndexView(search_index.current_dir(tmp_path))
    assert len(view._leaves) >= 2 and not view.live.all()  # several segments, deletions among them
    for name, fd in view.facets.items():
        joined = fd._joined_doc_index(view.n)
        assert joined is not None, name
        assert _per_doc(*joined, view.n) == _per_doc(*fd._sorted_doc_index(view.n), view.n), name
    assert {aid: view.docnum[aid] for aid in view.ids if aid} == \
        {aid: d for d, aid in enumerate(view.ids) if aid} and "x0" not in view.docnum and "a6" not in view.docnum
    keys = [segments.segment_key(leaf, None)[1:] for leaf, _, _ in view._leaves]
    view.close()

    segments._cache.clear()  # a fresh serving worker: every segment's per-document index comes from its file
    loaded = [segment_files.load(search_index.current_dir(tmp_path), *key, list(view.facets)) for key in keys]
    assert all(got is not None and set(got[4]) == set(view.facets) for got in loaded)
    monkeypatch.setattr(np, "argsort", lambda *a, **k: (_ for _ in ()).throw(AssertionError("sorted again")))
    fresh = IndexView(search_index.current_dir(tmp_path))
    for fd in fresh.facets.values():
        fd._doc_index(fresh.n)
    fresh.close()
    store.close()


def test_the_writer_completes_segment_files_of_an_earlier_version_without_reading_whoosh(tmp_path, monkeypatch):
    """Files saved before the per-document indexes existed stay readable and are completed from themselves on
    the next commit (a million-article archive's ten segments read from Whoosh again would cost ~30 s)."""
    from search import segment_files
    from search.schema import FACET_FIELDS

    store = build(tmp_path, sample_corpus())
    ix_dir = search_index.current_dir(tmp_path)
    view = IndexView(ix_dir)
    keys = [segments.segment_key(leaf, None)[1:] for leaf, _, _ in view._leaves]
    view.close()
    for sid, n in keys:  # rewrite each file as an earlier version wrote it: no per-document index
        ids, published, copy_of, facets, _ = segment_files.load(ix_dir, sid, n, FACET_FIELDS)
        segment_files.save(ix_dir, sid, segments.Segment(n, ids, published, copy_of, facets), FACET_FIELDS)
        assert not segment_files.is_current(ix_dir, sid, n, FACET_FIELDS)
        assert segment_files.load(ix_dir, sid, n, FACET_FIELDS)[4] == {}  # still read, sorted by the reader
    monkeypatch.setattr(segments, "_read", lambda leaf, fields: (_ for _ in ()).throw(AssertionError("read Whoosh")))
    assert segments.save_all(ix_dir, FACET_FIELDS) == len(keys)
    for sid, n in keys:
        assert segment_files.is_current(ix_dir, sid, n, FACET_FIELDS)
        assert set(segment_files.load(ix_dir, sid, n, FACET_FIELDS)[4]) == set(FACET_FIELDS)
    store.close()


def test_a_large_archive_swaps_in_a_commit_warmed_in_the_background(tmp_path):
    """Past the size threshold the previous generation answers while the next one is opened and warmed on
    another thread, with the caches the old view had built; the first get() after it is ready swaps it in.
    A rebuild is never answered from the old directory."""
    store = build(tmp_path, sample_corpus())
    cache = SearcherCache(tmp_path, background_from=0)  # every archive counts as large here
    old = cache.get()
    old.facets["place"]._doc_index(old.n)  # what searches had built on the old view
    old.date_order(True)
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words in Kyiv"], [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine")])], {})
    search_index.update(tmp_path, store, added, removed)
    assert cache.get() is old and "n1" not in old.docnum  # answered at once, from the generation before
    assert cache.settle(timeout=60)
    new = cache.get()
    assert new is not old and "n1" in new.docnum and new.generation > old.generation
    assert new.facets["place"]._by_doc is not None and True in new._date_order  # warmed like the old one
    assert new.facets["person"]._by_doc is None  # and only that: the old view never needed it
    assert cache.get() is new and cache.settle(timeout=1)

    search_index.rebuild(tmp_path, store)  # a new directory: opened before answering
    rebuilt = cache.get()
    assert rebuilt is not new and rebuilt.dir.name == "whoosh-2" and "n1" in rebuilt.docnum
    cache.close()
    store.close()


def test_a_small_archive_reopens_before_answering(tmp_path):
    store = build(tmp_path, sample_corpus())
    cache = SearcherCache(tmp_path, background_from=10**6)
    old = cache.get()
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words"])], {})
    search_index.update(tmp_path, store, added, removed)
    fresh = cache.get()
    assert fresh is not old and "n1" in fresh.docnum and cache._next is None
    cache.close()
    store.close()


def test_an_index_directory_not_behind_the_symlink_is_reopened_in_the_background_too(tmp_path):
    """A copied archive whose ``whoosh`` is a plain directory (cp without -a) has no cheap freshness state;
    its commits are still commits to the same directory, not rebuilds."""
    import os

    store = build(tmp_path, sample_corpus())
    target = os.readlink(tmp_path / "whoosh")
    (tmp_path / "whoosh").unlink()
    (tmp_path / target).rename(tmp_path / "whoosh")
    cache = SearcherCache(tmp_path, background_from=0)
    old = cache.get()
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words"])], {})
    search_index.update(tmp_path, store, added, removed)
    assert cache.get() is old and cache.background_reopens == 1
    assert cache.settle(timeout=60)
    assert "n1" in cache.get().docnum
    cache.close()
    store.close()


def test_a_large_archive_reads_a_new_store_generations_spellings_in_the_background(tmp_path):
    """Past the size threshold the name-variant table of a new store generation is built on a thread (its
    own store connection) while the previous table answers; the search after it is done uses the new one."""
    store = build(tmp_path, sample_corpus())
    engine = Engine(tmp_path)
    engine.background_from = 0
    engine.backend._cache.background_from = 0
    engine.search({"q": ["Kyiv"]})
    first_gen, first_table = engine._variants
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words in Kyiv"], [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine")])], {})
    search_index.update(tmp_path, store, added, removed)
    assert store.generation() != first_gen
    engine.search({"q": ["Kyiv"]})
    assert engine._variants == (first_gen, first_table) and engine._variants_next is not None
    assert engine._variants_next.wait(timeout=60) and engine.backend._cache.settle(timeout=60)
    engine.search({"q": ["Kyiv"]})
    assert engine._variants[0] == store.generation() and engine._variants[1] is not first_table
    assert engine._variants_next is None
    engine.close()
    store.close()


def test_a_replaced_view_is_freed_at_once_and_its_memory_handed_back(tmp_path, monkeypatch):
    """A view's matcher refers back to it: without close() breaking that cycle its arrays (~0.5 GB at 1M)
    waited for the cyclic collector, and glibc kept the freed heap anyway (a worker grew by that much per
    commit). close() drops them, and the cache trims the heap after every replacement."""
    import gc
    import weakref

    from search import view_cache

    store = build(tmp_path, sample_corpus())
    view_cache._release_memory()  # the real one: harmless wherever it runs (a no-op off glibc)
    trims = []
    monkeypatch.setattr(view_cache, "_release_memory", lambda: trims.append(1))
    cache = SearcherCache(tmp_path, background_from=10**6)
    view = cache.get()
    view.matcher  # noqa: B018 - the cycle: matcher -> view
    gone = weakref.ref(view)
    added, removed = store.replace_file("more", "x", [art("n1", "New", ["new words"])], {})
    search_index.update(tmp_path, store, added, removed)
    gc.disable()
    try:
        del view
        fresh = cache.get()
        assert gone() is None and trims == [1]  # freed by reference counting alone, then trimmed
    finally:
        gc.enable()
    assert "n1" in fresh.docnum
    cache.close()
    store.close()
