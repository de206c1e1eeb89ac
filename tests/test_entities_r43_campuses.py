"""Round 43 of issue 11: a place word in a list of universities or campuses is no place
(campus_names._LIST_OPENED, _LIST_CLOSED), and a region or a country by its own name is no village of the region
a comma puts after it (places.resolve: "British Columbia, Otago, Melbourne" is a list)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def _places(text, ents):
    """Place text -> (region, country) of the article's place mentions that are facet values."""
    art = linked(tagged((text, ents)))[0]
    return {m.text: (m.region, m.country) for m in art.mentions if m.kind == "place" and m.label != NO_FACET}


@pytest.mark.parametrize("text, ents, campus", [
    ("Seven UC campuses--Berkeley, Davis, Irvine and Santa Cruz--worked with NASA.",
     [("Berkeley", "GPE"), ("Davis", "GPE"), ("Irvine", "GPE"), ("Santa Cruz", "GPE"), ("NASA", "ORG")], "Irvine"),
    ("Gains were made at the Riverside, San Diego, Santa Barbara, and Santa Cruz campuses.",
     [("Riverside", "GPE"), ("San Diego", "GPE"), ("Santa Barbara", "GPE"), ("Santa Cruz", "GPE")], "San Diego"),
    ("Joining researchers from Auckland, Canterbury and Otago universities, Dr Ford will explore it.",
     [("Auckland", "GPE"), ("Canterbury", "GPE"), ("Otago", "GPE"), ("Ford", "PERSON")], "Otago"),
])
def test_a_place_word_in_a_list_of_campuses_is_no_place(text, ents, campus, monkeypatch):
    assert campus not in _places(text, ents)
    monkeypatch.setenv("NEWSFACET_CAMPUS_LISTS", "0")
    assert campus in _places(text, ents)


def test_a_town_named_otherwise_stays_a_place():
    assert "Irvine" in _places("The storm hit Irvine and Santa Ana on Monday.", [("Irvine", "GPE"), ("Santa Ana", "GPE")])


def test_a_region_in_a_list_keeps_its_own_country(monkeypatch):
    text = "Visitors came from Michigan, British Columbia, Otago, Melbourne and Cape Town."
    ents = [("Michigan", "GPE"), ("British Columbia", "GPE"), ("Otago", "GPE"), ("Melbourne", "GPE"),
            ("Cape Town", "GPE")]
    assert _places(text, ents)["British Columbia"] == ("British Columbia", "Canada")
    monkeypatch.setenv("NEWSFACET_REGIONS_STAY_PUT", "0")
    assert _places(text, ents)["British Columbia"] == ("Otago", "New Zealand")


def test_a_town_before_its_region_is_still_placed_there():
    assert _places("He lives in Victoria, British Columbia.", [("Victoria", "GPE"), ("British Columbia", "GPE")]
                   )["Victoria"] == ("British Columbia", "Canada")


@pytest.mark.parametrize("text, ents, town, region", [
    ("A man in New Providence, New Jersey, started to cough.", [("New Providence", "GPE"), ("New Jersey", "GPE")],
     "New Providence", "New Jersey"),
    ("People in his Long Island, New York district were angry.", [("Long Island", "GPE"), ("New York", "GPE")],
     "Long Island", "New York"),
])
def test_a_region_elsewhere_named_before_a_region_alone_is_a_place_in_it(text, ents, town, region):
    assert _places(text, ents)[town][0] == region
