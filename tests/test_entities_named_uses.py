"""Round 20 (issue 11, named_uses.py through org_programmes.py): org values the archive uses as a broadcast, an
event, a movement, a court case or an agreement are no body. Each test has a twin where the same shape used as a
body keeps its value. Invented names throughout."""
from __future__ import annotations

from collections import Counter

import pytest

from indexer.entities import named_uses, org_programmes
from tests.test_entities_units import linked, tagged, values


def _archive(*paragraphs):
    """One article per (text, spans) paragraph, linked as one archive."""
    return linked(*[tagged(p, aid=f"a{i}") for i, p in enumerate(paragraphs)])


def _orgs(arts, value):
    return [m for a in arts for m in a.mentions if m.kind == "org" and m.value == value]


@pytest.mark.parametrize("before, after, value, kind", [
    ("said on NBC's ", " on Sunday.", "Kelvo Hour", None),  # NBC is no newsroom of this (empty) archive
    ("He was interviewed on ", " on Sunday.", "Kelvo Hour", "broadcast"),
    ("Tune in: ", " host Jan Varn said", "Kelvo Hour", "broadcast"),
    ("the president's ", " address was long", "Varno Speech", "event"),
    ("", " qualifiers begin", "KVCUP", None),  # an acronym's tournament is a governing body's ("the NCAA tournament")
    ("the ", " movement grew", "Kelvo Kettle Party", "movement"),
    ("an ", "-inspired attack", "KVS", None),  # an armed group's, a body
    ("the ", " decision in 2010", "Varno Citizens United", "case"),
    ("the ", " decision in 2010", "Varno High Court", None),  # a court decides
    ("the ", " ruling", "KVR", None),  # a body rules ("the Fed decision")
    ("talks to renegotiate ", ", he said", "KAFTA", "deal"),
    ("talks with the ", ", he said", "KAFTA", None),
    ("members of the ", " marched", "Kelvo Front", None),
])
def test_reading(before, after, value, kind):
    assert named_uses.reading(before, after, value) == kind


def test_a_broadcasters_possessive_makes_a_broadcast_where_the_archive_uses_it_as_a_newsroom():
    assert named_uses.reading("told KVTV's ", " on Sunday", "Kelvo Hour", {"KVTV"}) == "broadcast"
    assert named_uses.reading("told Varno's ", " on Sunday", "Kelvo Hour", {"KVTV"}) is None


@pytest.mark.parametrize("before, after, inside", [
    ("in District of Varno v. ", ", the court held", True), ("in ", " v. Kelvo, the court held", True),
    ("played ", " v Arsenal", False), ("", " vs. Duke tonight", False), ("He said ", " was right", False),
])
def test_in_case_name(before, after, inside):
    assert named_uses.in_case_name(before, after) is inside


def test_a_programme_on_a_newsroom_with_a_host_is_no_body_but_the_newsroom_is():
    arts = _archive(
        ("Jan Varn told KVTV on Monday.", [("Jan Varn", "PERSON"), ("KVTV", "ORG")]),
        ("He spoke on KVTV's Kelvo Hour on Sunday.", [("KVTV", "ORG"), ("Kelvo Hour", "ORG")]),
        ("Pol Dorn, host of Kelvo Hour, smiled.", [("Pol Dorn", "PERSON"), ("Kelvo Hour", "ORG")]),
        ("Kelvo Hour was long.", [("Kelvo Hour", "ORG")]),
        ("He watched Kelvo Hour with friends at home.", [("Kelvo Hour", "ORG")]))
    assert not _orgs(arts, "Kelvo Hour")  # the gold marks no programme
    assert values(arts[0], "org") == ["KVTV"]


def test_a_programme_that_speaks_keeps_its_value():
    arts = _archive(
        ("He spoke on Kelvo Hour's sister show; the Kelvo Hour host smiled.", [("Kelvo Hour", "ORG")]),
        ("Pol Dorn, host of Kelvo Hour, smiled.", [("Pol Dorn", "PERSON"), ("Kelvo Hour", "ORG")]),
        ("He appeared on Kelvo Hour.", [("Kelvo Hour", "ORG")]),
        ("A Kelvo Hour spokesman said it would cut staff.", [("Kelvo Hour", "ORG")]))
    assert any(values(a, "org") == ["Kelvo Hour"] for a in arts)


def test_a_movement_leaves_the_facet_but_stays_a_mention():
    arts = _archive(
        ("The Kelvo Kettle Party movement grew.", [("Kelvo Kettle Party", "ORG")]),
        ("A Kelvo Kettle Party favourite won.", [("Kelvo Kettle Party", "ORG")]),
        ("Kelvo Kettle Party darlings lost.", [("Kelvo Kettle Party", "ORG")]),
        ("Voters liked Kelvo Kettle Party.", [("Kelvo Kettle Party", "ORG")]))
    assert all(values(a, "org") == [] for a in arts)
    assert len(_orgs(arts, "Kelvo Kettle Party")) == 4  # the gold of a party paper files one as an org


def test_a_case_and_the_names_inside_it_go():
    arts = _archive(
        ("The court's ruling in Varno Citizens United was reviled.", [("Varno Citizens United", "ORG")]),
        ("Critics of the Varno Citizens United decision spoke.", [("Varno Citizens United", "ORG")]),
        ("Since Varno Citizens United v. KVEC, money flowed.", [("Varno Citizens United", "ORG"), ("KVEC", "ORG")]),
        ("KVEC said it would appeal.", [("KVEC", "ORG")]))
    assert not _orgs(arts, "Varno Citizens United")
    assert len(_orgs(arts, "KVEC")) == 1  # out of the case's name, the commission is a body


