"""Round 46 of issue 11: a compass part of a region or a country is a place in it (place_parts), and a town
described right after its name as lying in a region is there (place_appositives)."""
from __future__ import annotations

import pytest

from indexer.entities import places
from tests.test_entities_units import tagged


def _places(text, ents):
    return {m.text: (m.value, m.region, m.country) for m in tagged((text, ents)).mentions if m.kind == "place"}


@pytest.mark.parametrize("text, ents, name, expected", [
    ("Wildfires raged across Northern California on Monday.", [("Northern California", "LOC")],
     "Northern California", ("Northern California", "California", "United States")),
    ("Texaco will stop posting prices for West Texas crudes.", [("West Texas", "GPE")],
     "West Texas", ("West Texas", "Texas", "United States")),
    ("Floods cut roads across North Wales.", [("North Wales", "GPE")],
     "North Wales", ("North Wales", "Wales", "United Kingdom")),
    ("Rain spread from northern Thailand to Northern Vietnam.", [("Thailand", "GPE"), ("Northern Vietnam", "LOC")],
     "Northern Vietnam", ("Northern Vietnam", None, "Vietnam")),
])
def test_a_compass_part_of_a_region_or_a_country_lies_in_it(text, ents, name, expected, monkeypatch):
    assert _places(text, ents)[name] == expected
    monkeypatch.setenv("NEWSFACET_PLACE_PARTS", "0")
    assert _places(text, ents).get(name, (None, None, None))[2] is None  # the old reading: no country


@pytest.mark.parametrize("name, value, region, country", [
    ("North East England", "North East England", "England", "GB"),  # two compass words, not "North" of "East England"
    ("the North of England", None, None, None),  # (the model's "the" is trimmed before the gazetteer is asked)
    ("North of England", "North of England", "England", "GB"),
    ("Mid Wales", "Mid Wales", "Wales", "GB"),
    ("Mainland China", "Mainland China", None, "CN"),
    ("Greater Victoria", None, None, None),  # "Greater": a city's area (the Canadian capital's), a country's only
    ("Regional Victoria", "Regional Victoria", "Victoria", "AU"),
])
def test_more_area_words_before_a_region_or_a_country(name, value, region, country):
    parts = [(p.name, p.region, p.country_code) for p in places.candidates(name) if p.kind == "multi"]
    assert parts == ([(value, region, country)] if value else [])


@pytest.mark.parametrize("name, code", [("Republic of Ireland", "IE"), ("Eire", "IE"), ("Macau", "MO")])
def test_names_english_copy_uses_for_a_country_find_it(name, code):
    assert places.candidates(name)[0].kind == "country" and places.candidates(name)[0].country_code == code


@pytest.mark.parametrize("name", ["West Virginia", "South Africa", "Northern Ireland", "West Bengal", "Western Australia"])
def test_a_place_named_with_a_compass_word_keeps_its_own_reading(name):
    assert places.candidates(name)[0].kind in ("region", "country")
    assert places.candidates(name)[0].name == name


@pytest.mark.parametrize("name", [
    "North Ireland",  # another form of Northern Ireland, no part of Ireland
    "Central Florida",  # "Central": a university's, a firm's name as often
    "East Asia", "Central America",  # continents' parts: no country
    "West Berlin", "South London",  # a town's part: not read here
])
def test_other_compass_names_are_no_part_of_a_region(name):
    assert not [p for p in places.candidates(name) if p.kind == "multi"]


@pytest.mark.parametrize("text, ents, name, region, country", [
    ("He grew up in Gary, an East Texas town of 300 people.", [("Gary", "GPE"), ("East Texas", "LOC")],
     "Gary", "Texas", "United States"),
    ("She was born in Naples, a small town in East Texas.", [("Naples", "GPE"), ("East Texas", "GPE")],
     "Naples", "Texas", "United States"),
    ("They moved to Perth, a city in Scotland, in 2010.", [("Perth", "GPE"), ("Scotland", "GPE")],
     "Perth", "Scotland", "United Kingdom"),
])
def test_a_town_described_as_lying_in_a_region_is_there(text, ents, name, region, country, monkeypatch):
    assert _places(text, ents)[name][1:] == (region, country)
    monkeypatch.setenv("NEWSFACET_APPOSITIVE_PLACES", "0")
    assert _places(text, ents)[name][1:] != (region, country)


@pytest.mark.parametrize("text, ents, name, region", [
    ("He met Paris, a city official, in the lobby.", [("Paris", "GPE")], "Paris", "Île-de-France"),
    ("London, a city of 9 million people, voted to remain.", [("London", "GPE")], "London", "England"),
])
def test_a_description_that_names_no_region_locates_nothing(text, ents, name, region):
    assert _places(text, ents)[name][1] == region
