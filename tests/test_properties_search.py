"""Property-based tests (hypothesis) over the real seed index: the query parser end to end, the query
algebra a journalist relies on, facet counts against filters, paging, and ``/api/search`` parameters.

tests/test_query.py checks the parser over a small built view; these run against the seeds as indexed
by the real pipeline, through ``search.querytext.parse``, the Engine and the Flask app.
"""
from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.robust import assert_envelope, assert_no_trace, assert_search_answer

from search import facet_registry as registry
from search import params as search_params

# Bounded so the module runs in well under a minute on 2 cores; CI runs them all every time.
SETTINGS = settings(max_examples=80, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FEW = settings(SETTINGS, max_examples=25)  # for properties that run a dozen searches per example
# Every parameter and facet the engine takes, from the registry: a new facet is fuzzed without an edit here.
SEARCH_PARAMS = search_params.SEARCH_PARAMS
# Words the seeds contain, and syntax, so random queries hit real postings and real parser paths.
SEED_WORDS = ["Kupol", "Izhevsk", "Kharkiv", "drones", "Zelensky", "Trump", "missile", "Odesa", "Syniehubov",
              "Russia", "Ukraine", "air", "defence", "Taliban", "Luhansk", "Київ", "attack", "SBU", "oblast"]
SYNTAX = ['"', "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "+", "-", "\\", "/", " AND ", " OR ",
          " NOT ", " TO ", "person:", "region:", "date:", "date:[2025-06-01 TO 2025-07-01]", "date:2025-06",
          "source:AP", "foo:", "\x00", "\u202e", "🔥", " "]
query_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(SEED_WORDS + SYNTAX), max_size=14).map(lambda xs: " ".join(xs)),
    st.lists(st.sampled_from(SEED_WORDS + SYNTAX), max_size=20).map("".join),
    st.text(alphabet=string.printable, max_size=80),
)


@pytest.fixture(scope="module")
def engine(seed_index_dir):
    from search.engine import Engine

    e = Engine(seed_index_dir)
    yield e
    e.close()


@pytest.fixture(scope="module")
def api(seed_index_dir):
    from web import create_app

    return create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()


def _total(engine, q: str, **extra) -> int:
    params = {"q": [q], "copies": ["all"], "per_page": ["1"]}
    params.update({k: [v] for k, v in extra.items()})
    return engine.search(params)["total"]


# --- the parser, end to end --------------------------------------------------------------------------

@SETTINGS
@given(text=query_text)
def test_parse_never_raises_and_its_query_runs_on_the_live_index(engine, text):
    from whoosh import query as Q

    from search.querytext import parse

    view = engine.backend._cache.get()
    pq = parse(text, view)
    assert pq.query is None or isinstance(pq.query, Q.Query)
    assert all(isinstance(w, str) for w in pq.words)
    if pq.query is not None:
        docs = list(view.searcher.docs_for_query(pq.query))
        assert all(view.live[d] for d in docs)
        assert len(docs) == len(set(docs)) <= view.count


@SETTINGS
@given(text=query_text)
def test_any_query_text_answers_or_is_refused_only_for_nul_or_length(engine, text):
    from search.errors import InvalidParameter

    try:
        answer = engine.search({"q": [text], "copies": ["all"], "per_page": ["100"]})
    except InvalidParameter as exc:
        assert exc.param == "q"
        assert "\x00" in text or len(text.strip()) > 1000, (text, exc.message)
        return
    assert_search_answer(answer)
    assert answer["total"] <= engine.health()["articles"]
    assert len(answer["results"]) == min(answer["total"], 100)


# --- the query algebra ---------------------------------------------------------------------------------

word = st.sampled_from(SEED_WORDS[:15])


@FEW
@given(a=word, b=word)
@example(a="Kupol", b="Russia")  # found by this test: the first match escaped the exclusion
def test_boolean_operators_keep_their_meaning(engine, a, b):
    everything = _total(engine, "")
    ta, tb = _total(engine, a), _total(engine, b)
    both, either = _total(engine, f"{a} {b}"), _total(engine, f"{a} OR {b}")
    assert _total(engine, f"{a} AND {b}") == both
    assert both <= min(ta, tb) and either >= max(ta, tb)
    assert either == ta + tb - both  # inclusion-exclusion over the same document set
    assert _total(engine, f"-{a}") == everything - ta
    assert _total(engine, f"NOT {a}") == everything - ta
    assert _total(engine, f"{a} -{b}") == ta - both
    assert _total(engine, f'"{a}"') == ta
    assert _total(engine, f"({a})") == ta
    assert _total(engine, a.lower()) == _total(engine, a.upper()) == ta


