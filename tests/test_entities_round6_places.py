"""Round 6 place classes: gazetteer alternates that are not spellings, seas and coasts, "Near X", ships.

Synthetic sentences with hand-made NER spans (no spaCy model needed), one class of error per test.
"""
from __future__ import annotations

import pytest

from indexer.entities import admin1, gazetteer, tag_entities
from indexer.entities.build_gazetteer import spelling_alternates
from indexer.nlp import NerSpan
from search.model import Article, Paragraph


def tagged(text: str, ents: list[tuple[str, str]]) -> Article:
    art = Article(id="r6", title="t", paragraphs=[Paragraph(0, text)])
    spans = [NerSpan(text.index(name), text.index(name) + len(name), label, name) for name, label in ents]
    art.mentions = tag_entities(art, [spans])
    return art


# --- alternates: spellings and former names, not words -------------------------------------------------------

def test_lowercase_romanisations_and_airport_codes_are_not_alternates():
    alts = ["Marioupol", "Zhdanov", "hindi", "kartuli", "MPW", "Mariupol'"]
    kept = spelling_alternates("Mariupol", alts, 230_000, former_names=True)
    assert kept == ["Marioupol", "Zhdanov", "Mariupol'"]


def test_initials_stay_and_other_capitals_go():
    assert spelling_alternates("New York City", ["NYC", "JFK"], 8_000_000, former_names=False) == ["NYC"]


def test_a_small_world_citys_unlike_alternate_goes_a_big_ones_stays():
    assert spelling_alternates("Aley", ["Alia", "Aaley"], 130_000, former_names=False) == ["Aaley"]
    assert spelling_alternates("Mumbai", ["Bombay"], 12_000_000, former_names=False) == ["Bombay"]


@pytest.mark.parametrize("word", ["Hindi", "UPA", "LED", "Alia"])
def test_words_are_no_longer_foreign_towns(word):
    assert gazetteer.lookup(word) == []


@pytest.mark.parametrize("name, city", [("Bombay", "Mumbai"), ("Leningrad", "Saint Petersburg"),
                                        ("Kiev", "Kyiv"), ("Artemivsk", "Bakhmut"), ("NYC", "New York City")])
def test_former_names_and_spellings_still_resolve(name, city):
    assert city in {p.name for p in gazetteer.lookup(name)}


# --- seas and coasts are not the regions named after them ----------------------------------------------------

@pytest.mark.parametrize("name, water", [("Red Sea", True), ("West Coast", True), ("Bay", True),
                                         ("Lakes", True), ("Bay of Plenty", False), ("Gulf Province", False)])
def test_water_named_regions(name, water):
    assert admin1.water_named(name) is water


def test_the_red_sea_rolls_up_to_no_country():
    art = tagged("Ships patrol the Arabian Gulf and the Red Sea.", [("Red Sea", "LOC")])
    m = [m for m in art.mentions if m.text == "Red Sea"]
    assert all(m.kind != "place" or (m.region, m.country) == (None, None) for m in m)


def test_a_country_inside_the_name_of_a_gulf_is_the_gulf():
    art = tagged("The area includes the Gulf of Oman and the Gulf of Aden.", [("Oman", "GPE")])
    places = [(m.value, m.country) for m in art.mentions if m.kind == "place"]
    assert ("Gulf of Oman", None) in places and all(c != "Oman" for _, c in places)


def test_the_country_itself_still_rolls_up():
    art = tagged("Talks were held in Oman on Monday.", [("Oman", "GPE")])
    assert [(m.value, m.country) for m in art.mentions if m.kind == "place"] == [("Oman", "Oman")]


# --- "Near X" and ships are not people --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, place", [
    ("Near Palmyra, one strike destroyed an ISIL-held tank.", "Near Palmyra", "Palmyra"),
    ("Across Greece, people gathered in the squares.", "Across Greece", "Greece"),
])
def test_a_locative_preposition_opening_a_name_makes_it_a_place(sentence, span, place):
    art = tagged(sentence, [(span, "PERSON")])
    assert not [m for m in art.mentions if m.kind == "person"]
    assert place in {m.value for m in art.mentions if m.kind == "place"}


def test_a_person_named_like_a_preposition_stays():
    art = tagged("Talks were led by Neil Near, the envoy.", [("Neil Near", "PERSON")])
    assert [m.value for m in art.mentions if m.kind == "person"] == ["Neil Near"]


@pytest.mark.parametrize("ship", ["FS Forbin", "HNLMS Tromp", "RFA Lyme Bay"])
def test_navy_ship_prefixes_are_no_people(ship):
    art = tagged(f"The frigate {ship} joined the task force.", [(ship, "PERSON")])
    assert not [m for m in art.mentions if m.kind == "person"]


# --- a common noun the model read as a place name ------------------------------------------------------------

def _article(i: int, text: str, ents: list[tuple[str, str]]) -> Article:
    art = tagged(text, ents)
    art.id = f"c{i}"
    return art


def test_a_word_the_corpus_writes_in_lower_case_is_no_place():
    from indexer.entities import link_people

    arts = [_article(0, "The Centre has rejected the plan for the health centre.", [("Centre", "GPE")]),
            _article(1, "A new centre opened near the city centre and a centre for the arts.", []),
            _article(2, "Talks were held in Chennai.", [("Chennai", "GPE")])]
    assert "Centre" in {m.value for m in arts[0].mentions if m.kind == "place"}
    link_people(arts)
    assert "Centre" not in {m.value for m in arts[0].mentions if m.kind == "place"}
    assert "Chennai" in {m.value for m in arts[2].mentions if m.kind == "place"}


def test_an_unlocated_name_written_with_its_capital_stays():
    from indexer.entities import link_people

    arts = [_article(0, "Fighting went on near Tuloul and the Gulf was calm.", [("Tuloul", "GPE"), ("Gulf", "LOC")]),
            _article(1, "Ships left the Gulf; a gulf between the parties remained.", [("Gulf", "LOC")])]
    link_people(arts)
    assert {"Tuloul", "Gulf"} <= {m.value for a in arts for m in a.mentions if m.kind == "place"}


# --- a team named for its state or city is no person ------------------------------------------------------------

def test_a_team_named_for_a_place_the_corpus_never_treats_as_a_person_is_an_org():
    from indexer.entities import link_people

    arts = [_article(0, "Sunrisers Hyderabad beat the visitors by five wickets on Sunday.", [("Sunrisers Hyderabad", "PERSON")]),
            _article(1, "Earlier, Sunrisers Hyderabad lost at home.", [("Sunrisers Hyderabad", "PERSON")])]
    link_people(arts)
    assert {(m.kind, m.text) for a in arts for m in a.mentions if m.text == "Sunrisers Hyderabad"} == {
        ("org", "Sunrisers Hyderabad")}


def test_a_person_whose_surname_is_a_country_stays_a_person():
    from indexer.entities import link_people

    arts = [_article(0, "Bill Jordan said he would retire from the union.", [("Bill Jordan", "PERSON")])]
    link_people(arts)
    assert [m.kind for m in arts[0].mentions if m.text == "Bill Jordan"] == ["person"]
