"""Round 17: transfer news and previews name clubs and national sides like towns and countries
(indexer/entities/team_cues.py), on invented sentences with hand-made NER spans. Each rule has a test that
fails without it (NEWSFACET_TEAM_CUES=0) and a test that the town or country itself is kept."""
from __future__ import annotations

import pytest

from tests.test_entities_units import tagged

_SPORT = ("The striker scored twice in the league match in England and the goalkeeper saved a penalty before "
          "half-time.", [("England", "GPE")])
# a brief: two sport words only
_BRIEF = ("The football draw was made on Friday and the coach named his squad.", [])


def kinds(art, text):
    return {m.kind for m in art.mentions if m.text == text}


def countries(art):
    return set(art.entity_values("country"))


@pytest.fixture(params=["1", "0"])
def switch(request, monkeypatch):
    monkeypatch.setenv("NEWSFACET_TEAM_CUES", request.param)
    return request.param == "1"


def test_the_towns_of_a_players_loan_spells_are_clubs(switch):
    art = tagged(_SPORT, ("He needed loan spells at Bath, Swindon and Sunderland before breaking through.",
                          [("Bath", "GPE"), ("Swindon", "GPE"), ("Sunderland", "GPE")]))
    assert ("place" not in kinds(art, "Swindon") and "place" not in kinds(art, "Sunderland")) == switch


def test_the_town_of_a_move_from_is_a_club_but_a_flight_from_it_is_the_town(switch):
    art = tagged(_SPORT, ("He has struggled since his move from Swindon in 2024.", [("Swindon", "GPE")]))
    assert ("place" not in kinds(art, "Swindon")) == switch
    flight = tagged(_SPORT, ("He flew in from Swindon in 2024.", [("Swindon", "GPE")]))
    assert kinds(flight, "Swindon") == {"place"}


def test_a_transfer_lists_from_and_to_with_a_fee_is_a_club(switch):
    art = tagged(_SPORT, ("Joe Balder, from Swindon to Chelsea – €24.4 million;",
                          [("Joe Balder", "PERSON"), ("Swindon", "GPE"), ("Chelsea", "ORG")]))
    assert ("place" not in kinds(art, "Swindon")) == switch
    trip = tagged(_SPORT, ("The squad travelled from Swindon to Chelsea by coach.", [("Swindon", "GPE")]))
    assert kinds(trip, "Swindon") == {"place"}


def test_a_town_listed_beside_clubs_by_their_full_names_is_a_club(switch):
    art = tagged(_SPORT, ("He was linked with Manchester United and Swindon before he signed.",
                          [("Manchester United", "ORG"), ("Swindon", "GPE")]))
    assert ("place" not in kinds(art, "Swindon")) == switch
    towns = tagged(_SPORT, ("He lived in Mexico City and Swindon before he signed.",
                            [("Mexico City", "GPE"), ("Swindon", "GPE")]))
    assert kinds(towns, "Swindon") == {"place"}


def test_a_clubs_initials_before_a_town_make_it_the_club(switch):
    art = tagged(_SPORT, ("He spent four years with TSV 1860 Munich.", [("Munich", "GPE")]))
    assert ("place" not in kinds(art, "Munich")) == switch


def test_a_country_whose_defence_a_player_anchors_is_a_club_or_side_not_the_country(switch):
    art = tagged(_SPORT, ("He was a key figure in Monaco’s defence this season.", [("Monaco", "GPE")]))
    assert ("Monaco" not in countries(art)) == switch
    home = tagged(_SPORT, ("He bought a flat in Monaco’s harbour district.", [("Monaco", "GPE")]))
    assert "Monaco" in countries(home)


def test_an_error_from_a_countrys_named_player_is_the_side(switch):
    art = tagged(_SPORT, ("He scored after an error from Latvia’s Janis Berzins inside the box.",
                          [("Latvia", "GPE"), ("Janis Berzins", "PERSON")]))
    assert ("Latvia" not in countries(art)) == switch


def test_the_country_international_is_a_player_of_its_side(switch):
    art = tagged(_SPORT, ("The Norway international netted 39 goals in 34 games.", [("Norway", "GPE")]))
    assert ("Norway" not in countries(art)) == switch
    airport = tagged(_SPORT, ("They landed at the Norway international airport.", [("Norway", "GPE")]))
    assert "Norway" in countries(airport)


