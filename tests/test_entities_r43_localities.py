"""Round 43 of issue 11: a name the model read as a person, closed by a locality's kind word no surname is
("Anna Nagar", "Bowen Hills"), is a place (not_people.named_feature); "X" and "X Colony" are one place
(place_forms.KIND_WORDS)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


@pytest.mark.parametrize("text, name", [
    ("Residents of Anna Nagar complained about the water.", "Anna Nagar"),
    ("The run went from the city to Bowen Hills on Sunday.", "Bowen Hills"),
    ("Evicted residents of Kathputli Colony met the press.", "Kathputli Colony"),
])
def test_a_locality_the_model_read_as_a_person_is_a_place(text, name, monkeypatch):
    art = linked(tagged((text, [(name, "PERSON")])))[0]
    assert values(art, "person") == [] and values(art, "place") == [name]
    monkeypatch.setenv("NEWSFACET_LOCALITY_NAMES", "0")
    assert values(linked(tagged((text, [(name, "PERSON")])))[0], "place") == []


@pytest.mark.parametrize("name", ["Stuart Hall", "Nathan Lane", "Damon Hill", "Picabo Street"])
def test_a_surname_that_is_also_a_place_word_stays_a_person(name):
    art = linked(tagged((f"{name} said on Monday that he would attend.", [(name, "PERSON")])))[0]
    assert values(art, "person") == [name]


def test_a_colony_written_with_and_without_its_kind_word_is_one_place():
    a, b = linked(tagged(("An artist from Kathputli colony protested.", [("Kathputli", "GPE")]), aid="a"),
                  tagged(("Evicted residents of Kathputli Colony met.", [("Kathputli Colony", "PERSON")]), aid="b"))
    assert values(a, "place") == values(b, "place")


def test_a_square_named_after_someone_is_a_place():
    art = linked(tagged(("Crowds filled Maria Square on Sunday.", [("Maria Square", "PERSON")])))[0]
    assert values(art, "person") == [] and values(art, "place") == ["Maria Square"]
