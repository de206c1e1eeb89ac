"""search/whoosh_adapter.py: the fast paths over Whoosh's private internals give exactly Whoosh's own
public-API answers (ids, counts, weights, phrase matches, facet postings, tokens), on a tiny index with
several segments, deletions, inline and multi-block postings; and the installed-version check and its
one fallback policy (Whoosh's public API) behave as documented."""
from __future__ import annotations

import random

import numpy as np
import pytest
from whoosh import query as Q
from whoosh.codec import whoosh3

from search import index as search_index
from search import segments, snippets, whoosh_adapter
from search.querytext import parse
from search.schema import FACET_FIELDS, TEXT_FIELDS, text_analyzer
from search.searcher import IndexView
from search.testing import art, build, place

VOCAB = ["drone", "strike", "strikes", "kyiv", "port", "grain", "the", "of", "in", "war", "deal", "talks",
         "peace", "Kupol*2", "U.S.", "e-mail", "2025-06-27", "pro-Russian", "Київ", "naïve", "x"]
PEOPLE = ["Oleh Syniehubov", "Volodymyr Zelensky", "Rustem Umerov"]
PLACES = [("Kyiv", "Kyiv City", "Ukraine"), ("Kharkiv", "Kharkiv Oblast", "Ukraine"), ("Izhevsk", "Udmurtia", "Russia")]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(words)) + "."


def _corpus(rng: random.Random, n: int, prefix: str) -> list:
    out = []
    for i in range(n):
        pars = [_text(rng, rng.randint(3, 30)) for _ in range(rng.randint(1, 3))]
        who, (town, region, country) = rng.choice(PEOPLE), rng.choice(PLACES)
        pars.append(f"{who} spoke in {town}.")
        out.append(art(f"{prefix}{i}", _text(rng, 4), pars,
                       [(len(pars) - 1, who, "person", who), place(len(pars) - 1, town, town, region, country)],
                       source=rng.choice(["AP", "AFP", "Reuters"]), published=f"2025-06-{rng.randint(1, 28):02d}"))
    return out


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("adapter")
    rng = random.Random(17)
    # 300 articles: common words get multi-block postings (blocks hold 128), rare ones inline postings
    store = build(d, _corpus(rng, 300, "a"))
    for k in range(2):  # more segments, and deletions inside the first one
        added, removed = store.replace_file(f"more{k}.jsonl", "x", _corpus(rng, 40, f"m{k}-"), {})
        search_index.update(d, store, added + [f"a{k}"], removed)
    search_index.update(d, store, [], ["a5", "a6", "a200"])
    store.close()
    return d


def _set_mode(monkeypatch, mode: str) -> whoosh_adapter.Support:
    monkeypatch.setenv(whoosh_adapter.ENV_FAST, mode)
    segments._cache.clear()  # segment data read in the other mode must not be reused
    return whoosh_adapter.support(refresh=True)


@pytest.fixture()
def patch():
    """A monkeypatch for tests that change what support() sees: undone, then support() is read again."""
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()
    segments._cache.clear()
    whoosh_adapter.support(refresh=True)


@pytest.fixture(scope="module", params=["auto", "off"], ids=["fast", "public"])
def view(request, index_dir):
    with pytest.MonkeyPatch.context() as mp:
        got = _set_mode(mp, request.param)
        assert got.fast is (request.param == "auto"), got
        v = IndexView(search_index.current_dir(index_dir))
        assert len(v.searcher.reader().leaf_readers()) > 1 and not v.live.all()
        yield v
        v.close()
    segments._cache.clear()
    whoosh_adapter.support(refresh=True)


def _whoosh_docs(view, q) -> np.ndarray:
    """Whoosh's own answer through its public searcher, live docs only, as a mask."""
    m = np.zeros(view.n, dtype=bool)
    hits = view.searcher.search(q, limit=None)
    m[[hit.docnum for hit in hits]] = True
    assert len(hits) == int(m.sum())
    return m


