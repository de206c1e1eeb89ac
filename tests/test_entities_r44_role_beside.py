"""Round 44 of issue 11: a one-word name tagged ORG with a person's role right before it, or said of it after "was"/"is",
is a person (org_words._ROLE_RIGHT_BEFORE, _ROLE_SAID_AFTER)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged


def _kind(text, name):
    art = linked(tagged((text, [(name, "ORG")])))[0]
    return next((m.kind for m in art.mentions if m.text == name), None)


@pytest.mark.parametrize("text, name", [
    ("In keeping with the trend, actor Karthi's latest action thriller will depict a real case.", "Karthi"),
    ("The agency said Jajodia was a director and authorised signatory of overseas companies.", "Jajodia"),
])
def test_a_name_with_a_persons_role_beside_it_is_a_person(text, name, monkeypatch):
    assert _kind(text, name) == "person"
    monkeypatch.setenv("NEWSFACET_ROLE_BESIDE", "0")
    assert _kind(text, name) != "person"


@pytest.mark.parametrize("text, name", [
    ("Shares rose after analyst Wedbush raised its target.", "Wedbush"),  # a firm's trade
    ("The deal made oil producer Aramco the biggest listing.", "Aramco"),
    ("Lead manager Nomura said the issue was priced.", "Nomura"),  # a bond issue's managing bank
    ("Residents said the Karachi resident Tarvo left.", "Karachi"),  # no role of a person's own before a place
])
def test_a_firms_trade_before_a_name_is_no_persons_role(text, name):
    assert _kind(text, name) != "person"
