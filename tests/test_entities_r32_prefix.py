"""Round 32 (issue 11): a state body written with its country in front ("U.S. Congress", "Australian Bureau of
Statistics") and the archive's bare name for that country's body ("Congress", "Bureau of Statistics") are one
facet value, the spelling the archive writes most. Hand-made NER spans; one archive of a few articles."""
from __future__ import annotations

import pytest

from indexer.entities.org_country_prefix import split_prefix
from tests.test_entities_units import linked, tagged


def _orgs(*arts):
    return sorted({m.value for a in arts for m in a.mentions if m.kind == "org" and m.label != "NOFACET"})


def _archive(*texts_and_orgs, source="wire"):
    arts = []
    for i, (text, orgs) in enumerate(texts_and_orgs):
        art = tagged((text, [(o, "ORG") for o in orgs] + [(p, "GPE") for p in ("Ohio", "New Delhi") if p in text]),
                     aid=f"a{i}")
        art.source = source
        arts.append(art)
    return linked(*arts)


_US = ("Congress passed the farm bill on Tuesday, officials in Ohio said.", ["Congress"])


def test_a_prefixed_body_joins_the_archives_bare_body_of_that_country():
    arts = _archive(_US, _US, ("The U.S. Congress passed the budget, officials in Ohio said.", ["The U.S. Congress"]))
    assert _orgs(*arts) == ["Congress"]


def test_the_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORG_COUNTRY_PREFIX", "0")
    arts = _archive(_US, _US, ("The U.S. Congress passed the budget, officials in Ohio said.", ["The U.S. Congress"]))
    assert _orgs(*arts) == ["Congress", "U.S. Congress"]


def test_a_bare_body_of_another_country_stays_apart():
    india = ("Congress leaders met on Tuesday, officials in New Delhi said.", ["Congress"])
    arts = _archive(india, india, ("The U.S. Congress would vote, officials in New Delhi said.", ["The U.S. Congress"]))
    assert "U.S. Congress" in _orgs(*arts)


@pytest.mark.parametrize("value, expected", [
    ("U.S. Congress", ("United States", "Congress")),
    ("Kenyan Supreme Court", ("Kenya", "Supreme Court")),
    ("Australian Bureau of Statistics", ("Australia", "Bureau of Statistics")),
    ("Texas Supreme Court", None),  # a state's court, not the country's
    ("Georgia Senate", None),  # the US state's as often as the country's
    ("British Council", None),  # no country of that name; and "Council" alone is every town's
    ("Kenya Airways", None),  # no state body
    ("Bangladesh High Commission", None),  # a mission: the bare "High Commission" is often a foreign one
])
def test_what_a_country_prefix_is(value, expected):
    assert split_prefix(value) == expected


def test_british_and_american_spellings_of_a_body_are_one_key():
    from indexer.entities.org_variants import variant_key

    assert variant_key("US Department of Defence") == variant_key("US Department of Defense")
    assert variant_key("Kennedy Space Centre") == variant_key("Kennedy Space Center")
    assert variant_key("Labour Party") != variant_key("Labor Party")  # two parties (UK, Australia), not a spelling
