"""Engine.search / article / export over the hand-made sample corpus (no NLP)."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.errors import InvalidParameter, NotFound
from search.testing import art, build


@pytest.fixture()
def engine(sample_engine):
    return sample_engine


def search(engine, **params):
    return engine.search({k: v if isinstance(v, list) else [v] for k, v in params.items()})


def ids(answer):
    return [r["id"] for r in answer["results"]]


def test_answer_shape(engine):
    a = search(engine, q="kupol")
    assert set(a) == {"query", "total", "page", "per_page", "pages", "took_ms", "did_you_mean", "expanded", "results",
                      "facets"}
    assert a["query"] == {"q": "kupol", "filters": {}, "exclude": {}, "date_from": None, "date_to": None,
                          "published_from": None, "published_to": None, "sort": "relevance", "copies": "group",
                          "together": None, "exact": False}
    r = a["results"][0]
    assert {"id", "title", "source", "published", "published_source", "url", "score", "snippets", "entities",
            "copies"} <= set(r)
    assert r["entities"]["person"] == [{"value": "Volodymyr Zelensky", "as_written": []}]
    assert r["entities"]["region"] == [{"value": "Udmurtia", "as_written": []}]
    assert set(a["facets"]) == {"person", "org", "place", "region", "country", "source", "author", "date"}


def test_browse_all_groups_copies_behind_their_original(engine):
    a = search(engine)
    assert a["total"] == 7 and "a3" not in ids(a) and "a9" not in ids(a)
    a2 = next(r for r in a["results"] if r["id"] == "a2")
    assert a2["copies"] == [{"id": "a3", "source": "Reuters"}, {"id": "a9", "source": "Reuters"}]
    assert search(engine, copies="all")["total"] == 9
    # a copy whose original does not match stands in for its group, once
    b = search(engine, published_from="2025-06-21", published_to="2025-06-22", q="missiles")
    assert ids(b) == ["a3"]
    assert search(engine, published_from="2025-06-21", published_to="2025-06-22", copies="all")["total"] == 2


def test_browse_sorts_newest_first_with_unknown_days_last(engine):
    assert ids(search(engine)) == ["a1", "a4", "a2", "a7", "a6", "a8", "a5"]
    assert ids(search(engine, sort="oldest")) == ["a8", "a6", "a7", "a2", "a4", "a1", "a5"]


def test_relevance_and_sorts_on_a_query(engine):
    a = search(engine, q="drones")
    assert set(ids(a)) == {"a1", "a5", "a7"} and all(r["score"] > 0 for r in a["results"])
    assert ids(search(engine, q="drones", sort="newest")) == ["a1", "a7", "a5"]
    assert search(engine, q="drones", sort="newest")["results"][0]["score"] is None


def test_filters_or_within_and_across_and_exclude(engine):
    assert set(ids(search(engine, place=["Kyiv", "Kharkiv"]))) == {"a2", "a4", "a5", "a7"}
    assert set(ids(search(engine, place=["Kyiv", "Kharkiv"], person="Oleh Syniehubov"))) == {"a4", "a5"}
    # a2 is excluded; its copy a3 (which lost the Zelenskyy sentence) then stands in for the group
    assert set(ids(search(engine, place=["Kyiv", "Kharkiv"], not_person="Volodymyr Zelensky"))) == {"a3", "a4", "a7"}
    assert ids(search(engine, place="Istanbul, Turkey")) == ["a6"]  # a value with a comma
    assert search(engine, person="Nobody")["total"] == 0
    assert set(ids(search(engine, source="AP"))) == {"a1", "a5"}
    assert set(ids(search(engine, country="Russia"))) == {"a1"}
    assert set(ids(search(engine, region="Kharkiv Oblast", q="schools"))) == {"a5"}


def test_date_filters_on_event_days_and_publication(engine):
    assert set(ids(search(engine, date="2025-06-23"))) == {"a4"}  # inside a mentioned range
    assert set(ids(search(engine, date_from="2025-06-20", date_to="2025-06-23"))) == {"a2", "a4"}
    assert set(ids(search(engine, date_from="2025-06-25"))) == {"a1"}
    assert set(ids(search(engine, date_to="2025-06"))) == {"a1", "a2", "a4", "a6"}  # a month widens to its end
    assert set(ids(search(engine, published_from="2025-06-20", published_to="2025-06-25"))) == {"a2", "a4"}
    assert "a5" not in ids(search(engine, published_to="2030"))  # unknown publication never matches a range
    assert set(ids(search(engine, not_date="2025-06-20", date_from="2025-06-01"))) == {"a1", "a4", "a6"}


def test_query_fields_and_syntax(engine):
    assert ids(search(engine, q='person:"Oleh Syniehubov" schools')) == ["a5"]
    assert set(ids(search(engine, q="person:syniehubov"))) == {"a4", "a5"}
    assert set(ids(search(engine, q="date:2025-06-20"))) == {"a2"}
    assert set(ids(search(engine, q="date:[2025-06-01 TO 2025-06-22]"))) == {"a2", "a4", "a6"}
    assert set(ids(search(engine, q="date:2025-06"))) == {"a1", "a2", "a4", "a6"}
    assert set(ids(search(engine, q='"air defense"'))) == {"a2"}
    assert set(ids(search(engine, q="kharkiv OR odesa"))) == {"a4", "a5", "a8"}
    assert set(ids(search(engine, q="kharkiv -schools"))) == {"a4"}
    assert set(ids(search(engine, q="kharkiv NOT schools"))) == {"a4"}
    assert set(ids(search(engine, q="-kyiv"))) == {"a1", "a4", "a5", "a6", "a8"}
    assert set(ids(search(engine, q="syniehub*"))) == {"a4", "a5"}
    assert set(ids(search(engine, q="Syniehubv~"))) == {"a4", "a5"}
    assert set(ids(search(engine, q="place:kyiv"))) == {"a2", "a7"}
    assert set(ids(search(engine, q="киев"))) == {"a7"}
    assert search(engine, q="*")["total"] == search(engine)["total"] == 7
    assert search(engine, q="nonexistentword")["total"] == 0


@pytest.mark.parametrize("q", ['"unbalanced', "(kyiv", "kyiv)", "[a TO", "AND", "OR OR", "NOT", "-", "+", "~",
                               "a*", "*a", "?", "**", "foo:bar", "id:a1", "published:2025", "date:2025-13-45",
                               "date:[x TO", "person:", 'person:"', "Киев 🚀", "🚀", "\u200b", "a" * 1000,
                               "kyiv^", "^2", "((((((((((", "\\", "{a TO b]", "kyiv~9/9", "' OR 1=1 --"])
def test_nasty_queries_never_raise(engine, q):
    a = search(engine, q=q)
    assert a["total"] >= 0 and isinstance(a["results"], list)


def test_pagination_beyond_the_first_page(engine):
    a = search(engine, per_page="2", page="2", copies="all")
    assert a["pages"] == 5 and a["page"] == 2 and len(a["results"]) == 2
    everything = [i for p in range(1, 6) for i in ids(search(engine, per_page="2", page=str(p), copies="all"))]
    assert sorted(everything) == [f"a{i}" for i in range(1, 10)]
    assert search(engine, page="999999", per_page="100")["results"] == []
    q_pages = [ids(search(engine, q="kyiv", per_page="1", page=str(p), copies="all")) for p in (1, 2, 3, 4, 5)]
    assert sorted(sum(q_pages, [])) == ["a2", "a3", "a7", "a9"]


@pytest.mark.parametrize("params, param", [
    ({"date": "2025-13-45"}, "date"), ({"date_from": "yesterdayish"}, "date_from"), ({"per_page": "0"}, "per_page"),
    ({"per_page": "101"}, "per_page"), ({"page": "-1"}, "page"), ({"page": "1.5"}, "page"), ({"sort": "foo"}, "sort"),
    ({"q": "kyiv\x00"}, "q"), ({"person": "a\x00b"}, "person"), ({"q": "x" * 10_001}, "q"),
    ({"facet_limit": "0"}, "facet_limit"), ({"copies": "some"}, "copies"), ({"page": "9" * 5000}, "page"),
    ({"date_from": "2025-06-10", "date_to": "2025-06-01"}, "date_to"), ({"published_to": "2025-02-30"}, "published_to"),
])
def test_invalid_parameters_name_the_parameter(engine, params, param):
    with pytest.raises(InvalidParameter) as info:
        search(engine, **params)
    assert info.value.param == param and info.value.status == 400 and param in info.value.message


def test_unknown_parameters_are_ignored_and_defaults_apply(engine):
    a = engine.search({"bogus": ["1"], "q": [" kharkiv "]})
    assert a["total"] == 2 and a["per_page"] == 10 and a["query"]["q"] == "kharkiv"


def test_did_you_mean_offers_the_unstemmed_word(engine):
    a = search(engine, q="Izhevks")
    assert a["total"] == 0 and a["did_you_mean"] == "Izhevsk"
    # the corpus's own spelling, and words that are fine stay as typed
    assert search(engine, q="izhevks attack")["did_you_mean"] == "Izhevsk attack"
    assert search(engine, q="Syniehubv schools")["did_you_mean"] == "Syniehubov schools"
    assert search(engine, q="misiles")["did_you_mean"] in ("missile", "missiles")  # a word, not the stem "missil"
    assert search(engine, q="kyiv")["did_you_mean"] is None


def test_article_view(engine):
    a = engine.article("a1", q="kupol")
    assert a["provenance"] == {"path": "test.jsonl", "sha256": a["provenance"]["sha256"], "position": 0,
                               "extractor": "test"}
    p1 = a["paragraphs"][1]
    assert "&lt;script&gt;" in p1["html"] and "<script>" not in p1["html"]
    assert "<mark>Kupol</mark>" in p1["html"] and "&amp; more" in p1["html"]
    assert p1["entities"][0]["kind"] == "person" and p1["entities"][0]["start"] == 0
    assert a["copies"] == [] and engine.article("a2")["copies"][0]["id"] == "a3"
    assert engine.article("a3")["copy_of"] == "a2"
    for bad in ("nope", "../../etc/passwd", "", "x" * 500, None, "a1\x00"):
        with pytest.raises(NotFound):
            engine.article(bad)


def test_export_streams_every_match(engine):
    rows = list(engine.export({"q": ["kyiv"], "copies": ["all"]}))
    assert {r["id"] for r in rows} == {"a2", "a3", "a7", "a9"}
    assert {"id", "title", "source", "published", "url", "score", "person", "org", "place", "region",
            "country"} <= set(rows[0])
    assert next(r for r in rows if r["id"] == "a2")["date"] == ["2025-06-20"]
    assert len(list(engine.export({}))) == 7
    with pytest.raises(InvalidParameter):
        engine.export({"sort": ["sideways"]})


def test_health(engine):
    health = engine.health()
    assert health["ok"] is True and health["articles"] == health["store_articles"] == 9


@pytest.mark.slow  # ~5 s: builds 10,050 articles
def test_pagination_past_ten_thousand(tmp_path):
    many = [art(f"m{i:05d}", f"Item {i}", [f"bulk item number {i}"], published="2025-01-01") for i in range(10_050)]
    build(tmp_path, many).close()
    with Engine(tmp_path) as e:
        a = e.search({"per_page": ["100"], "page": ["101"], "q": ["bulk"]})
        assert a["total"] == 10_050 and a["pages"] == 101 and len(a["results"]) == 50
        a = e.search({"per_page": ["100"], "page": ["101"]})
        assert len(a["results"]) == 50


def test_date_ranges_in_the_query_honour_open_ends_and_exclusive_bounds(engine):
    assert set(ids(search(engine, q="date:[* TO 2025-06-20]"))) == {"a2", "a6"}
    assert set(ids(search(engine, q="date:{2025-06-20 TO *]"))) == {"a1", "a4"}
    assert set(ids(search(engine, q="date:[2025-06-02 TO 2025-06-20}"))) == {"a6"}
    assert search(engine, q="[a TO z]")["total"] == 7  # word ranges are ignored, not expanded
