"""Round 57 (issue 11): a club the model reads as a person in football copy, an office after a comma that belongs
to the speaker after it, and a name opening on a body the archive names (a product, a unit: "Facebook Messenger").
Invented sentences and hand-made mentions at the gates."""
from __future__ import annotations

import pytest

from indexer.entities import team_cues
from indexer.entities.person_context import strong_context
from indexer.entities.person_makers import gate_maker_names
from indexer.entities.person_shapes import gate_person_shapes
from search.model import NO_FACET, Article, Mention, Paragraph


@pytest.mark.parametrize("before, after, text, strong", [
    ("Newcastle will miss their opener against ", ", confirmed head coach Eddie Howe.", "Clifton Vale", False),
    ("The deal was agreed with ", ", said manager Tom Briggs on Friday.", "Clifton Vale", False),
    ("The ceremony was opened by ", ", secretary of the Central Committee.", "Jo Yong Won", True),
    ("The talk was given by ", ", a senior lecturer at the university.", "Ana Lee", True),
    ("The award went to ", ", head coach of the national side.", "Ana Lee", True),
])
def test_an_office_after_a_comma_is_the_names_only_in_apposition(before, after, text, strong):
    assert strong_context(before, after, text) is strong


class _Para:
    def __init__(self, text):
        self.text = text


class _Art:
    """Just what team_cues.person_side reads: paragraphs, in a report with the sport words of a football story."""

    def __init__(self, text):
        self.paragraphs = [_Para(text), _Para("The striker and the goalkeeper left the squad before the league "
                                              "fixture; the manager said the club would not sell.")]


class _M:
    def __init__(self, text, name):
        self.paragraph, self.start = 0, text.index(name)
        self.end = self.start + len(name)


@pytest.mark.parametrize("text, side", [
    ("Clifton Vale midfielder Leo Marsh is close to a move.", True),
    ("Clifton Vale are struggling to hand their coach fresh funds.", True),
    ("Clifton Vale have already rebuffed an approach.", True),
    ("Joe Denly, Sam Billings and Clifton Vale are in the squad.", False),  # a list: the verb is the list's
    ("Clifton Vale said the squad would be named on Friday.", False),
])
def test_a_players_position_or_a_plural_verb_after_a_name_is_a_sides(text, side):
    assert team_cues.person_side(_Art(text), _M(text, "Clifton Vale")) is side


def test_side_verbs_switch_leaves_them_out(monkeypatch):
    monkeypatch.setenv("NEWSFACET_SIDE_VERBS", "0")
    text = "Clifton Vale are struggling to hand their coach fresh funds."
    assert not team_cues.person_side(_Art(text), _M(text, "Clifton Vale"))


_REPORT = ("The striker and the goalkeeper left the squad before the league fixture, and the manager said the club "
           "would not sell its captain.")


def _shaped(text: str, name: str, kind: str, aid: str) -> Article:
    """A football report whose mention of ``name`` reached the person-shape gate as ``kind`` (earlier passes done)."""
    start = text.index(name)
    mention = Mention(0, start, start + len(name), name, kind, name, label=kind.upper())
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text), Paragraph(1, _REPORT)], mentions=[mention])


def _club_archive() -> list[Article]:
    """A club filed as a person in five football reports (three with a side's plural verb) and as a body in two."""
    person = ["Clifton Vale are struggling to find a new striker before the league fixture.",
              "Clifton Vale have rejected a bid for their goalkeeper after the fixture.",
              "Clifton Vale were beaten twice in the league by the champions.",
              "The winger scored twice after joining Clifton Vale last season.",
              "A move to Clifton Vale is off, the winger's agent said."]
    body = ["Talks have been held with Clifton Vale over the striker, the club said.",
            "The fixture against Clifton Vale was moved to Sunday."]
    return [_shaped(t, "Clifton Vale", "person", f"p{i}") for i, t in enumerate(person)] + \
        [_shaped(t, "Clifton Vale", "org", f"o{i}") for i, t in enumerate(body)]


def test_a_side_the_archive_also_files_as_a_body_is_that_body():
    arts = _club_archive()
    assert gate_person_shapes(arts)["Clifton Vale"] == "team"
    assert [(m.kind, m.label) for a in arts for m in a.mentions] == [("org", "ORG")] * 7


