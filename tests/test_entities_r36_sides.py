"""Round 36 (issue 11): a country a tournament report names as a side by a tournament's words
(tournament_cues.py). Invented sentences with hand-made NER spans; each rule has a twin that keeps the place."""
from __future__ import annotations

import pytest

from tests.test_entities_side_cues import _countries, _run
from tests.test_entities_units import linked, tagged, values

_SPORT = "The striker scored a goal in the league match and the coach praised the squad at half-time."


@pytest.mark.parametrize("sentence, name", [
    ("Goals from the strikers were enough as Estonia advanced to the semi-finals of the cup.", "Estonia"),
    ("Latvia crashed out of the tournament after a loss on penalties.", "Latvia"),
    ("They will now face host nation Lithuania in the last four on Wednesday.", "Lithuania"),
    ("The side lost only once, to group winners Moldova, in the campaign.", "Moldova"),
    ("It was their first outing since last year's demolition of Malta at the World Cup.", "Malta"),
    ("The side has collected wins over Andorra, Iceland and Cyprus since then.", "Cyprus"),
    ("The semi-final opponents will be Albania or Kosovo, who play on Saturday.", "Albania"),
    ("Tonga heads to Exeter to meet Georgia on September 29.", "Georgia"),
    ("Egypt have ended Armenia's reign as champions with a 3-2 win.", "Armenia"),
])
def test_a_country_a_tournament_report_names_as_a_side_gives_no_country(sentence, name, monkeypatch):
    assert _countries(_run([sentence, _SPORT], [(0, name)])) == [None]
    monkeypatch.setenv("NEWSFACET_TOURNAMENT_CUES", "0")
    assert _countries(_run([sentence, _SPORT], [(0, name)])) == [name]


@pytest.mark.parametrize("sentence, name", [
    ("The economy of Estonia advanced to a new high this year, the minister said.", "Estonia"),
    ("Ministers will meet in Latvia on Monday to discuss the budget.", "Latvia"),
    ("Exports to Malta grew as the demolition of old docks went on.", "Malta"),
])
def test_a_country_beside_a_tournament_word_that_is_no_sides_stays(sentence, name):
    assert _countries(_run([sentence, _SPORT], [(0, name)])) == [name]


# --- a vessel's or a work's kind before a place's name (not_people.kind_before) ----------------------------------

def _places(sentence, name):
    return values(linked(tagged((sentence, [(name, "GPE")])))[0], "place")


@pytest.mark.parametrize("sentence, name", [
    ("Cranes lifted the sunken Russian submarine Kursk from the sea bed.", "Kursk"),
    ("The battleship Missouri was anchored in the bay for the ceremony.", "Missouri"),
    ("His album Egypt won the critics' award for album of the year.", "Egypt"),
    ("She will star in the adaption of the novel Florida Man next year.", "Florida"),
])
def test_a_place_name_after_a_vessels_or_a_works_kind_is_no_place(sentence, name, monkeypatch):
    assert _places(sentence, name) == []
    monkeypatch.setenv("NEWSFACET_NAMED_KINDS", "0")
    assert _places(sentence, name) != []


def test_a_place_after_a_kind_word_that_names_no_work_stays():
    assert _places("Each team represents a single Ireland university, the organiser said.", "Ireland") == ["Ireland"]


# --- an ordinal polity and a possessive whose apostrophe the scrape lost (place_fragments) -----------------------

def test_an_ordinal_polity_is_an_era_no_place(monkeypatch):
    assert _places("The thrust of the Second Republic is to build the economy.", "Second Republic") == []
    monkeypatch.setenv("NEWSFACET_KIND_ALONE", "0")
    assert _places("The thrust of the Second Republic is to build the economy.", "Second Republic") \
        == ["Second Republic"]


def test_a_possessive_that_lost_its_apostrophe_is_its_place(monkeypatch):
    sentence = "Ministers met in Lusaka, where Zambias late founding father Kenneth Kaunda was honoured."
    assert "Zambia" in _places(sentence, "Zambias")
    monkeypatch.setenv("NEWSFACET_LOST_APOSTROPHES", "0")
    assert "Zambia" not in _places(sentence, "Zambias")


def test_a_plural_of_places_after_the_is_no_lost_apostrophe():
    assert "Korea" not in _places("Talks between the two Koreas resumed in Geneva on Monday.", "Koreas")


def test_a_plural_or_a_regions_namesake_is_no_lost_apostrophe():
    assert _places("Schools across the EU and western Balkans took part in the week.", "Balkans") \
        in ([], ["Balkans"])  # no Balkan Region of Turkmenistan
    assert "Michael" not in _places("Putin, Mueller and the two Michaels, Cohen and Avenatti, were named.", "Michaels")
