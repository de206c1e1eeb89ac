"""Round-13 place classes (issue 11): a local archive's small home places (the small-place tier), and place
values that are pieces of a longer name (a compass point alone, a cut head, a generic head cut from "of X")."""
from __future__ import annotations

from indexer.entities import link_people
from indexer.entities.small_places import home_place, small_place
from search.model import NO_FACET
from tests.test_entities_archive_classes import _item, _place


def _malta_paper(n: int) -> list:
    """A Maltese paper: each item names the country and its capital."""
    return [_item(f"The minister spoke in Valletta, Malta on day {i}.", [("Valletta", "GPE"), ("Malta", "GPE")],
                  f"mt{i}", source="Times of Malta") for i in range(n)]


def test_home_place_finds_a_small_home_place_by_its_spelling_without_accents():
    (gzira,) = home_place("Gzira", "Malta")
    assert gzira.name == "Gżira" and gzira.country_code == "MT" and gzira.region
    assert home_place("Gżira", "Malta") == (gzira,)
    assert home_place("Mt Hagen", "Papua New Guinea")[0].name == "Mount Hagen"  # the abbreviation, both ways
    assert small_place("Gzira", "Italy") == () and home_place("Gzira", None) == ()


def test_the_tier_gives_no_given_name_common_word_or_feature_a_place_of_its_own():
    assert small_place("Paola", "Malta") == ()  # a Maltese town, and a woman's name
    assert small_place("Congress", "United States") == ()  # a village in Arizona, and the legislature
    assert small_place("Middle East", "United States") == ()  # a hamlet in Maryland, and the region of the world
    assert small_place("Mount Hermon", "United States") == ()  # a hamlet, and the mountain
    assert small_place("Roj", "United States") == ()  # a short other name of Roy, Washington


def test_a_small_home_place_the_model_tagged_as_a_place_gets_its_home_country_and_region():
    item = _item("Residents of Gżira complained about the noise.", [("Gżira", "GPE")], "g", source="Times of Malta")
    link_people(_malta_paper(8) + [item])
    m = _place(item, "Gżira")
    assert (m.country, m.region) == ("Malta", "Il-Gżira") and m.label != NO_FACET


def test_a_small_place_outside_the_home_country_stays_unplaced():
    item = _item("Residents of Gżira complained about the noise.", [("Gżira", "GPE")], "g", source="Times of Malta")
    us = [_item(f"The council of Ohio met in Chicago on day {i}.", [("Ohio", "GPE"), ("Chicago", "GPE")],
                f"us{i}", source="Times of Malta") for i in range(8)]
    link_people(us + [item])
    assert all(m.country is None for m in item.mentions if m.text == "Gżira")


def test_a_small_home_place_the_model_called_a_body_is_a_place_when_its_sentence_places_it():
    placed = _item("Celebrations in Kainantu were disturbed.", [("Kainantu", "ORG")], "k", source="The National")
    bare = _item("Kainantu signed the deal.", [("Kainantu", "ORG")], "b", source="The National")
    png = [_item(f"Officials met in Port Moresby, Papua New Guinea on day {i}.",
                 [("Port Moresby", "GPE"), ("Papua New Guinea", "GPE")], f"pg{i}", source="The National")
           for i in range(8)]
    link_people(png + [placed, bare])
    assert _place(placed, "Kainantu").country == "Papua New Guinea"
    assert not [m for m in bare.mentions if m.text == "Kainantu" and m.kind == "place"]


def test_a_compass_point_alone_is_no_place_value():
    item = _item("Talks between South and North Korea resumed.", [("South", "LOC"), ("North Korea", "GPE")], "c")
    link_people([item])
    south = _place(item, "South")
    assert south.label == NO_FACET and south.country is None
    assert _place(item, "North Korea").label != NO_FACET


def test_a_name_cut_at_its_first_word_is_the_whole_place():
    item = _item("PAPUA New Guinea voted against the motion.", [("New Guinea", "GPE")], "p")
    link_people([item])
    (m,) = [m for m in item.mentions if m.kind == "place"]
    assert (m.text, m.value, m.country, m.start) == ("PAPUA New Guinea", "Papua New Guinea", "Papua New Guinea", 0)


def test_a_generic_head_cut_from_its_of_name_is_no_place_value():
    item = _item("The Autonomous Region of Bougainville vice-president spoke.", [("Autonomous Region", "GPE"),
                 ("Bougainville", "GPE")], "a")
    link_people([item])
    assert _place(item, "Autonomous Region").label == NO_FACET


def test_a_small_place_matched_only_through_another_name_gets_the_country_but_no_region():
    item = _item("Residents of Msida complained about the noise.", [("Msida", "GPE")], "m", source="Times of Malta")
    link_people(_malta_paper(8) + [item])
    m = _place(item, "Msida")  # GeoNames' own name is "Imsida"; "Msida" is one of its other names
    assert (m.value, m.region, m.country) == ("Msida", None, "Malta")


def test_a_countrys_letters_before_a_dollar_sign_are_the_money_not_the_place():
    item = _item("The grant of US$5 million, $US 2 million and 50 US-cents came as the US pledged more.",
                 [("US", "GPE"), ("US", "GPE"), ("US", "GPE"), ("US", "GPE")], "u")
    link_people([item])
    money = [m for m in item.mentions if m.kind == "place" and m.start < item.paragraphs[0].text.index("came")]
    assert money and all(m.label == NO_FACET and m.country is None for m in money)
    pledged = [m for m in item.mentions if m.kind == "place" and m.start > item.paragraphs[0].text.index("came")]
    assert pledged and pledged[0].label != NO_FACET and pledged[0].country == "United States"
