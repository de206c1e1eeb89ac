"""A facet filter written in another spelling of the value (a script's ``region=Zaporizhia Oblast``) filters
by the facet's value and says so; a value the archive holds, or one nobody spells, filters as typed."""
from __future__ import annotations

import html

import pytest

from search.params import parse_params
from search.variants import VariantTable


def _search(engine, **params):
    return engine.search({k: v if isinstance(v, list) else [v] for k, v in params.items()})


@pytest.mark.parametrize("typed", ["Zaporizhia Oblast", "Zaporozhye Oblast", "Zaporizhzhya Oblast"])
def test_region_filter_in_another_spelling_is_the_oblast(seed_engine, typed):
    own = _search(seed_engine, region="Zaporizhzhia Oblast")
    assert own["total"] > 0 and "respelled" not in own
    got = _search(seed_engine, region=typed)
    assert got["total"] == own["total"]
    assert [r["id"] for r in got["results"]] == [r["id"] for r in own["results"]]
    assert got["respelled"] == {"region": {typed: ["Zaporizhzhia Oblast"]}}
    assert got["query"]["filters"] == {"region": ["Zaporizhzhia Oblast"]}
    ticked = [e for e in got["facets"]["region"] if e.get("selected")]
    assert [e["value"] for e in ticked] == ["Zaporizhzhia Oblast"]


def test_place_country_and_person_filters_in_other_spellings(seed_engine):
    for facet, typed, value in [("place", "Kiev", "Kyiv"), ("place", "Київ", "Kyiv"),
                                ("country", "Ukraina", "Ukraine"),
                                ("person", "Зеленський", "Volodymyr Zelensky")]:
        own = _search(seed_engine, **{facet: value})
        got = _search(seed_engine, **{facet: typed})
        assert own["total"] > 0
        assert got["total"] == own["total"], (facet, typed)
        assert got["respelled"] == {facet: {typed: [value]}}


def test_an_exclusion_is_respelled_too(seed_engine):
    everything = _search(seed_engine)["total"]
    own = _search(seed_engine, not_region="Zaporizhzhia Oblast")
    got = _search(seed_engine, not_region="Zaporozhye Oblast")
    assert own["total"] < everything
    assert got["total"] == own["total"]
    assert got["respelled"] == {"not_region": {"Zaporozhye Oblast": ["Zaporizhzhia Oblast"]}}


def test_held_values_and_unknown_names_filter_as_typed(seed_engine):
    # a case variant is the stored value (as before), not a respelling
    lower = _search(seed_engine, region="zaporizhzhia oblast")
    assert lower["total"] > 0 and "respelled" not in lower
    # a name no value is spelt as, or an ordinary word, matches nothing: no guess at the nearest value
    for typed in ("Nowhere Oblast", "Oblast", "drone"):
        got = _search(seed_engine, region=typed)
        assert got["total"] == 0 and "respelled" not in got, typed


def test_a_spelling_of_several_values_is_not_chosen_between(seed_engine, monkeypatch):
    """"Brown" spelling two people's names filters as typed: choosing one would be the engine's guess."""
    two = VariantTable([("person", "Gordon Brown", "Brown", "corpus"), ("person", "Chris Brown", "Brown", "corpus")])
    assert sorted(two.values_named("person", "Brown")) == ["Chris Brown", "Gordon Brown"]

    class HeldBoth:
        def held_values(self, facet, values):
            return [v for v in values if v in ("Gordon Brown", "Chris Brown")]

    monkeypatch.setattr(seed_engine, "_variants", (0, two))
    monkeypatch.setattr(seed_engine, "backend", HeldBoth())
    p = parse_params({"person": ["Brown"]})
    assert seed_engine.respell_filters(p) == {}
    assert p.filters == {"person": ["Brown"]}
    p = parse_params({"person": ["Gordon Brown"]})
    assert seed_engine.respell_filters(p) == {}
    assert p.filters == {"person": ["Gordon Brown"]}


def test_entity_page_in_another_spelling_is_the_values_page(seed_engine):
    page = seed_engine.entity("region", "Zaporozhye Oblast")
    assert page["entity"] == {"facet": "region", "value": "Zaporizhzhia Oblast"}
    assert page["total"] == _search(seed_engine, region="Zaporizhzhia Oblast")["total"]


def test_api_and_page_say_how_the_filter_was_read(client):
    api = client.get("/api/search", query_string={"region": "Zaporizhia Oblast"})
    assert api.status_code == 200
    body = api.get_json()
    assert body["total"] > 0
    assert body["respelled"] == {"region": {"Zaporizhia Oblast": ["Zaporizhzhia Oblast"]}}
    page = client.get("/", query_string={"region": "Zaporizhia Oblast"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "is spelt" in text and "Zaporizhia Oblast" in html.unescape(text)
    # the page's links carry the facet's value: unticking it leaves no filter behind
    assert "region=Zaporizhia" not in text
    assert "region=Zaporizhzhia+Oblast" in text or "region=Zaporizhzhia%20Oblast" in text


def test_a_hostile_filter_value_is_escaped_when_respelled(seed_engine, client):
    page = client.get("/", query_string={"region": "<script>alert(1)</script> Oblast"})
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.get_data(as_text=True)
