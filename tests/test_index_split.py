"""A large incremental commit written by two processes (search/index_split.py): the one-writer index's answers."""
from __future__ import annotations

import hashlib
import os

import pytest
from whoosh import index as whoosh_index

from search import index as search_index
from search import index_split
from search.store import Store
from search.testing import build
from tests.test_reindex_batches import TEXTS, _env, assert_same_answers
from tests.test_word_pairs import _corpus

N = 300  # >= SPLIT_MIN: one update of them all is split


def _ids(ix_dir) -> list[list[str]]:
    """Each segment's document ids, in document order."""
    ix = whoosh_index.open_dir(str(search_index.current_dir(ix_dir)))
    try:
        with ix.reader() as reader:
            return [[f["id"] for _, f in leaf.iter_docs()] for leaf, _ in reader.leaf_readers()]
    finally:
        ix.close()


def _store_then_update(ix_dir, articles) -> Store:
    """An empty live index, then the articles stored and applied by one incremental update, in store order."""
    store = build(ix_dir, [])
    store.replace_file("test.jsonl", hashlib.sha256(b"test.jsonl").hexdigest(), articles, {})
    search_index.update(ix_dir, store, [a.id for a in store.iter_articles()])  # a rebuild's order
    return store


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    articles = _corpus(5, N)
    dirs = {name: tmp_path_factory.mktemp(name) for name in ("one", "split")}
    with pytest.MonkeyPatch.context() as mp:
        _env(mp, 0)
        build(dirs["one"], articles).close()  # a rebuild: one writer, one segment
        _store_then_update(dirs["split"], articles).close()
    return dirs


def test_two_segments_in_the_order_given(indexes):
    one, split = _ids(indexes["one"]), _ids(indexes["split"])
    assert [len(s) for s in split] == [N // 2, N - N // 2]  # the child's half first
    assert [i for s in split for i in s] == one[0] and len(one[0]) == N


@pytest.mark.parametrize("text", TEXTS)
def test_engine_answers_are_the_one_writers(indexes, text):
    assert_same_answers(indexes["one"], indexes["split"], text)


def test_updating_the_same_articles_again_leaves_one_document_each(tmp_path, monkeypatch):
    _env(monkeypatch, 0)
    articles = _corpus(6, N)
    store = _store_then_update(tmp_path, articles)
    try:
        search_index.update(tmp_path, store, [a.id for a in articles])  # both halves replace older documents
        report = search_index.check(tmp_path)
        assert report["ok"] and report["index_documents"] == N and not report["duplicates"]
        assert sorted(i for s in _ids(tmp_path) for i in s) == sorted(a.id for a in articles)
    finally:
        store.close()


@pytest.mark.parametrize("how", ["raises", "dies"])
def test_a_failed_child_fails_the_commit_and_the_index_keeps_what_it_had(tmp_path, monkeypatch, how):
    _env(monkeypatch, 0)
    articles = _corpus(7, N)
    store = build(tmp_path, articles[:10])
    store.replace_file("more.jsonl", hashlib.sha256(b"more.jsonl").hexdigest(), articles[10:], {})
    real = search_index.article_document
    parent = os.getpid()

    def document(article):  # only the child builds the first half's documents
        if article.id == articles[10].id and os.getpid() != parent:
            if how == "dies":
                os._exit(9)
            raise ValueError("a broken article")
        return real(article)

    monkeypatch.setattr(search_index, "article_document", document)
    with pytest.raises(RuntimeError, match="a broken article" if how == "raises" else "died"):
        search_index.update(tmp_path, store, [a.id for a in articles[10:]])
    assert [i for s in _ids(tmp_path) for i in s] == [a.id for a in articles[:10]]
    monkeypatch.setattr(search_index, "article_document", real)
    search_index.update(tmp_path, store, [a.id for a in articles[10:]])  # the write lock was released
    assert sum(map(len, _ids(tmp_path))) == N and search_index.check(tmp_path)["ok"]
    store.close()


def test_a_small_commit_stays_in_one_process(tmp_path, monkeypatch):
    _env(monkeypatch, 0)

    def no_fork(*_a, **_k):
        raise AssertionError("forked for a small commit")

    monkeypatch.setattr(index_split, "_Child", no_fork)
    articles = _corpus(8, index_split.SPLIT_MIN - 1)
    store = _store_then_update(tmp_path, articles)
    assert [len(s) for s in _ids(tmp_path)] == [len(articles)]
    store.close()
