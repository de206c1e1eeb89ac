"""QA round 9: what a journalist hit using the product on the seeds and a foreign archive (HTML pages, JSONL
and .txt scrapes). Each test is a problem seen in use, written before its fix."""
from __future__ import annotations

import re

import pytest

try:
    from test_web_fakes import FakeEngine, make_articles
except ImportError:  # tests/ turned into a package
    from tests.test_web_fakes import FakeEngine, make_articles

from web import create_app


def html_page(engine, url: str) -> str:
    client = create_app({"ENGINE": engine, "TESTING": True}).test_client()
    r = client.get(url, headers={"Accept": "text/html"})
    assert r.status_code == 200, r.data[:300]
    return r.get_data(as_text=True)


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("source, words", [
    ("inferred", "date guessed from the text"),
    ("dateline", "date from the dateline"),
    ("caption", "date from a photo caption"),
])
def test_where_a_publication_date_came_from_reads_as_english(source, words):
    # Seen: "1 Jul 2025 (date from inferred)" under a result and "2025-07-01 (from inferred)" on the article.
    arts = make_articles(2)
    for a in arts:
        a["published_source"] = source
    engine = FakeEngine(arts)
    results = visible_text(html_page(engine, "/?q=Luhansk"))
    article = visible_text(html_page(engine, f"/articles/{arts[0]['id']}"))
    for text in (results, article):
        assert words in text
        assert f"from {source})" not in text


def test_us_finds_the_archive_that_writes_u_s(seed_engine):
    # Seen: "US" found nothing in the seeds (AP and the Kyiv Independent write "U.S.", 25 articles): "us" is a
    # stop word the index drops, so the search box said "No articles match". "UK" found nothing beside
    # "U.K." (4 articles) the same way. An initialism is one name in both spellings.
    dotted = seed_engine.search({"q": ["U.S."]})["total"]
    assert dotted > 0
    answer = seed_engine.search({"q": ["US"]})
    assert answer["total"] >= dotted
    assert answer["expanded"] == {"US": ["US", "U.S."]}
    uk = seed_engine.search({"q": ["UK"]})
    assert uk["total"] == seed_engine.search({"q": ["U.K."]})["total"] > 0
    assert uk["expanded"] == {"UK": ["UK", "U.K."]}
    # "US" beside other words stays unsearched as before (requiring "U.S." would drop the articles that
    # wrote "US"); "UK", a word of the index, is searched in both forms wherever it stands
    assert seed_engine.search({"q": ["US Patriot"]})["total"] == seed_engine.search({"q": ["Patriot"]})["total"] > 0
    assert seed_engine.search({"q": ["UK OR Kharkiv"]})["total"] > seed_engine.search({"q": ["Kharkiv"]})["total"]
    assert seed_engine.search({"q": ["UK OR Kharkiv"]})["expanded"] == {"UK": ["UK", "U.K."]}


def test_initialisms_stay_as_typed_where_they_are_not_words_of_the_text(seed_engine):
    for q in ("NATO", "Kharkiv OR Sumy", 'person:"Oleh Syniehubov"', '"U.S. President"'):
        assert seed_engine.search({"q": [q]})["expanded"] == {}, q
    # exact=1 searches only what was typed
    assert seed_engine.search({"q": ["US"], "exact": ["1"]})["expanded"] == {}


@pytest.mark.parametrize("typed, start, end", [
    ("March 2022", "2022-03-01", "2022-03-31"),
    ("mar 2022", "2022-03-01", "2022-03-31"),
    ("Sept. 2024", "2024-09-01", "2024-09-30"),
    ("25 June 2025", "2025-06-25", "2025-06-25"),
    ("June 25, 2025", "2025-06-25", "2025-06-25"),
    ("2025/06/25", "2025-06-25", "2025-06-25"),
    ("2025-6-5", "2025-06-05", "2025-06-05"),
    ("2024-02", "2024-02-01", "2024-02-29"),
])
def test_a_date_range_typed_by_hand_is_read(typed, start, end):
    # Seen: date_from="March 2022" (and `newsfacet search --date-from "March 2022"`) was a 400; only ISO forms
    # were read. A month or day written out in English is unambiguous, so it is read as that span.
    from search.params import parse_params

    p = parse_params({"date_from": [typed], "date_to": [typed], "published_from": [typed], "published_to": [typed]})
    assert (p.date_from, p.date_to, p.published_from, p.published_to) == (start, end, start, end)


