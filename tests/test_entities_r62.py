"""Round 62 (issue 11): what two more fresh archives, and one left from round 61's health archive, showed.

Each test runs the one pass or rule that round 62 changed on text or mentions built here, then the same with the
rule's switch off, so the old reading stays one variable away."""
from __future__ import annotations


def test_a_country_written_after_a_town_beats_a_region_of_its_name_elsewhere(monkeypatch):
    from indexer.entities import places

    found = places.candidates("Bari")  # a region of Somalia and a city of Italy share the name
    assert {p.kind for p in found} >= {"region", "city"}
    res = places.resolve("Bari", found, None, set(), owner="IT")
    assert (res.country, res.regions) == ("Italy", ("Apulia",))
    monkeypatch.setenv("NEWSFACET_OWNER_OVER_REGIONS", "0")
    assert places.resolve("Bari", found, None, set(), owner="IT").country == "Somalia"


def test_a_country_by_its_own_name_is_never_a_town_of_the_country_written_after_it():
    from indexer.entities import places

    found = places.candidates("Venezuela")  # also a town of Cuba
    res = places.resolve("Venezuela", found, None, set(), owner="CU")
    assert res.country == "Venezuela"
