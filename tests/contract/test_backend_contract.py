"""The search contracts, once, parametrised over every implementation.

- ``SearchBackend`` (search/backend.py) over the hand-made sample corpus: Whoosh today; an OpenSearch
  backend joins BACKENDS and must pass the same tests.
- The engine interface web/ relies on, over the real ``search.engine.Engine`` (a tiny index, no NLP) and
  over the web tests' ``FakeEngine``: the same answer shapes (search, results, facets, article,
  provenance, paragraphs, mentions, export rows, health), the same errors, and the same CSV table whether
  an export has rows or not.
"""
from __future__ import annotations

import csv
import io

import pytest

from search.backend import Hits, IndexStatus, search_backend
from search.errors import InvalidParameter, NotFound
from search.params import parse_params

try:
    from test_web_fakes import FakeEngine
except ImportError:  # tests/ turned into a package
    from tests.test_web_fakes import FakeEngine

from search.facet_registry import ENTITY_FACETS, EXPORT_COLUMNS
from web import create_app

# -- SearchBackend ------------------------------------------------------------------------------------------
BACKENDS = ["whoosh"]


@pytest.fixture(params=BACKENDS)
def backend(request, sample_index_dir):
    from search.store import Store

    store = Store(sample_index_dir, readonly=True)

    def texts_of(article_id):
        a = store.get_article(article_id)
        return [a.title or "", *(p.text for p in a.paragraphs)] if a else []

    b = search_backend(sample_index_dir, texts_of)  # the only place an implementation is chosen
    yield b
    b.close()
    store.close()


def P(**kw) -> object:
    return parse_params({k: v if isinstance(v, list) else [v] for k, v in kw.items()})


def test_status_counts_every_indexed_article(backend):
    status = backend.status()
    assert isinstance(status, IndexStatus) and status.articles == 9 and status.generation is not None


def test_browse_groups_copies_and_sorts_newest_first(backend):
    hits = backend.search(P(), 0, None)
    assert isinstance(hits, Hits)
    ids = [h.id for h in hits.hits]
    assert hits.total == len(ids) == 7 and not {"a3", "a9"} & set(ids)  # two copies behind a2
    assert ids[0] == "a1" and ids[-1] == "a5"  # newest publication first; unknown day last
    a2 = next(h for h in hits.hits if h.id == "a2")
    assert sorted(a2.copies) == ["a3", "a9"] and all(h.score is None for h in hits.hits)
    assert backend.search(P(copies="all"), 0, None).total == 9


def test_window_and_ranked_agree_with_the_full_order(backend):
    for p in (P(), P(q="Kyiv"), P(q="drones", sort="oldest"), P(q="Kyiv OR Kharkiv")):
        full = backend.search(p, 0, None)
        assert [h.id for h in backend.search(p, 1, 3).hits] == [h.id for h in full.hits[1:3]]
        assert backend.ranked(p) == [(h.id, h.score) for h in full.hits]
        assert backend.search(p, full.total + 5, full.total + 10).hits == []


def test_relevance_puts_the_best_match_first_with_scores(backend):
    hits = backend.search(P(q="Kupol Izhevsk"), 0, None)
    assert [h.id for h in hits.hits] == ["a1"] and hits.hits[0].score > 0


def test_facets_count_results_and_ignore_their_own_selection(backend):
    hits = backend.search(P(), 0, None)
    assert sum(e["count"] for e in hits.facets["source"]) == hits.total  # one source per article
    assert set(hits.facets) >= {"person", "org", "place", "region", "country", "source", "date"}
    ap = backend.search(P(source="AP"), 0, None)
    assert ap.total == 2 and {h.id for h in ap.hits} == {"a1", "a5"}
    entries = {e["value"]: e for e in ap.facets["source"]}
    assert entries["AP"]["selected"] and entries["Reuters"]["count"] == 2 and not entries["Reuters"]["selected"]
    people = {e["value"]: e["count"] for e in ap.facets["person"]}  # other facets honour the selection
    assert people == {"Volodymyr Zelensky": 2, "Oleh Syniehubov": 1}


def test_exclusions_ranges_and_zero_count_selections(backend):
    assert "a1" not in {h.id for h in backend.search(P(not_source="AP"), 0, None).hits}
    june = backend.search(P(date_from="2025-06-20", date_to="2025-06-24"), 0, None)
    assert {h.id for h in june.hits} == {"a2", "a4"}
    nobody = backend.search(P(person="Nobody Atall"), 0, None)
    assert nobody.total == 0 and {"value": "Nobody Atall", "count": 0, "selected": True,
                                  "excluded": False} in nobody.facets["person"]


def test_highlight_terms_are_analyzed_and_positive(backend):
    assert backend.highlight("attacks -Kyiv").terms == frozenset({"attack"})
    hl = backend.highlight('"air defense" drones')
    assert ("air", "defens") in hl.phrases and {"air", "defens", "drone"} <= hl.terms
    assert backend.search(P(q="attacks"), 0, 10).highlight.terms == frozenset({"attack"})


def test_a_misspelling_gets_a_suggestion_from_the_index(backend):
    assert backend.search(P(q="Izhevks"), 0, 10).suggestion == "Izhevsk"
    assert backend.search(P(q="Izhevsk"), 0, 10).suggestion is None


def test_only_restricts_matches_and_every_facet_count(backend):
    # ``only`` is how the engine applies store-side filters (same-paragraph co-occurrence) to any backend.
    full = backend.search(P(copies="all"), 0, None)
    keep = frozenset(h.id for h in full.hits[:3])
    hits = backend.search(P(copies="all"), 0, None, keep)
    assert {h.id for h in hits.hits} == keep and hits.total == 3
    assert sum(e["count"] for e in hits.facets["source"]) == 3
    assert {i for i, _ in backend.ranked(P(copies="all"), keep)} == keep
    assert backend.search(P(), 0, None, frozenset()).total == 0


