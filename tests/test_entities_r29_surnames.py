"""Round 29 (issue 11): a surname of the archive's full names written before what a politician has ("the Clinton
campaign") is no town, whatever the model's label and even where the archive's home country has a town of that
name. Hand-made NER spans; the surname must be a gazetteer town's, so a real one is used."""
from __future__ import annotations

from indexer.entities import places
from tests.test_entities_units import linked, tagged


def _kinds(art, text):
    return [m.kind for m in art.mentions if m.text == text]


def test_a_surname_before_a_campaign_or_a_legacy_is_the_persons(monkeypatch):
    assert places.candidates("Clinton")  # (a town's name too: the rule is what keeps it out of the place facet)
    a = tagged(("Hillary Clinton spoke in Ohio.", [("Hillary Clinton", "PERSON"), ("Ohio", "GPE")]), aid="a")
    b = tagged(("Money flowed via the Clinton campaign and the party.", [("Clinton", "GPE")]),
               ("The deal is part of the Clinton legacy.", [("Clinton", "GPE")]), aid="b")
    linked(a, b)
    assert _kinds(b, "Clinton") == ["person", "person"]


def test_a_town_of_that_name_placed_or_without_the_cue_stays_a_place():
    a = tagged(("Hillary Clinton spoke in Ohio.", [("Hillary Clinton", "PERSON"), ("Ohio", "GPE")]), aid="a")
    b = tagged(("Floods hit Clinton on Monday, the mayor said.", [("Clinton", "GPE")]), aid="b")
    linked(a, b)
    assert _kinds(b, "Clinton") == ["place"]


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_SURNAME_ATTRIBUTES", "0")
    a = tagged(("Hillary Clinton spoke in Ohio.", [("Hillary Clinton", "PERSON"), ("Ohio", "GPE")]), aid="a")
    b = tagged(("Money flowed via the Clinton campaign and the party.", [("Clinton", "GPE")]), aid="b")
    linked(a, b)
    assert _kinds(b, "Clinton") == ["place"]
