"""A rebuild written in batches (search/index_batches.py): several segments, the one-segment index's answers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as Q

from search import config, pair_words, postings_files, segment_files, segments
from search import index as search_index
from search.engine import Engine
from search.matching import Matcher
from search.schema import FACET_FIELDS
from search.searcher import IndexView
from search.store import Store
from search.testing import art, build
from tests.test_word_pairs import COMMON_SHARE, QUERIES, _corpus

ROOT = Path(__file__).resolve().parent.parent
N, BATCH = 300, 37  # 9 segments: 8 full ones and a last one of 4 documents

TEXTS = ["", "drone", "kyiv port", "tanker OR convoy", "stri*", "drone -peace", "title:grain", *QUERIES]
PARAMS = ({}, {"region": ["Odesa Oblast"]}, {"source": ["AP"], "place": ["Kyiv"]}, {"page": ["2"]},
          {"sort": ["newest"]}, {"copies": ["all"], "per_page": ["100"]}, {"not_source": ["Reuters"]})


def _env(mp, batch: int) -> None:
    mp.setenv("NEWSFACET_REINDEX_BATCH", str(batch))
    mp.setenv(pair_words.ENV, str(COMMON_SHARE))  # pairs of some words only: phrases take both paths
    mp.setenv("NEWSFACET_POSTINGS_MIN_DF", "10")  # word arrays for some words of each segment, not all


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """The same store's articles indexed in one segment and in batches of BATCH."""
    articles = _corpus(5, N)
    dirs = {}
    for name, batch in (("one", 0), ("batched", BATCH)):
        dirs[name] = tmp_path_factory.mktemp(name)
        with pytest.MonkeyPatch.context() as mp:
            _env(mp, batch)
            build(dirs[name], articles).close()
    return dirs


def _leaves(ix_dir: Path) -> list:
    ix = whoosh_index.open_dir(str(search_index.current_dir(ix_dir)))
    try:
        with ix.reader() as reader:
            return [(leaf.segment().segment_id(), leaf.doc_count_all()) for leaf, _ in reader.leaf_readers()]
    finally:
        ix.close()


def test_batches_become_segments_with_the_store_order_and_the_same_pair_list(indexes, tmp_path, monkeypatch):
    assert [n for _, n in _leaves(indexes["one"])] == [N]
    assert [n for _, n in _leaves(indexes["batched"])] == [BATCH] * 8 + [N - 8 * BATCH]
    views = {k: IndexView(search_index.current_dir(d)) for k, d in indexes.items()}
    try:
        # one word list for every segment (the schema is the index's); the one-segment build's list
        assert Matcher(views["batched"]).pairs and Matcher(views["batched"]).pairs == Matcher(views["one"]).pairs
        fields = {k: v.searcher.schema["body_pairs"] for k, v in views.items()}
        assert fields["batched"].format.__dict__ == fields["one"].format.__dict__
        ids = {k: [f["id"] for _, f in v.searcher.reader().iter_docs()] for k, v in views.items()}
        assert ids["batched"] == ids["one"] and len(ids["one"]) == N
    finally:
        for v in views.values():
            v.close()
    # the report says how many; exactly full batches end without an empty writer's segment
    _env(monkeypatch, 20)
    store = build(tmp_path, _corpus(3, 60))
    assert search_index.rebuild(tmp_path, store)["segments"] == 3 and len(_leaves(tmp_path)) == 3
    store.close()


def assert_same_answers(index_a: Path, index_b: Path, text: str) -> None:
    """Totals, pages in order, facet counts, snippets and highlights for ``text`` under every PARAMS."""
    with Engine(index_a) as engine_a, Engine(index_b) as engine_b:
        for params in PARAMS:
            a, b = engine_a.search({"q": [text], **params}), engine_b.search({"q": [text], **params})
            for answer in (a, b):
                answer.pop("took_ms", None)
            assert a == b, params


