"""Round 19 (issue 11): org values the archive's sentences use as a venue -- a room, a library, a museum
visited, a ground in match reports -- are place mentions, as every corpus's gold files venues. Invented
sentences with hand-made NER spans; the names are made up so that no alias table or gazetteer entry answers."""
from __future__ import annotations

from indexer.entities import link_people
from indexer.entities.venues import refile_venues
from tests.test_entities_units import tagged


def _facet(arts, kind, value):
    return {a.id for a in arts if value in a.entity_values(kind)}


def _room():
    return [
        tagged(("The president met the envoys in the Quorvel Office on Monday.", [("Quorvel Office", "ORG")]), aid="a"),
        tagged(("She says she would sit in the Quorvel Office with pride.", [("Quorvel Office", "ORG")]), aid="b"),
        tagged(("He gave a Quorvel Office address on Sunday night.", [("Quorvel Office", "ORG")]), aid="c"),
        tagged(("Visitors were taken into the Quorvel Office and shown the desk.", [("Quorvel Office", "ORG")]),
               aid="d"),
    ]


def test_a_room_the_archive_meets_in_is_a_place():
    arts = _room()
    link_people(arts)
    assert not _facet(arts, "org", "Quorvel Office")
    assert _facet(arts, "place", "Quorvel Office") == {"a", "b", "c", "d"}
    assert all(m.kind == "place" and m.country is None for a in arts for m in a.mentions if m.text == "Quorvel Office")


def test_the_switch_turns_the_pass_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_VENUES", "0")
    arts = _room()
    link_people(arts)
    assert not _facet(arts, "place", "Quorvel Office")


def test_a_body_that_speaks_keeps_its_org_mentions():
    # "in the X Museum" twice, but the museum announces and its director speaks as often: a body
    arts = [tagged(("The paintings hang in the Dravik Museum now.", [("Dravik Museum", "ORG")]), aid="a"),
            tagged(("Pupils spent a day in the Dravik Museum last week.", [("Dravik Museum", "ORG")]), aid="b"),
            tagged(("The Dravik Museum said it would close.", [("Dravik Museum", "ORG")]), aid="c"),
            tagged(("The Dravik Museum announced a new wing.", [("Dravik Museum", "ORG")]), aid="d")]
    link_people(arts)
    assert not _facet(arts, "place", "Dravik Museum")


def test_a_ground_in_match_reports_is_a_place_but_a_club_is_not():
    ground = [tagged((f"In the rugby match Scotland scored twice to beat Wales at Brannock{tail}", [("Brannock", "ORG")]), aid=str(i))
              for i, tail in enumerate((".", " on Saturday.", ", where the crowd sang.", " as the rain fell."))]
    refile_venues(ground)
    assert all(m.kind == "place" for a in ground for m in a.mentions if m.text == "Brannock")
    # a college that "coached at X" and "X beat" speak of is the team, not its arena
    club = [tagged(("He later coached at Velmora and the team scored.", [("Velmora", "ORG")]), aid="a"),
            tagged(("Velmora beat the Hawks 70-61 at home.", [("Velmora", "ORG")]), aid="b"),
            tagged(("The Hawks lost the match at Velmora on Friday.", [("Velmora", "ORG")]), aid="c"),
            tagged(("He spent six seasons at Velmora as coach.", [("Velmora", "ORG")]), aid="d")]
    refile_venues(club)
    assert all(m.kind == "org" for a in club for m in a.mentions if m.text == "Velmora")


def test_a_bare_name_outside_sport_is_left_to_the_place_passes():
    # "at X" outside match reports is a body's as often ("a talk at Yale"): a name with no facility's word counts
    # only in sport
    arts = [tagged((f"The minister spoke at Orlanth{tail}", [("Orlanth", "ORG")]), aid=str(i))
            for i, tail in enumerate((".", " on Monday.", " to students.", ", then left."))]
    refile_venues(arts)
    assert all(m.kind == "org" for a in arts for m in a.mentions if m.text == "Orlanth")


def test_a_job_at_a_body_is_no_venue():
    arts = [tagged((f"{who} at the Penrow Centre{tail}", [("Penrow Centre", "ORG")]), aid=str(i))
            for i, (who, tail) in enumerate((("She is a professor", "."), ("He met researchers", " in May."),
                                             ("He is a lecturer", ", he said."), ("She works", " now.")))]
    refile_venues(arts)
    assert all(m.kind == "org" for a in arts for m in a.mentions if m.text == "Penrow Centre")
