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
    ("Outer Mongolia", "Outer Mongolia", None, "MN"),
    ("Greater Victoria", None, None, None),  # "Greater": a city's area (the Canadian capital's) ...
    ("Greater Serbia", None, None, None),  # ... or an irredentist's dream, no part of a country
    ("East Antarctica", None, None, None),  # a continent's part: no country, as the continent has none
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


def test_a_part_of_a_small_region_abroad_is_as_ambiguous_as_the_region():
    """"South Choiseul" in a Solomon Islands story is no part of Saint Lucia's Choiseul quarter (a region of ~6,000
    people the article never talks about): no region, no country -- a big region's part keeps its own."""
    got = _places("Police in Solomon Islands say forest owners of South Choiseul burnt machines.",
                  [("Solomon Islands", "GPE"), ("South Choiseul", "LOC")])
    assert got["South Choiseul"] == ("South Choiseul", None, None)
    got = _places("Wildfires raged across Northern California, officials in Australia said.",
                  [("Northern California", "LOC"), ("Australia", "GPE")])
    assert got["Northern California"][1:] == ("California", "United States")


def test_a_part_of_a_region_whose_name_other_countries_carry_needs_the_article_to_talk_about_its_country():
    """"East Santa Cruz" (a Californian neighbourhood in a campus paper) is no part of Argentina's Santa Cruz
    province unless the story talks about Argentina; "West Texas" names one place wherever it is written."""
    got = _places("Housing wanted: a house in East Santa Cruz near the campus.", [("East Santa Cruz", "GPE")])
    assert got["East Santa Cruz"] == ("East Santa Cruz", None, None)
    got = _places("Strikes hit Argentina. Oil workers in East Santa Cruz walked out.",
                  [("Argentina", "GPE"), ("East Santa Cruz", "GPE")])
    assert got["East Santa Cruz"][1:] == ("Santa Cruz", "Argentina")
    got = _places("Oil output rose in West Texas.", [("West Texas", "GPE")])
    assert got["West Texas"][1:] == ("Texas", "United States")


def test_parts_of_one_region_do_not_vouch_for_its_country_abroad():
    """"South Choiseul" and "East Choiseul" in a Solomon Islands story: each names Saint Lucia's Choiseul quarter only
    through the same word, so neither is evidence that the story talks about Saint Lucia."""
    got = _places("Police in Solomon Islands say the camp in South Choiseul was attacked. The MP for East Choiseul "
                  "condemned it.", [("Solomon Islands", "GPE"), ("South Choiseul", "GPE"), ("East Choiseul", "GPE")])
    assert got["South Choiseul"][2] is None and got["East Choiseul"][2] is None
