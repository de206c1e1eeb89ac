"""Round 53 (issue 11), places: a home county the model or the article's vote filed as a body, a dateline's
abbreviated township, and a small town abroad named alone in a home paper's story. Invented sentences with
hand-made NER spans (helpers in tests.test_entities_r53)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people
from tests.test_entities_r53 import _article


# A home county the model or the article's vote filed as a body ("a Cook County grand jury"): the county (round 53).
def _story_at_home(home_text, home_ents, n_home, source, text, ents):
    """The story tagged in an archive of ``n_home`` home stories from one outlet, after the archive's passes."""
    home = [_article([(home_text, home_ents)], aid=f"home{i}") for i in range(n_home)]
    story = _article([(text, ents)], aid="story")
    for art in home + [story]:
        art.source = source
    link_people(home + [story])
    return story


def _county_story(text, ents, n_home=4):
    return _story_at_home("In Texas and Ohio, officials met in the United States.",
                          [("Texas", "GPE"), ("Ohio", "GPE"), ("the United States", "GPE")], n_home, "Capital Wire",
                          text, ents)


def test_a_home_county_read_as_a_body_is_the_county():
    story = _county_story("Kirkwood was indicted by a Cook County grand jury in Chicago on Monday.",
                          [("Cook County", "ORG"), ("Chicago", "GPE")])
    found = [(m.kind, m.value, m.region) for m in story.mentions if m.text == "Cook County"]
    assert found == [("place", "Cook County", "Illinois")]  # the Cook County of the story's Illinois


@pytest.mark.parametrize("text, ents, name", [
    ("The Cook County Board voted on the budget in Chicago.", [("Cook County", "ORG"), ("Chicago", "GPE")],
     "Cook County"),  # the name goes on: a body of the county
    ("Derby County beat Leeds 2-1 in the Championship after a goal in the 89th minute of the match.",
     [("Derby County", "ORG"), ("Leeds", "ORG")], "Derby County"),  # no US county: a club
])
def test_a_county_that_is_no_home_division_or_goes_on_stays_a_body(text, ents, name):
    named = [m for m in _county_story(text, ents).mentions if m.text.startswith(name)]
    assert named and all(m.kind == "org" for m in named)


def test_the_division_bodies_switch_leaves_counties_bodies(monkeypatch):
    monkeypatch.setenv("NEWSFACET_DIVISION_BODIES", "0")
    story = _county_story("Kirkwood was indicted by a Cook County grand jury in Chicago on Monday.",
                          [("Cook County", "ORG"), ("Chicago", "GPE")])
    assert not any(m.kind == "place" for m in story.mentions if m.text == "Cook County")

def test_a_datelines_abbreviated_township_is_the_township_its_stories_name():
    datelines = [_article([("SALISBURY TWP., Pa. — News of a merger came on Monday.", [("SALISBURY TWP.", "GPE")])],
                          aid=f"d{i}") for i in range(3)]
    stories = [_article([("Residents of Salisbury Township met on Monday.", [("Salisbury Township", "GPE")])],
                        aid=f"s{i}") for i in range(2)]
    link_people(datelines + stories)
    values = {m.value for a in datelines + stories for m in a.mentions if m.kind == "place"}
    assert "Salisbury Township" in values and not any("TWP" in v for v in values)

# A small town abroad named alone in a home paper's story: no country invented from it (round 53, lone_namesakes).
def _home_paper(story_text, ents):
    return _story_at_home("In London and Manchester, officials met in England on Monday.",
                          [("London", "GPE"), ("Manchester", "GPE"), ("England", "GPE")], 6, "The Courier",
                          story_text, ents)


def test_a_small_town_abroad_alone_in_a_home_story_gives_no_country():
    story = _home_paper("The Newburgh distillery's postman retired on Friday.", [("Newburgh", "GPE")])
    assert [(m.value, m.country) for m in story.mentions if m.text == "Newburgh"] == [("Newburgh", None)]


def test_a_big_city_abroad_keeps_its_country():
    story = _home_paper("The delegation flew to Chicago on Friday.", [("Chicago", "GPE")])
    assert [(m.value, m.country) for m in story.mentions if m.text == "Chicago"] == [("Chicago", "United States")]


def test_the_lone_small_towns_switch_keeps_the_namesake_abroad(monkeypatch):
    monkeypatch.setenv("NEWSFACET_LONE_SMALL_TOWNS", "0")
    story = _home_paper("The Newburgh distillery's postman retired on Friday.", [("Newburgh", "GPE")])
    assert [m.country for m in story.mentions if m.text == "Newburgh"] == ["United States"]