@pytest.mark.parametrize("text", TEXTS)
def test_engine_answers_are_the_one_segment_indexs(indexes, text):
    """Totals, pages in order, facet counts, snippets and highlights, phrases through the pair fields."""
    assert_same_answers(indexes["one"], indexes["batched"], text)


def test_the_compared_queries_find_articles(indexes):
    """The comparison above compares answers with hits, across segments: most texts find several pages."""
    with Engine(indexes["one"]) as one:
        totals = [one.search({"q": [text]})["total"] for text in TEXTS]
    assert sum(t > 2 * BATCH for t in totals) >= len(TEXTS) // 3 and sum(t > 0 for t in totals) >= len(TEXTS) * 2 // 3


@pytest.mark.parametrize("query", [Q.Term("body", "drone"), Q.Or([Q.Term("body", "tanker"), Q.Term("title", "grain")]),
                                   Q.Phrase("body", ["drone", "strike"]), Q.Term("body_pairs", "drone strike")])
def test_whoosh_scores_are_equal_document_by_document(indexes, query):
    """BM25 reads index-wide statistics (document counts, average lengths) summed over the segments."""
    views = {k: IndexView(search_index.current_dir(d)) for k, d in indexes.items()}
    try:
        hits = {k: [(h["id"], h.score) for h in v.searcher.search(query, limit=None)] for k, v in views.items()}
        assert hits["one"] and hits["batched"] == hits["one"]
    finally:
        for v in views.values():
            v.close()


def test_every_segment_has_its_sidecar_files(indexes):
    live = search_index.current_dir(indexes["batched"])
    leaves = _leaves(indexes["batched"])
    for sid, n in leaves:
        assert segment_files.is_current(live, sid, n, FACET_FIELDS), sid
        assert postings_files.is_current(live, sid, n), sid
    report = search_index.check(indexes["batched"])
    assert report["ok"] and report["index_documents"] == N and report["segments_without_word_arrays"] == 0
    # and serving workers read them: a fresh load of each segment comes from its file
    assert segments.save_all(live, FACET_FIELDS) == 0  # nothing left to save


_KILLED = """
import os, sys
from search import index as search_index
from search.store import Store

real = Store.iter_articles
def dying(self):
    for i, article in enumerate(real(self)):
        if i == int(sys.argv[2]):
            os._exit(9)  # as a kill does: no except, no finally, no cleanup
        yield article
Store.iter_articles = dying
search_index.rebuild(sys.argv[1])
"""


def test_a_killed_batch_rebuild_leaves_the_live_index_untouched_and_the_next_cleans_up(tmp_path, monkeypatch):
    _env(monkeypatch, 10)
    store = build(tmp_path, _corpus(7, 45))
    with Engine(tmp_path) as engine:
        before = [engine.search({"q": [t]}) for t in ("", "drone", '"drone strike"')]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", _KILLED, str(tmp_path), "35"], env=env, cwd=ROOT)
    assert run.returncode == 9
    building = tmp_path / ".whoosh-2.building"
    # three batches were committed as segments before the kill
    ix = whoosh_index.open_dir(str(building))
    assert [s.doc_count_all() for s in ix._segments()] == [10, 10, 10]
    ix.close()
    assert os.readlink(tmp_path / "whoosh") == "whoosh-1"
    with Engine(tmp_path) as engine:
        after = [engine.search({"q": [t]}) for t in ("", "drone", '"drone strike"')]
    for answer in before + after:
        answer.pop("took_ms", None)
    assert after == before and search_index.check(tmp_path)["ok"]
    assert search_index.rebuild(tmp_path, store) == {"articles": 45, "generation": 2, "segments": 5}
    assert not building.exists() and os.readlink(tmp_path / "whoosh") == "whoosh-2"
    store.close()


