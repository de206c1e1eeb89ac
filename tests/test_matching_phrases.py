"""Numpy phrase matching (search/phrases.py) must find exactly the documents Whoosh's Phrase query finds."""
from __future__ import annotations

import random

import numpy as np
import pytest
from whoosh import query as Q

from search import index as search_index
from search import whoosh_adapter
from search.querytext import parse
from search.schema import text_analyzer
from search.searcher import IndexView
from search.testing import art, build

VOCAB = ["drone", "strike", "strikes", "kyiv", "port", "grain", "the", "of", "in", "war", "deal", "talks", "peace"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(words)).capitalize() + "."


def _corpus(rng: random.Random, n: int, prefix: str) -> list:
    # long bodies and many documents: common words get multi-block postings, rare ones inline postings
    return [art(f"{prefix}{i}", _text(rng, 4), [_text(rng, rng.randint(3, 40)) for _ in range(rng.randint(1, 4))])
            for i in range(n)]


@pytest.fixture(scope="module")
def view(tmp_path_factory):
    d = tmp_path_factory.mktemp("phrases")
    rng = random.Random(7)
    store = build(d, _corpus(rng, 400, "a"))
    # more segments, and deletions inside the first one (replaced and removed articles)
    for k in range(2):
        added, removed = store.replace_file(f"more{k}.jsonl", "x", _corpus(rng, 60, f"m{k}-") +
                                            [art(f"a{k}", "Replaced drone strike", ["drone strike on the port"])], {})
        search_index.update(d, store, added, removed)
    search_index.update(d, store, [], ["a5", "a6"])  # the index forgets two (the store's copy is irrelevant)
    v = IndexView(search_index.current_dir(d))
    assert len(v.searcher.reader().leaf_readers()) > 1 and not v.live.all()
    yield v
    v.close()
    store.close()


def _whoosh(view, q) -> np.ndarray:
    m = np.zeros(view.n, dtype=bool)
    m[list(view.searcher.docs_for_query(q))] = True
    return m & view.live


PHRASES = ['"drone strike"', '"drone strikes"', '"strike drone"', '"the war in kyiv"', '"war kyiv"',
           '"grain deal talks"', '"peace peace"', '"drone drone drone"', '"kyiv port grain deal"',
           '"drone strike" AND "port grain"', '"drone strike" OR "peace talks"', 'title:"drone strike"',
           '"drone strike" -"peace talks"', '"nosuchword strike"', '"drone nosuchword"']


@pytest.mark.parametrize("text", PHRASES)
def test_phrase_docs_match_whoosh(view, text):
    pq = parse(text, view)
    mask, score = view.matcher.evaluate(pq.query)
    expected = _whoosh(view, pq.query)
    assert np.array_equal(mask, expected), text
    assert (score[mask] > 0).all()  # every match is ranked by its words' BM25


def test_random_phrases_match_whoosh(view):
    rng = random.Random(11)
    analyzer = text_analyzer()
    for _ in range(80):
        words = [t.text for t in analyzer(" ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 4))))]
        if len(words) < 2:
            continue
        for field in ("title", "body"):
            q = Q.Phrase(field, words)
            mask, _ = view.matcher.evaluate(q)
            assert np.array_equal(mask, _whoosh(view, q)), q


def test_sloppy_phrases_still_go_to_whoosh(view):
    q = Q.Phrase("body", ["drone", "port"], slop=3)
    mask, _ = view.matcher.evaluate(q)
    assert np.array_equal(mask, _whoosh(view, q))


def test_the_generic_matcher_path_agrees_with_the_block_path(view, monkeypatch):
    q = Q.Phrase("body", ["drone", "strike"])
    fast, _ = view.matcher.evaluate(q)
    # Whoosh's public API instead of the block reader: positions come one doc at a time
    monkeypatch.setenv(whoosh_adapter.ENV_FAST, "off")
    try:
        assert not whoosh_adapter.support(refresh=True).fast
        slow, _ = view.matcher.evaluate(q)
    finally:
        monkeypatch.delenv(whoosh_adapter.ENV_FAST)
        whoosh_adapter.support(refresh=True)
    assert fast.any() and np.array_equal(fast, slow)


def test_batch_unpickle_falls_back_on_unexpected_values():
    from pickle import dumps

    good = [b"\0\0\0\2" + dumps([3, 4], 2), b"\0\0\0\1" + dumps([7], 2)[:-1]]  # second one STOP-trimmed
    assert whoosh_adapter._decode_all(good) == [[3, 4], [7]]
    odd = good + [b"\0\0\0\1" + dumps([9], 4)]  # another pickle protocol: decoded one by one
    assert whoosh_adapter._decode_all(odd) == [[3, 4], [7], [9]]
    assert whoosh_adapter._decode_all([]) == []
