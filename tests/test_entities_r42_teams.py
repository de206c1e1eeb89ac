"""Round 42 of issue 11: a town's name filed as a body beside its club's full name in one article is the club
("Boston" : "Boston Celtics", "Birmingham" : "Birmingham City"; org_variant_shapes._team_by_town)."""
from __future__ import annotations


def test_a_team_named_by_its_town_is_the_clubs_full_name():
    from indexer.entities.org_variant_shapes import _team_by_town

    assert _team_by_town(["Boston"], ["Boston", "Celtics"])
    assert _team_by_town(["New", "York"], ["New", "York", "Knicks"])
    assert _team_by_town(["Mumbai"], ["Mumbai", "Indians"])
    assert _team_by_town(["Birmingham"], ["Birmingham", "City"])
    # a town's other bodies, and its papers, are no team
    assert not _team_by_town(["Boston"], ["Boston", "University"])
    assert not _team_by_town(["Boston"], ["Boston", "Consulting", "Group"])
    assert not _team_by_town(["New", "York"], ["New", "York", "Times"])
    assert not _team_by_town(["Washington"], ["Washington", "Post"])
    # a word that is no place has no town's team
    assert not _team_by_town(["Celtic"], ["Celtic", "Rangers"])


def test_an_articles_town_filed_as_a_body_takes_its_teams_name(monkeypatch):
    from indexer.entities.org_variants import _short_of

    assert _short_of("Birmingham", "Birmingham City")
    monkeypatch.setenv("NEWSFACET_TEAM_BY_TOWN", "0")
    assert not _short_of("Boston", "Boston Celtics")


def test_a_teams_nickname_is_the_clubs_full_name():
    from indexer.entities.org_variant_shapes import _team_by_nickname
    from indexer.entities.org_variants import _short_of

    assert _team_by_nickname(["Super", "Kings"], ["Chennai", "Super", "Kings"])
    assert _team_by_nickname(["Knight", "Riders"], ["Kolkata", "Knight", "Riders"])
    assert _team_by_nickname(["Knicks"], ["New", "York", "Knicks"])
    assert _short_of("Trail Blazers", "Portland Trail Blazers")
    # a paper's last word, a body's kind, or words after no town are no team's nickname
    assert not _team_by_nickname(["Times"], ["New", "York", "Times"])
    assert not _team_by_nickname(["Consulting", "Group"], ["Boston", "Consulting", "Group"])
    assert not _team_by_nickname(["Super", "Kings"], ["Mighty", "Super", "Kings"])


def test_an_article_naming_a_club_by_its_nickname_lists_the_club_once():
    from tests.test_entities_units import linked, tagged, values

    text = ("Chennai Super Kings beat Mumbai on Sunday. Super Kings have won three titles, the captain said.",
            [("Chennai Super Kings", "ORG"), ("Mumbai", "GPE"), ("Super Kings", "ORG")])
    assert values(linked(tagged(text))[0], "org") == ["Chennai Super Kings"]
