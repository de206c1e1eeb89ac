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


@pytest.fixture(scope="module")
def whole_view(tmp_path_factory):
    """A freshly built index with several segments and no deleted document: phrases read positions only."""
    from search.matching import Matcher

    d = tmp_path_factory.mktemp("phrases-whole")
    rng = random.Random(13)
    store = build(d, _corpus(rng, 400, "a"))
    store.replace_file("more.jsonl", "x", _corpus(rng, 60, "m-"), {})
    search_index.update(d, store, [f"m-{i}" for i in range(60)], [])
    v = IndexView(search_index.current_dir(d))
    assert len(v.searcher.reader().leaf_readers()) > 1 and v.live.all() and Matcher(v)._all_live
    yield v
    v.close()
    store.close()


def test_phrases_scored_from_positions_equal_the_postings_path_exactly(whole_view, monkeypatch):
    """Same docs as Whoosh, and the same float32 scores as reading every word's postings first."""
    from search.matching import Matcher

    used = []
    real = Matcher._phrase_lean
    monkeypatch.setattr(Matcher, "_phrase_lean", lambda self, q, w: used.append(w) or real(self, q, w))
    rng = random.Random(17)
    texts = [p for p in PHRASES if "nosuchword" not in p]
    texts += ['"' + " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 4))) + '"' for _ in range(60)]
    checked = 0
    for text in texts:
        pq = parse(text, whole_view)
        if pq.query is None:
            continue
        by_positions, by_postings = Matcher(whole_view), Matcher(whole_view)
        by_postings._all_live = False  # the general path: every word's whole postings, then positions
        m1, s1 = by_positions.evaluate(pq.query)
        m2, s2 = by_postings.evaluate(pq.query)
        assert np.array_equal(m1, _whoosh(whole_view, pq.query)), text
        assert np.array_equal(m1, m2) and np.array_equal(s1, s2), text
        again, s3 = by_positions.evaluate(pq.query)  # the second time from the verified-phrase cache
        assert np.array_equal(again, m1) and np.array_equal(s3, s1), text
        checked += int(m1.any())
    assert checked > 20 and len(used) > 20  # the positions path did answer most of them


def test_a_scope_confines_the_positions_path_to_it(whole_view):
    from search.matching import Matcher

    q = parse('"drone strike"', whole_view).query
    full, _ = Matcher(whole_view).evaluate(q)
    scope = np.zeros(whole_view.n, dtype=bool)
    scope[::3] = True
    confined, _ = Matcher(whole_view).evaluate(q, scope)
    assert full.any() and np.array_equal(confined & scope, full & scope)
