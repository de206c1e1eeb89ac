"""Round 46 of issue 11: a city a match report writes as a team, by a score or a margin beside it, is no place
(city_sides); the same city elsewhere stays one."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import tagged


def _places(text, ents):
    return {m.text: (m.value, m.region, m.country, m.label) for m in tagged((text, ents)).mentions
            if m.kind == "place"}


@pytest.mark.parametrize("text, ents, side", [
    ("Jayson Tatum scored 30 points in Boston's 106-104 victory over Toronto on Friday night.",
     [("Jayson Tatum", "PERSON"), ("Boston", "GPE"), ("Toronto", "GPE")], "Boston"),
    ("Jayson Tatum scored 30 points in Boston's 106-104 victory over Toronto on Friday night.",
     [("Jayson Tatum", "PERSON"), ("Boston", "GPE"), ("Toronto", "GPE")], "Toronto"),
    ("The Lakers beat Denver 120-111 as LeBron James scored 35 points.",
     [("Denver", "GPE"), ("LeBron James", "PERSON")], "Denver"),
    ("Toronto lost 4-2 to Montreal in the NHL on Saturday night.", [("Toronto", "GPE"), ("Montreal", "GPE")],
     "Toronto"),
    ("Toronto lost 4-2 to Montreal in the NHL on Saturday night.", [("Toronto", "GPE"), ("Montreal", "GPE")],
     "Montreal"),
    ("Melbourne beat Sydney by 20 points at the MCG.", [("Melbourne", "GPE"), ("Sydney", "GPE")], "Sydney"),
])
def test_a_city_with_a_score_or_a_margin_beside_it_is_a_side(text, ents, side, monkeypatch):
    value, region, country, label = _places(text, ents)[side]
    assert (region, country, label) == (None, None, NO_FACET)
    monkeypatch.setenv("NEWSFACET_CITY_SIDES", "0")
    assert _places(text, ents)[side][2] is not None  # the old reading: the city, its region and country


@pytest.mark.parametrize("text, ents, city", [
    ("Voters in Denver backed the measure 52-48 on Tuesday.", [("Denver", "GPE")], "Denver"),
    ("London voted 60-40 to remain in the referendum.", [("London", "GPE")], "London"),
    ("The company moved 20-30 staff to Toronto last year.", [("Toronto", "GPE")], "Toronto"),
    ("The game in Boston ended 3-3 after extra time.", [("Boston", "GPE")], "Boston"),
    # a venue: a golfer's margin after the town she won in (held-out bangladesh2026)
    ("She surged home with five birdies to claim victory in Adelaide by three strokes.", [("Adelaide", "GPE")],
     "Adelaide"),
])
def test_a_vote_a_share_or_a_match_played_there_leaves_the_city_a_place(text, ents, city):
    assert _places(text, ents)[city][2] is not None


def test_the_city_named_as_a_place_elsewhere_in_the_article_stays_a_place():
    text = ("Boston's 112-104 victory over Miami was their fifth in a row.\n\n"
            "Fans lined the streets in Boston on Saturday for the parade.")
    art = tagged((text.split("\n\n")[0], [("Boston", "GPE"), ("Miami", "GPE")]),
                 (text.split("\n\n")[1], [("Boston", "GPE")]))
    bostons = [(m.paragraph, m.label, m.country) for m in art.mentions if m.text == "Boston"]
    assert (0, NO_FACET, None) in bostons
    assert (1, "GPE", "United States") in bostons


def test_countries_and_regions_are_left_to_the_national_side_rules():
    got = _places("Tonga lost 24-17 to Scotland on Saturday.", [("Tonga", "GPE"), ("Scotland", "GPE")])
    assert got["Tonga"][2] == "Tonga"  # national_teams' business: no sport words, no reading here


def test_a_name_the_model_read_as_a_person_is_no_side():
    """"Trump beat Clinton by seven points": a race between people, whatever town the surname also names."""
    art = tagged(("In 2016, Trump beat Clinton by seven points among voters in Ohio.",
                  [("Trump", "PERSON"), ("Clinton", "PERSON"), ("Ohio", "GPE")]))
    assert not [m for m in art.mentions if m.text == "Clinton" and m.label == NO_FACET and m.kind == "place"]
