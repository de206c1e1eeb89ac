"""Entity facets over every seed paragraph, with the real spaCy model (tagged once for the module)."""
from __future__ import annotations

import pytest

from indexer.entities.corpus import tagged_seeds
from indexer.entities.evaluate import run

PLACES_OUTLETS_WEAPONS = {"Kyiv", "Kherson", "Zaporizhzhia", "Crimea", "Kursk", "Politico", "JST", "Patriot",
                          "Iskander", "Oreshnik", "Shahed", "Reuters", "TASS", "Bloomberg", "Al Jazeera",
                          "Taurus", "Kinzhal", "Lugansk", "Luhansk", "Dnipro", "Kharkiv"}


@pytest.fixture(scope="module")
def articles():
    return list(tagged_seeds())


def facet(articles, kind):
    return {v for a in articles for v in a.entity_values(kind)}


def test_person_facet_has_no_place_outlet_or_weapon(articles):
    people = facet(articles, "person")
    assert not people & PLACES_OUTLETS_WEAPONS
    assert all(p[:1].isupper() for p in people)


def test_one_zelensky_and_full_names_without_bare_surname_twins(articles):
    people = facet(articles, "person")
    assert [p for p in people if "Zelensk" in p] == ["Volodymyr Zelensky"]
    for full in ("Rustem Umerov", "Serhii Lysak", "Dmitry Peskov", "Oleksandr Prokudin", "Ursula von der Leyen"):
        assert full in people
        assert full.split()[-1] not in people


def test_two_fedorovs_kept_apart(articles):
    assert {"Mykhailo Fedorov", "Ivan Fedorov"} <= facet(articles, "person")


def test_syniehubov_is_one_value_in_the_ap_story_and_three_round_ups(articles):
    people = facet(articles, "person")
    assert [p for p in people if "Syniehu" in p] == ["Oleh Syniehubov"]
    sources = sorted(a.source for a in articles if "Oleh Syniehubov" in a.entity_values("person"))
    assert sources == ["AP"] + ["The Kyiv Independent"] * 3


def test_one_region_value_per_oblast(articles):
    regions = facet(articles, "region")
    for stem in ("Kharkiv", "Zapor", "Luhansk", "Lugansk", "Dnipro", "Donetsk", "Kherson", "Crimea"):
        assert len([r for r in regions if r.startswith(stem) or r.endswith(stem)]) <= 1, stem
    assert {"Kharkiv Oblast", "Zaporizhzhia Oblast", "Luhansk Oblast", "Autonomous Republic of Crimea"} <= regions


def test_spellings_roll_up_to_their_oblast(articles):
    afp = next(a for a in articles if a.source == "AFP")
    assert "Luhansk Oblast" in afp.entity_values("region")  # written "Lugansk"
    aljazeera = next(a for a in articles if a.source == "Al Jazeera" and "Pasechnik" in a.text())
    assert "Zaporizhzhia Oblast" in aljazeera.entity_values("region")  # written "Zaporizhia"


def test_kharkiv_mentions_roll_up_to_kharkiv_oblast(articles):
    kharkiv = [m for a in articles for m in a.mentions if m.kind == "place" and "Kharkiv" in m.text]
    assert kharkiv and {m.region for m in kharkiv} == {"Kharkiv Oblast"}


def test_kupol_story_is_in_udmurtia_with_izhevsk_and_the_sbu(articles):
    kupol = [a for a in articles if "Kupol" in a.text() and "Izhevsk" in a.text()]
    assert len(kupol) == 1
    story = kupol[0]
    assert "Udmurt Republic" in story.entity_values("region")
    assert "Izhevsk" in story.entity_values("place")
    assert "Security Service of Ukraine" in story.entity_values("org")


def test_mentions_are_the_text_as_written(articles):
    for a in articles:
        for m in a.mentions:
            if m.kind in ("person", "org", "place"):
                assert a.paragraphs[m.paragraph].text[m.start:m.end] == m.text


def test_evaluation_meets_the_targets(articles):
    rows = {r["facet"]: r for r in run()}
    assert rows["person"]["precision"] >= 0.95
    assert rows["region"]["precision"] >= 0.95 and rows["region"]["recall"] >= 0.95
    assert all(r["support"] > 0 for r in rows.values())
