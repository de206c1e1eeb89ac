"""params.parse_params (validation) and querytext.parse (user text -> bounded Whoosh query, never raising)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as Q

from search.engine import Engine
from search.errors import InvalidParameter
from search.params import parse_params
from search.querytext import parse, user_words
from search.testing import art, build, sample_corpus


@pytest.fixture(scope="module")
def view(tmp_path_factory):
    d = tmp_path_factory.mktemp("query")
    extra = [art(f"w{i}", "Words", [f"alpha{i:04d} alphabet"]) for i in range(400)]
    build(d, sample_corpus() + extra).close()
    e = Engine(d)
    yield e.backend._cache.get()
    e.close()


def test_params_defaults_and_normalisation():
    p = parse_params({"q": ["  kyiv "], "person": ["A", " A ", ""], "not_place": ["B"], "sort": ["NEWEST"],
                      "date_from": ["2025"], "date_to": ["2025-02"], "published_to": ["2024-02-29"], "x": ["?"]})
    assert p.q == "kyiv" and p.filters == {"person": ["A"]} and p.exclude == {"place": ["B"]}
    assert p.sort == "newest" and p.page == 1 and p.per_page == 10 and p.facet_limit == 20 and p.copies == "group"
    assert (p.date_from, p.date_to, p.published_to) == ("2025-01-01", "2025-02-28", "2024-02-29")
    assert parse_params({"q": "a string, not a list"}).q == "a string, not a list"
    assert parse_params(None).q == ""


def test_invalid_messages_say_what_was_expected():
    with pytest.raises(InvalidParameter) as info:
        parse_params({"per_page": ["0"]})
    assert info.value.message == "per_page: expected an integer from 1 to 100, got 0"
    with pytest.raises(InvalidParameter) as info:
        parse_params({"date_from": ["yesterdayish"]})
    assert "YYYY-MM-DD" in info.value.message and info.value.param == "date_from"
    with pytest.raises(InvalidParameter):
        parse_params({"person": [str(i) for i in range(101)]})


def test_wildcards_are_bounded(view):
    assert parse("*", view).query is None and parse("  ** ", view).query is None
    assert parse("a*", view).query is None  # too short to expand: dropped, i.e. browse
    q = parse("alpha*", view).query
    terms = [t for t in q.leaves() if isinstance(t, Q.Term)]
    assert 0 < len(terms) <= 2 * 64  # title and body, each capped
    assert parse("zzzq*", view).query is Q.NullQuery


def test_fields_and_case_insensitive_facet_values(view):
    assert parse('person:"oleh syniehubov"', view).query == Q.Term("person", "Oleh Syniehubov")
    assert parse("country:ukraine", view).query == Q.Term("country", "Ukraine")
    assert parse("place:istanbul", view).query == Q.Term("place", "Istanbul, Turkey")
    assert parse("date:2025-06-27", view).query == Q.Term("date", "2025-06-27")
    # unknown and internal fields are plain text
    assert {t.fieldname for t in parse("spell:kyiv id:a1", view).query.leaves()} == {"title", "body"}


def test_text_terms_and_user_words():
    pq = parse('kupol "air defense" -kyiv NOT odesa person:"X Y" drone*')
    assert pq.text_terms == {"kupol", "air", "defens"}
    assert user_words('Izhevks "air defense" -kyiv NOT odesa person:"X Y" drone* ukr~ (OR AND)') == \
        ["Izhevks", "air", "defense"]


NASTY = ['"', '""', '"""', "(", ")", ")(", "[", "]", "{", "}", "[a TO", "a TO b]", "AND", "OR", "NOT", "AND OR NOT",
         "-", "+", "--x", "++x", "~", "~~", "x~~", "x~3/0", "^", "x^^2", "*", "?", "*?*", "a*b*c*", "\\", "\\\\x",
         ":", "::", "x:", ":x", "person:", "date:", "date:[", "date:[2025 TO", "date:2025-99-99", "title:(", "🚀",
         "Киев", "🏳️‍🌈 kyiv", "\u202e", "\x01\x02", "\t\n\r", "' OR 1=1; --", "<script>", "%00", "a" * 1000,
         "(" * 200, "x " * 500, "NOT " * 100, "*:*", "person:*", "date:*", "/regex/", "x AND (y OR", "'"]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_inputs_parse_with_and_without_an_index(view, text):
    for v in (None, view):
        pq = parse(text, v)
        assert pq.query is None or isinstance(pq.query, Q.Query)
        if pq.query is not None:
            list(v.searcher.docs_for_query(pq.query)) if v else None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list('ab kyiv"()[]{}:*?~^+-\\/') + ["person:", " TO ", "AND", "OR", "NOT", "2025-06",
                                  "date:", "alpha", "Киев", "🚀", "\x00"]), max_size=20).map("".join))
def test_random_query_text_never_raises(view, text):
    pq = parse(text, view)
    if pq.query is not None:
        list(view.searcher.docs_for_query(pq.query))


MATCH_QUERIES = ["kyiv", "kyiv drones", "kyiv OR kharkiv", "kyiv -drones", "NOT kyiv", "-kyiv -odesa", '"air defense"',
                 "air defense", "syniehub*", "alpha00*", "syniehubv~", "person:zelensky kyiv", "place:kharkiv OR odesa",
                 "date:[2025-06-01 TO 2025-06-22]", "date:2025-06 drones", "(kyiv OR kharkiv) AND NOT schools",
                 "kyiv ANDMAYBE drones", "kyiv^3 OR odesa", "title:kyiv", "киев"]


@pytest.mark.parametrize("text", MATCH_QUERIES)
def test_numpy_matching_agrees_with_whoosh(view, text):
    import numpy as np

    pq = parse(text, view)
    mask, score = view.matcher.evaluate(pq.query)
    whoosh_docs = set(view.searcher.docs_for_query(pq.query))
    assert set(np.nonzero(mask)[0].tolist()) == whoosh_docs
    if pq.text_terms and ":" not in text:  # fielded alternatives match without a text score
        assert (score[mask] > 0).all()


def test_block_postings_reader_matches_whoosh_across_segments_and_deletions(tmp_path):
    from search import index as search_index
    from search.whoosh_adapter import read_postings

    store = build(tmp_path, [art(f"p{i}", "T", [f"common word{i % 7}"]) for i in range(300)])
    for i in range(3):  # extra segments, and deletions in the first one
        added, removed = store.replace_file(f"more{i}", "x", [art(f"q{i}-{j}", "T", ["common extra"]) for j in range(50)], {})
        search_index.update(tmp_path, store, added + [f"p{i}"], removed)
    ix = search_index.open_current(tmp_path)
    with ix.searcher() as s:
        r = s.reader()
        for term in ("common", "word3", "extra"):
            ids, weights = read_postings(r, "body", term)
            live = [d for d in ids.tolist() if not r.is_deleted(d)]
            assert live == list(r.postings("body", term).all_ids())
            assert len(weights) == len(ids)
    ix.close()
    store.close()
