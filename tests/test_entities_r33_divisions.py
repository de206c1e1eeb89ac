"""Round-33 place class (issue 11): a home country's second-level divisions (GeoNames admin2: counties,
districts, provinces under a region) are home places -- "Surrey" in a British paper is the English county, not
the Canadian city; "Pampanga" in a Philippine one is the province in Central Luzon (admin2.py, small_places.py)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people, places
from indexer.entities.admin2 import division_names, plain
from indexer.entities.build_gazetteer import _division_tier
from indexer.entities.small_places import _one_region, home_place, small_place
from search.model import Article, Mention, Paragraph
from tests.test_entities_archive_classes import _item, _place

# --- the names a division is written by ------------------------------------------------------------------------

@pytest.mark.parametrize(("geonames", "display", "others"), [
    ("Province of Cebu", "Cebu", []),  # (admin1.clean drops "Province of" already)
    ("Provincia di Bergamo", "Bergamo", ["Provincia di Bergamo"]),
    ("Gampaha District", "Gampaha", ["Gampaha District"]),
    ("Shahrestān-e Shīrāz", "Shiraz", ["Shahrestan-e Shiraz"]),
    ("East Godāvari", "East Godavari", []),  # romanisation marks English news never writes
    ("Val-de-Marne", "Val-de-Marne", []),
    ("Surrey", "Surrey", []),
])
def test_administrative_words_are_not_the_name_news_writes(geonames, display, others):
    assert division_names(geonames) == (display, others)


def test_other_accents_stay():
    assert plain("Île-de-France") == "Île-de-France"
    assert plain("Salé") == "Salé"  # the accent tells the Moroccan town from Sale near Manchester


def test_a_county_written_first_is_also_written_bare_and_abbreviated():
    assert division_names("County Durham") == ("County Durham", ["Durham", "Co. Durham", "Co Durham"])


def test_an_american_county_keeps_its_word():
    # "Cook" alone is a surname and a trade: the county is "Cook County"
    assert division_names("Cook County") == ("Cook County", [])


def test_a_division_named_only_by_where_it_lies_is_not_keyed():
    assert division_names("North District") == ("", [])
    assert division_names("Red Sea Governorate") == ("", [])


def test_a_town_owns_its_own_name():
    tier = _division_tier([("County Durham", "England", 500_000, ["Durham", "Co. Durham"]),
                           ("Surrey", "England", 1_000_000, [])], towns={"durham"})
    assert "durham" not in tier["division_keys"]
    assert set(tier["division_keys"]) == {"county durham", "co durham", "surrey"}


# --- the home tier -----------------------------------------------------------------------------------------------

def test_a_county_is_a_place_of_its_own_country_only():
    surrey = small_place("Surrey", "United Kingdom")
    assert [(p.name, p.region, p.country_code) for p in surrey] == [("Surrey", "England", "GB")]
    assert small_place("Surrey", "Ireland") == ()
    assert [p.region for p in home_place("Pampanga", "Philippines")] == ["Central Luzon"]


def test_a_county_that_is_a_word_or_a_given_name_is_still_the_county_at_home():
    # the villages' tests (WordNet word, given name) would drop them; the readers ask for evidence instead
    assert [p.region for p in small_place("Kent", "United Kingdom")] == ["England"]
    assert [p.region for p in small_place("Cornwall", "United Kingdom")] == ["England"]


def test_the_switch_turns_divisions_off(monkeypatch):
    small_place.cache_clear()
    monkeypatch.setenv("NEWSFACET_DIVISIONS", "0")
    try:
        assert small_place("Surrey", "United Kingdom") == ()
    finally:
        small_place.cache_clear()


# --- in an archive -----------------------------------------------------------------------------------------------

def _paper(towns: list[str], outlet: str, n: int = 8) -> list:
    return [_item(f"The council of {towns[0]} met in {towns[1]} and {towns[2]} on day {i}.",
                  [(t, "GPE") for t in towns[:3]], f"home{i}", outlet) for i in range(n)]


def test_a_home_county_beats_a_foreign_city_of_the_name():
    item = _item("Police in Surrey arrested a man on Thursday.", [("Surrey", "GPE")], "s", "The Daily Post")
    assert _place(item, "Surrey").country == "Canada"  # the article alone: the city in British Columbia
    link_people(_paper(["Manchester", "Leeds", "Sheffield"], "The Daily Post") + [item])
    surrey = _place(item, "Surrey")
    assert (surrey.value, surrey.region, surrey.country) == ("Surrey", "England", "United Kingdom")


def test_a_province_the_main_gazetteer_lacks_is_placed_with_its_region():
    item = _item("Floods hit Pampanga on Monday.", [("Pampanga", "GPE")], "p", "The Manila Courier")
    link_people(_paper(["Manila", "Quezon City", "Davao"], "The Manila Courier") + [item])
    pampanga = _place(item, "Pampanga")
    assert (pampanga.region, pampanga.country) == ("Central Luzon", "Philippines")


def test_a_county_is_no_place_without_evidence_of_one():
    # the model's PERSON with no placing sentence stays the person
    item = _item("Kent said the plan would work.", [("Kent", "PERSON")], "k", "The Daily Post")
    link_people(_paper(["Manchester", "Leeds", "Sheffield"], "The Daily Post") + [item])
    assert not [m for m in item.mentions if m.text == "Kent" and m.kind == "place"]


# --- namesakes in several regions --------------------------------------------------------------------------------

def _county_mentions(*regions: str) -> Article:
    art = Article(id="oc", title="t", paragraphs=[Paragraph(0, "x")])
    art.mentions = [Mention(0, 0, 1, r, "place", r, region=r, country="United States", label="GPE") for r in regions]
    return art


def test_the_region_the_article_names_picks_among_namesakes():
    orange = [p for p in small_place("Orange County", "United States")]
    assert len({p.region for p in orange}) > 2  # California, Florida, New York ...
    assert _one_region(orange, _county_mentions("California", "California", "Texas")) == "California"


def test_namesakes_the_article_does_not_tell_apart_get_no_region():
    orange = list(small_place("Orange County", "United States"))
    assert _one_region(orange, _county_mentions("California", "Florida")) is None
    assert _one_region(orange, _county_mentions("Ohio")) is None


def test_the_mentions_own_paragraph_speaks_before_the_article():
    orange = list(small_place("Orange County", "United States"))
    art = _county_mentions("California", "California", "California")
    art.mentions.append(Mention(1, 0, 7, "Florida", "place", "Florida", region="Florida", country="United States",
                                label="GPE"))
    assert _one_region(orange, art, paragraph=1) == "Florida"
    assert _one_region(orange, art, paragraph=2) == "California"  # a paragraph naming none: the article's


# --- first-level regions named only by where they lie ----------------------------------------------------------

def test_a_generic_region_with_its_kind_word_is_the_home_countrys():
    # (round 48: a region value another country's region shares takes its country: admin1.shown_region_names)
    assert [(p.name, p.region) for p in small_place("Western Province", "Solomon Islands")] == \
        [("Western Province", "Western Province (Solomon Islands)")]
    # GeoNames' bare "Eastern" (Ghana) is written "Eastern Region"; its region keeps GeoNames' name
    assert [(p.name, p.region) for p in small_place("Eastern Region", "Ghana")] == [("Eastern Region", "Eastern")]


def test_a_generic_region_is_never_a_foreign_archives_nor_a_courts_district():
    assert small_place("Western Region", "United States") == ()
    assert small_place("Southern District", "Israel") == ()  # "the Southern District" of US and British courts
    assert not places.candidates("Western Province")  # the main gazetteer keys none: a dozen countries share it


def test_a_generic_province_in_a_home_story_is_placed():
    item = _item("Logging will be banned in Western Province next year.", [("Western Province", "GPE")], "w",
                 "Solomon Star")
    link_people(_paper(["Honiara", "Solomon Islands", "Guadalcanal"], "Solomon Star") + [item])
    western = _place(item, "Western Province")
    assert (western.region, western.country) == ("Western Province (Solomon Islands)", "Solomon Islands")
