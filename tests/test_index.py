"""search.index: rebuild with an atomic swap, incremental update, the writer lock, check(); searcher reuse."""
from __future__ import annotations

import os

import pytest

from search import index as search_index
from search.engine import Engine
from search.errors import IndexLocked
from search.store import Store
from search.testing import art, build, sample_corpus


def _ids(engine, **params):
    answer = engine.search({"copies": ["all"], "per_page": ["100"], **{k: [v] for k, v in params.items()}})
    return sorted(r["id"] for r in answer["results"])


def test_rebuild_swaps_the_symlink_and_keeps_one_previous_generation(tmp_path):
    store = build(tmp_path, sample_corpus())
    link = tmp_path / "whoosh"
    assert link.is_symlink() and os.readlink(link) == "whoosh-1"
    assert search_index.rebuild(tmp_path, store) == {"articles": 9, "generation": 2, "segments": 1}
    assert search_index.rebuild(tmp_path, store)["generation"] == 3
    assert os.readlink(link) == "whoosh-3"
    assert sorted(p.name for p in tmp_path.glob("whoosh-*")) == ["whoosh-2", "whoosh-3"]
    assert not list(tmp_path.glob(".whoosh*"))
    assert search_index.check(tmp_path)["ok"]
    store.close()


def test_empty_or_missing_index_answers_zero(tmp_path):
    with Engine(tmp_path / "nothing") as engine:
        health = engine.health()
        assert health["ok"] is True and health["articles"] == health["store_articles"] == 0
        answer = engine.search({"q": ["kyiv"], "person": ["X"]})
        assert answer["total"] == 0 and answer["results"] == []
        assert answer["facets"]["person"] == [{"value": "X", "count": 0, "selected": True, "excluded": False}]
        assert list(engine.export({})) == []
    assert not (tmp_path / "nothing").exists()


def test_update_adds_replaces_and_removes_and_a_live_engine_sees_it(tmp_path):
    store = build(tmp_path, sample_corpus()[:2])
    with Engine(tmp_path) as engine:
        assert _ids(engine) == ["a1", "a2"]
        view = engine.backend._cache.get()
        added, removed = store.replace_file("test.jsonl", "2",
                                            [art("a1", "Changed title zebra", ["zebra text"]), art("n1", "New", ["new"])], {})
        search_index.update(tmp_path, store, added, removed)
        assert _ids(engine) == ["a1", "n1"]  # no restart needed
        assert engine.backend._cache.get() is not view  # a new searcher, not refresh()
        assert _ids(engine, q="zebra") == ["a1"] and _ids(engine, q="drone") == []
        assert engine.health()["articles"] == 2
        # a rebuild is picked up as well (the symlink moved)
        search_index.rebuild(tmp_path, store)
        assert _ids(engine) == ["a1", "n1"]
    assert search_index.check(tmp_path)["ok"]
    store.close()


def test_update_without_an_index_builds_one(tmp_path):
    store = Store(tmp_path)
    added, removed = store.replace_file("f", "1", sample_corpus()[:3], {})
    search_index.update(tmp_path, store, added, removed)
    assert search_index.check(tmp_path)["ok"] and search_index.current_dir(tmp_path).name == "whoosh-1"
    store.close()


def test_many_small_commits_then_merge_leave_no_duplicates(tmp_path):
    store = build(tmp_path, sample_corpus())
    with Engine(tmp_path) as engine:
        for i in range(25):
            arts = [art(f"s{i}-{j}", f"Small {i}", [f"batch marker{i} common"]) for j in range(2)]
            added, removed = store.replace_file(f"small-{i}", str(i), arts, {})
            # the same ids re-sent as changed (a re-index of an unchanged file) must not duplicate them
            search_index.update(tmp_path, store, added + ["a1", "a2"], removed)
            if i % 5 == 0:
                assert engine.search({"q": ["common"]})["total"] == 2 * (i + 1)
        ix = search_index.open_current(tmp_path)
        with ix.writer() as w:
            w.optimize = True  # force a full merge
        ix.close()
        answer = engine.search({"copies": ["all"], "per_page": ["100"]})
        ids = [r["id"] for r in answer["results"]]
        assert len(ids) == len(set(ids)) == answer["total"] == 9 + 50
        assert engine.search({"q": ["common"], "per_page": ["100"]})["total"] == 50
    report = search_index.check(tmp_path)
    assert report["ok"] and report["duplicates"] == [] and report["index_documents"] == 59
    store.close()


def test_check_reports_missing_and_extra_with_the_repair_command(tmp_path):
    store = build(tmp_path, sample_corpus())
    store.replace_file("other", "1", [art("zz", "Only in store", ["x"])], {})
    with search_index.open_current(tmp_path).writer() as w:
        w.delete_by_term("id", "a1")
    report = search_index.check(tmp_path)
    assert not report["ok"] and report["missing"] == ["a1", "zz"] and report["extra"] == []
    assert f"newsfacet reindex --index {tmp_path}" in report["message"]
    search_index.rebuild(tmp_path, store)
    assert search_index.check(tmp_path)["ok"]
    store.close()


def test_writer_lock_held_by_another_process_raises_index_locked(tmp_path):
    import subprocess
    import sys

    store = build(tmp_path, sample_corpus()[:1])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom search.index import write_lock\n"
         "with write_lock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(30)\n", str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for attempt in (lambda: search_index.update(tmp_path, store, ["a1"], [], lock_timeout=0.2),
                        lambda: search_index.rebuild(tmp_path, store, lock_timeout=0.2)):
            with pytest.raises(IndexLocked) as info:
                attempt()
            assert str(tmp_path) in info.value.message and info.value.status == 503
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    search_index.update(tmp_path, store, ["a1"], [], lock_timeout=5)  # released with the process
    store.close()


def test_facet_caches_match_whoosh_postings_across_segments(tmp_path):
    from search.searcher import IndexView

    store = build(tmp_path, sample_corpus())
    for i in range(3):
        added, removed = store.replace_file(f"more{i}", "x", [art(f"x{i}", "T", ["Kyiv again"], [(0, "Kyiv", "place", "Kyiv")])], {})
        search_index.update(tmp_path, store, added + ["a4"], removed)
    view = IndexView(search_index.current_dir(tmp_path))
    r = view.searcher.reader()
    for field, fd in view.facets.items():
        assert fd.values == sorted(r.field_terms(field)) or set(fd.values) <= set(r.field_terms(field))
        for value in fd.values:
            assert sorted(fd.docs_of(value).tolist()) == sorted(r.postings(field, value).all_ids())
    assert sorted(view.facets["place"].docs_of("Kyiv").tolist()) == sorted(
        view.docnum[i] for i in ("a2", "a3", "a7", "a9", "x0", "x1", "x2"))
    view.close()
    store.close()


def test_write_lock_is_reentrant_in_a_thread_but_excludes_other_threads(tmp_path):
    import threading

    outcome = []
    with search_index.write_lock(tmp_path):
        with search_index.write_lock(tmp_path, timeout=0.1):  # the same thread: re-entrant
            pass

        def other():
            try:
                with search_index.write_lock(tmp_path, timeout=0.2):
                    outcome.append("got it")
            except IndexLocked:
                outcome.append("locked")

        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert outcome == ["locked"]
