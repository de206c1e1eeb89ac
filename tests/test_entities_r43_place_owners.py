"""Round 43 of issue 11: a place written with its owner's possessive is the owned place, inside the owner
(place_owners.settle_owned_places)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def _places(text, ents):
    art = linked(tagged((text, ents)))[0]
    return {m.value: (m.region, m.country) for m in art.mentions if m.kind == "place" and m.label != NO_FACET}


@pytest.mark.parametrize("text, span, label, name, where", [
    ("Rakesh Singh, a resident of east Delhi’s Geeta Colony, said so.", "Delhi’s Geeta Colony", "PERSON",
     "Geeta Colony", ("Delhi", "India")),
    ("The protest was on Ottawa’s Innes Road on Monday.", "Ottawa’s Innes Road", "ORG", "Innes Road",
     ("Ontario", "Canada")),
])
def test_an_owned_place_is_the_place_inside_its_owner(text, span, label, name, where, monkeypatch):
    assert _places(text, [(span, label)]).get(name) == where
    monkeypatch.setenv("NEWSFACET_PLACE_OWNERS", "0")
    assert name not in _places(text, [(span, label)])


def test_a_saints_place_is_one_name():
    assert "Bay" not in _places("They swam at St Paul’s Bay in Malta.", [("St Paul’s Bay", "PERSON"), ("Malta", "GPE")])
