"""Round 17 (issue 11): a one-word place its own sentences show to be somebody's name -- a daughter called Sofia,
a Princess Charlotte, a contestant "Vienna, 24," -- gives no place, region or country (place_surnames.py,
given_names_read_as_places). Invented sentences with hand-made NER spans; the place names are real so that the
gazetteer would roll them up abroad."""
from __future__ import annotations

import pytest

from indexer.entities.place_surnames import named_as_person
from tests.test_entities_units import linked, tagged


def _places(arts, kind="place"):
    return {v for a in arts for v in a.entity_values(kind)}


@pytest.mark.parametrize("text, name", [
    ("She was criticised for not potty training her four-year-old daughter Sofia.", "Sofia"),
    ("Jeff Horn with wife Jo and his two daughters Isabelle and Charlotte.", "Charlotte"),
    ("Her newborn twins, Austin and Vienna, survived the ordeal.", "Vienna"),
    ("Princess Charlotte is fourth in line to the throne.", "Charlotte"),
    ("The women were urged to flirt with Jordan, 31, on Zoom.", "Jordan"),
    ("They share two daughters: six-year-old Phoenix (pictured) and Lennon.", "Phoenix"),
    ("Georgia's mother said she was proud.", "Georgia"),
])
def test_a_persons_context(text, name):
    at = text.index(name)
    assert named_as_person(text, at, at + len(name))


@pytest.mark.parametrize("text, name", [
    ("The 20-year-old Perth man was charged on Sunday.", "Perth"),  # a place as a modifier
    ("Some 34,189 settled in Victoria, 18,743 in Queensland.", "Victoria"),  # a count, not an age
    ("Four children visit their dying father and Canberra woman Sarah, 26.", "Canberra"),  # no name list
    ("Victoria's government is aiming at September.", "Victoria"),
    ("He was received by the Chief Commissioner Islamabad.", "Islamabad"),  # an office's seat, no royal title
])
def test_no_persons_context(text, name):
    at = text.index(name)
    assert not named_as_person(text, at, at + len(name))


def test_a_daughter_called_sofia_is_no_bulgaria():
    arts = linked(
        tagged(("Laura revealed her daughter Sofia was still in nappies.", [("Laura", "PERSON"), ("Sofia", "GPE")]),
               ("Sofia is now at school.", [("Sofia", "GPE")]), aid="a"),
        tagged(("Ministers met in Sofia on Monday to discuss gas.", [("Sofia", "GPE")]), aid="b"))
    a, b = arts
    assert "Bulgaria" not in a.entity_values("country") and "Sofia" not in a.entity_values("place")
    assert "Sofia" not in a.entity_values("person")  # a bare given name names nobody in particular
    assert all(m.kind == "person" for m in a.mentions if m.text == "Sofia")  # the mention is a person's
    assert "Bulgaria" in b.entity_values("country")  # the city where a sentence places it


def test_an_article_that_also_places_the_word_keeps_it():
    art = linked(tagged(("Her daughter Sofia was born there.", [("Sofia", "GPE")]),
                        ("The family flew in from Sofia on Monday.", [("Sofia", "GPE")])))[0]
    assert "Bulgaria" in art.entity_values("country")


def test_the_articles_named_person_goes_when_the_archive_shows_the_name_as_a_persons():
    arts = linked(
        tagged(("Actress Charlotte Best stretched on the pavement.", [("Charlotte Best", "PERSON")]),
               ("Charlotte previously dated a chef.", [("Charlotte", "GPE")]), aid="a"),
        tagged(("Princess Charlotte waved to the crowd.", [("Charlotte", "GPE")]), aid="b"))
    assert "United States" not in _places(arts, "country") and "Charlotte" not in _places(arts)
    assert "Charlotte Best" in arts[0].entity_values("person")


def test_a_word_the_archive_places_more_often_stays_where_no_sentence_shows_a_person():
    arts = linked(
        tagged(("Actress Charlotte Best stretched on the pavement.", [("Charlotte Best", "PERSON")]),
               ("Charlotte previously hosted the draft.", [("Charlotte", "GPE")]), aid="a"),
        tagged(("Princess Charlotte waved to the crowd.", [("Charlotte", "GPE")]), aid="b"),
        tagged(("Storms hit homes in Charlotte overnight.", [("Charlotte", "GPE")]), aid="c"),
        tagged(("Traffic stopped in Charlotte, North Carolina.", [("Charlotte", "GPE"), ("North Carolina", "GPE")]),
               aid="d"))
    assert "Charlotte" in arts[0].entity_values("place")  # no sentence of its own shows a person
    assert "Charlotte" not in arts[1].entity_values("place")


def test_the_switch_turns_the_pass_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_GIVEN_PLACES", "0")
    art = linked(tagged(("Laura revealed her daughter Sofia was still in nappies.",
                         [("Laura", "PERSON"), ("Sofia", "GPE")])))[0]
    assert "Sofia" in art.entity_values("place")
