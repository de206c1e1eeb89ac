"""Round 47 of issue 11: a Canadian province written the Canadian Press's way after a town (regions
.CA_PROVINCE_ABBREVIATIONS), a peer's title "of" a place (not_people.kind_before), a town left unplaced between home
and abroad read at home (home_unplaced), two names an "and" joins left apart (org_spans._apart), events and exams
out of the organisation facet (org_other.MORE_EVENT_LAST, org_kinds.EXAM_NEXT)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people
from tests.test_entities_archive_classes import _item, _place
from tests.test_entities_units import linked, tagged


@pytest.mark.parametrize("text, town, region", [
    ("She opened her studio in London, Ont., last year.", "London", "Ontario"),
    ("The festival in Stratford, Ont., drew crowds.", "Stratford", "Ontario"),
    ("Officials in Yellowknife, N.W.T., said the fire was contained.", "Yellowknife", "Northwest Territories"),
])
def test_a_town_with_its_province_abbreviated_is_in_that_province(text, town, region):
    art = tagged((text, [(town, "GPE")]))
    assert (_place(art, town).region, _place(art, town).country) == (region, "Canada")


def test_two_letter_initials_are_no_province():
    art = tagged(("Congress leader N.S. Rajan said the party would contest.", [("N.S. Rajan", "PERSON")]))
    assert {m.value for m in art.mentions if m.kind == "person"} == {"N.S. Rajan"}


def test_a_peers_title_of_a_place_is_no_place(monkeypatch):
    text = "Prince Charles and Camilla, Duchess of Cornwall, toured Ottawa on Monday."
    ents = [("Cornwall", "GPE"), ("Ottawa", "GPE")]
    assert {m.text for m in tagged((text, ents)).mentions if m.kind == "place"} == {"Ottawa"}
    monkeypatch.setenv("NEWSFACET_TITLE_PLACES", "0")
    assert "Cornwall" in {m.text for m in tagged((text, ents)).mentions if m.kind == "place"}


def _vancouver(text, ents):
    item = _item(text, ents, "v", "The Daily Courier")
    home = [_item(f"The council of Toronto met in Ottawa and Calgary on day {i}.",
                  [("Toronto", "GPE"), ("Ottawa", "GPE"), ("Calgary", "GPE")], f"home{i}", "The Daily Courier")
            for i in range(8)]
    link_people(home + [item])
    return _place(item, "Vancouver")


_ARREST = ("Canadian police arrested her in Vancouver at the request of U.S. authorities, Canada's justice department said.",
           [("Vancouver", "GPE"), ("U.S.", "GPE"), ("Canada", "GPE")])


def test_a_town_left_between_home_and_a_namesake_abroad_is_the_home_town(monkeypatch):
    vancouver = _vancouver(*_ARREST)
    assert (vancouver.region, vancouver.country) == ("British Columbia", "Canada")
    monkeypatch.setenv("NEWSFACET_HOME_UNPLACED", "0")
    assert _vancouver(*_ARREST).country is None  # Vancouver, Washington is in the story's other country


@pytest.mark.parametrize("text, ents, whole, parts", [
    ("It was organised by the State Government, CII and Dalberg last week.", [("Dalberg", "ORG")],
     "CII and Dalberg", {"Dalberg"}),
    ("Privatisations such as the Airport and KCRC were delayed.", [("KCRC", "ORG")], "Airport and KCRC", {"KCRC"}),
    ("The Trussell Trust and Independent Food Aid Network warned of need.",
     [("The Trussell Trust and", "ORG"), ("Independent Food Aid Network", "ORG")],
     "Trussell Trust and Independent Food Aid Network", {"Trussell Trust", "Independent Food Aid Network"}),
])
def test_an_acronym_or_a_whole_body_name_is_no_half_of_one_name(text, ents, whole, parts, monkeypatch):
    def orgs():
        return {m.text for m in tagged((text, ents)).mentions if m.kind == "org"}

    assert orgs() == parts
    monkeypatch.setenv("NEWSFACET_ORG_AND_APART", "0")
    assert whole in orgs()


@pytest.mark.parametrize("text", [
    "The Australian Competition and Consumer Commission said prices rose.",
    "The Public and Commercial Services Union called a strike.",
])
def test_a_name_cut_at_its_own_and_is_still_joined(text):
    first, second = text.split(" and ")[0].replace("The ", ""), text.split(" and ")[1].split(" said")[0].split(" called")[0]
    got = tagged((text, [(first + " and", "ORG"), (second, "ORG")]))
    assert [m.text for m in got.mentions if m.kind == "org"] == [f"{first} and {second}"]


def _facet_orgs(text_a, ents_a, text_b, ents_b):
    return {m.value for a in linked(tagged((text_a, ents_a), aid="a"), tagged((text_b, ents_b), aid="b"))
            for m in a.mentions if m.kind == "org" and m.label != "NOFACET"}


def test_an_event_by_its_closing_word_leaves_the_organisation_facet(monkeypatch):
    args = ("Nepal beat the hosts in the ACC Eastern Region Twenty20 Qualifiers on Sunday.",
            [("ACC Eastern Region Twenty20 Qualifiers", "ORG")],
            "The ACC Eastern Region Twenty20 Qualifiers end next week.", [("ACC Eastern Region Twenty20 Qualifiers", "ORG")])
    assert "ACC Eastern Region Twenty20 Qualifiers" not in _facet_orgs(*args)
    monkeypatch.setenv("NEWSFACET_MORE_EVENT_WORDS", "0")
    assert "ACC Eastern Region Twenty20 Qualifiers" in _facet_orgs(*args)


def test_an_exam_by_its_acronym_leaves_the_organisation_facet(monkeypatch):
    args = ("No school stole last year's KCSE examinations, the minister said.", [("KCSE", "ORG")],
            "The KCSE exams start in November.", [("KCSE", "ORG")])
    assert "KCSE" not in _facet_orgs(*args)
    monkeypatch.setenv("NEWSFACET_EXAM_ACRONYMS", "0")
    assert "KCSE" in _facet_orgs(*args)


def test_a_world_city_abroad_is_no_home_towns_rival():
    text = "Talks were held in Paris or Geneva, and the U.S. envoy attended."
    ents = [("Paris", "GPE"), ("Geneva", "GPE"), ("U.S.", "GPE")]
    item = _item(text, ents, "g", "The Daily Courier")
    home = [_item(f"The council of Chicago met in Boston and Denver on day {i}.",
                  [("Chicago", "GPE"), ("Boston", "GPE"), ("Denver", "GPE")], f"home{i}", "The Daily Courier")
            for i in range(8)]
    link_people(home + [item])
    assert _place(item, "Geneva").region != "Illinois"
