"""Word-pair fields (issue 18): phrases found through pairs give what the positional path gave, and an index
built before the pairs still answers, then is rebuilt with them."""
from __future__ import annotations

import random

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh import query as Q

from bench.phrases import use_legacy_index
from search import index as search_index
from search import pair_words
from search.engine import Engine
from search.matching import Matcher
from search.querytext import parse
from search.schema import PAIR_FIELDS, TEXT_FIELDS, text_analyzer
from search.searcher import IndexView
from search.testing import art, build, place

# stop words among them ("the", "of", "in", "and"), so phrases and pairs both skip them
VOCAB = ["drone", "strike", "strikes", "kyiv", "port", "grain", "the", "of", "in", "and", "war", "deal", "talks",
         "peace", "odesa", "a"]
# words each in ~5-20% of the articles: under the common-word share the "common" index is built with
# (COMMON_SHARE), so phrases mix words with pairs and words without (the VOCAB words are in most articles)
RARE = ["tanker", "senate", "convoy", "mariupol", "wheat", "blackout", "treaty", "sanctions"]
COMMON_SHARE = 0.3
# real text's odd tokens: dotted abbreviations, apostrophes, digits, accents, one-letter words, hyphens
ODD = ["The U.S. said Zelenskyy's 3rd drone-strike hit Kyiv at 04:30.", "Café owners in Odesa: a-b-c, I.O.U. 1,000",
       "Ukraine’s grain deal — (talks) “peace” ... strike!"]
PLACES = [("Kyiv", "Kyiv City"), ("Odesa", "Odesa Oblast"), ("Kharkiv", "Kharkiv Oblast")]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(RARE if rng.random() < 0.02 else VOCAB) for _ in range(words)).capitalize() + "."


