"""Round 29 (issue 11): a country the sentence names as a side by what follows it (side_cues.written_as_side).
Invented names and sentences with hand-made NER spans; each rule has a twin that keeps the ordinary reading."""
from __future__ import annotations

import pytest

from tests.test_entities_side_cues import _countries, _run

_SPORT = "The striker scored a goal in the league match and the coach praised the squad at half-time."


# --- sides named by what follows them (side_cues.written_as_side) ---------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("He was picked for an Estonia Under-21 match against Malta.", "Estonia"),
    ("He pulled out of the race to be Latvia national coach.", "Latvia"),
    ("The prop has been added to Lithuania's 30-man squad to face Malta.", "Lithuania"),
    ("The lock was hurt in Samoa's 36-12 pool D loss to Italy.", "Samoa"),
    ("Georgia has held out for a surprise 17-10 win over Romania.", "Georgia"),
    ("In the best game so far Tonga snuck home 24-18 against Fiji.", "Tonga"),
])
def test_a_country_the_sentence_names_as_a_side_gives_no_country(sentence, name, monkeypatch):
    assert _countries(_run([sentence, _SPORT], [(0, name)])) == [None]
    monkeypatch.setenv("NEWSFACET_SIDE_CUES", "0")
    assert _countries(_run([sentence, _SPORT], [(0, name)])) == [name]


@pytest.mark.parametrize("sentence, name", [
    ("Unemployment in Estonia is 30-40% higher than in Malta.", "Estonia"),
    ("Voters in Latvia chose 52-48 to leave the union.", "Latvia"),
    ("The minister flew to Samoa after the 36-12 vote in parliament.", "Samoa"),
])
def test_a_country_beside_numbers_that_are_no_score_stays(sentence, name):
    assert _countries(_run([sentence, _SPORT], [(0, name)])) == [name]