def test_totals_are_each_query_s_search_total_under_the_filters(backend):
    queries = ["Kyiv", "drones", "Kyiv OR Kharkiv", "", "nosuchwordanywhere", "Kyiv"]
    for filters in ({}, {"source": "AP"}, {"not_source": "AP"}):
        expected = [backend.search(P(q=q, **filters), 0, 0).total for q in queries]
        assert backend.totals(P(**filters), queries) == expected


def test_published_days_count_the_matches_by_day(backend):
    for p in (P(), P(q="Kyiv"), P(source="AP")):
        days, unknown = backend.published_days(p)
        assert sum(days.values()) + unknown == backend.search(p, 0, 0).total
        assert all(len(d) == 10 and d[4] == "-" for d in days)


# -- the engine interface web/ uses -------------------------------------------------------------------------
ENGINES = ["real", "fake"]
SEARCH_KEYS = {"query", "total", "page", "per_page", "pages", "took_ms", "did_you_mean", "expanded", "results", "facets"}
RESULT_KEYS = {"id", "title", "source", "site", "published", "published_source", "url", "score", "snippets",
               "entities", "copies", "copy_of"}
FACET_KEYS = {"value", "count", "selected", "excluded"}
ARTICLE_KEYS = {"id", "title", "title_html", "source", "site", "published", "published_source", "url", "byline",
                "dateline", "note", "title_source", "provenance", "part", "parts", "paragraphs", "entities",
                "copies", "copy_of"}
PROVENANCE_KEYS = {"path", "sha256", "position", "extractor"}
PARAGRAPH_KEYS = {"n", "offset", "text", "html", "entities"}
MENTION_KEYS = {"kind", "value", "text", "start", "end", "region", "country", "date_end", "granularity", "facet"}
EXPORT_KEYS = set(EXPORT_COLUMNS)  # the registry decides the columns; both engines must agree


@pytest.fixture(params=ENGINES)
def engine(request, sample_engine):
    return sample_engine if request.param == "real" else FakeEngine()


def _query_word(engine) -> str:
    return "Kyiv" if engine.__class__.__name__ == "Engine" else "Luhansk"


def test_search_answer_shape(engine):
    answer = engine.search({"q": [_query_word(engine)], "per_page": ["2"]})
    assert set(answer) == SEARCH_KEYS and answer["total"] >= 2 and len(answer["results"]) == 2
    assert answer["pages"] == -(-answer["total"] // 2) and answer["page"] == 1 and answer["per_page"] == 2
    for r in answer["results"]:
        assert set(r) == RESULT_KEYS
        assert all(set(s) == {"paragraph", "html"} for s in r["snippets"])
        assert set(r["entities"]) == set(ENTITY_FACETS)
        assert all(set(e) == {"value", "as_written"} for es in r["entities"].values() for e in es)
    assert {"person", "source", "date"} <= set(answer["facets"])
    assert all(set(e) == FACET_KEYS for es in answer["facets"].values() for e in es)


def test_article_shape(engine):
    first = engine.search({"q": [_query_word(engine)]})["results"][0]["id"]
    a = engine.article(first, q=_query_word(engine))
    assert set(a) == ARTICLE_KEYS and a["id"] == first and a["part"] == 1 and a["parts"] == 1
    assert set(a["provenance"]) == PROVENANCE_KEYS
    assert a["paragraphs"] and all(set(p) == PARAGRAPH_KEYS for p in a["paragraphs"])
    assert all(set(m) == MENTION_KEYS for p in a["paragraphs"] for m in p["entities"])
    assert any("<mark>" in p["html"] for p in a["paragraphs"])
    with pytest.raises(InvalidParameter) as exc:
        engine.article(first, part=2)
    assert exc.value.param == "part"
    with pytest.raises(NotFound):
        engine.article("no-such-article")


def test_export_rows_shape_and_order(engine):
    params = {"q": [_query_word(engine)], "sort": ["oldest"]}
    rows = list(engine.export(params))
    assert rows and all(set(r) == EXPORT_KEYS for r in rows)
    assert [r["id"] for r in rows][:3] == [r["id"] for r in engine.search({**params, "per_page": ["3"]})["results"]]


@pytest.mark.parametrize("params, param", [({"page": ["abc"]}, "page"), ({"per_page": ["500"]}, "per_page"),
                                           ({"sort": ["best"]}, "sort"), ({"date_from": ["yesterday"]}, "date_from")])
def test_bad_parameters_name_the_parameter(engine, params, param):
    for call in (engine.search, lambda p: list(engine.export(p))):
        with pytest.raises(InvalidParameter) as exc:
            call(params)
        assert exc.value.param == param


def test_health_says_ok_and_counts_articles(engine):
    h = engine.health()
    assert h["ok"] is True and h["articles"] >= 9


def test_an_empty_csv_export_is_the_same_table_as_a_full_one(engine):
    client = create_app({"ENGINE": engine, "TESTING": True}).test_client()
    full = list(csv.reader(io.StringIO(client.get("/api/export.csv").get_data(as_text=True))))
    empty = list(csv.reader(io.StringIO(client.get("/api/export.csv?q=zzzznothing").get_data(as_text=True))))
    assert len(full) > 1 and len(empty) == 1
    assert empty[0] == full[0] and set(full[0]) == EXPORT_KEYS