@FEW
@given(a=word, noise=st.sampled_from(["", " ", "  ", "\t", '"', "(", ")", " AND", " OR", "-", "*"]))
def test_stray_syntax_around_a_word_never_loses_the_word(engine, a, noise):
    # A trailing lone quote/bracket/operator is forgiven: the word still finds what it finds alone.
    assert _total(engine, a + noise) >= (_total(engine, a) if noise not in ("-", "*") else 0)


# --- facets, filters and paging ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def facet_values(engine):
    answer = engine.search({"copies": ["all"], "facet_limit": ["1000"], "per_page": ["1"]})
    return {name: [(e["value"], e["count"]) for e in entries] for name, entries in answer["facets"].items()
            if name in registry.NAMES and registry.BY_NAME[name].kind == registry.TERMS}


@SETTINGS
@given(data=st.data())
def test_a_facet_count_is_what_selecting_it_finds(engine, facet_values, data):
    name = data.draw(st.sampled_from(sorted(n for n, v in facet_values.items() if v)))
    value, count = data.draw(st.sampled_from(facet_values[name]))
    answer = engine.search({name: [value], "copies": ["all"], "per_page": ["1"]})
    assert answer["total"] == count
    excluded = engine.search({f"not_{name}": [value], "copies": ["all"], "per_page": ["1"]})
    assert excluded["total"] == engine.health()["articles"] - count


@FEW
@given(data=st.data())
def test_pages_partition_the_results(engine, facet_values, data):
    params = {"copies": [data.draw(st.sampled_from(["all", "group"]))],
              "sort": [data.draw(st.sampled_from(["relevance", "newest", "oldest"]))]}
    if data.draw(st.booleans()):
        params["q"] = [data.draw(st.sampled_from(SEED_WORDS[:15] + ["Russia OR Ukraine", "drones -Kharkiv"]))]
    if data.draw(st.booleans()):
        name = data.draw(st.sampled_from(sorted(n for n, v in facet_values.items() if v)))
        params[name] = [data.draw(st.sampled_from(facet_values[name]))[0]]
    per_page = data.draw(st.integers(4, 30))
    whole = engine.search({**params, "per_page": ["100"]})
    seen: list[str] = []
    for page in range(1, whole["total"] // per_page + 2):
        answer = engine.search({**params, "per_page": [str(per_page)], "page": [str(page)]})
        assert answer["total"] == whole["total"]
        seen += [r["id"] for r in answer["results"]]
    assert len(seen) == len(set(seen)) == whole["total"]
    assert seen == [r["id"] for r in whole["results"]]


# --- /api/search parameters ----------------------------------------------------------------------------

param_value = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "0", "1", "-1", "100", "101", "2025", "2025-06", "2025-06-27", "2025-13-01", "all",
                     "group", "relevance", "newest", "oldest", "Kharkiv Oblast", "AP", "Oleh Syniehubov",
                     "9" * 30, "NaN", "\x00", "Київ", "🔥"]),
)
param_pairs = st.lists(st.tuples(st.one_of(st.sampled_from(SEARCH_PARAMS), st.text(max_size=8)), param_value),
                       max_size=8)


@SETTINGS
@given(pairs=param_pairs)
def test_api_search_params_answer_200_or_a_400_envelope_naming_a_sent_parameter(api, pairs):
    response = api.get("/api/search", query_string=pairs)
    assert_no_trace(response.get_data(as_text=True))
    if response.status_code == 200:
        assert_search_answer(response.get_json())
    else:
        err = assert_envelope(response, (400,))
        sent = {name for name, _ in pairs}
        assert err["param"] in sent, (err, pairs)


@SETTINGS
@given(pairs=param_pairs)
def test_search_page_params_answer_200_or_400(api, pairs):
    response = api.get("/", query_string=pairs, headers={"Accept": "text/html"})
    assert_no_trace(response.get_data(as_text=True))
    assert response.status_code in (200, 400), response.status_code