def _queries(rng: random.Random, n: int) -> list[str]:
    words = ["drone", "strike", "kyiv", "port", "grain", "war", "deal", "talks", "peace", "kupol", "nosuch"]
    out = []
    for _ in range(n):
        a, b, c = rng.sample(words, 3)
        out.append(rng.choice([
            f"{a}", f"{a} {b}", f"{a} OR {b}", f"{a} -{b}", f'"{a} {b}"', f'"{a} {b} {c}"', f"({a} OR {b}) {c}",
            f'title:{a}', f'"{a} {b}" OR {c}', f"{a[:3]}*", f"{a} AND NOT {b}", f'"the {a} in {b}"',
            f'person:"{rng.choice(PEOPLE)}" {a}', f"source:AP {a}", f"region:Udmurtia OR {b}",
        ]))
    return out


QUERIES = _queries(random.Random(5), 40) + ["drone", '"drone strike"', '"war in kyiv"', "e-mail", "U.S.",
                                              "2025-06-27", '"pro-Russian drone"', "Київ", "naïve"]


@pytest.mark.parametrize("text", QUERIES)
def test_fast_paths_give_whooshs_own_ids_and_counts(view, text):
    pq = parse(text, view)
    if pq.query is None:
        pytest.fail(f"{text!r} parsed to browse-all")
    mask, _ = view.matcher.evaluate(pq.query)
    expected = _whoosh_docs(view, pq.query)
    assert np.array_equal(mask, expected), text
    assert int(mask.sum()) == int(expected.sum())


