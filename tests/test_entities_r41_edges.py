"""Round 41 of issue 11: a sentence adverb glued before a name is no part of it (person_edges.adverb_lead), and a
class of ships named after someone or somewhere is no person, body or place (not_people.vessel, class_after); a
people by its adjective or plural, as a whole span, is nobody (junk.PEOPLES), and a place's people no place
(tagger._people_of)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


def _values(text, *ents, kind="person"):
    return values(linked(tagged((text, list(ents))))[0], kind)


@pytest.mark.parametrize("text, span, label", [
    ("Meanwhile Darrell Issa said the hearing would go ahead.", "Meanwhile Darrell Issa", "PERSON"),
    ("The vote was close. Unfortunately Darrell Issa was not there.", "Unfortunately Darrell Issa", "PERSON"),
])
def test_a_sentence_adverb_is_no_part_of_the_name(monkeypatch, text, span, label):
    assert _values(text, (span, label)) == ["Darrell Issa"]
    monkeypatch.setenv("NEWSFACET_ADVERB_LEAD", "0")
    assert _values(text, (span, label)) != ["Darrell Issa"]


def test_a_sentence_adverb_is_no_part_of_a_span_the_model_called_a_body(monkeypatch):
    text = "Hopefully Darrell Issa and company will get a chance to ask her under oath."
    art = linked(tagged((text, [("Hopefully Darrell Issa", "ORG")])))[0]
    assert [m.text for m in art.mentions] == ["Darrell Issa"]
    monkeypatch.setenv("NEWSFACET_ADVERB_LEAD", "0")
    art = linked(tagged((text, [("Hopefully Darrell Issa", "ORG")])))[0]
    assert [m.text for m in art.mentions] == ["Hopefully Darrell Issa"]


@pytest.mark.parametrize("text, span, label, kind, value", [
    # adjectives and nouns in "-ly" open names
    ("Family First Party leaders met on Monday.", "Family First Party", "ORG", "org", "Family First Party"),
    ("Early Warning Services said the data was safe.", "Early Warning Services", "ORG", "org",
     "Early Warning Services"),
    # a given name in "-ly"
    ("Emily Thornberry Jones said no.", "Emily Thornberry Jones", "PERSON", "person", "Emily Thornberry Jones"),
    # not at a sentence's start
    ("The guest was Kindly Reginald Jones of Leeds.", "Kindly Reginald Jones", "PERSON", "person",
     "Kindly Reginald Jones"),
])
def test_what_stays_in_the_name(text, span, label, kind, value):
    assert value in _values(text, (span, label), kind=kind)


def test_a_ship_class_is_nobody(monkeypatch):
    text = "The Navy sent an Arleigh Burke-class destroyer and a Ticonderoga-class cruiser to the Gulf."
    ents = [("Navy", "ORG"), ("Arleigh Burke-class", "PERSON"), ("Ticonderoga", "ORG")]
    art = linked(tagged((text, ents)))[0]
    assert not [m for m in art.mentions if m.text in ("Arleigh Burke-class", "Ticonderoga")]
    # switched off, another name: the name tests behind the rule are cached per name, not per switch
    monkeypatch.setenv("NEWSFACET_SHIP_CLASSES", "0")
    text = "The Navy sent an Elmo Zumwalt-class destroyer to the Gulf."
    assert "Elmo Zumwalt-class" in values(linked(tagged((text, [("Elmo Zumwalt-class", "PERSON")])))[0], "person")


@pytest.mark.parametrize("text, span, label", [
    ("A discussion led by Jonathan Fox of Latin American and Latino studies will follow.", "Latino", "ORG"),
    ("The Francophones of the island voted to stay.", "Francophones", "ORG"),
    ("Black and Hispanic voters turned out in large numbers.", "Hispanic", "NORP"),
])
def test_a_people_by_its_adjective_is_no_body_person_or_place(text, span, label):
    art = linked(tagged((text, [(span, label)])))[0]
    assert not [m for m in art.mentions if m.text == span]


@pytest.mark.parametrize("text, span, label, kind, value", [
    ("The Maori Party said on Monday it would vote against the bill.", "Maori Party", "ORG", "org", "Maori Party"),
    ("Heavy rain lashed Tamil Nadu on Monday.", "Tamil Nadu", "GPE", "place", "Tamil Nadu"),
    ("The Catholic University of America said it would close.", "Catholic University of America", "ORG", "org",
     "Catholic University of America"),
])
def test_inside_a_name_a_peoples_word_stays(text, span, label, kind, value):
    assert value in _values(text, (span, label), kind=kind)


@pytest.mark.parametrize("text, span", [
    ("Iranian leaders justified the targeting of cities across the Gulf Arab states.", "Gulf Arab"),
    ("Some Pacific Islanders in Auckland were surprised by the vote.", "Pacific Islanders"),
    ("He said the Northern Irish would decide for themselves.", "Northern Irish"),
])
def test_a_people_of_a_place_is_no_place(monkeypatch, text, span):
    assert not [m for m in linked(tagged((text, [(span, "LOC")])))[0].mentions if m.text == span]
    monkeypatch.setenv("NEWSFACET_PEOPLE_OF", "0")
    assert [m.kind for m in tagged((text, [(span, "LOC")])).mentions] == ["place"]


def test_a_place_named_for_its_islands_stays():
    assert "Solomon Islands" in _values("The Solomon Islands government met.", ("Solomon Islands", "LOC"),
                                        kind="place")
