"""Round-16 place class (issue 11): a home place that loses to a bigger foreign namesake nothing in its article
supports (home_first.py) -- "Boston" (Lincolnshire) filed under Massachusetts, "Essex" under Maryland,
"Romford, East London" under the Eastern Cape in a British archive."""
from __future__ import annotations

from indexer.entities import home_first, link_people
from indexer.entities.small_places import small_place
from tests.test_entities_archive_classes import _item, _place


def _uk_paper(n: int) -> list:
    """Short items of a British paper: each names British towns with one reading; a few write about the US
    (so the outlet's silence about a country cannot bring a town home: archive.py's own rule)."""
    home = [_item(f"The council of Manchester met in Leeds and Sheffield on day {i}.",
                  [("Manchester", "GPE"), ("Leeds", "GPE"), ("Sheffield", "GPE")], f"uk{i}", "The Daily Post")
            for i in range(n)]
    return home + [_item(f"Talks in Washington and New York on day {i}, the United States said.",
                         [("Washington", "GPE"), ("New York", "GPE"), ("United States", "GPE")], f"us{i}",
                         "The Daily Post") for i in range(2)]


def test_a_home_town_beats_a_bigger_namesake_abroad_the_article_never_supports():
    item = _item("Leave won in Boston on Thursday.", [("Boston", "GPE")], "b", "The Daily Post")
    assert _place(item, "Boston").country == "United States"  # the article alone: the biggest namesake
    link_people(_uk_paper(8) + [item])
    boston = _place(item, "Boston")
    assert (boston.country, boston.region) == ("United Kingdom", "England")


def test_a_foreign_namesake_the_article_supports_stays_abroad():
    item = _item("Fans in Boston cheered as Massachusetts and the United States celebrated.",
                 [("Boston", "GPE"), ("Massachusetts", "GPE"), ("United States", "GPE")], "b", "The Daily Post")
    link_people(_uk_paper(8) + [item])
    assert _place(item, "Boston").country == "United States"


def _east_london():
    item = _item("Cars were stranded in Romford, East London, after the storm.",
                 [("Romford", "GPE"), ("East London", "GPE")], "r", "The Daily Post")
    link_people(_uk_paper(8) + [item])
    east = _place(item, "East London")
    return east.value, east.region, east.country


def test_a_name_that_contains_a_home_town_keeps_its_name_but_no_foreign_region(monkeypatch):
    monkeypatch.setenv("NEWSFACET_UK_COUNTIES", "0")  # (the home tier without London's quarters: the name, unplaced)
    small_place.cache_clear()
    try:
        assert _east_london() == ("East London", None, None)
    finally:
        small_place.cache_clear()
    monkeypatch.delenv("NEWSFACET_UK_COUNTIES")
    assert _east_london() == ("East London", "England", "United Kingdom")  # round 38: the quarter of London


def test_a_list_of_home_places_takes_a_name_whose_only_reading_is_abroad():
    item = _item("Leave won in Sheffield, Swansea, Darlington, Rotherham, Coventry and Stockton.",
                 [(t, "GPE") for t in ("Sheffield", "Swansea", "Darlington", "Rotherham", "Coventry", "Stockton")],
                 "s", "The Daily Post")
    link_people(_uk_paper(8) + [item])
    stockton = _place(item, "Stockton")
    assert (stockton.region, stockton.country) == (None, None)


def test_a_lone_foreign_town_in_a_home_story_without_home_ties_stays_abroad():
    # "Strasbourg" beside nothing: no home place ties it, no home namesake -- the tagger's reading stands
    item = _item("MEPs gathered in Strasbourg for the vote.", [("Strasbourg", "GPE")], "x", "The Daily Post")
    link_people(_uk_paper(8) + [item])
    assert _place(item, "Strasbourg").country == "France"


def test_the_switch_turns_the_pass_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_HOME_FIRST", "0")
    item = _item("Leave won in Boston on Thursday.", [("Boston", "GPE")], "b", "The Daily Post")
    link_people(_uk_paper(8) + [item])
    assert _place(item, "Boston").country == "United States"
    assert not home_first.enabled()
