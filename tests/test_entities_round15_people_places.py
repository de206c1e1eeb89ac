"""Round 15 of issue 11: parties and firms used as bodies are no people, festivals are no people, a province is
nobody's surname, "PM X" is the person X, a lone water head ("the Strait") and a state's form ("the Islamic
Republic") take the article's own place or no value; a foreign district smaller than a major city gives no
country beside another country's places ("Long Island" near New York City is no Bahamian district)."""
from __future__ import annotations

from indexer.entities import name_titles
from indexer.entities.person_evidence import region_named
from search.model import NO_FACET
from tests.test_entities_units import linked, tagged


def kinds(arts, text):
    return {(m.kind, m.value, m.label == NO_FACET) for a in arts for m in a.mentions if m.text == text}


def test_prime_ministers_initials_are_a_title():
    assert name_titles.strip_title("PM Lee") == (3, "Lee")
    assert name_titles.strip_title("DPM Heng Swee Keat")[1] == "Heng Swee Keat"
    art = tagged(("Lee Hsien Loong spoke on Monday. Later PM Lee said the plan would work.",
                  [("Lee Hsien Loong", "PERSON"), ("PM Lee", "PERSON")]))
    assert {m.value for m in art.mentions if m.kind == "person"} == {"Lee Hsien Loong"}


def test_a_name_the_archive_uses_as_a_party_is_a_body_not_a_person():
    arts = linked(
        tagged(("Qarno members booed the speaker at the rally.", [("Qarno", "PERSON")]), aid="a"),
        tagged(("Qarno vice-president Ali Osman said the pact would hold.", [("Qarno", "PERSON"),
                                                                            ("Ali Osman", "PERSON")]), aid="b"),
        tagged(("Most leaders of Qarno stayed away.", [("Qarno", "PERSON")]), aid="c"))
    assert {k for k, _, _ in kinds(arts, "Qarno")} == {"org"}


def test_a_person_with_a_title_keeps_the_person_reading_beside_body_words():
    arts = linked(
        tagged(("Mr Qarnov said he would stay.", [("Qarnov", "PERSON")]), aid="a"),
        tagged(("Qarnov members of staff left, and Mr Qarnov said he was sorry.",
                [("Qarnov", "PERSON"), ("Qarnov", "PERSON")]), aid="b"),
        tagged(("President Qarnov said he would sign it.", [("Qarnov", "PERSON")]), aid="c"))
    assert {k for k, _, _ in kinds(arts, "Qarnov")} == {"person"}


def test_a_festival_the_archive_celebrates_is_no_person():
    arts = linked(
        tagged(("Families prepare to celebrate a quiet Hari Zelta this year.", [("Hari Zelta", "PERSON")]), aid="a"),
        tagged(("Shops were full ahead of Hari Zelta, which falls next week.", [("Hari Zelta", "PERSON")]), aid="b"))
    assert all(gated for kind, _, gated in kinds(arts, "Hari Zelta") if kind == "person")


def test_a_province_is_nobodys_full_name():
    assert region_named("Central Java") and region_named("New South Wales")
    assert not region_named("Victoria") and not region_named("Paris Hilton")
    arts = linked(
        tagged(("Rains hit Central Java on Monday.", [("Central Java", "PERSON")]), aid="a"),
        tagged(("The main island of Java was locked down.", [("Java", "PERSON")]), aid="b"))
    assert ("person", "Central Java", False) not in kinds(arts, "Java")
    assert ("person", "Central Java", False) not in kinds(arts, "Central Java")


def test_a_lone_water_head_is_the_articles_longer_place_or_no_value():
    arts = linked(
        tagged(("Tankers crossed the Strait of Hormuz on Monday.", [("Strait of Hormuz", "LOC")]),
               ("Iran said the Strait would stay open.", [("Iran", "GPE"), ("Strait", "LOC")]), aid="a"),
        tagged(("Traffic in the Strait slowed, officials in Oman said.", [("Strait", "LOC"), ("Oman", "GPE")]),
               aid="b"))
    assert [(m.value, m.label == NO_FACET) for m in arts[0].mentions if m.text == "Strait"] == [("Strait of Hormuz", False)]
    assert [m.label for m in arts[1].mentions if m.text == "Strait"] == [NO_FACET]


def test_a_states_form_is_the_country_the_archive_names_with_it():
    arts = linked(
        tagged(("The Islamic Republic of Iran rejected the talks.", [("Iran", "GPE")]), aid="a"),
        tagged(("Iran and Iraq met in Baghdad. The Islamic Republic said no.",
                [("Iran", "GPE"), ("Iraq", "GPE"), ("Baghdad", "GPE"), ("Islamic Republic", "GPE")]), aid="b"),
        tagged(("Officials in France praised the Republic.", [("France", "GPE"), ("Republic", "GPE")]), aid="c"))
    form = [m for m in arts[1].mentions if m.text == "Islamic Republic"]
    assert [(m.value, m.country) for m in form] == [("Iran", "Iran")]
    assert all(m.label == NO_FACET for m in arts[2].mentions if m.text == "Republic")


def test_a_small_foreign_district_is_no_roll_up_beside_another_countrys_places():
    art = tagged(("Cases rose fastest on Long Island, east of New York City, officials in New Jersey said.",
                  [("Long Island", "GPE"), ("New York City", "GPE"), ("New Jersey", "GPE")]))
    assert {(m.value, m.country) for m in art.mentions if m.text == "Long Island"} == {("Long Island", None)}
    # a big first-level region is named outright and keeps its country
    art = tagged(("Floods hit Queensland, officials in New York City said.", [("Queensland", "GPE"),
                                                                            ("New York City", "GPE")]))
    assert {m.country for m in art.mentions if m.text == "Queensland"} == {"Australia"}
