"""Round 35 of issue 11: a given name the model cut off before a name that opens with no middle name comes back
when it is a given name by Faker's tables or by the archive's own full names and no word of English
(middle_names.restore_given_names, NEWSFACET_GIVEN_BEFORE)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def _hayem():
    return linked(tagged(("The Minister of Economy, María Luisa Hayem, highlighted the commitment. Hayem said it "
                          "was good news.", [("Luisa Hayem", "PERSON"), ("Hayem", "PERSON")])))[0]


def test_a_given_name_of_fakers_tables_cut_off_by_the_model_comes_back(monkeypatch):
    assert values(_hayem(), "person") == ["María Luisa Hayem"]  # the bare surname follows the whole name
    monkeypatch.setenv("NEWSFACET_GIVEN_BEFORE", "0")
    assert values(_hayem(), "person") == ["Luisa Hayem"]


def _maharjan():
    a = tagged(("Chiri Lama opened the road on Sunday.", [("Chiri Lama", "PERSON")]), aid="a")
    b = tagged(("Chiri Gurung won the race in Pokhara.", [("Chiri Gurung", "PERSON")]), aid="b")
    c = tagged(("Lalitpur Mayor Chiri Babu Maharjan told the Post on Monday evening.", [("Babu Maharjan", "PERSON")]),
               aid="c")
    return linked(a, b, c)[2]


def test_a_given_name_that_opens_two_of_the_archives_full_names_comes_back(monkeypatch):
    assert values(_maharjan(), "person") == ["Chiri Babu Maharjan"]
    monkeypatch.setenv("NEWSFACET_GIVEN_BEFORE", "0")
    assert values(_maharjan(), "person") == ["Babu Maharjan"]


def test_a_word_of_english_before_a_name_is_no_given_name():
    art = linked(tagged(("The Minister for Social Care and Sport Maree Todd said the plan would help.",
                         [("Maree Todd", "PERSON")])))[0]
    assert values(art, "person") == ["Maree Todd"]
