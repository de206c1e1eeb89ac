"""Round 39 of issue 11: the countries of the last century are countries of the gazetteer, and a story's places in a
successor state are filed under the former country while it stood (former_countries)."""
from __future__ import annotations

from datetime import date

import pytest

from indexer.entities import places, tag_entities
from indexer.entities.former_countries import former_country
from search.model import Article, Paragraph
from tests.test_entities_units import linked, span


@pytest.mark.parametrize("name, country", [
    ("Yugoslavia", "Yugoslavia"), ("Czechoslovakia", "Czechoslovakia"), ("German Democratic Republic", "East Germany"),
    ("USSR", "Soviet Union"), ("Serbia and Montenegro", "Serbia and Montenegro"), ("West Germany", "West Germany"),
])
def test_former_countries_are_countries(name, country):
    found = places.candidates(name)
    assert found and found[0].kind == "country" and found[0].name == country


@pytest.mark.parametrize("country, day, region, former", [
    ("Russia", date(1987, 3, 3), None, "Soviet Union"),
    ("Russia", date(1992, 1, 10), None, None),
    ("Ukraine", date(1990, 5, 1), None, "Soviet Union"),
    ("Lithuania", date(1991, 8, 1), None, "Soviet Union"),   # before the Baltic states' recognition
    ("Lithuania", date(1991, 10, 1), None, None),
    ("Serbia", date(1996, 8, 22), None, "Yugoslavia"),       # the Federal Republic kept the name until 2003
    ("Croatia", date(1996, 8, 22), None, None),
    ("Serbia", date(2004, 1, 1), None, "Serbia and Montenegro"),
    ("Czech Republic", date(1992, 6, 1), None, "Czechoslovakia"),
    ("Slovakia", date(1993, 1, 1), None, None),
    ("Germany", date(1987, 3, 3), "Saxony", "East Germany"),
    ("Germany", date(1987, 3, 3), "Bavaria", "West Germany"),
    ("Germany", date(1987, 3, 3), "Berlin", None),            # both: left as Germany
    ("Germany", date(1987, 3, 3), None, "West Germany"),      # the country itself: the Federal Republic then
    ("Germany", date(1991, 3, 3), "Saxony", None),
    ("France", date(1987, 3, 3), None, None),
])
def test_which_country_a_place_had_on_a_day(country, day, region, former):
    assert former_country(country, day, region) == former


def _moscow(published: str | None) -> Article:
    text = "MOSCOW, March 3 - Officials said grain imports rose."
    art = Article(id="a", title="t", paragraphs=[Paragraph(0, text)], published=published)
    art.mentions = tag_entities(art, [[span(text, "MOSCOW", "GPE")]])
    linked(art)
    return art


def test_a_dateline_of_the_soviet_years_is_the_soviet_unions(monkeypatch):
    assert _moscow("1987-03-03").entity_values("country") == ["Soviet Union"]
    assert _moscow("2020-03-03").entity_values("country") == ["Russia"]
    assert _moscow(None).entity_values("country") == ["Russia"]
    monkeypatch.setenv("NEWSFACET_FORMER_COUNTRIES", "0")
    assert _moscow("1987-03-03").entity_values("country") == ["Russia"]


def test_a_depositary_receipt_is_no_east_germany():
    # "GDR" is also finance copy's global depositary receipt: no alias of the German Democratic Republic
    assert not any(p.kind == "country" for p in places.candidates("GDR"))
