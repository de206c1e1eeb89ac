"""Round 46 of issue 11: a town written with the region it lies in ("Puyang, Henan") is the gazetteer's town of that
name in that region, even where a world city of the name lies elsewhere in the country (town_qualifiers.qualified_namesake)."""
from __future__ import annotations

import pytest

from indexer.entities import places
from tests.test_entities_units import tagged


def _places(text, ents):
    return {m.text: (m.value, m.region, m.country) for m in tagged((text, ents)).mentions if m.kind == "place"}


def test_the_gazetteer_holds_a_world_city_and_a_town_of_one_name_in_one_country():
    found = [(p.region, p.population) for p in places.candidates("Puyang") if p.kind == "city"]
    assert ("Henan", 655674) in found and max(pop for _, pop in found) >= places.WORLD_CITY


def test_the_region_written_after_the_town_picks_its_namesake_there(monkeypatch):
    text, ents = "She made the trek home to Puyang, Henan, last winter.", [("Puyang", "GPE"), ("Henan", "GPE")]
    assert _places(text, ents)["Puyang"][1:] == ("Henan", "China")
    monkeypatch.setenv("NEWSFACET_QUALIFIED_NAMESAKE", "0")
    assert _places(text, ents)["Puyang"][1] == "Zhejiang"  # the world city, as before


@pytest.mark.parametrize("text, ents, name, region", [
    # a list of the region's neighbours: no town and its region
    ("Floods hit Shanghai, Jiangsu and Zhejiang.", [("Shanghai", "GPE"), ("Jiangsu", "GPE"), ("Zhejiang", "GPE")],
     "Shanghai", "Shanghai"),
    # no town of the name in the region written after it: the world city stays
    ("Heavy rain fell on Tokyo, Chiba, on Monday.", [("Tokyo", "GPE"), ("Chiba", "GPE")], "Tokyo", "Tokyo"),
])
def test_lists_and_regions_without_a_namesake_keep_the_world_city(text, ents, name, region):
    assert _places(text, ents)[name][1] == region
