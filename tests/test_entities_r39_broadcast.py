"""Round 39 of issue 11: a programme named after a broadcaster's possessive is a title, not a place or a person
(broadcast_titles); the broadcaster's journalist named so stays a person."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values

_TEXT = ("The prime minister told BBC One's Breakfast with Frost programme that it was fine. "
         "Mark Warner told CNN's Jake Tapper. Asked on ITV's Good Morning Britain, Mr Farage said no.")
_SPANS = [("BBC One's", "ORG"), ("Breakfast", "LOC"), ("Frost", "PERSON"), ("Mark Warner", "PERSON"), ("CNN", "ORG"),
          ("Jake Tapper", "PERSON"), ("ITV", "ORG"), ("Good Morning Britain", "FAC"), ("Mr Farage", "PERSON")]


def _art():
    return linked(tagged((_TEXT, _SPANS)))[0]


def test_a_programmes_title_names_no_place(monkeypatch):
    a = _art()
    assert values(a, "place") == [] and "United Kingdom" not in values(a, "country")
    assert {"Mark Warner", "Jake Tapper"} <= set(values(a, "person"))
    monkeypatch.setenv("NEWSFACET_BROADCAST_TITLES", "0")
    a = _art()
    assert "Breakfast" in values(a, "place") and "United Kingdom" in values(a, "country")


def test_a_presenter_in_a_programmes_title_is_no_person_mention_of_the_story():
    text = "He told Channel 4's Dispatches with Jon Snow that the plan stood. Jon Snow later left Channel 4."
    a = linked(tagged((text, [("Channel 4's", "ORG"), ("Jon Snow", "PERSON")])))[0]
    first = [m for m in a.mentions if m.kind == "person" and m.start < text.index(".")]
    assert first and all(m.label == "NOFACET" for m in first)
