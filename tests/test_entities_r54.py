"""Round 54 (issue 11): a pooled archive's story about one country names that country's bodies by their kind alone; a
firm one sentence of many places is the firm; a web address is no word; a metro daily's home state; a poll's rank is a
team's cue; a name goes on past its abbreviated head word; a club-shaped person is the club. Invented sentences with
hand-made NER spans (tests.test_entities_units)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people
from search.model import NO_FACET
from tests.test_entities_r53 import _article, _faceted


def _pooled_story(aid: str, country: str, town: str, body: str, lead: str = "In {country}, the {body}") -> object:
    first = lead.format(country=country, body=body)
    return _article([(f"{first} projects that output will grow.", [(country, "GPE"), (body, "ORG")]),
                     (f"Farmers near {town} and across {country} welcomed it.", [(town, "GPE"), (country, "GPE")])],
                    aid)


MAG = "Ministry of Agriculture and Livestock"


def _pooled_archive(lead: str = "In {country}, the {body}"):
    return (_pooled_story("a", "El Salvador", "San Miguel", MAG, lead),
            _pooled_story("b", "Ecuador", "Guayaquil", MAG, lead),
            _pooled_story("c", "Peru", "Arequipa", "Central Reserve Bank of Peru"),
            _pooled_story("d", "Chile", "Valparaiso", "Chilean Senate"))


def test_a_pooled_archives_story_about_one_country_names_its_bodies():
    faceted = _faceted(*_pooled_archive())
    assert {("org", f"{MAG} (El Salvador)"), ("org", f"{MAG} (Ecuador)")} <= faceted
    assert ("org", MAG) not in faceted


def test_a_country_named_only_after_the_body_decides_nothing():
    """"... the Ministry ... projects", its country named after it: the sentence may be about another country."""
    faceted = _faceted(*_pooled_archive(lead="The {body} said on Monday of {country}"))
    assert not any(value.startswith(f"{MAG} (") for _, value in faceted)


def test_the_story_country_switch(monkeypatch):
    monkeypatch.setenv("NEWSFACET_STORY_COUNTRY", "0")
    faceted = _faceted(*_pooled_archive())
    assert not any(value.startswith(f"{MAG} (") for _, value in faceted)


# --- a firm the model tags as a town, placed by one "from X" among many mentions -----------------------------------

def _tech_story(aid: str, text: str, label: str = "GPE") -> object:
    return _article([(text, [("Nvidia", label)])], aid)


def _tech_paper():
    arts = [_tech_story(f"g{i}", "Nvidia unveiled a faster chip for data centres on Tuesday.") for i in range(6)]
    arts.append(_tech_story("from", "Customers will be able to rent a station directly from Nvidia."))
    arts.append(_tech_story("org", "Nvidia said its revenue doubled.", "ORG"))
    arts.append(_tech_story("org2", "Analysts expect Nvidia to report strong sales.", "ORG"))
    return arts


def test_a_body_one_sentence_of_many_places_is_the_body():
    faceted = _faceted(*_tech_paper())
    assert ("org", "Nvidia") in faceted and ("place", "Nvidia") not in faceted


def test_a_name_placed_in_many_of_its_mentions_stays_a_place(monkeypatch):
    arts = [_article([("The floods reached Zorvanti on Monday.", [("Zorvanti", "GPE")])], "k0")]
    arts += [_article([("Families in Zorvanti were moved to schools.", [("Zorvanti", "GPE")])], f"k{i}") for i in (1, 2)]
    arts.append(_article([("Zorvanti said the water was falling.", [("Zorvanti", "ORG")])], "k3"))
    assert ("place", "Zorvanti") in _faceted(*arts)
    monkeypatch.setenv("NEWSFACET_SAID_SHARE", "0")
    assert ("place", "Nvidia") in _faceted(*_tech_paper())


# --- a web address is no ordinary word ------------------------------------------------------------------------------

def test_a_brand_written_in_a_web_address_is_still_a_brand():
    """One "facebook.com/page" had made Facebook an ordinary word, and its uncued mentions no body."""
    arts = [_article([(f"The deal between Facebook and Instagram closed {day}.",
                       [("Facebook", "ORG"), ("Instagram", "ORG")])], f"f{i}")
            for i, day in enumerate(("on Monday", "on Friday", "overnight"))]
    arts.append(_article([("Find the show at facebook.com/goodaddsup or on the app.", [])], "addr"))
    assert ("org", "Facebook") in _faceted(*arts)


# --- a metro daily's home state --------------------------------------------------------------------------------------

def _metro_paper(*extra):
    """A Los Angeles daily: its state in four stories of ten, any other state in one."""
    arts = [_article([("In Los Angeles and Long Beach, the council met.",
                       [("Los Angeles", "GPE"), ("Long Beach", "GPE")])], f"la{i}") for i in range(4)]
    arts += [_article([(f"The game in {town} drew a crowd.", [(town, "GPE")])], f"us{i}")
             for i, town in enumerate(("Boston", "Denver", "Seattle", "Atlanta"))]
    arts += [_article([(text, ents)], f"x{i}") for i, (text, ents) in enumerate(extra)]
    link_people(arts)
    return arts


def _region_of(art, text):
    return next(m.region for m in art.mentions if m.kind == "place" and m.text == text)


def test_a_metro_dailys_town_is_not_another_states_namesake(monkeypatch):
    story = ("Children at the school in Highland Park did well.", [("Highland Park", "GPE")])
    assert _region_of(_metro_paper(story)[-1], "Highland Park") != "Illinois"
    monkeypatch.setenv("NEWSFACET_METRO_HOME", "0")
    assert _region_of(_metro_paper(story)[-1], "Highland Park") == "Illinois"


def test_a_town_with_its_states_abbreviation_keeps_that_state():
    story = ("They married in Annapolis, Md. The Baltimore Sun reported it.", [("Annapolis", "GPE")])
    assert _region_of(_metro_paper(story)[-1], "Annapolis") == "Maryland"


@pytest.mark.parametrize("town, after, region", [
    ("Annapolis", ", Md. The Baltimore Sun reported it.", "Maryland"),
    ("Peoria", ", Ill. He said the plant would close.", "Illinois"),
    ("Kukatpally", ", Md. Yusuf sub registrar of Balanagar", None),  # (no Kukatpally in Maryland: "Md." is Mohammed)
    ("Arlington", ", Texas Rangers pitcher", None),  # (no full stop: the words go on to another name)
    ("Sydney", ", New South Wales, on Monday", "New South Wales"),
])
def test_a_states_abbreviation_closing_a_sentence_is_the_state_its_town_lies_in(town, after, region):
    from indexer.entities.evidence import comma_region

    assert comma_region(after, town) == region


def test_a_capitalised_site_name_still_counts_as_the_name_and_a_lower_case_address_not_at_all():
    from indexer.entities.org_words import _counts

    art = _article([("Readers told Express.co.uk that prices rose, see facebook.com/page or @nvidia for more.", [])])
    low, cap = _counts([art])
    assert cap["express"] == 1
    assert not low["facebook"] and not low["nvidia"]


# --- a poll's rank before a state's name: a college team ------------------------------------------------------------

@pytest.mark.parametrize("text, team", [
    ("Tennessee beat 10th-ranked Arkansas, 31-27, at Dallas in the bowl game.", "Arkansas"),
    ("The victory over third-ranked, previously undefeated West Virginia came in the bowl game.", "West Virginia"),
    ("No. 3 Nebraska will play for the title after the quarterback threw for two touchdowns.", "Nebraska"),
])
def test_a_ranked_or_unbeaten_state_in_a_sports_report_is_a_team(text, team):
    report = [(text, [(team, "GPE")]),
              ("The quarterback threw three touchdown passes and the defense forced two fumbles in the fourth quarter.",
               []),
              ("The coach said the kickoff return and a late field goal decided the game.", [])]
    assert ("place", team) not in _faceted(_article(report))


# --- an abbreviated head word stops the model's span -----------------------------------------------------------------

@pytest.mark.parametrize("text, ents, whole", [
    ("John Tuccillo, chief economist for the National Assn. of Realtors, said sales fell.",
     [("John Tuccillo", "PERSON"), ("the National Assn", "ORG"), ("Realtors", "ORG")], "National Assn. of Realtors"),
    ("The tour is the last stop of the Assn. of Surfing Professionals this year.",
     [("the Assn", "ORG")], "Assn. of Surfing Professionals"),
])
def test_a_name_goes_on_past_its_abbreviated_head_word(text, ents, whole, monkeypatch):
    assert ("org", whole) in _faceted(_article([(text, ents)]))
    monkeypatch.setenv("NEWSFACET_ABBREVIATED_NAMES", "0")
    assert ("org", whole) not in _faceted(_article([(text, ents)]))


def test_a_person_or_place_after_the_abbreviation_is_no_part_of_the_name():
    text = "He spoke to the Assn. of Ohio about the vote."
    assert ("org", "Assn. of Ohio") not in _faceted(_article([(text, [("the Assn", "ORG"), ("Ohio", "GPE")])]))


# --- a club's name the model read as a person's --------------------------------------------------------------------

_MATCH_TALK = ("The striker and the midfielder both scored before half-time, and the goalkeeper saved a penalty after "
               "the kick-off.")


@pytest.mark.parametrize("club", ["Luton Town", "Hamilton Academical", "Preston North End", "St Johnstone"])
def test_a_club_shaped_person_in_a_sports_report_is_the_club(club, monkeypatch):
    """(The person shapes' gate alone: in an archive, evidence gates run first.)"""
    from indexer.entities.person_shapes import gate_person_shapes

    def report():
        art = _article([(f"{club} are gelling and becoming a team, according to the manager.", [(club, "PERSON")]),
                        (_MATCH_TALK, [])])
        gate_person_shapes([art])
        return {(m.kind, m.value) for m in art.mentions if m.label != NO_FACET}
    assert report() == {("org", club)}
    monkeypatch.setenv("NEWSFACET_CLUB_SHAPES", "0")
    assert report() == {("person", club)}


def test_a_club_shaped_name_outside_sport_is_left_to_the_other_rules():
    from indexer.entities.person_shapes import gate_person_shapes

    art = _article([("Luton Town hall hosted the council meeting on the budget.", [("Luton Town", "PERSON")])])
    gate_person_shapes([art])
    assert not any(m.kind == "org" for m in art.mentions)


def test_a_ground_at_which_matches_are_played_stays_a_place():
    """"a shock win at Ibrox", "The Ibrox side": a ground, however often the model reads it as its club."""
    arts = [_tech_story(f"g{i}", "Rangers were beaten 3-0 at Nvidia on Saturday.") for i in range(3)]
    arts += [_tech_story(f"s{i}", "Nvidia was full for the derby.") for i in range(5)]
    arts.append(_tech_story("from", "Fans travelled from Nvidia by bus."))
    arts.append(_tech_story("org", "The Nvidia side lost again.", "ORG"))
    faceted = _faceted(*arts)
    assert ("place", "Nvidia") in faceted
