"""Common words' postings saved as numpy arrays beside each segment (search/postings_files.py, search schema 4)
answer exactly what Whoosh's blocks answer: the same docs, weights and positions per word, the same masks and
float32 scores per query, the same engine answers; an index without the files (schema 3) still answers."""
from __future__ import annotations

import os
import random
import shutil

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh import query as Q

from search import index as search_index
from search import postings_files, segments
from search.engine import Engine
from search.matching import Matcher
from search.querytext import parse
from search.schema import FACET_FIELDS, TEXT_FIELDS, text_analyzer
from search.searcher import IndexView
from search.testing import art, build, place
from search.whoosh_adapter import positions, read_postings

VOCAB = ["drone", "strike", "strikes", "kyiv", "port", "grain", "the", "of", "in", "war", "deal", "talks", "peace"]
RARE = ["tanker", "senate", "convoy", "mariupol", "wheat", "blackout", "treaty"]
MIN_DF = 20  # per segment: the VOCAB words are saved, the RARE ones (and small segments' words) are not
PLACES = ["Kyiv", "Odesa", "Kharkiv"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(RARE if rng.random() < 0.004 else VOCAB) for _ in range(words)).capitalize() + "."


def _corpus(rng: random.Random, n: int, prefix: str) -> list:
    out = []
    for i in range(n):
        city = rng.choice(PLACES)
        out.append(art(f"{prefix}{i}", _text(rng, rng.randint(2, 6)),
                       [f"{city} said."] + [_text(rng, rng.randint(3, 60)) for _ in range(rng.randint(1, 4))],
                       [place(0, city, city, None, "Ukraine")], source=rng.choice(["AP", "Reuters"]),
                       published=f"2025-06-{1 + i % 28:02d}"))
    return out


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """Three segments (one too small to save any word), deletions in the first, files written by the writer."""
    d = tmp_path_factory.mktemp("postings-files")
    rng = random.Random(5)
    old = os.environ.get("NEWSFACET_POSTINGS_MIN_DF")
    os.environ["NEWSFACET_POSTINGS_MIN_DF"] = str(MIN_DF)
    try:
        store = build(d, _corpus(rng, 300, "a"))
        for k, n in enumerate((120, 8)):
            added, removed = store.replace_file(f"more{k}.jsonl", "x", _corpus(rng, n, f"m{k}-"), {})
            search_index.update(d, store, added, removed)
        search_index.update(d, store, [], ["a5", "a6"])
    finally:
        if old is None:
            del os.environ["NEWSFACET_POSTINGS_MIN_DF"]
        else:
            os.environ["NEWSFACET_POSTINGS_MIN_DF"] = old
    yield d
    store.close()


@pytest.fixture(scope="module")
def view(index_dir):
    v = IndexView(search_index.current_dir(index_dir))
    assert len(v.searcher.reader().leaf_readers()) > 1 and not v.live.all()
    yield v
    v.close()


def _matchers(view) -> tuple[Matcher, Matcher]:
    with_files, without = Matcher(view), Matcher(view, saved_postings=False)
    assert not any(without.sides)
    assert any(s is not None and s.terms for s in with_files.sides)
    return with_files, without


def test_every_segment_has_its_file_and_big_segments_hold_the_common_words(view):
    leaves = [leaf for leaf, _ in view.searcher.reader().leaf_readers()]
    sides = segments.saved_postings(leaves, view.dir)
    assert all(s is not None for s in sides)  # the small segment's file is written too, empty
    saved = {w for s in sides for (_, w) in s.terms}
    assert {"drone", "kyiv"} <= saved and not saved & set(RARE)
    for leaf, side in zip(leaves, sides):
        for (field, word) in side.terms:
            assert leaf.doc_frequency(field, word) >= MIN_DF