def _corpus(seed: int, n: int) -> list:
    """Articles with a place each (a filter to tick), sources, and syndicated copies (hidden in results)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        extra = {"copy_of": f"a{i - 1}"} if i % 17 == 5 else {}
        if extra:  # a copy repeats its original's text, as syndication does
            title, paragraphs = out[-1].title, [p.text for p in out[-1].paragraphs]
        else:
            city, region = rng.choice(PLACES)
            title = _text(rng, rng.randint(2, 6))
            paragraphs = [f"{city} said."] + [_text(rng, rng.randint(3, 40)) for _ in range(rng.randint(1, 4))]
            if i % 7 == 0:
                paragraphs.append(ODD[i % len(ODD)])
                title = f"{title} {ODD[(i + 1) % len(ODD)]}"
        out.append(art(f"a{i}", title, paragraphs, [place(0, city, city, region, "Ukraine")],
                       source=rng.choice(["AP", "Reuters"]), published=f"2025-06-{1 + i % 28:02d}", **extra))
    return out


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """The same articles indexed the pre-pairs way (positions only), with every word pair, and with the
    pairs of common words only (those in COMMON_SHARE of the articles)."""
    articles = _corpus(5, 300)
    dirs = {name: tmp_path_factory.mktemp(name) for name in ("old", "all", "common")}
    with pytest.MonkeyPatch.context() as mp:
        use_legacy_index(mp)
        build(dirs["old"], articles).close()
    for name, share in (("all", "0"), ("common", str(COMMON_SHARE))):
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(pair_words.ENV, share)
            build(dirs[name], articles).close()
    yield dirs


@pytest.fixture(scope="module")
def two_indexes(indexes):
    """The positional index and the one with every pair."""
    return indexes["old"], indexes["all"]


@pytest.fixture(scope="module", params=["all", "common"])
def paired(indexes, request):
    """The positional index and one with pairs (every pair, then common words' pairs only)."""
    return indexes["old"], indexes[request.param]


def _views(two_indexes):
    return [IndexView(search_index.current_dir(d)) for d in two_indexes]


def test_the_old_index_has_no_pairs_and_the_new_one_has_them(two_indexes):
    old, new = _views(two_indexes)
    try:
        assert Matcher(old).pairs == {} and Matcher(new).pairs == PAIR_FIELDS
        # "war in the Kyiv" is indexed as war, kyiv: the pair skips the stop words as positions do
        reader = new.searcher.reader()
        pairs = {t.decode() for t in reader.lexicon(PAIR_FIELDS["body"])}
        assert pairs and all(len(p.split(" ")) == 2 for p in pairs)
        assert not any(w in {"the", "of", "in", "and", "a"} for p in pairs for w in p.split(" "))
    finally:
        old.close()
        new.close()


def test_word_lists_index_the_same_terms_weights_lengths_and_word_order_as_the_text(two_indexes):
    """article_document hands Whoosh analysed words instead of text: the same terms, weights, lengths and
    word sequence. Only where the numbering starts may differ: Whoosh's stop filter leaves the first kept
    word at its place in the text ("The war": war at 1), a list starts at 0; phrases compare positions
    relative to each other, and snippets number words themselves."""
    old, new = _views(two_indexes)
    try:
        r_old, r_new = old.searcher.reader(), new.searcher.reader()
        assert old.n == new.n
        shifted = 0
        for field in TEXT_FIELDS:
            terms = list(r_old.lexicon(field))
            assert terms == list(r_new.lexicon(field)) and len(terms) > 20
            seq_old: dict[int, list] = {}
            seq_new: dict[int, list] = {}
            for t in terms:
                a, b = r_old.postings(field, t), r_new.postings(field, t)
                while a.is_active():
                    assert b.is_active() and a.id() == b.id() and a.weight() == b.weight()
                    seq_old.setdefault(a.id(), []).extend((p, t) for p in a.value_as("positions"))
                    seq_new.setdefault(b.id(), []).extend((p, t) for p in b.value_as("positions"))
                    a.next()
                    b.next()
                assert not b.is_active()
            assert seq_old.keys() == seq_new.keys()
            for doc, got in seq_old.items():
                got, want = sorted(got), sorted(seq_new[doc])
                start = got[0][0]
                shifted += start > 0
                assert [p for p, _ in got] == list(range(start, start + len(got)))  # consecutive: renumbered
                assert [(p - start, t) for p, t in got] == want, doc
            assert np.array_equal(old.field_lengths(field), new.field_lengths(field))
        assert shifted  # the fixture does start some titles with a stop word
    finally:
        old.close()
        new.close()


def _phrases(seed: int, count: int) -> list[list[str]]:
    """Random word runs, half of them cut from the corpus's texts (so phrases with a rare word match too)."""
    rng, analyzer, out = random.Random(seed), text_analyzer(), []
    texts = [" ".join([a.title, *(p.text for p in a.paragraphs)]) for a in _corpus(5, 300)]
    while len(out) < count:
        if rng.random() < 0.5:
            words = [t.text for t in analyzer(" ".join(rng.choice(VOCAB + RARE) for _ in range(rng.randint(2, 5))))]
        else:
            doc = [t.text for t in analyzer(rng.choice(texts))]
            start = rng.randrange(len(doc))
            words = doc[start:start + rng.randint(2, 5)]
        if len(words) >= 2:
            out.append(words)
    return out


@pytest.mark.parametrize("deleted", [False, True])
def test_random_phrases_give_the_positional_paths_docs_and_scores(paired, deleted):
    """Same docs, same float32 scores, with and without a scope (the filters' reach), in title and body,
    on an index without deletions (weights read at the pairs' docs) and as if it had some (the path that
    reads every word's postings); with every pair indexed and with common words' pairs only (phrases of
    common words, of rare ones, and of both)."""
    old, new = _views(paired)
    rng = np.random.default_rng(3)
    try:
        matched = 0
        for words in _phrases(23, 160):
            field = TEXT_FIELDS[int(rng.integers(2))]
            q = Q.Phrase(field, words)
            scope = None if rng.random() < 0.5 else rng.random(old.n) < 0.4
            m_old, m_new = Matcher(old), Matcher(new)
            m_old._all_live = m_new._all_live = not deleted
            mask_o, score_o = m_old.evaluate(q, scope)
            mask_n, score_n = m_new.evaluate(q, scope)
            if scope is not None:
                mask_o, mask_n = mask_o & scope, mask_n & scope
            assert np.array_equal(mask_o, mask_n), (q, scope is not None)
            assert np.allclose(score_o[mask_o], score_n[mask_n], rtol=1e-6), q
            again, score_again = m_new.evaluate(q)  # a second ask: from the verified-phrase cache
            assert np.array_equal(again, m_old.evaluate(q)[0])
            matched += int(mask_n.any())
        assert matched > 30
    finally:
        old.close()
        new.close()


QUERIES = ['"drone strike"', '"the war in kyiv"', '"war kyiv"', '"grain deal talks"', '"peace peace"',
           '"senate treaty"', '"tanker in the port"', '"grain wheat deal"', '"convoy" "drone sanctions"',
           'title:"drone strike"', '"drone strike" -"peace talks"', '"kyiv port" OR "odesa grain"',
           '"strike of the port" drone', '"nosuchword strike"']


@pytest.mark.parametrize("text", QUERIES)
def test_search_answers_are_unchanged(paired, text):
    """Through the engine: totals, pages (copies hidden), facet counts, snippets and highlights."""
    old_dir, new_dir = paired
    with Engine(old_dir) as old, Engine(new_dir) as new:
        for params in ({"q": [text]}, {"q": [text], "region": ["Odesa Oblast"]},
                       {"q": [text], "source": ["AP"], "place": ["Kyiv"]}, {"q": [text], "page": ["2"]}):
            a, b = old.search(params), new.search(params)
            for answer in (a, b):
                answer.pop("took_ms", None)
            assert a == b, params


def test_the_parser_does_not_offer_the_pair_fields(two_indexes):
    view = _views(two_indexes)[1]
    try:
        q = parse("body_pairs:drone", view).query
        assert PAIR_FIELDS["body"] not in repr(q)
    finally:
        view.close()


def test_an_index_built_before_the_pairs_answers_phrases_then_is_rebuilt_with_them(tmp_path, monkeypatch):
    articles = _corpus(9, 60)
    with monkeypatch.context() as mp:
        use_legacy_index(mp)
        store = build(tmp_path, articles)
    with Engine(tmp_path) as engine:
        before = engine.search({"q": ['"drone strike"']})
    assert before["total"] > 0  # from positions: an upgraded install loses no phrase match
    report = search_index.check(tmp_path)
    assert report["ok"] and report["index_missing_fields"] == sorted(PAIR_FIELDS.values())
    assert "reindex" in report["message"]
    ix = whoosh_index.open_dir(str(search_index.current_dir(tmp_path)))
    assert not set(PAIR_FIELDS.values()) & set(ix.schema.names())
    ix.close()
    # the next indexing run sees the missing fields and rebuilds rather than adding to the old index
    store.replace_file("more.jsonl", "x", [art("new1", "Drone strike", ["A drone strike on the port."])], {})
    search_index.update(tmp_path, store, ["new1"])
    ix = whoosh_index.open_dir(str(search_index.current_dir(tmp_path)))
    assert set(PAIR_FIELDS.values()) <= set(ix.schema.names())
    ix.close()
    with Engine(tmp_path) as engine:
        after = engine.search({"q": ['"drone strike"']})
    assert after["total"] == before["total"] + 1
    assert search_index.check(tmp_path)["index_missing_fields"] == []
    store.close()


def test_pair_postings_read_the_same_through_whoosh_public_api(two_indexes, monkeypatch):
    """Blocks read in place (long lists) and Whoosh's own matchers (inline lists, the public path) agree,
    and every posting's counts are the ones the text has."""
    from search import whoosh_adapter
    from search.schema import word_pairs

    view = _views(two_indexes)[1]
    try:
        field = PAIR_FIELDS["body"]
        reader = view.searcher.reader()
        terms = [t.decode() for t in reader.lexicon(field)]
        long_lists = [t for t in terms if reader.doc_frequency(field, t) > 130]  # over a block (128)
        assert long_lists and len(terms) > len(long_lists)
        fast = {t: Matcher(view).pair_postings(field, t) for t in terms}
        monkeypatch.setenv(whoosh_adapter.ENV_FAST, "off")
        try:
            assert not whoosh_adapter.support(refresh=True).fast
            slow = {t: Matcher(view).pair_postings(field, t) for t in terms}
        finally:
            monkeypatch.delenv(whoosh_adapter.ENV_FAST)
            whoosh_adapter.support(refresh=True)
        for t in terms:
            assert np.array_equal(fast[t][0], slow[t][0]) and np.array_equal(fast[t][1], slow[t][1]), t
        # one document checked against its own words
        analyzer = text_analyzer()
        doc = int(fast[long_lists[0]][0][0])
        aid = view.searcher.stored_fields(doc)["id"]
        article = next(a for a in _corpus(5, 300) if a.id == aid)
        words = [t.text for t in analyzer("\n\n".join(p.text for p in article.paragraphs))]
        for pair in set(word_pairs(words)):
            ids, rows = fast[pair]
            a, b = pair.split(" ")
            assert rows[np.searchsorted(ids, doc)].tolist() == [word_pairs(words).count(pair), words.count(a),
                                                               words.count(b)]
    finally:
        view.close()


def test_the_common_index_holds_the_pairs_of_common_words_only(indexes):
    """The word list fixed at rebuild holds the words in COMMON_SHARE of the articles: the corpus's
    everyday words, none of its rare ones; every indexed pair is made of two of them."""
    views = {name: IndexView(search_index.current_dir(d)) for name, d in indexes.items() if name != "old"}
    try:
        fmt = Matcher(views["common"]).pair_format["body"]
        assert Matcher(views["all"]).pair_format["body"].common is None
        analyzer = text_analyzer()
        stems = lambda ws: {t.text for w in ws for t in analyzer(w)}  # noqa: E731
        assert stems(VOCAB) <= fmt.common and not stems(RARE) & fmt.common
        field = PAIR_FIELDS["body"]
        held = {t.decode() for t in views["common"].searcher.reader().lexicon(field)}
        every = {t.decode() for t in views["all"].searcher.reader().lexicon(field)}
        assert held and held < every
        assert all(set(p.split(" ")) <= fmt.common for p in held)
        assert any(set(p.split(" ")) & stems(RARE) for p in every)
    finally:
        for view in views.values():
            view.close()


def test_an_update_indexes_the_pairs_of_the_rebuilds_word_list(tmp_path, monkeypatch):
    """Articles added after the rebuild get the pairs of the rebuild's common words, not of their own
    words: a phrase of words that were rare then is still found, from positions."""
    monkeypatch.setenv(pair_words.ENV, str(COMMON_SHARE))
    store = build(tmp_path, _corpus(9, 60))
    new = art("new1", "Tanker convoy", ["A tanker convoy left the port after the drone strike."])
    store.replace_file("more.jsonl", "x", [new], {})
    monkeypatch.setenv(pair_words.ENV, "0")  # the setting now would index every pair: the index's list wins
    search_index.update(tmp_path, store, ["new1"])
    view = IndexView(search_index.current_dir(tmp_path))
    try:
        reader = view.searcher.reader()
        held = {t.decode() for t in reader.lexicon(PAIR_FIELDS["body"])}
        assert "drone strike" in held and "tanker convoy" not in held and "convoy left" not in held
    finally:
        view.close()
    with Engine(tmp_path) as engine:
        for text in ('"tanker convoy"', '"convoy left the port"', 'title:"tanker convoy"'):
            assert [r["id"] for r in engine.search({"q": [text]})["results"]] == ["new1"], text
        assert "new1" in {r["id"] for r in engine.search({"q": ['"drone strike"'], "per_page": ["100"]})["results"]}
    store.close()


def test_the_common_word_list_comes_from_the_store_and_the_setting(tmp_path, monkeypatch):
    store = build(tmp_path, _corpus(9, 40))
    try:
        shared = pair_words.common_words(store, 0.5)
        everyday = pair_words.common_words(store, 0.05)
        assert shared and shared < everyday  # a higher share keeps fewer words
        assert pair_words.common_words(store, 0) is None  # 0: every pair
        monkeypatch.setenv(pair_words.ENV, "0.5")
        assert pair_words.min_df() == 0.5 and pair_words.common_words(store) == shared
        monkeypatch.setenv(pair_words.ENV, "lots")
        assert pair_words.min_df() == pair_words.MIN_DF_DEFAULT
    finally:
        store.close()
    empty = build(tmp_path / "empty", [])
    try:
        assert pair_words.common_words(empty, 0.05) is None  # nothing to learn from: every pair
    finally:
        empty.close()
