"""Round 39 of issue 11: two capital letters alone are no evidence of a body (org_evidence.two_letters)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def _bodies(text_a: str, ents_a, text_b: str, ents_b):
    return linked(tagged((text_a, ents_a), aid="a"), tagged((text_b, ents_b), aid="b"))


def test_two_capital_letters_alone_are_no_body(monkeypatch):
    def run():
        return _bodies("The CS explained that security deployment would start.", [("CS", "ORG")],
                       "A new ED, Cheung Hung, joined the board of NASDAQ.", [("ED", "ORG"), ("NASDAQ", "ORG")])
    a, b = run()
    assert values(a, "org") == [] and values(b, "org") == ["NASDAQ"]
    monkeypatch.setenv("NEWSFACET_TWO_LETTERS", "0")
    monkeypatch.setenv("NEWSFACET_INDEFINITE_ADJ", "0")  # (round 60 reads "A new ED," as a kind too)
    a, b = run()
    assert values(a, "org") == ["CS"] and "ED" in values(b, "org")


def test_two_letters_with_other_evidence_stay():
    # the alias table knows "AP"; a body's cue ("a spokesman for BP") is evidence whatever the length
    a, b = _bodies("AP reported the strike on Monday.", [("AP", "ORG")],
                   "A spokesman for BP said the spill was contained.", [("BP", "ORG")])
    assert values(a, "org") == ["AP"] and values(b, "org") == ["BP"]
