"""Round 30 (issue 11): a "full name" the model tagged PERSON whose first word is an ordinary word of its article
("Leaving Europe", "Metropolitan Melbourne", "Magistrate Rakafa") is no name the story's bare words link to; a
party's members ("Tory MPs") are nobody. Hand-made NER spans."""
from __future__ import annotations

from indexer.entities.people import looks_like_name
from tests.test_entities_units import tagged


def _values(art, text):
    return [(m.kind, m.value) for m in art.mentions if m.text == text]


_STORY = (("Leaving Europe would be a leap into the unknown, she said.", [("Leaving Europe", "PERSON")]),
          ("Voters are leaving the party, and leaving Europe is the question.", []),
          ("Trade with Europe grew last year.", [("Europe", "LOC")]))


def test_a_place_does_not_link_to_a_name_opened_by_an_ordinary_word():
    art = tagged(*_STORY)
    assert _values(art, "Europe") == [("place", "Europe")]


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORDINARY_FIRST", "0")
    art = tagged(*_STORY)
    assert set(_values(art, "Europe")) == {("person", "Leaving Europe")}


def test_a_given_name_or_a_word_the_story_capitalises_still_opens_a_name():
    # "Grant" is a given name of the name tables; "Moon" the story writes capitalised (a family name first)
    art = tagged(("Grant Robertson said grants would rise; grant money is short.", [("Grant Robertson", "PERSON")]),
                 ("Robertson added more.", [("Robertson", "GPE")]),
                 ("President Moon Jae-in met aides under a full moon.", [("Moon Jae-in", "PERSON")]),
                 ("Moon said talks would go on.", [("Moon", "GPE")]))
    assert _values(art, "Robertson") == [("person", "Grant Robertson")]
    assert {v for k, v in _values(art, "Moon")} == {"Moon Jae-in"}


def test_the_name_itself_is_still_found_where_the_model_missed_it():
    art = tagged(("The Border Patrol said the fence works.", [("Border Patrol", "PERSON")]),
                 ("Agents of the Border Patrol found a tunnel at the border.", []))
    assert len([m for m in art.mentions if m.text == "Border Patrol"]) == 2


def test_a_partys_members_are_nobody():
    assert not looks_like_name("Tory MPs") and not looks_like_name("Labour MEPs")
    assert looks_like_name("Henry Ford II") and looks_like_name("Tony Blair")


def test_a_name_opened_by_a_verbs_ing_form_is_none_the_storys_bare_words_link_to():
    # a headline's verb the story never writes in lower case ("Bringing Batley together"), and no given name
    art = tagged(("Bringing Batley together, Jo Cox said.", [("Bringing Batley", "PERSON"), ("Jo Cox", "PERSON")]),
                 ("Batley voted for her.", [("Batley", "GPE")]))
    assert _values(art, "Batley") == [("place", "Batley")]


def test_a_given_name_ending_in_ing_still_opens_a_name():
    art = tagged(("Blessing Chafesuka was elected.", [("Blessing Chafesuka", "PERSON")]),
                 ("Chafesuka thanked voters.", [("Chafesuka", "GPE")]))
    assert _values(art, "Chafesuka") == [("person", "Blessing Chafesuka")]


def test_a_courts_or_a_pitchs_office_and_a_tribute_are_no_part_of_the_name():
    art = tagged(("Sharon Rakafa heard the case.", [("Sharon Rakafa", "PERSON")]),
                 ("Magistrate Rakafa remanded him in custody.", [("Magistrate Rakafa", "PERSON")]),
                 ("Tributes poured in. RIP Deano, wrote one fan.", [("RIP Deano", "PERSON")]))
    assert {m.value for m in art.mentions if m.kind == "person"} == {"Sharon Rakafa", "Deano"}


def test_a_tributes_abbreviation_alone_is_no_body():
    art = tagged(("You will be dearly missed by many. RIP my brother.", [("RIP", "ORG")]))
    assert art.mentions == []


def test_an_instrument_named_after_a_person_is_not_the_person():
    assert not looks_like_name("James Webb Space Telescope") and not looks_like_name("Keck Observatory")
