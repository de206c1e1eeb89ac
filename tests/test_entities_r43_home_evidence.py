"""Round 43 of issue 11: a home archive's county is not sent abroad because its article mentions the foreign
country by name, or names other home counties the main gazetteer reads only abroad (archive._talks_about)."""
from __future__ import annotations

from indexer.entities import link_people
from tests.test_entities_archive_classes import _item, _place
from tests.test_entities_r33_divisions import _paper


def _cheshire(text, ents):
    item = _item(text, ents, "c", "The Daily Post")
    link_people(_paper(["Manchester", "Leeds", "Sheffield"], "The Daily Post") + [item])
    return _place(item, "Cheshire")


def test_a_home_county_stays_home_when_its_article_names_the_foreign_country_only_by_its_name(monkeypatch):
    text = "The last results come from Cheshire at 7am, and markets in the US reacted at once."
    ents = [("Cheshire", "GPE"), ("US", "GPE")]
    cheshire = _cheshire(text, ents)
    assert (cheshire.region, cheshire.country) == ("England", "United Kingdom")
    monkeypatch.setenv("NEWSFACET_HOME_NAMESAKE_EVIDENCE", "0")
    assert _cheshire(text, ents).country == "United States"  # Cheshire, Connecticut: the main gazetteer's only one


def test_other_home_counties_read_abroad_are_no_evidence_for_the_foreign_country(monkeypatch):
    text = "Polls closed in Kent and Norfolk as the US watched; the last count comes from Cheshire."
    ents = [("Kent", "GPE"), ("Norfolk", "GPE"), ("US", "GPE"), ("Cheshire", "GPE")]
    assert _cheshire(text, ents).country == "United Kingdom"
    monkeypatch.setenv("NEWSFACET_HOME_NAMESAKE_EVIDENCE", "0")
    assert _cheshire(text, ents).country == "United States"


def test_a_foreign_capital_stays_abroad_when_its_country_is_named():
    item = _item("Talks in Havana resumed, and Cuba said it would free prisoners.",
                 [("Havana", "GPE"), ("Cuba", "GPE")], "h", "The Daily Courier")
    from tests.test_entities_archive_classes import _us_paper
    link_people(_us_paper(8) + [item])
    assert _place(item, "Havana").country == "Cuba"


def test_westminster_is_a_london_borough_of_a_british_archive():
    item = _item("Remain supporters descended on Westminster today, and the US watched.",
                 [("Westminster", "GPE"), ("US", "GPE")], "w", "The Daily Post")
    link_people(_paper(["Manchester", "Leeds", "Sheffield"], "The Daily Post") + [item])
    assert (_place(item, "Westminster").region, _place(item, "Westminster").country) == ("England", "United Kingdom")
