"""Round 44 of issue 11: a player's position right after a country names the country's side, in a brief too
(team_cues.position_after, read first by namesakes._side_cue)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def _countries(text, ents):
    art = linked(tagged((text, ents)))[0]
    return [m.country for m in art.mentions if m.kind == "place" and m.label != NO_FACET]


@pytest.mark.parametrize("text, ents", [
    ("River Plate made public their interest in veteran Uruguay and ex-Barcelona striker Luis Suarez.",
     [("River Plate", "ORG"), ("Uruguay", "GPE"), ("Luis Suarez", "PERSON")]),
    ("The trip has given former England test cricketer Bob Woolmer the chance of a return.",
     [("England", "GPE"), ("Bob Woolmer", "PERSON")]),
    ("The Wales fly-half kicked two penalties.", [("Wales", "GPE")]),
])
def test_a_country_before_a_players_position_is_its_side(text, ents, monkeypatch):
    assert _countries(text, ents) == []
    monkeypatch.setenv("NEWSFACET_SIDE_POSITIONS", "0")
    assert _countries(text, ents) != []


@pytest.mark.parametrize("text, ents", [
    ("Exports from Brazil rose, the England manager of the firm said.", [("Brazil", "GPE"), ("England", "GPE")]),
    ("A striker in Uruguay scored twice.", [("Uruguay", "GPE")]),  # the position before: a player in the country
])
def test_a_country_with_no_position_right_after_stays_a_place(text, ents):
    assert len(_countries(text, ents)) == len(ents)
