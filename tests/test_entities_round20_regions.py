"""Round 20 (issue 11), regions and countries reached through the wrong place: a town's namesake in a region
its article names ("Naples, Florida" in a British paper), a state written after a town in its big namesake's
country ("Mobile, Arizona"), and a lone foreign roll-up that is a surname of the article's people ("Anthony
Foley" ... "Foley")."""
from __future__ import annotations

from indexer.entities import places
from indexer.entities.lone_rollups import drop_lone_rollups
from indexer.entities.region_namesakes import named_region
from search.model import NO_FACET, Article, Mention, Paragraph
from tests.test_entities_units import tagged


def _place(art, text):
    return [m for m in art.mentions if m.text == text and m.kind == "place"]


def test_a_town_takes_its_namesake_in_a_region_the_article_names():
    art = tagged(("Lauren grew up in Oakland and lives in Florida now. A friend moved to Naples for a month.",
                  [("Oakland", "GPE"), ("Florida", "GPE"), ("Naples", "GPE")]))
    naples = _place(art, "Naples")
    assert naples and all(m.region == "Florida" and m.country == "United States" for m in naples)
    assert "Campania" not in art.entity_values("region")


def test_the_article_naming_the_big_namesakes_country_keeps_it(monkeypatch):
    art = tagged(("Fans in Florida watched Napoli play in Naples, Italy's third city, and in Rome.",
                  [("Florida", "GPE"), ("Naples", "GPE"), ("Italy", "GPE"), ("Rome", "GPE")]))
    assert all(m.region == "Campania" for m in _place(art, "Naples"))
    monkeypatch.setenv("NEWSFACET_REGION_NAMESAKES", "0")
    art = tagged(("Lauren grew up in Oakland and lives in Florida now. A friend moved to Naples for a month.",
                  [("Oakland", "GPE"), ("Florida", "GPE"), ("Naples", "GPE")]))
    assert "Campania" in art.entity_values("region")  # the switch restores the old reading


def test_a_region_that_is_also_a_big_citys_name_vouches_for_no_namesake():
    assert named_region("Florida") == "Florida"
    assert named_region("New York") is None  # the city as likely as the state
    assert named_region("Naples") is None  # a town, not a region


def test_a_state_after_a_town_outranks_its_big_namesake_in_the_same_country(monkeypatch):
    found = places.candidates("Mobile", fuzzy=True)
    assert places.resolve("Mobile", found, "Arizona", set(), explicit=True, alone=True).regions == ("Arizona",)
    # a region also a big city's name may be a list of cities: "Boston, New York, Chicago"
    assert places.resolve("Boston", places.candidates("Boston"), "New York", set(), explicit=True, alone=True).regions \
        == ("Massachusetts",)
    monkeypatch.setenv("NEWSFACET_TOWN_QUALIFIER", "0")
    assert places.resolve("Mobile", found, "Arizona", set(), explicit=True, alone=True).regions == ("Alabama",)


def test_a_list_of_towns_and_regions_is_no_town_state_pair():
    art = tagged(("Sludge went from Richmond, California, to Mobile, Arizona, by rail.",
                  [("Richmond", "GPE"), ("California", "GPE"), ("Mobile", "GPE"), ("Arizona", "GPE")]))
    assert {m.region for m in _place(art, "Mobile")} == {"Arizona"}
    art = tagged(("The decree was lifted in Tokyo, Chiba, Kanagawa and Saitama.",
                  [("Tokyo", "GPE"), ("Chiba", "GPE"), ("Kanagawa", "GPE"), ("Saitama", "GPE")]))
    assert {m.region for m in _place(art, "Chiba")} == {"Chiba"}


def _article(text: str, mentions: list[Mention]) -> Article:
    return Article(id="a", title="t", paragraphs=[Paragraph(0, text)], mentions=mentions)


def _at(text: str, para: str, kind: str, value: str, label: str, region=None, country=None, nth=0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = para.index(text, start + 1)
    return Mention(0, start, start + len(text), text, kind, value, region=region, country=country, label=label)


def test_a_lone_roll_up_that_is_a_surname_of_the_articles_people_gives_no_region(monkeypatch):
    para = "Anthony Foley led Munster in Limerick. Foley scored twice."

    def art():
        return _article(para, [_at("Anthony Foley", para, "person", "Anthony Foley", "PERSON"),
                               _at("Limerick", para, "place", "Limerick", "GPE", "Munster", "Ireland"),
                               _at("Foley", para, "place", "Foley", "GPE", "Alabama", "United States", nth=1)])

    a = art()
    drop_lone_rollups([a], home=["Ireland"])
    foley = [m for m in a.mentions if m.text == "Foley" and m.kind == "place"]
    assert foley and all(m.label == NO_FACET and m.country is None for m in foley)
    monkeypatch.setenv("NEWSFACET_SURNAME_ROLLUPS", "0")
    a = art()
    drop_lone_rollups([a], home=["Ireland"])
    assert "Alabama" in a.entity_values("region")


def test_a_surname_that_is_a_capital_read_as_a_place_stays():
    para = "Denzel Washington flew home to Washington."
    a = _article(para, [_at("Denzel Washington", para, "person", "Denzel Washington", "PERSON"),
                        _at("Washington", para, "place", "Washington", "GPE", "District of Columbia",
                            "United States", nth=1)])
    drop_lone_rollups([a], home=["Ireland"])
    assert "United States" in a.entity_values("country")
