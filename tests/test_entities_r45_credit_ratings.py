"""Round 45 of issue 11: a credit rating the model tagged ORG is no organisation (credit_ratings.py, read by the
tagger); the same letters naming a body stay the body's."""
from __future__ import annotations

import pytest

from indexer.entities.credit_ratings import is_grade
from tests.test_entities_units import tagged


def _orgs(text, ents):
    return [(m.text, m.value) for m in tagged((text, ents)).mentions if m.kind == "org"]


@pytest.mark.parametrize("para, grade", [
    ("S and P cut the company's senior debt to BBB-minus from BBB-plus.", "BBB-minus"),
    ("The issue is rated a top-flight AAA by Standard and Poor's.", "AAA"),
    ("Moody's lowered the bonds to Baa2 from A3.", "Baa2"),
    ("The certificates were reduced to BBB-minus and A-3 from BBB and A-2 respectively.", "BBB"),
    ("S&P said the country was likely to lose its AAA credit rating.", "AAA"),
])
def test_a_grade_in_a_rating_sentence_is_a_grade(para, grade):
    start = para.index(grade)
    assert is_grade(para, start, start + len(grade))


@pytest.mark.parametrize("para, name", [
    ("The Commodity Credit Corporation (CCC) has switched 25 mln dlrs in wheat credit guarantees.", "CCC"),
    ("According to a CCC spokesman, the price rose.", "CCC"),
    ("AAA said petrol prices rose before the holiday.", "AAA"),  # the motoring club: no rating around it
    ("BBC reporters were there.", "BBC"),  # not a grade at all
])
def test_the_same_letters_naming_a_body_are_no_grade(para, name):
    start = para.index(name)
    assert not is_grade(para, start, start + len(name))


def test_a_grade_tagged_org_leaves_the_org_facet(monkeypatch):
    text = "Standard and Poor's cut the bank's senior debt to BBB from A-minus."
    ents = [("Standard and Poor's", "ORG"), ("BBB", "ORG")]
    assert "BBB" not in [t for t, _ in _orgs(text, ents)]
    assert any(t.startswith("Standard and Poor") for t, _ in _orgs(text, ents))  # the agency stays
    monkeypatch.setenv("NEWSFACET_CREDIT_RATINGS", "0")
    assert "BBB" in [t for t, _ in _orgs(text, ents)]
