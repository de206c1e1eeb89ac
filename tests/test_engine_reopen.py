"""Reopening after commits: per-segment caches, the cheap freshness check, and the light result-card read."""
from __future__ import annotations

import numpy as np

from search import index as search_index
from search import segments, whoosh_postings
from search.engine import Engine
from search.present import entities_summary
from search.searcher import IndexView, SearcherCache
from search.testing import art, build, place, sample_corpus


def _snapshot(view: IndexView) -> dict:
    return {"ids": list(view.ids), "live": view.live.copy(), "leader": view.leader.copy(),
            "members": dict(view.members), "published": np.where(view.live, view.published, -1),
            "facets": {k: (list(f.values), f.entry_doc.copy(), f.entry_val.copy(), f.val_ptr.copy())
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