def test_each_words_postings_and_positions_equal_whooshs(view):
    reader = view.searcher.reader()
    sides = Matcher(view).sides
    rng = random.Random(3)
    for field in TEXT_FIELDS:
        for word in sorted(set(reader.field_terms(field))):
            fast, slow = read_postings(reader, field, word, sides), read_postings(reader, field, word)
            assert np.array_equal(fast[0], slow[0]) and fast[0].dtype == slow[0].dtype, word
            assert np.array_equal(fast[1], slow[1]) and fast[1].dtype == slow[1].dtype, word
            docs = slow[0]
            for pick in (docs, np.sort(rng.sample(list(docs), max(1, len(docs) // 3))) if len(docs) else docs):
                pick = np.asarray(pick, dtype=np.int64)
                got, want = positions(reader, field, word, pick, sides), positions(reader, field, word, pick)
                assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1]), word


def test_random_queries_give_the_same_masks_and_float32_scores(view):
    with_files, without = _matchers(view)
    rng = random.Random(17)
    analyzer = text_analyzer()
    words = VOCAB + RARE
    for _ in range(120):
        kind = rng.choice(["two", "phrase", "phrase", "or"])
        if kind == "two":
            text = " ".join(rng.sample(words, 2))
        elif kind == "or":
            text = " OR ".join(rng.sample(words, 2))
        else:
            text = '"' + " ".join(rng.choice(words) for _ in range(rng.randint(2, 4))) + '"'
        q = parse(text, view).query
        a_mask, a_score = with_files.evaluate(q)
        b_mask, b_score = without.evaluate(q)
        assert np.array_equal(a_mask, b_mask), text
        assert np.array_equal(a_score, b_score), text
        scope = np.zeros(view.n, dtype=bool)
        scope[rng.sample(range(view.n), view.n // 4)] = True
        a_mask, _ = with_files.evaluate(q, scope)
        b_mask, _ = without.evaluate(q, scope)
        assert np.array_equal(a_mask & scope, b_mask & scope), text
    for _ in range(40):  # phrases straight through the positional path, pairs or not
        ws = [t.text for t in analyzer(" ".join(rng.choice(words) for _ in range(rng.randint(2, 3))))]
        if len(ws) > 1:
            q = Q.Phrase(rng.choice(TEXT_FIELDS), ws)
            assert np.array_equal(with_files.evaluate(q)[0], without.evaluate(q)[0]), q


def test_engine_answers_equal_with_and_without_the_files(index_dir, tmp_path):
    queries = ["drone strike", '"drone strike"', '"the war in kyiv"', "kyiv talks", "peace OR tanker", "strik*",
               '"grain deal talks"', "convoy", ""]
    engine = Engine(index_dir)
    try:
        want = [engine.search({"q": [q], "place": ["Kyiv"] if i % 2 else []}) for i, q in enumerate(queries)]
    finally:
        engine.close()
    bare = tmp_path / "bare"
    shutil.copytree(index_dir, bare, symlinks=True)
    live = search_index.current_dir(bare)
    removed = [p for p in os.listdir(live) if ".post" in p]
    assert removed
    assert search_index.check(bare)["segments_without_word_arrays"] == 0
    for name in removed:  # a schema-3 index: no saved words, every word read from Whoosh's blocks
        os.unlink(live / name)
    assert search_index.check(bare)["segments_without_word_arrays"] == 3  # said, not an error
    engine = Engine(bare)
    try:
        got = [engine.search({"q": [q], "place": ["Kyiv"] if i % 2 else []}) for i, q in enumerate(queries)]
        assert not any(s for s in engine.backend._cache.get().matcher.sides)
    finally:
        engine.close()
    for q, a, b in zip(queries, want, got):
        a.pop("took_ms", None)
        b.pop("took_ms", None)
        assert a == b, q
    assert any(a["total"] for a in want)


def test_damaged_or_foreign_files_are_ignored(index_dir, tmp_path):
    copy = tmp_path / "damaged"
    shutil.copytree(index_dir, copy, symlinks=True)
    live = search_index.current_dir(copy)
    ids = sorted(p for p in os.listdir(live) if p.endswith(".post-ids.npy"))
    (live / ids[0]).write_bytes(b"not an array")
    leaves_view = IndexView(live)
    try:
        sides = segments.saved_postings([leaf for leaf, _ in leaves_view.searcher.reader().leaf_readers()], live)
        assert None in sides
        q = parse('"drone strike"', leaves_view).query
        assert leaves_view.matcher.evaluate(q)[0].any()
    finally:
        leaves_view.close()


def test_merged_away_segments_lose_their_files(index_dir, tmp_path):
    copy = tmp_path / "merged"
    shutil.copytree(index_dir, copy, symlinks=True)
    live = search_index.current_dir(copy)
    before = {p for p in os.listdir(live) if p.endswith(".post.json")}
    ix = whoosh_index.open_dir(str(live))
    ix.optimize()  # one segment: the old ones are gone
    ix.close()
    segments.save_all(live, FACET_FIELDS)
    after = {p for p in os.listdir(live) if p.endswith(".post.json")}
    assert len(after) == 1 and not after & before
    assert postings_files.min_df({"NEWSFACET_POSTINGS_MIN_DF": "x"}) == postings_files.MIN_DF_DEFAULT


def test_a_view_opened_before_the_arrays_were_saved_finds_them_later(index_dir, tmp_path, monkeypatch):
    """The writer saves a merged segment's arrays just after its commit: a view opened in between reads
    Whoosh, then picks the arrays up (answers equal throughout)."""
    from search import matching

    copy = tmp_path / "late"
    shutil.copytree(index_dir, copy, symlinks=True)
    live = search_index.current_dir(copy)
    aside = tmp_path / "aside"
    aside.mkdir()
    for name in os.listdir(live):
        if ".post" in name:
            os.rename(live / name, aside / name)
    monkeypatch.setattr(matching, "SIDES_RECHECK_S", float("inf"))  # no clock in the test: looked for on demand
    v = IndexView(live)
    try:
        m = Matcher(v)
        assert not any(m.sides)
        q = parse('"drone strike" kyiv', v).query
        before = m.evaluate(q)
        for name in os.listdir(aside):
            os.rename(aside / name, live / name)
        assert not any(m.sides)  # not looked for again before SIDES_RECHECK_S
        monkeypatch.setattr(matching, "SIDES_RECHECK_S", 0.0)
        assert any(s is not None and s.terms for s in m.sides)
        m._cache.clear()
        m._phrases.clear()
        after = m.evaluate(q)
        assert np.array_equal(before[0], after[0]) and np.array_equal(before[1], after[1])
    finally:
        v.close()


def test_a_word_whose_weights_are_not_its_counts_is_left_to_whoosh(index_dir, tmp_path, monkeypatch):
    """The writer saves a word only when count x boost reproduces Whoosh's weights bit for bit."""
    from search import whoosh_adapter

    live = search_index.current_dir(index_dir)
    v = IndexView(live)
    try:
        leaf = v.searcher.reader().leaf_readers()[0][0]
        real = whoosh_adapter.term_positions

        def odd(leaf, field, word):
            got = real(leaf, field, word)
            if got is not None and word == "drone":
                d, w, lens, pos = got
                w = w.copy()
                w[0] += np.float32(0.5)  # as if a posting had been boosted on its own
                got = d, w, lens, pos
            return got
        monkeypatch.setattr(whoosh_adapter, "term_positions", odd)
        out = tmp_path / "odd"
        out.mkdir()
        sid = segments.segment_key(leaf, live)[1]
        assert postings_files.save(out, sid, leaf, MIN_DF) > 0
        side = postings_files.load(out, sid, leaf.doc_count_all())
        assert side.postings("body", "drone") is None and side.postings("body", "kyiv") is not None
    finally:
        v.close()
