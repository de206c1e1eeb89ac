"""Round 35 of issue 11: place names the model cut before their last words, a kind of place alone, a town's word
that is a firm's or a school's short name, and a capital chosen by the countries its story talks about (with the
gazetteer's capitals matched however GeoNames spells them). Each rule is checked to fail with its switch off."""
from __future__ import annotations

from indexer.entities import places
from indexer.entities.gazetteer import is_capital
from tests.test_entities_units import linked, tagged, values


def _places(art):
    return [(m.text, m.value, m.region, m.country) for m in art.mentions if m.kind == "place" and m.label != "NOFACET"]


def test_geonames_capitals_are_matched_however_the_country_table_spells_them():
    def capital(name, code):
        return any(is_capital(p) for p in places.candidates(name) if p.country_code == code)

    # "San Jose", "Bogota", "Nur-Sultan" in GeoNames' country table; "Moscow", "Kyiv" in the full-detail countries
    for name, code in [("San José", "CR"), ("Bogotá", "CO"), ("Astana", "KZ"), ("Moscow", "RU"), ("Kyiv", "UA")]:
        assert capital(name, code), name
    assert capital("New Delhi", "IN") and not capital("Delhi", "IN")  # the city named so, not one listing the name


def test_a_capital_of_the_storys_country_beats_a_bigger_namesake_abroad(monkeypatch):
    text = "It lies on the North Pacific side of Costa Rica, 243 kilometers from San Jose."
    spans = [("Costa Rica", "GPE"), ("San Jose", "GPE")]
    art = linked(tagged((text, spans)))[0]
    assert ("San Jose", "San José", "San José", "Costa Rica") in _places(art)
    monkeypatch.setenv("NEWSFACET_CAPITAL_INSIDE", "0")
    art = linked(tagged((text, spans)))[0]
    assert not [p for p in _places(art) if p[0] == "San Jose" and p[3] == "Costa Rica"]


def test_a_smaller_capital_abroad_leaves_a_us_story_its_own_big_town():
    text = "San Jose, the biggest city of Silicon Valley in the United States, raised its budget."
    art = linked(tagged((text, [("San Jose", "GPE"), ("Silicon Valley", "LOC"), ("United States", "GPE")])))[0]
    assert ("San Jose", "San Jose", "California", "United States") in _places(art)
