"""Round 43 of issue 11: a career's count for a side ("played 19 tests for X") and a kind of opponent a list
follows ("a team like X, Y or Z") use a country or a nation as a team, in a sports report (team_cues._CAPPED_BEFORE, _KIND_LIST)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged

_REPORT = "The coach named his squad for the match; the league leaders scored late in the cup tie."


def _country_values(text, ents):
    art = linked(tagged((_REPORT, []), (text, ents)))[0]
    return sorted({m.country for m in art.mentions if m.kind == "place" and m.country})


@pytest.mark.parametrize("text, ents", [
    ("Woolmer, 48, played 19 tests for Italy between 1975 and 1981.", [("Woolmer", "PERSON"), ("Italy", "GPE")]),
    ("He won 41 internationals for Italy before he retired.", [("Italy", "GPE")]),
    ("When you can defeat a team like Argentina, Italy or Samoa, you are at the next level.",
     [("Argentina", "GPE"), ("Italy", "GPE"), ("Samoa", "GPE")]),
])
def test_a_side_counted_in_a_career_or_listed_after_a_kind_of_opponent_is_no_country(text, ents, monkeypatch):
    assert "Italy" not in _country_values(text, ents)
    monkeypatch.setenv("NEWSFACET_CAPPED_FOR", "0")
    assert "Italy" in _country_values(text, ents)


def test_a_country_named_otherwise_stays_a_place():
    assert "Italy" in _country_values("He moved to Italy in 1981 to open a restaurant.", [("Italy", "GPE")])