@pytest.mark.parametrize("typed", ["06/25/2025", "25/06/2025", "Juneteenth 2025", "31 June 2025", "March", "2025-13"])
def test_an_ambiguous_or_impossible_date_is_still_a_400_naming_the_parameter(typed):
    from search.errors import InvalidParameter
    from search.params import parse_params

    with pytest.raises(InvalidParameter) as e:
        parse_params({"date_from": [typed]})
    assert e.value.param == "date_from"
    assert "March 2022" in e.value.message  # the message shows a form that works


def _documented(spec: dict, schema: dict) -> set[str]:
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return set(schema.get("properties", {}))


def test_every_field_a_script_reads_is_in_the_openapi_spec(client):
    # Seen: a search result's "site" and "copy_of" and an article's "title_html" came back from the real
    # engine but were not in /api/openapi.json, so a script writer reading the spec did not know of them.
    spec = client.get("/api/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    answer = client.get("/api/search?q=Luhansk&copies=all&per_page=100").get_json()
    results = schemas["SearchAnswer"]["properties"]["results"]["items"]
    assert set(answer) <= _documented(spec, schemas["SearchAnswer"])
    for r in answer["results"]:
        assert set(r) <= _documented(spec, results), set(r) - _documented(spec, results)
    assert any(r["copy_of"] for r in answer["results"])  # the seeds hold a syndicated copy
    article = client.get(f"/api/articles/{answer['results'][0]['id']}?q=Luhansk").get_json()
    assert set(article) <= _documented(spec, schemas["Article"]), set(article) - _documented(spec, schemas["Article"])


def test_a_facet_value_typed_in_another_case_filters_like_the_stored_one(client):
    # Seen: a script sending source=ap, region=kharkiv oblast or person=oleh syniehubov got 0 results and no
    # hint, while q=person:"oleh syniehubov" found the articles: filter values had to match the stored case.
    for name, typed, stored in (("source", "ap", "AP"), ("region", "kharkiv oblast", "Kharkiv Oblast"),
                                ("person", "OLEH SYNIEHUBOV", "Oleh Syniehubov")):
        want = client.get("/api/search", query_string={name: stored}).get_json()
        got = client.get("/api/search", query_string={name: typed}).get_json()
        assert got["total"] == want["total"] > 0, name
        assert [r["id"] for r in got["results"]] == [r["id"] for r in want["results"]]
        ticked = [e for e in got["facets"][name] if e["selected"]]
        assert [e["value"] for e in ticked] == [stored]  # the sidebar shows the stored value ticked, once
        everything = client.get("/api/search").get_json()["total"]
        excluded = client.get("/api/search", query_string={f"not_{name}": typed}).get_json()
        assert excluded["total"] == client.get("/api/search", query_string={f"not_{name}": stored}).get_json()["total"]
        assert excluded["total"] < everything


def test_a_month_typed_in_a_date_range_shows_in_the_date_boxes(client):
    # Seen: /?published_from=June+2025 (or 2025-06) filtered and showed the pill, but the "Published from" box
    # (an <input type="date">, which only holds YYYY-MM-DD) was empty, so "Apply dates" then dropped the range.
    r = client.get("/?q=Kyiv&published_from=June+2025&date_to=2025-06", headers={"Accept": "text/html"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert 'id="published_from" name="published_from" type="date" value="2025-06-01"' in html
    assert 'id="date_to" name="date_to" type="date" value="2025-06-30"' in html


def test_an_initialism_that_is_also_a_known_spelling_is_reported_once(tmp_path):
    # Seen on a Reuters + web archive: "UK" answered expanded={"UK": ["UK", "U.K."], "u.k": ["u.k", "UK"]}: the
    # spelling table (place United Kingdom written "UK" and "U.K.") expanded the added "U.K." again, shown
    # as its index token. One name typed once is one line on the page.
    from indexer.variants import refresh
    from search.engine import Engine
    from search.testing import art, build, place

    articles = [
        art("w1", "Bonds", ["The U.K. sold bonds on Monday."], [place(0, "U.K.", "United Kingdom", None, "United Kingdom")]),
        art("w2", "Rates", ["The UK raised rates on Tuesday."], [place(0, "UK", "United Kingdom", None, "United Kingdom")]),
        art("w3", "Other", ["Nothing about that country here."]),
    ]
    store = build(tmp_path, articles)
    refresh(store)
    store.close()
    engine = Engine(tmp_path)
    try:
        answer = engine.search({"q": ["UK"]})
        assert {r["id"] for r in answer["results"]} == {"w1", "w2"}
        assert answer["expanded"] == {"UK": ["UK", "U.K."]}
    finally:
        engine.close()


def test_a_word_typed_with_diacritics_also_finds_it_written_without(tmp_path):
    # Seen on the web-page archive: "Zürich" found nothing (did you mean: Zurich) while an article says
    # "Zurich"; English-language outlets drop the marks. Typed with them, the word is also searched without.
    from indexer.variants import refresh
    from search.engine import Engine
    from search.testing import art, build

    articles = [
        art("z1", "Banks", ["Banks in Zurich cut rates."]),
        art("z2", "Banken", ["Die Banken in Zürich senkten die Zinsen."]),
        art("k1", "Київ", ["Ракети влучили в Київ уночі."]),
        art("k2", "Kиiв", ["Ракети влучили в Киів уночі."]),  # the Cyrillic letters without their marks
    ]
    store = build(tmp_path, articles)
    refresh(store)
    store.close()
    engine = Engine(tmp_path)
    try:
        answer = engine.search({"q": ["Zürich"]})
        assert {r["id"] for r in answer["results"]} == {"z1", "z2"}
        assert answer["expanded"] == {"Zürich": ["Zürich", "Zurich"]}
        assert engine.search({"q": ['"in Zürich senkten"']})["total"] == 1  # a phrase keeps its words
        assert engine.search({"q": ["Zürich"], "exact": ["1"]})["total"] == 1
        # Cyrillic letters are letters of their own (й, ї), never stripped
        assert {r["id"] for r in engine.search({"q": ["Київ"]})["results"]} == {"k1"}
    finally:
        engine.close()


def _busiest(engine, facet: str) -> str:
    return engine.search({})["facets"][facet][0]["value"]


def test_an_entity_page_typed_in_lower_case_is_the_stored_entity(seed_engine):
    # Seen: /entity/person/<name in lower case> listed the articles (the facet filter ignores case) but no
    # spellings and no neighbours, and titled the page with the typed spelling: those come from the store's
    # mentions, which hold the stored spelling only.
    for facet in ("person", "place", "region"):
        stored = _busiest(seed_engine, facet)
        typed = seed_engine.entity(facet, stored.lower())
        page = seed_engine.entity(facet, stored)
        assert stored.lower() != stored
        assert typed["entity"] == {"facet": facet, "value": stored}
        assert typed["total"] == page["total"] > 0
        assert typed["spellings"] == page["spellings"] and page["spellings"]
        assert typed["together"] == page["together"] and any(page["together"].values())


def test_together_paragraph_honours_values_typed_in_another_case(seed_engine):
    # Seen: person=... & region=... & together=paragraph found nothing once a value was typed in lower case,
    # while the same two filters without together found their articles.
    person, region = _busiest(seed_engine, "person"), _busiest(seed_engine, "region")
    exact = seed_engine.search({"person": [person], "region": [region], "together": ["paragraph"]})
    typed = seed_engine.search({"person": [person.lower()], "region": [region.upper()], "together": ["paragraph"]})
    assert exact["total"] > 0
    assert typed["total"] == exact["total"]
    assert [r["id"] for r in typed["results"]] == [r["id"] for r in exact["results"]]
    assert [r["snippets"] for r in typed["results"]] == [r["snippets"] for r in exact["results"]]
