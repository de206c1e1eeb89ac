"""Round 44 of issue 11: a name the model calls a person that the archive writes with a body's boss, board or ground
is no person (team_cues._CLUB_AFTER, person_shapes.SIDE_ALONE)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged

_CLUB = ("Aston Villa's Carlton Cole could be out. \"He will be out,\" said Villa boss David O'Leary. Villa chairman "
         "Doug Ellis said he was happy, he told Villa's website. Villa's fortunes have turned; Villa are achieving.",
         [("Aston Villa", "PERSON"), ("Carlton Cole", "PERSON"), ("Villa", "ORG"), ("David O'Leary", "PERSON"),
          ("Villa", "ORG"), ("Doug Ellis", "PERSON"), ("Villa", "ORG"), ("Villa", "ORG"), ("Villa", "ORG")])


def _people(*arts):
    linked(*arts)
    return {m.value for a in arts for m in a.mentions if m.kind == "person" and m.label != NO_FACET}


def test_a_name_with_a_boss_a_chairman_and_a_website_is_no_person(monkeypatch):
    got = _people(tagged(_CLUB))
    assert "Aston Villa" not in got and {"David O'Leary", "Doug Ellis"} <= got
    monkeypatch.setenv("NEWSFACET_CLUB_BOARD", "0")
    assert "Aston Villa" in _people(tagged(_CLUB))


@pytest.mark.parametrize("text, ents", [
    # a person's own chairman's job, a person's coach and players: no body's cue
    ("Tarvo Melk, chairman of the board, spoke. Melk said his players and Melk's coach agreed; Melk won.",
     [("Tarvo Melk", "PERSON"), ("Melk", "PERSON"), ("Melk", "PERSON"), ("Melk", "PERSON")]),
])
def test_a_persons_job_coach_and_players_are_no_body_cue(text, ents):
    assert "Tarvo Melk" in _people(tagged((text, ents)))
