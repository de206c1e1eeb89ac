"""Round 45 of issue 11: a big city written right after a comma holds the place before it ("a store in Brooklyn,
Melbourne"), as "Brooklyn in Melbourne" does (place_mentions._comma_city); and a region keyed by its capital's name
("Quebec", "Washington") still names its country (places._country_of_region)."""
from __future__ import annotations

import pytest

from indexer.entities import places
from tests.test_entities_units import tagged


def _places(text, ents):
    return {m.text: (m.value, m.region, m.country) for m in tagged((text, ents)).mentions if m.kind == "place"}


@pytest.mark.parametrize("text, ents, name, region, country", [
    ("The wool was sold at a store in Brooklyn, Melbourne.", [("Brooklyn", "GPE"), ("Melbourne", "GPE")],
     "Brooklyn", "Victoria", "Australia"),
    ("Murphy grew up in Highbury, Wellington, and lived briefly elsewhere.", [("Highbury", "GPE"), ("Wellington", "GPE")],
     "Highbury", "Wellington Region", "New Zealand"),
    ("She grew up in Camden, London, and moved away.", [("Camden", "GPE"), ("London", "GPE")],
     "Camden", "England", "United Kingdom"),
])
def test_a_place_before_a_big_city_after_a_comma_lies_in_that_city(text, ents, name, region, country, monkeypatch):
    assert _places(text, ents)[name][1:] == (region, country)
    monkeypatch.setenv("NEWSFACET_COMMA_CITIES", "0")
    assert _places(text, ents)[name][1:] != (region, country)


@pytest.mark.parametrize("text, ents, name, region", [
    ("He has offices in Paris, London.", [("Paris", "GPE"), ("London", "GPE")], "Paris", "Île-de-France"),  # a capital
    ("They toured Sydney, Melbourne.", [("Sydney", "GPE"), ("Melbourne", "GPE")], "Sydney", "New South Wales"),
    ("Flights to Nadi, Noumea, Auckland and Sydney resumed.",
     [("Nadi", "GPE"), ("Noumea", "GPE"), ("Auckland", "GPE"), ("Sydney", "GPE")], "Noumea", "South Province"),
    ("He was born in Springfield, Illinois.", [("Springfield", "GPE"), ("Illinois", "GPE")], "Springfield", "Illinois"),
])
def test_lists_capitals_two_cities_of_a_country_and_regions_are_left_to_their_rules(text, ents, name, region):
    assert _places(text, ents)[name][1] == region


def test_a_namesake_in_the_citys_country_is_taken_with_or_without_the_comma():
    got = _places("Police were called to a house in Richmond, Melbourne, on Monday.",
                  [("Richmond", "GPE"), ("Melbourne", "GPE")])
    assert got["Richmond"][1:] == ("Victoria", "Australia")


def test_a_place_the_article_names_its_country_for_otherwise_is_no_suburb():
    text = "Israel denied it. Roots of insecurity must be sought in Tel Aviv, Riyadh behaviour, Iran said."
    got = _places(text, [("Israel", "GPE"), ("Tel Aviv", "GPE"), ("Riyadh", "GPE"), ("Iran", "GPE")])
    assert got["Tel Aviv"][2] == "Israel"


def test_a_region_keyed_by_its_capitals_name_names_its_country():
    assert places._country_of_region("Quebec") == "Canada"
    assert places._country_of_region("Washington") == "United States"
    assert places._country_of_region("Victoria") == "Australia"  # the bare name first
    got = _places("Noranda will re-open its Murdochville, Quebec copper mine.", [("Murdochville", "GPE"), ("Quebec", "GPE")])
    assert got["Murdochville"][1:] == ("Quebec", "Canada")
