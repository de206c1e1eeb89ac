"""Round 39 of issue 11: a portfolio's word before a holder's name, a credit's label before its colon and the emoji
of an embedded post are no part of a person's name (person_edges, span_edges.trim)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


def _people(text: str, *ents: tuple[str, str]) -> list[str]:
    return values(linked(tagged((text, list(ents))))[0], "person")


@pytest.mark.parametrize("text, span, name", [
    ("Minister for Social Care, Mental Wellbeing and Sport Maree Todd said the plan would help.", "Sport Maree Todd",
     "Maree Todd"),
    ("Special Chief Secretary, Agriculture B. Rajasekhar, told reporters.", "Agriculture B. Rajasekhar",
     "B. Rajasekhar"),
    ("Presenter: Stefanie Dekker Guests: Lux Miranda, an analyst.", "Stefanie Dekker Guests", "Stefanie Dekker"),
    ("Adam Hughes🇮🇪 (@TheHughezy) wrote that it was good.", "Adam Hughes🇮🇪", "Adam Hughes"),
])
def test_the_words_around_a_name_leave_it(text, span, name, monkeypatch):
    assert _people(text, (span, "PERSON")) == [name]


@pytest.mark.parametrize("text, span", [
    ("Minister for Social Care, Mental Wellbeing and Sport Maree Todd said the plan would help.", "Sport Maree Todd"),
    ("Presenter: Stefanie Dekker Guests: Lux Miranda, an analyst.", "Stefanie Dekker Guests"),
])
def test_the_switch_keeps_the_edges(text, span, monkeypatch):
    monkeypatch.setenv("NEWSFACET_PERSON_EDGES", "0")
    assert _people(text, (span, "PERSON")) == [span]


@pytest.mark.parametrize("text, span", [
    ("Editor: Mary Anne Rose: a profile of the city.", "Mary Anne Rose"),          # a given name before the colon
    ("The office said Hope Mary Jones, its director, will stay.", "Hope Mary Jones"),  # no office listing portfolios
    ("Minister for Culture, Rose Mary Hope said so.", "Rose Mary Hope"),           # a given name after the office
])
def test_names_that_open_or_close_with_words_stay_whole(text, span):
    assert _people(text, (span, "PERSON")) == [span]