def test_a_briefs_group_and_dated_opponents_are_sides(switch):
    art = tagged(_BRIEF, ("Latvia were placed in Group L alongside Chile, Peru and Ghana. Their schedule includes "
                          "matches against Peru (June 17) and Chile (June 23).",
                          [("Chile", "GPE"), ("Peru", "GPE"), ("Ghana", "GPE"), ("Peru", "GPE"), ("Chile", "GPE")]))
    assert (not {"Chile", "Peru"} & countries(art)) == switch


def test_a_briefs_sides_that_meet_or_take_a_plural_verb_are_sides(switch):
    art = tagged(_BRIEF, ("Peru and Latvia meet in Lima on Saturday.", [("Peru", "GPE"), ("Latvia", "GPE")]),
                 ("Latvia, however, are on a redemption mission.", [("Latvia", "GPE")]))
    assert ("Latvia" not in countries(art)) == switch


def test_a_country_the_brief_places_something_in_stays_the_country(switch):
    art = tagged(_BRIEF, ("Peru and Latvia meet in Lima on Saturday.", [("Peru", "GPE"), ("Latvia", "GPE")]),
                 ("Fans in Latvia are excited.", [("Latvia", "GPE")]))
    assert "Latvia" in countries(art)


def test_a_club_word_alone_after_a_clubs_full_name_is_the_club_even_after_in(switch):
    art = tagged(_SPORT, ("Manchester City signed him on Friday.", [("Manchester City", "GPE")]),
                 ("He will play a major role in City’s quest for silverware.", [("City", "GPE")]))
    assert ("place" not in kinds(art, "City")) == switch


def _as_people(art, name):
    for m in art.mentions:
        if m.text == name:
            m.kind, m.value, m.label = "person", name, "PERSON"
    return art


def test_a_club_the_model_calls_a_person_that_the_report_writes_as_a_team_is_no_person(switch):
    from indexer.entities.person_shapes import gate_person_shapes

    art = _as_people(tagged(_SPORT, ("Taylor warned Asante Rovo players about their conduct.",
                                     [("Taylor", "PERSON"), ("Asante Rovo", "PERSON")]),
                            ("Asante Rovo were held to a goalless draw at home.", [("Asante Rovo", "PERSON")]),
                            ("Asante Rovo 0-0 Berekum Town", [("Asante Rovo", "PERSON")])), "Asante Rovo")
    assert "Asante Rovo" in art.entity_values("person")
    gate_person_shapes([art])
    assert ("Asante Rovo" not in art.entity_values("person")) == switch


def test_a_player_the_report_credits_with_goals_stays_a_person(switch):
    from indexer.entities.person_shapes import gate_person_shapes

    art = _as_people(tagged(_SPORT, ("Kofi Rovo scored twice and his pace troubled the defence.", [("Kofi Rovo", "PERSON")]),
                            ("Kofi Rovo said he was happy.", [("Kofi Rovo", "PERSON")])), "Kofi Rovo")
    gate_person_shapes([art])
    assert "Kofi Rovo" in art.entity_values("person")


def test_a_leagues_acronym_makes_a_brief_and_its_player_word_a_club(switch):
    art = tagged(("The AFL fined the club on Monday.", []),
                 ("Swindon player Joe Balder has apologised.", [("Swindon", "GPE"), ("Joe Balder", "PERSON")]))
    assert ("place" not in kinds(art, "Swindon")) == switch
    town = tagged(("The AFL fined the club on Monday.", []),
                  ("Swindon residents have complained.", [("Swindon", "GPE")]))
    assert kinds(town, "Swindon") == {"place"}


def test_the_towns_a_player_played_games_for_are_clubs(switch):
    art = tagged(_SPORT, ("Balder played 122 games for Bath, Swindon and the Brisbane Bears.",
                          [("Balder", "PERSON"), ("Bath", "GPE"), ("Swindon", "GPE")]))
    assert ("place" not in kinds(art, "Swindon")) == switch


def test_a_plural_verb_after_a_title_or_a_pair_is_no_side():
    art = tagged(_BRIEF, ("Fans of The Masked Singer Latvia were delighted.", [("Latvia", "GPE")]))
    assert "Latvia" in countries(art)