def test_a_failing_batch_rebuild_removes_its_segments_and_keeps_the_live_index(tmp_path, monkeypatch):
    _env(monkeypatch, 10)
    store = build(tmp_path, _corpus(7, 45))
    real = Store.iter_articles

    def failing(self):
        for i, article in enumerate(real(self)):
            if i == 25:
                raise OSError(28, "No space left on device")
            yield article

    monkeypatch.setattr(Store, "iter_articles", failing)
    with pytest.raises(OSError, match="No space"):
        search_index.rebuild(tmp_path, store)
    assert not list(tmp_path.glob(".whoosh*")) and os.readlink(tmp_path / "whoosh") == "whoosh-1"
    assert search_index.check(tmp_path)["ok"]
    store.close()


def test_an_update_after_a_batched_rebuild_answers_as_after_a_one_segment_one(tmp_path, monkeypatch):
    articles = _corpus(11, 80)
    changed = art("a3", "Tanker convoy in the port", ["A tanker convoy left the port after the drone strike."],
                  source="AP", published="2025-06-30")
    new = art("new1", "Grain deal talks", ["Odesa said the grain deal talks resumed.", "Peace talks too."],
              source="Reuters", published="2025-06-29")
    dirs = {}
    for name, batch in (("one", 0), ("batched", 15)):
        dirs[name] = tmp_path / name
        _env(monkeypatch, batch)
        store = build(dirs[name], articles)
        kept = [a for a in articles if a.id not in ("a3", "a10")]
        added, removed = store.replace_file("test.jsonl", "v2", [*kept, changed, new], {})
        assert set(added) >= {"a3", "new1"} and "a10" in removed
        search_index.update(dirs[name], store, added, removed)
        report = search_index.check(dirs[name])
        assert report["ok"], report
        store.close()
    assert len(_leaves(dirs["batched"])) > 5
    with Engine(dirs["one"]) as one, Engine(dirs["batched"]) as batched:
        for text in ("", "tanker convoy", '"drone strike"', "grain", '"grain deal talks"'):
            for params in ({}, {"source": ["AP"]}, {"copies": ["all"], "per_page": ["100"]}):
                a, b = one.search({"q": [text], **params}), batched.search({"q": [text], **params})
                for answer in (a, b):
                    answer.pop("took_ms", None)
                assert a == b, (text, params)
        assert [r["id"] for r in batched.search({"q": ["tanker convoy"]})["results"]][:1] == ["a3"]
        assert batched.search({"q": ['"grain deal talks"']})["total"] >= 1


def test_the_batch_setting(monkeypatch):
    assert config.reindex_batch({}) == config.REINDEX_BATCH_DEFAULT
    assert config.reindex_batch({"NEWSFACET_REINDEX_BATCH": "0"}) == 0
    assert config.reindex_batch({"NEWSFACET_REINDEX_BATCH": "-3"}) == 0
    assert config.reindex_batch({"NEWSFACET_REINDEX_BATCH": "5000"}) == 5000
    assert config.reindex_batch({"NEWSFACET_REINDEX_BATCH": "lots"}) == config.REINDEX_BATCH_DEFAULT


def test_updates_never_merge_the_batches_again(tmp_path, monkeypatch):
    """Whoosh's own policy would merge all eight 5-document segments within ten one-article commits (the
    whole archive through one update's pool, at 1M); merges stay among segments smaller than a batch."""
    _env(monkeypatch, 5)
    store = build(tmp_path, _corpus(13, 40))
    batches = {sid for sid, n in _leaves(tmp_path)}
    assert len(batches) == 8
    for i in range(12):
        store.replace_file(f"more-{i}.jsonl", str(i), [art(f"n{i}", f"Tanker {i}", [f"Tanker number {i} left Odesa."])], {})
        search_index.update(tmp_path, store, [f"n{i}"])
        leaves = _leaves(tmp_path)
        assert batches <= {sid for sid, _ in leaves}, i
        assert all(n < 5 or sid in batches or n <= 12 for sid, n in leaves)
    assert max(n for sid, n in _leaves(tmp_path) if sid not in batches) > 1  # the small ones did merge
    with Engine(tmp_path) as engine:
        assert engine.search({"q": ["tanker"], "per_page": ["100"]})["total"] >= 12
    assert search_index.check(tmp_path)["ok"]
    store.close()
