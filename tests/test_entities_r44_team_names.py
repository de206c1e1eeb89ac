"""Round 44 of issue 11: a place the model cut from a side's or a party's name is that name, an organisation
(team_names.team_span in spans.candidates; team_names.after_team_word in the gazetteer scan)."""
from __future__ import annotations

import pytest

from indexer.entities import team_names
from tests.test_entities_units import linked, tagged


def _mentions(text, ents):
    art = linked(tagged((text, ents)))[0]
    return {m.text: m.kind for m in art.mentions if m.kind in ("place", "org")}


@pytest.mark.parametrize("text, ents, place, name", [
    ("The injury occurred in 2020 against the Sacramento Kings during the restart.", [("Sacramento", "GPE")],
     "Sacramento", "Sacramento Kings"),
    ("It is comparable to the Chicago Cubs trying to hold their victory parade.", [("Chicago", "GPE")],
     "Chicago", "Chicago Cubs"),
    ("The Sweden Democrats, which started on the fringe, won seats.", [("Sweden", "GPE"), ("Democrats", "NORP")],
     "Sweden", "Sweden Democrats"),
])
def test_a_place_before_a_sides_plural_nickname_is_the_sides_name(text, ents, place, name, monkeypatch):
    got = _mentions(text, ents)
    assert got.get(name) == "org" and place not in got
    monkeypatch.setenv("NEWSFACET_TEAM_NAMES", "0")
    assert _mentions(text, ents).get(place) == "place"


@pytest.mark.parametrize("text, ents, place", [
    ("Ships sailed to the Falkland Islands.", [("Falkland", "GPE")], "Falkland"),
    ("Fighting went on in the Golan Heights.", [("Golan", "LOC")], "Golan"),
    ("Reporters of the Los Angeles Times wrote.", [("Los Angeles", "GPE")], "Los Angeles"),
    ("He won gold at the Tokyo Olympics.", [("Tokyo", "GPE")], "Tokyo"),
    ("She grew up in Sacramento, California.", [("Sacramento", "GPE"), ("California", "GPE")], "Sacramento"),
    # no "the" before: a place at the head of a sentence about its people ("Chicago Democrats met")
    ("Chicago Democrats met on Monday.", [("Chicago", "GPE")], "Chicago"),
])
def test_a_place_before_its_own_plural_a_paper_an_event_or_with_no_the_is_no_side(text, ents, place):
    assert team_names.team_span(text, text.index(place), text.index(place) + len(place)) is None


def test_team_before_a_country_is_a_squad_not_the_country():
    text = "Team Argentina won the final battle, ahead of teams from Chile."
    assert team_names.team_span(text, 5, 14) == (0, 14)
    got = _mentions(text, [])  # (no span: the gazetteer scan finds countries, but not after "Team")
    assert "Argentina" not in got and got.get("Chile") == "place"
