"""Person values the archive shows to be something else: a body named after a country or a big city, and the
tail of longer names the model cut at the left (indexer/entities/person_evidence.py, round 11)."""
from __future__ import annotations

import pytest

from indexer.entities.person_evidence import _place_word
from search.model import NO_FACET
from tests.test_entities_units import linked, tagged, values


def person_labels(arts, value):
    return {m.label for a in arts for m in a.mentions if m.kind == "person" and m.value == value}


def test_a_name_holding_a_country_needs_more_than_speech_to_be_a_person():
    # a party named after its country "says" things too
    art = tagged(("Bangladesh Quorva Majlis said the vote was rigged.", [("Bangladesh Quorva Majlis", "PERSON")]))
    linked(art)
    assert "Bangladesh Quorva Majlis" not in values(art, "person")
    assert person_labels([art], "Bangladesh Quorva Majlis") == {NO_FACET}


def test_a_name_holding_a_country_is_a_person_with_a_persons_context():
    art = tagged(("Crowds cheered Mr Quorva Bangladesh, 54, on Sunday.", [("Quorva Bangladesh", "PERSON")]))
    linked(art)
    assert "Quorva Bangladesh" in values(art, "person")


@pytest.mark.parametrize("value, body", [
    ("Dhaka Courier", True), ("Islami Andolan Bangladesh", True), ("Kings XI Punjab", True),
    ("Leila de Lima", False),  # a given name and a surname that is also a city: the surname is no body's place
    ("Deli Borsari", False),  # "Deli" is only another spelling of Delhi: the place's own name is needed
    ("Quorva Tillet", False),
])
def test_a_value_names_a_body_by_a_country_or_a_big_place_in_it(value, body):
    assert _place_word(value) is body


def test_a_small_town_inside_a_name_is_no_evidence_of_a_body():
    art = tagged(("Quorva Tillet said the plan had failed.", [("Quorva Tillet", "PERSON")]))
    linked(art)
    assert "Quorva Tillet" in values(art, "person")


def _cut(word, aid):
    return tagged((f"Crowds cheered {word} Brindle Tillet on Sunday. Zorvan Brindle Tillet said it was over.",
                   [("Brindle Tillet", "PERSON"), ("Brindle Tillet", "PERSON")]), aid=aid)


def test_the_tail_of_several_peoples_names_the_model_cut_is_no_facet_value(monkeypatch):
    # "Nazrul Islam Khan", "Amirul Islam Khan": the model tags "Islam Khan" after a name word it left off
    arts = linked(_cut("Mekrul", "a1"), _cut("Sobrul", "a2"))
    assert all("Brindle Tillet" not in values(a, "person") for a in arts)
    # round 37: a name word no table knows comes back as the given name it is (middle_names._unknown_given)
    assert values(arts[0], "person") == ["Mekrul Brindle Tillet", "Zorvan Brindle Tillet"]
    monkeypatch.setenv("NEWSFACET_UNKNOWN_GIVEN", "0")
    arts = linked(_cut("Mekrul", "a1"), _cut("Sobrul", "a2"))
    assert all("Brindle Tillet" not in values(a, "person") for a in arts)
    assert person_labels(arts, "Brindle Tillet") == {NO_FACET}


def test_a_name_after_an_office_the_archive_writes_in_lower_case_is_no_fragment():
    # "Adviser Touhid Hossain": the word left off is a noun of the archive ("the adviser"), not a name
    arts = linked(tagged(("Crowds cheered Quorva Brindle Tillet on Sunday. Quorva Brindle Tillet said it was "
                          "over. The quorva met them.", [("Brindle Tillet", "PERSON"), ("Brindle Tillet", "PERSON")]),
                         aid="a1"),
                  tagged(("Sobrul Brindle Tillet left.", [("Brindle Tillet", "PERSON")]), aid="a2"))
    assert "Brindle Tillet" in values(arts[0], "person")


def test_a_cut_name_with_a_persons_context_stays():
    arts = linked(_cut("Mekrul", "a1"), _cut("Sobrul", "a2"),
                  tagged(("Crowds cheered Mr Brindle Tillet, 61, on Sunday.", [("Brindle Tillet", "PERSON")]),
                         aid="a3"))
    assert "Brindle Tillet" in values(arts[2], "person")
