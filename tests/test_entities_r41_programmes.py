"""Round 41 of issue 11: a programme or a law named once or twice is no body on one reading as one
(org_programmes.one_reading), with the readings a hyphen or a list hid; and "the Party", or "the Embassy" the model
tagged PERSON, is the article's one body so called (org_generic), or no body in particular."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


def _orgs(*docs) -> list[list[str]]:
    return [values(a, "org") for a in linked(*[tagged(d, aid=str(i)) for i, d in enumerate(docs)])]


def _two(text: str, name: str) -> list[list[str]]:
    """The archive: ``text`` and a second article naming ``name`` with no reading at all (the brand gate admits a
    capitalised word two articles name)."""
    return [values(a, "org") for a in linked(tagged((text, [(name, "ORG")]), aid="a"),
                                             tagged((f"The debate over {name} went on this week.", [(name, "ORG")]),
                                                    aid="b"))]


@pytest.mark.parametrize("text, name", [
    ("Democrats agreed to a partial repeal of Obamacare on Friday.", "Obamacare"),
    ("Sanders wants Medicare-for-all, he told the crowd in Iowa.", "Medicare"),
    ("Social Security benefits would be sent, and the Medicare and Medicaid health care programs would go on.",
     "Medicare"),
    ("The health care law, also known as Obamacare, created the exchanges.", "Obamacare"),
    ("Farmers took part in the implementation of Pfumvudza across the country.", "Pfumvudza"),
])
def test_a_programme_named_twice_is_no_body_on_one_reading(monkeypatch, text, name):
    assert _two(text, name) == [[], []]
    monkeypatch.setenv("NEWSFACET_PROG_ONE", "0")
    assert _two(text, name) == [[name], [name]]


@pytest.mark.parametrize("text, name", [
    # a body's possessive after the programme's preposition
    ("The project was sponsored by Germany under Unesco's umbrella last year.", "Unesco"),
    # "benefits" as the body's verb
    ("Much of the show is shot in Belfast, and Skyline benefits from subsidies there.", "Skyline"),
])
def test_a_bodys_own_words_are_no_programmes_reading(text, name):
    assert _two(text, name) == [[name], [name]]


def test_a_value_named_as_a_body_keeps_its_one_programme_reading():
    docs = linked(tagged(("Critics attacked the repeal of Obamacare in the bill.", [("Obamacare", "ORG")]), aid="a"),
                  tagged(("Obamacare said on Monday it would cut jobs.", [("Obamacare", "ORG")]), aid="b"))
    assert [values(a, "org") for a in docs] == [["Obamacare"], ["Obamacare"]]


def test_three_mentions_need_more_than_one_reading():
    docs = linked(tagged(("Critics attacked the repeal of Obamacare in the bill.", [("Obamacare", "ORG")]), aid="a"),
                  *[tagged((f"The debate over Obamacare went on in week {n}.", [("Obamacare", "ORG")]), aid=f"b{n}")
                    for n in (1, 2)])
    assert all(values(a, "org") == ["Obamacare"] for a in docs)


def test_the_party_is_the_articles_one_party():
    text = ("The Workers' Party of Korea held a plenary meeting in Pyongyang. Delegates pledged loyalty to the "
            "Party and its leadership.")
    assert _orgs((text, [("Workers' Party of Korea", "ORG"), ("Party", "ORG")]))[0] == ["Workers' Party of Korea"]


def test_the_party_of_no_named_party_is_no_body():
    text = "Delegates pledged loyalty to the Party at the meeting in Beijing on Monday."
    assert "Party" not in _orgs((text, [("Party", "ORG")]))[0]


def test_a_bodys_head_noun_the_model_called_a_person_is_the_articles_body(monkeypatch):
    # (the bare word first: the test's spans are found at a word's first occurrence)
    text = ("Officials at the facility informed the Embassy that he declined. The Ghana Embassy in Washington issued a "
            "statement.")
    ents = [("Ghana Embassy", "ORG"), ("Washington", "GPE"), ("Embassy", "PERSON")]
    art = linked(tagged((text, ents)))[0]
    assert {m.value for m in art.mentions if m.text == "Embassy"} == {"Ghana Embassy"}
    alone = "Officials at the facility informed the Embassy that he had declined to meet them."
    assert _orgs((alone, [("Embassy", "PERSON")])) == [[]]
    assert "Embassy" not in values(linked(tagged((alone, [("Embassy", "PERSON")])))[0], "person")
    assert [m.kind for m in tagged((alone, [("Embassy", "PERSON")])).mentions] == ["org"]
    monkeypatch.setenv("NEWSFACET_GENERIC_PERSON", "0")  # the tagger's reading: the model's person
    assert [m.kind for m in tagged((alone, [("Embassy", "PERSON")])).mentions] == ["person"]