def test_an_event_named_of_something_is_the_events():
    # "State of the Union": the head of "A of the B" is A; "Union" names no body here
    arts = _archive(*[(f"He gave his Varno of the Union address, part {i}.", [("Varno of the Union", "ORG")])
                      for i in range(3)])
    assert not _orgs(arts, "Varno of the Union")


def test_a_league_with_titles_keeps_its_value():
    # "Premier League title": a league is a body, closed by its head word; an event's reading is no proof
    arts = _archive(*[(f"They won the Kelvo Premier League title, part {i}.", [("Kelvo Premier League", "ORG")])
                      for i in range(3)])
    assert all(values(a, "org") == ["Kelvo Premier League"] for a in arts)


@pytest.mark.parametrize("f, out", [
    (Counter(n=15, thing=3), True), (Counter(n=16, thing=3), False), (Counter(n=10, thing=3, body=1), False),
    (Counter(n=90, thing=16, body=1), True), (Counter(n=90, thing=16, body=5), False),
])
def test_decide_named_shares(f, out):
    assert org_programmes.decide(f) is out


def test_switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_NAMED_USES", "0")
    assert org_programmes.decide(Counter(n=15, thing=3)) is False
    assert not org_programmes._head_before_of("Varno of the Union", {"union"})


@pytest.mark.parametrize("after, kind", [
    (" is a trade deal that binds twelve nations", "deal"), (", the Sunday talk show, said", "broadcast"),
    (" is a law firm that", None), (", the company behind the show,", None), (", a global movement that", None),
])
def test_an_apposition_says_what_a_name_is(after, kind):
    assert named_uses.reading("", after, "Kelvo Varn") == kind


def test_a_newsrooms_name_before_a_programmes_is_the_programme():
    arts = _archive(
        ("Jan Varn told KVTV on Monday.", [("Jan Varn", "PERSON"), ("KVTV", "ORG")]),
        ("He was interviewed on Kelvo Hour.", [("Kelvo Hour", "ORG")]),
        ("Pol Dorn, host of Kelvo Hour, smiled.", [("Pol Dorn", "PERSON"), ("Kelvo Hour", "ORG")]),
        ("KVTV Kelvo Hour was long.", [("KVTV Kelvo Hour", "ORG")]))
    assert not _orgs(arts, "KVTV Kelvo Hour") and values(arts[0], "org") == ["KVTV"]


@pytest.mark.parametrize("value, law", [("Varna's Law", True), ("Jan Law", False), ("Varna's Lawn", False)])
def test_law_name(value, law):
    assert named_uses.law_name(value) is law


def test_a_person_value_read_as_laws_goes_but_a_person_with_an_era_stays():
    arts = _archive(*[(f"Kelvo Varn laws ruled the south, part {i}.", [("Kelvo Varn", "PERSON")]) for i in range(2)],
                    *[(f"Jan Dorn said the Jan Dorn era was over, part {i}.", [("Jan Dorn", "PERSON"), ("Jan Dorn", "PERSON")])
                      for i in range(2)])
    people = {m.value for a in arts for m in a.mentions if m.kind == "person"}
    assert "Kelvo Varn" not in people and "Jan Dorn" in people


# Round 21: three ways round 20 read bodies as named things (ucsc1997, rnz_solomons2018 seen heldout).

def test_a_body_rarely_told_things_is_no_newsroom_so_its_units_keep_their_value():
    # once "told the KVU police" among many mentions of KVU: its possessive is an institution's, not a channel's
    arts = _archive(
        ("The victim told KVU police on Sunday.", [("KVU", "ORG")]),
        *[(f"KVU opened a campus, part {i}.", [("KVU", "ORG")]) for i in range(12)],
        *[(f"Talks at KVU's Kelvo Marine Laboratory, part {i}.", [("KVU", "ORG"), ("Kelvo Marine Laboratory", "ORG")])
          for i in range(4)])
    assert len(_orgs(arts, "Kelvo Marine Laboratory")) == 4
    assert any("Kelvo Marine Laboratory" in values(a, "org") for a in arts)


def test_a_newsroom_told_things_in_a_tenth_of_its_mentions_still_makes_a_broadcast():
    arts = _archive(
        *[(f"Jan Varn told KVTV on Monday, part {i}.", [("Jan Varn", "PERSON"), ("KVTV", "ORG")]) for i in range(2)],
        *[(f"KVTV opened a studio, part {i}.", [("KVTV", "ORG")]) for i in range(10)],
        *[(f"He spoke on KVTV's Kelvo Hour, part {i}.", [("KVTV", "ORG"), ("Kelvo Hour", "ORG")]) for i in range(4)])
    assert not _orgs(arts, "Kelvo Hour")


def test_a_funders_scholarship_is_no_event():
    assert named_uses.reading("the ", " Scholarship Fund, which", "Kelvo Alumni Association") is None
    assert named_uses.reading("the ", " fellowship she won", "Varno Foundation") is None
    assert named_uses.reading("the ", " tournament began", "Kelvo Cup") == "event"  # the twin: an event's part


def test_a_movement_the_archive_also_names_as_a_body_keeps_its_value():
    arts = _archive(
        *[(f"The Kelvo Front movement of Varno voted, part {i}.", [("Kelvo Front", "ORG")]) for i in range(3)],
        ("Delegates of the Kelvo Front Movement met.", [("Kelvo Front Movement", "ORG")]),
        *[(f"The Kelvo Kettle Party movement grew, part {i}.", [("Kelvo Kettle Party", "ORG")]) for i in range(3)])
    assert len(_orgs(arts, "Kelvo Front")) == 3 and any(values(a, "org") == ["Kelvo Front"] for a in arts)
    assert all("Kelvo Kettle Party" not in values(a, "org") for a in arts)  # no "Kelvo Kettle Party Movement": a movement
