"""Round 46 of issue 11: a firm's trade the model took into an organisation's span at a sentence's start is no part
of its name ("Retailer Sports Direct" is Sports Direct; spans._trade_lead)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import tagged


def _orgs(text, ents):
    return {m.value for m in tagged((text, ents)).mentions if m.kind == "org"}


@pytest.mark.parametrize("text, span, value", [
    ("Retailer Sports Direct said profits fell.", "Retailer Sports Direct", "Sports Direct"),
    ("Distributor Sony Pictures will release the film.", "Distributor Sony Pictures", "Sony Pictures"),
    ("Shares fell. Drugmakers Eli Lilly and Amgen reported results.", "Drugmakers Eli Lilly", "Eli Lilly"),
])
def test_a_trade_opening_a_sentence_is_cut_from_the_firms_name(text, span, value, monkeypatch):
    assert value in _orgs(text, [(span, "ORG")])
    monkeypatch.setenv("NEWSFACET_TRADE_LEAD", "0")
    assert value not in _orgs(text, [(span, "ORG")])


@pytest.mark.parametrize("text, span", [
    ("He joined the Retailer Sports Direct group.", "Retailer Sports Direct"),  # mid-sentence: a name's own word
    ("Miners Union leaders met on Monday.", "Miners Union"),  # one word after it: the name itself
])
def test_mid_sentence_or_a_name_of_its_own_keeps_the_span(text, span):
    got = tagged((text, [(span, "ORG")])).mentions
    assert [m.text for m in got if m.kind == "org"] in ([span], [])