def test_team_orgs_switch_keeps_the_side_out_of_the_person_facet_only(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TEAM_ORGS", "0")
    arts = _club_archive()
    gate_person_shapes(arts)
    assert [(m.kind, m.label) for a in arts for m in a.mentions] == [("person", NO_FACET)] * 5 + [("org", "ORG")] * 2


def test_a_side_no_body_of_the_archive_bears_stays_out_of_every_facet():
    arts = _club_archive()[:5]
    gate_person_shapes(arts)
    assert [(m.kind, m.label) for a in arts for m in a.mentions] == [("person", NO_FACET)] * 5


def _maker_archive(person_text: str, name: str) -> list[Article]:
    """Two articles filing "Telcomax" and "Brett" as organisations, and one with ``name`` as a person."""
    body = "Telcomax and Brett said on Monday that their joint venture would go ahead."
    orgs = []
    for i in range(2):
        mentions = [Mention(0, 0, 8, "Telcomax", "org", "Telcomax", label="ORG"),
                    Mention(0, 13, 18, "Brett", "org", "Brett", label="ORG")]
        orgs.append(Article(id=f"o{i}", title="t", paragraphs=[Paragraph(0, body)], mentions=mentions))
    start = person_text.index(name)
    person = Mention(0, start, start + len(name), name, "person", name, label="PERSON")
    return orgs + [Article(id="p", title="t", paragraphs=[Paragraph(0, person_text)], mentions=[person])]


@pytest.mark.parametrize("text, name, gated", [
    ("Users of Telcomax Messenger can now send files.", "Telcomax Messenger", True),
    ("Telcomax Cloud grew its revenue by a third.", "Telcomax Cloud", True),
    ("Brett Kavanaugh was confirmed to the court.", "Brett Kavanaugh", False),  # a given name opens it
    ("Telcomax Jones, 45, told the court he was innocent.", "Telcomax Jones", False),  # an age: a person
    ("Telcomax He-suk told the court he was innocent.", "Telcomax He-suk", False),  # a family name first
])
def test_a_person_value_opening_on_a_body_of_the_run_is_the_bodys_thing(text, name, gated):
    arts = _maker_archive(text, name)
    assert (gate_maker_names(arts) == {name}) is gated
    assert (arts[-1].mentions[0].label == NO_FACET) is gated


def test_person_makers_switch_leaves_them(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PERSON_MAKERS", "0")
    arts = _maker_archive("Users of Telcomax Messenger can now send files.", "Telcomax Messenger")
    assert gate_maker_names(arts) == set() and arts[-1].mentions[0].label == "PERSON"


@pytest.mark.parametrize("text, kind", [
    ("Elanga spent his playing days at Newcastle before the move.", "org"),
    ("The striker they wanted from Newcastle stayed put.", "org"),
    ("The transfer he wants to Newcastle was agreed on Monday.", "org"),
    ("The squad trained in Newcastle before the match.", "place"),  # "in": the town itself
    ("The striker is not from Newcastle, his agent said.", "place"),  # a home town
])
def test_a_sports_outlets_club_after_at_from_or_to_is_the_club(monkeypatch, text, kind):
    from tests.test_entities_r50 import _sports_archive
    from tests.test_entities_units import linked, tagged

    monkeypatch.setattr("indexer.entities.namesakes.sport_words", lambda a: 2 if a.id == "x" else 6)
    club = ("Newcastle beat Kelvingrove 3-0; the striker scored.", [("Newcastle", "ORG"), ("Kelvingrove", "ORG")])

    def newcastle(moves: str) -> set[str]:
        monkeypatch.setenv("NEWSFACET_CLUB_TOWN_MOVES", moves)
        arts = _sports_archive((text, [("Newcastle", "GPE")]))
        arts[0], arts[1] = tagged(club, aid="r0"), tagged(club, aid="r1")
        for a in arts:
            a.source = "Sports Desk"
        linked(*arts)
        return {m.kind for m in arts[-1].mentions if m.text == "Newcastle"}

    assert newcastle("1") == {kind}
    assert newcastle("0") == {"place"}  # the switch: every preposition kept the town


@pytest.mark.parametrize("after, personal", [
    (", who have just appointed a new coach.", False),  # a side's or a body's plural
    (", who were relegated last season.", False),
    (", who has just been appointed coach.", True),
    (", who was relegated to the bench.", True),
])
def test_who_with_a_plural_verb_after_a_name_is_no_persons_cue(after, personal):
    from indexer.entities.person_context import personal_context

    assert personal_context("The striker is wanted by ", after, "Vale Rovers") is personal


@pytest.mark.parametrize("after, team", [
    (" need a striker before the window shuts.", True),
    (" want more for their young striker.", True),
    (" remain interested in the winger.", True),
    (" remains a busy port city.", False),  # a town takes the singular
])
def test_a_sides_plural_verb_after_a_town_is_a_teams_cue(after, team):
    from indexer.entities.namesakes import _TEAM_AFTER

    assert bool(_TEAM_AFTER.match(after)) is team


@pytest.mark.parametrize("text, part", [
    ("Europe", True), ("the Middle East", True), ("South America", True), ("Asia-Pacific", True),
    ("Far East", True), ("East London", False), ("Northern Ireland", False), ("Central", False), ("West Bank", False),
])
def test_parts_of_the_world_are_named_by_continents_or_position_words_alone(text, part):
    from indexer.entities.macro_regions import part_of_world

    assert part_of_world(text) is part


@pytest.mark.parametrize("after, town, region", [
    (", Northern Ireland, South Africa, and the urban US.", "Middle East", None),
    (", Mexico, Australia and New Zealand until further notice.", "South America", None),
    (", Illinois, said on Monday.", "Springfield", "Illinois"),
])
def test_no_region_after_a_comma_takes_in_a_part_of_the_world(monkeypatch, after, town, region):
    from indexer.entities.evidence import comma_region

    assert comma_region(after, town) == region
    monkeypatch.setenv("NEWSFACET_WORLD_PARTS", "0")
    if region is None:
        assert comma_region(after, town) is not None  # the switch: as before, the list's next name was its region


def test_who_with_a_plural_verb_after_a_list_of_people_is_their_cue():
    from indexer.entities.person_context import personal_context

    assert personal_context("The pool is run by Casey McGlue and ", ", who are revered as local heroes.",
                            "Paddy Castledine")


def test_the_bodys_bare_name_linked_into_its_thing_is_the_body_again():
    arts = _maker_archive("Users of Telcomax Messenger can now send files.", "Telcomax Messenger")
    text = "Telcomax’s new app was slow."
    arts.append(Article(id="q", title="t", paragraphs=[Paragraph(0, text)],
                        mentions=[Mention(0, 0, 10, "Telcomax’s", "person", "Telcomax Messenger", label="ORG")]))
    gate_maker_names(arts)
    assert [(m.kind, m.value, m.label) for m in arts[-1].mentions] == [("org", "Telcomax", "ORG")]


def test_a_trade_before_a_name_in_a_list_of_people_is_their_cue():
    """"civics teacher Froylan Jimenez, substitute teacher Ambria Taylor": the second title is Ambria Taylor's, so
    Froylan Jimenez's own trade before him is what shows him a person."""
    from indexer.entities.person_context import strong_context

    assert strong_context("businesswoman Elvira Jimenez, high school civics teacher ",
                          ", substitute teacher Ambria Taylor, and others.", "Froylan Jimenez")


class _Span:
    def __init__(self, text: str, name: str):
        self.start = text.index(name)
        self.end = self.start + len(name)


@pytest.mark.parametrize("text, name, side", [
    ("He has firm interest in Newcastle's Sweden international Alexander Isak.", "Sweden", True),
    ("The Cameroon international could undergo a medical on Monday.", "Cameroon", True),
    ("Flights leave from the Norway International Airport.", "Norway", False),
    ("The Kenya international trade fair opens on Monday.", "Kenya", False),
])
def test_a_countrys_international_before_a_name_or_a_modal_is_a_player_of_its_side(text, name, side):
    assert team_cues.international(text, _Span(text, name)) is side


def test_a_countrys_caps_are_its_sides():
    text = "Reijnders has won 23 Netherlands caps, starting all six games."
    assert team_cues.position_after(text, _Span(text, "Netherlands"))
