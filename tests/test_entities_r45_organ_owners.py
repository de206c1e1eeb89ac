"""Round 45 of issue 11: a body's organ written owner first and owner last is one value (org_organs.py), its
owner's acronym too when the archive spells that acronym out, in two articles or more, one way only."""
from __future__ import annotations

import pytest

from indexer.entities.org_organs import owner_first
from indexer.entities.org_variants import variant_key
from tests.test_entities_units import linked, tagged


def _values(*articles):
    """Org mention text -> value over a small archive of one-paragraph articles."""
    arts = linked(*[tagged((text, ents), aid=f"a{i}") for i, (text, ents) in enumerate(articles)])
    return {m.text: m.value for a in arts for m in a.mentions if m.kind == "org"}


@pytest.mark.parametrize("a, b", [
    ("Central Committee of the WPK", "WPK Central Committee"),
    ("Politburo of the Communist Party", "Communist Party Politburo"),
    ("Standing Committee of the National People's Congress", "National People's Congress Standing Committee"),
    ("Ministry of the Interior", "Interior Ministry"),
    ("Security Council of the United Nations", "UN Security Council"),
])
def test_an_organ_owner_first_and_owner_last_has_one_key(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize("a, b", [
    # a country before a department is its owner already: nothing to turn
    ("US Department of Agriculture", "Agriculture US Department"),
    # a bank named after a city is no organ of it, and two heads' bodies stay two
    ("Bank of New York", "New York Bank of Commerce"),
    ("Council of Europe", "European Council"),
    ("Committee for the Protection of Journalists", "Protection of Journalists Committee"),
])
def test_other_names_keep_their_keys(a, b):
    assert variant_key(a) != variant_key(b)


def test_the_us_department_of_agriculture_still_meets_its_other_form():
    assert variant_key("US Department of Agriculture") == variant_key("US Agriculture Department")
    # a country of two words before the organ is its owner too (held-out abc_rural, townhall2016: "United States
    # Department of Agriculture" and "... of Justice" had left their other forms)
    assert variant_key("United States Department of Agriculture") == variant_key("US Department of Agriculture")
    assert variant_key("United States Department of Justice") == variant_key("US Justice Department")


def test_owner_first_reads_only_an_organ_of_one_to_three_words():
    never = lambda word: False  # noqa: E731
    assert owner_first("central committee of wpk", frozenset(), never) == "wpk central committee"
    assert owner_first("university of melbourne", frozenset({"university"}), never) == "university of melbourne"
    assert owner_first("party for freedom and democracy of x", frozenset(), never) == "party for freedom and democracy of x"


def test_both_forms_in_an_archive_are_one_value(monkeypatch):
    texts = [("The Politburo of the Communist Party met on Monday to discuss the plan.",
              [("Politburo of the Communist Party", "ORG")]),
             ("Members of the Communist Party Politburo toured the province.",
              [("Communist Party Politburo", "ORG")])]
    got = _values(*texts)
    assert got["Communist Party Politburo"] == got["Politburo of the Communist Party"]
    monkeypatch.setenv("NEWSFACET_ORGAN_OWNERS", "0")
    got = _values(*texts)
    assert got["Communist Party Politburo"] != got["Politburo of the Communist Party"]


def _kcna_like():
    long = "Workers' Party of Korea"
    return [
        (f"The {long} (WPK) held a meeting. The WPK leader spoke.", [(long, "ORG"), ("WPK", "ORG"), ("WPK", "ORG")]),
        (f"Members of the {long} gathered. The WPK said the plan was right.", [(long, "ORG"), ("WPK", "ORG")]),
        (f"The Central Committee of the {long} met. The WPK approved it.",
         [(f"Central Committee of the {long}", "ORG"), ("WPK", "ORG")]),
        ("The WPK Central Committee sent a message to the congress.", [("WPK Central Committee", "ORG")]),
    ]


def test_an_organ_under_its_owners_spelt_out_acronym_is_the_spelt_out_organ(monkeypatch):
    got = _values(*_kcna_like())
    assert got["WPK Central Committee"] == "Central Committee of the Workers' Party of Korea"
    assert got["WPK"] == "Workers' Party of Korea"  # the owner's own organ is no rival long form of its acronym
    monkeypatch.setenv("NEWSFACET_ORGAN_OWNERS", "0")
    got = _values(*_kcna_like())
    assert got["WPK Central Committee"] == "WPK Central Committee"


def test_an_acronym_spelt_out_once_does_not_carry_its_organ():
    arts = _kcna_like()
    arts = [arts[0], arts[3]]  # spelt out in one article only: no sole reading of WPK
    got = _values(*arts)
    assert got["WPK Central Committee"] == "WPK Central Committee"
