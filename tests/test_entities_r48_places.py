"""Round 48 of issue 11: a town written with a home division (home_comma), a home division read as a person
(home_divisions), "X state" of a state the main gazetteer lacks (spans), and a region written after a town that the
home re-reading keeps (archive._reread)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people
from tests.test_entities_archive_classes import _item, _place
from tests.test_entities_units import tagged


def test_a_town_its_sentence_places_in_a_region_abroad_stays_there():
    item = _item("Police in Vancouver, Washington, arrested a man on Tuesday.",
                 [("Vancouver", "GPE"), ("Washington", "GPE")], "v")
    home = [_item(f"The council of Toronto met in Ottawa and Calgary on day {i}.",
                  [("Toronto", "GPE"), ("Ottawa", "GPE"), ("Calgary", "GPE")], f"home{i}") for i in range(8)]
    link_people(home + [item])
    assert (_place(item, "Vancouver").region, _place(item, "Vancouver").country) == ("Washington", "United States")


def _at_home(text, ents, towns, source="The Daily Paper"):
    """One article of an archive whose other eight articles name three towns of its home country."""
    item = _item(text, ents, "x", source)
    home = [_item(f"The council of {towns[0]} met in {towns[1]} and {towns[2]} on day {i}.",
                  [(t, "GPE") for t in towns], f"home{i}", source) for i in range(8)]
    link_people(home + [item])
    return item


_PH = ("Manila", "Cebu", "Davao")


@pytest.mark.parametrize("text, ents, town, region", [
    ("SAN ANTONIO, Zambales — Residents fled as floods rose on Monday.", [("SAN ANTONIO", "GPE"), ("Zambales", "GPE")],
     "SAN ANTONIO", "Central Luzon"),
    ("LAUREL, Batangas — The volcano erupted again.", [("LAUREL", "GPE"), ("Batangas", "GPE")], "LAUREL", "Calabarzon"),
])
def test_a_town_written_with_a_home_province_is_the_home_town(text, ents, town, region, monkeypatch):
    place = _place(_at_home(text, ents, _PH), town)
    assert (place.value, place.region, place.country) == (town.title(), region, "Philippines")
    monkeypatch.setenv("NEWSFACET_HOME_COMMA", "0")
    assert _place(_at_home(text, ents, _PH), town).country != "Philippines"


def test_a_list_of_towns_is_no_town_and_its_province():
    text = "Flights linked Manila, Cebu and Davao to the north."
    art = _at_home(text, [("Manila", "GPE"), ("Cebu", "GPE"), ("Davao", "GPE")], _PH)
    assert _place(art, "Manila").value == "Manila" and _place(art, "Cebu").region == "Central Visayas"


def test_a_county_by_its_towns_name_places_the_town_before_it():
    art = _at_home("He laid the stone of the fisheries centre in Kano, Kisumu on October 6, 2023.",
                   [("Kano", "GPE"), ("Kisumu", "GPE")], ("Nairobi", "Mombasa", "Nakuru"))
    assert (_place(art, "Kano").region, _place(art, "Kano").country) == ("Kisumu County", "Kenya")


def test_a_home_province_read_as_a_person_is_the_province(monkeypatch):
    args = ("The low pressure area off Surigao del Norte will dump rain.", [("Surigao del Norte", "PERSON")], _PH)
    place = _place(_at_home(*args), "Surigao del Norte")
    assert (place.region, place.country) == ("Caraga", "Philippines")
    monkeypatch.setenv("NEWSFACET_DIVISION_PEOPLE", "0")
    assert "Surigao del Norte" in {m.value for m in _at_home(*args).mentions if m.kind == "person"}


def test_a_person_named_like_a_village_stays_a_person():
    art = _at_home("Senator Victoria Cruz said the bill would pass.", [("Victoria Cruz", "PERSON")], _PH)
    assert "Victoria Cruz" in {m.value for m in art.mentions if m.kind == "person"}


_NG = ("Lagos", "Abuja", "Ibadan")


def test_a_state_written_with_a_lower_case_state_is_the_state(monkeypatch):
    args = ("Youths in Bomadi local government area of Delta state protested.", [("Bomadi", "GPE"), ("Delta", "GPE")],
            _NG)
    delta = [m for m in _at_home(*args).mentions if m.kind == "place" and m.text.startswith("Delta")][0]
    assert (delta.text, delta.region, delta.country) == ("Delta state", "Delta", "Nigeria")
    monkeypatch.setenv("NEWSFACET_TOWN_STATE", "0")
    assert _place(_at_home(*args), "Delta").country == "Canada"  # Delta, British Columbia


@pytest.mark.parametrize("text, ents, name, country", [
    ("Each US state feels culturally distinct.", [("US", "GPE")], "US", "United States"),
    ("California is the most populous U.S. state.", [("California", "GPE"), ("U.S.", "GPE")], "U.S.", "United States"),
])
def test_a_country_before_state_keeps_its_name(text, ents, name, country):
    assert _place(tagged((text, ents)), name).country == country


def test_a_county_after_the_comma_places_the_town_in_its_state_not_a_town_of_the_name():
    art = _at_home("The sale is at the court house, in the city of Keytesville, Chariton county.",
                   [("Keytesville", "GPE"), ("Chariton", "GPE")], ("Chicago", "Boston", "Denver"))
    assert (_place(art, "Keytesville").region, _place(art, "Keytesville").country) == ("Missouri", "United States")


def test_a_capital_abroad_before_a_comma_and_a_name_stays_abroad():
    art = _at_home("At his stall in Malawi's capital Lilongwe, Dayton serves customers green bananas.",
                   [("Malawi", "GPE"), ("Lilongwe", "GPE"), ("Dayton", "GPE")], ("Chicago", "Boston", "Denver"))
    assert _place(art, "Lilongwe").country == "Malawi"


@pytest.mark.parametrize("text, ents, town, region", [
    ("Farmers in Ludhiana, Punjab, burned stubble.", [("Ludhiana", "GPE"), ("Punjab", "GPE")], "Ludhiana",
     "Punjab (India)"),
    ("Floods hit Lahore on Monday.", [("Lahore", "GPE")], "Lahore", "Punjab"),
    ("Rain fell in Lilongwe on Monday.", [("Lilongwe", "GPE")], "Lilongwe", "Central Region (Malawi)"),
    ("Rain fell in Kampala on Monday.", [("Kampala", "GPE")], "Kampala", "Central Region"),
])
def test_a_region_name_two_countries_share_is_two_region_values(text, ents, town, region):
    assert _place(tagged((text, ents)), town).region == region