def test_random_phrases_give_whooshs_phrase_matches(view):
    rng = random.Random(23)
    analyzer = text_analyzer()
    checked = matched = 0
    for _ in range(70):
        words = [t.text for t in analyzer(" ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 4))))]
        if len(words) < 2:
            continue
        for field in TEXT_FIELDS:
            q = Q.Phrase(field, words)
            mask, _ = view.matcher.evaluate(q)
            expected = _whoosh_docs(view, q)
            assert np.array_equal(mask, expected), q
            checked += 1
            matched += bool(expected.any())
    assert checked > 60 and matched > 10  # the phrases are not all trivially empty


def test_postings_and_weights_equal_whooshs_matchers(view):
    reader = view.searcher.reader()
    for field in TEXT_FIELDS:
        for term in ["drone", "kyiv", "kupol*2", "u.", "nosuch", "naïv", "київ"]:
            ids, weights = whoosh_adapter.read_postings(reader, field, term)
            keep = view.live[ids]
            try:
                m = reader.postings(field, term)
                want_ids, want_w = [], []
                while m.is_active():
                    want_ids.append(m.id())
                    want_w.append(m.weight())
                    m.next()
            except Exception:  # noqa: BLE001 - a term the field does not hold
                want_ids, want_w = [], []
            assert ids[keep].tolist() == want_ids, (field, term)
            assert np.allclose(weights[keep], np.asarray(want_w, dtype=np.float32)), (field, term)


def test_facet_postings_equal_whooshs(view):
    reader = view.searcher.reader()
    for name in FACET_FIELDS:
        fd = view.facets[name]
        assert fd.values == sorted({t for t in reader.field_terms(name)
                                    if any(not reader.is_deleted(d) for d in reader.postings(name, t).all_ids())})
        for value in fd.values:
            assert sorted(fd.docs_of(value).tolist()) == list(reader.postings(name, value).all_ids()), (name, value)


def test_newest_generation_is_whooshs_latest_generation(view, index_dir):
    assert whoosh_adapter.newest_generation(view.dir) == view.ix.latest_generation() == view.generation
    assert whoosh_adapter.newest_generation(index_dir) is None  # the parent holds no table of contents
    with pytest.raises(OSError):
        whoosh_adapter.newest_generation(index_dir / "nowhere")


TEXTS = ["Kupol*2 drones hit Izhevsk", "U.S. e-mail, 2025-06-27; pro-Russian", "naïve Київ 🚀 x*y**z",
         "a.b.c.d. ...dots... __under__ tab\there", ""]


@pytest.mark.parametrize("mode", ["auto", "off"])
def test_highlight_tokens_are_the_index_analyzers_tokens(patch, mode):
    _set_mode(patch, mode)
    analyzer = text_analyzer()
    tokens = whoosh_adapter.word_tokens(analyzer)
    for text in TEXTS:
        ours = [(s, e) for s, e, w in tokens(text) if snippets.analyzed(w.lower())]
        index = [(t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index")]
        assert ours == index, text


def test_kupol_star_two_is_one_token_in_snippets_as_in_the_index():
    # The index holds "kupol*2" as one term; a copied tokenizer pattern split it into "Kupol" and "2".
    text = "Drones hit Kupol*2 in Izhevsk."
    assert [t.text for t in text_analyzer()("Kupol*2")] == ["kupol*2"]
    assert snippets.match_spans(text, {"kupol*2"}) == [(11, 18, "kupol*2")]
    assert snippets.match_spans(text, {"kupol"}) == []  # "kupol" alone is not an index token of this text


# -- the version check and the fallback policy ---------------------------------------------------------------
def test_installed_release_is_tested_and_fast(patch):
    patch.delenv(whoosh_adapter.ENV_FAST, raising=False)
    got = whoosh_adapter.support(refresh=True)
    assert got.version in whoosh_adapter.TESTED_VERSIONS and got.fast and got.reason is None


def test_untested_release_falls_back_to_the_public_api_with_a_warning(patch, caplog):
    patch.delenv(whoosh_adapter.ENV_FAST, raising=False)
    patch.setattr(whoosh_adapter, "installed_version", lambda: "3.99.0")
    got = whoosh_adapter.support(refresh=True)
    assert not got.fast and "3.99.0" in got.reason and "not a tested release" in got.reason
    assert any("public API" in r.getMessage() and "3.99.0" in r.getMessage() for r in caplog.records)
    patch.setenv(whoosh_adapter.ENV_FAST, "on")  # forced on after running these tests against it
    assert whoosh_adapter.support(refresh=True).fast


def test_missing_private_name_falls_back_or_is_a_clear_error_when_forced(patch, index_dir):
    # a whoosh3 that renamed a private method the block reader calls (Whoosh itself would use the new name)
    patch.delenv(whoosh_adapter.ENV_FAST, raising=False)
    patch.setattr(whoosh_adapter, "_MATCHER_METHODS", (*whoosh_adapter._MATCHER_METHODS, "_read_ids_renamed"))
    got = whoosh_adapter.support(refresh=True)
    assert not got.fast and "W3LeafMatcher._read_ids_renamed" in got.reason
    segments._cache.clear()
    v = IndexView(search_index.current_dir(index_dir))  # still answers, through the public API
    try:
        mask, _ = v.matcher.evaluate(parse("drone", v).query)
        assert np.array_equal(mask, _whoosh_docs(v, Q.Term("body", "drone")) | _whoosh_docs(v, Q.Term("title", "drone")))
    finally:
        v.close()
    patch.setenv(whoosh_adapter.ENV_FAST, "on")
    with pytest.raises(whoosh_adapter.WhooshUnsupported, match="_read_ids_renamed.*NEWSFACET_WHOOSH_FAST=auto"):
        whoosh_adapter.support(refresh=True)


def test_a_matcher_field_no_method_assigns_is_missing(patch):
    """Instance fields exist only on a live matcher, so the check reads what the class's methods assign; a
    whoosh3 whose matcher stopped assigning one (renamed it) must not take the fast path."""
    patch.delenv(whoosh_adapter.ENV_FAST, raising=False)
    assert {"_maxid", "_data", "_fixedsize"} <= whoosh_adapter._assigned_attributes(whoosh3.W3LeafMatcher)
    assert "_postfile" in whoosh_adapter._assigned_attributes(whoosh3.W3TermsReader)
    patch.setattr(whoosh_adapter, "_MATCHER_FIELDS", (*whoosh_adapter._MATCHER_FIELDS, "_ids_renamed"))
    got = whoosh_adapter.support(refresh=True)
    assert not got.fast and "W3LeafMatcher._ids_renamed" in got.reason


@pytest.mark.parametrize("version", ["2.7.4", "4.0.0"])
def test_another_whoosh_major_is_a_clear_error(patch, version):
    patch.setattr(whoosh_adapter, "installed_version", lambda: version)
    with pytest.raises(whoosh_adapter.WhooshUnsupported, match=f"needs whoosh3 3.x.*{version}.*requirements.lock"):
        whoosh_adapter.support(refresh=True)


def test_a_bad_mode_is_a_clear_error(patch):
    patch.setenv(whoosh_adapter.ENV_FAST, "fastest")
    with pytest.raises(whoosh_adapter.WhooshUnsupported, match="auto, on or off"):
        whoosh_adapter.support(refresh=True)
