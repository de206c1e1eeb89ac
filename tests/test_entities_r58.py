"""Round 58 (issue 11): a football outlet's club by its town alone is the archive's one full name of that club.
Hand-made mentions at the pass; the sport-word count of each article is set by the test."""
from __future__ import annotations

import pytest

from indexer.entities.club_full_names import merge_club_full_names
from indexer.entities.org_variant_shapes import _team_by_town
from search.model import NO_FACET, Article, Mention, Paragraph


def _article(aid: str, text: str, names: list[tuple[str, str]]) -> Article:
    mentions = []
    for name, label in names:
        start = text.index(name)
        mentions.append(Mention(0, start, start + len(name), name, "org", name, label=label))
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=mentions)


def _archive(full: str = "Newcastle United", reports_naming_full: int = 2) -> list[Article]:
    """Reports naming ``full`` as a body, then one naming the town's word alone twice (once gated out)."""
    arts = [_article(f"f{i}", f"{full} have signed a striker.", [(full, "ORG")]) for i in range(reports_naming_full)]
    text = "Newcastle made a bid on Monday, and Newcastle want a winger."
    town = _article("t", text, [("Newcastle", "GPE")])
    second = text.index("Newcastle", 1)
    town.mentions.append(Mention(0, second, second + 9, "Newcastle", "org", "Newcastle", label=NO_FACET))
    return arts + [town]


@pytest.fixture
def sports(monkeypatch):
    """Every article a sports report, but those whose id starts with "n" (news)."""
    monkeypatch.setattr("indexer.entities.namesakes.sport_words", lambda a: 1 if a.id.startswith("n") else 6)


def test_a_reports_town_word_is_the_archives_one_full_club_name_and_back_in_the_facet(sports):
    arts = _archive()
    assert merge_club_full_names(arts) == 2
    assert [(m.value, m.label) for m in arts[-1].mentions] == [("Newcastle United", "GPE"), ("Newcastle United", "ORG")]


def test_two_clubs_of_one_town_leave_the_word(sports):
    arts = _archive() + [_article(f"r{i}", "Newcastle Rovers lost again.", [("Newcastle Rovers", "ORG")])
                         for i in range(2)]
    assert merge_club_full_names(arts) == 0
    assert [m.value for m in arts[2].mentions] == ["Newcastle", "Newcastle"]


def test_a_full_name_one_report_names_or_no_report_names_stands_for_nothing(sports):
    assert merge_club_full_names(_archive(reports_naming_full=1)) == 0
    arts = _archive()
    for a in arts[:2]:
        a.id = "n" + a.id  # the full name in news items only ("Newcastle Public Schools" is no sports report's)
    assert merge_club_full_names(arts) == 0


def test_a_news_items_town_word_is_left(sports):
    arts = _archive()
    arts[-1].id = "n1"
    assert merge_club_full_names(arts) == 0 and arts[-1].mentions[0].value == "Newcastle"


@pytest.mark.parametrize("after, changed", [
    (" Wednesday were relegated.", False),  # another club's name cut: "[Newcastle] Wednesday"
    (" United defender Dan Burn stayed.", True),  # the full name cut: that club
    (" want a winger.", True),
])
def test_a_name_going_on_after_the_word_is_another_clubs(sports, after, changed):
    arts = _archive()[:2] + [_article("t", "Newcastle" + after, [("Newcastle", "ORG")])]
    assert merge_club_full_names(arts) == int(changed)


def test_club_full_names_switch_leaves_them(sports, monkeypatch):
    monkeypatch.setenv("NEWSFACET_CLUB_FULL_NAMES", "0")
    arts = _archive()
    assert merge_club_full_names(arts) == 0 and arts[-1].mentions[1].label == NO_FACET


@pytest.mark.parametrize("town, full, team", [
    ("Ipswich", "Ipswich Town", True), ("Plymouth", "Plymouth Argyle", True), ("Sheffield", "Sheffield Wednesday", True),
    ("Newcastle", "Newcastle United", True), ("Cape", "Cape Town", False),  # no town called "Cape"
    ("Boston", "Boston Globe", False),  # a paper, no side's word
])
def test_british_clubs_words_after_a_town_make_a_team(town, full, team):
    assert _team_by_town(town.split(), full.split()) is team


@pytest.mark.parametrize("name, competition", [
    ("League One", True), ("League Two", True), ("Nations League", True), ("Conference League", True),
    ("Championship", True), ("Premier League", False), ("English Football League", False),  # bodies too
])
def test_footballs_competitions_by_their_names_are_no_body(name, competition):
    from indexer.entities.one_facet import is_event

    assert is_event(name) is competition
