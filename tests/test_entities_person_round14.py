"""Round 14 of issue 11: titles learned from the archive (person_titles.py), possessives without an apostrophe,
island groups' short forms, ships, papers and portfolio fragments as person values (person_shapes.py), a name
that never runs into an office (people.extend_name) and a club's capitals glued to a name (linking)."""
from __future__ import annotations

from indexer.entities import people, person_shapes, person_titles
from search.model import NO_FACET
from tests.test_entities_units import linked, tagged

_PEOPLE = [("Alice", "Vantreb"), ("Peter", "Quorsk"), ("Maria", "Zentil"), ("David", "Plomek")]


def person_values(arts):
    return [m.value for a in arts for m in a.mentions if m.kind == "person"]


def test_a_word_the_archive_writes_before_many_people_it_also_names_without_it_is_a_title():
    arts = []
    for i, (given, family) in enumerate(_PEOPLE):
        full = f"{given} {family}"
        arts.append(tagged((f"{full} opened the clinic on Monday.", [(full, "PERSON")]), aid=f"a{i}"))
        arts.append(tagged((f"Officials thanked Cmr {full} on Tuesday.", [(f"Cmr {full}", "PERSON")]), aid=f"b{i}"))
        arts.append(tagged((f"{full} spoke first. Later Cmr {family} left.",
                            [(full, "PERSON"), (f"Cmr {family}", "PERSON")]), aid=f"c{i}"))
    assert person_titles.learned_titles(arts) == {"Cmr"}
    person_titles.drop_learned_titles(arts)
    assert set(person_values(arts)) == {f"{g} {f}" for g, f in _PEOPLE}


def test_a_given_name_before_many_surnames_is_no_title():
    # a given name outside Faker's tables, before four surnames of people the archive names only so
    arts = [tagged((f"Tendaiq {family} won the race.", [(f"Tendaiq {family}", "PERSON")]), aid=f"a{i}")
            for i, (_, family) in enumerate(_PEOPLE)]
    assert person_titles.learned_titles(arts) == set()


def test_a_title_before_a_surname_two_people_of_the_article_share_keeps_its_title():
    arts = []
    for i, (given, family) in enumerate(_PEOPLE):
        arts.append(tagged((f"{given} {family} and Zara {family} spoke. Cmr {family} left.",
                            [(f"{given} {family}", "PERSON"), (f"Zara {family}", "PERSON"),
                             (f"Cmr {family}", "PERSON")]), aid=f"a{i}"))
        arts.append(tagged((f"{given} {family} spoke. Cmr {family} left.",
                            [(f"{given} {family}", "PERSON"), (f"Cmr {family}", "PERSON")]), aid=f"b{i}"))
    person_titles.drop_learned_titles(arts)
    assert "Cmr Vantreb" in person_values(arts[:1]) and "Cmr Vantreb" not in person_values(arts[1:2])


def test_a_possessive_written_without_its_apostrophe_is_the_person():
    arts = [tagged(("Quorva Brindle said the plan had failed.", [("Quorva Brindle", "PERSON")]), aid="a"),
            tagged(("Quorva Brindle spoke again.", [("Quorva Brindle", "PERSON")]), aid="b"),
            tagged(("Quorva Brindles wife thanked the crowd.", [("Quorva Brindles", "PERSON")]), aid="c")]
    person_shapes.gate_person_shapes(list(arts))
    assert person_values(arts[2:]) == ["Quorva Brindle"]


def test_an_island_groups_short_form_is_no_person():
    assert person_shapes.short_form("Solomons") and person_shapes.short_form("Falklands")
    assert not person_shapes.short_form("Solomon") and not person_shapes.short_form("Roberts")
    arts = [tagged((f"The Solomons needs more aid, he said {i}.", [("Solomons", "PERSON")]), aid=f"a{i}") for i in range(2)]
    person_shapes.gate_person_shapes(list(arts))
    assert {m.label for a in arts for m in a.mentions if m.kind == "person"} == {NO_FACET}


def test_a_ship_a_paper_and_a_portfolio_fragment_are_no_person_values():
    arts = [tagged(("Oil leaked from the MV Zebulon Karst on Monday.", [("Zebulon Karst", "PERSON")]), aid="a"),
            tagged(("Salvors reached MV Zebulon Karst, the agency said.", [("Zebulon Karst", "PERSON")]), aid="b"),
            tagged(("The minister told The Quillory yesterday.", [("Quillory", "PERSON")]), aid="c"),
            tagged(("An inquiry by The Quillory found more.", [("Quillory", "PERSON")]), aid="d"),
            tagged(("The Ministry of Youth, Sport and Vocational Brindling said so.", [("Vocational Brindling", "PERSON")]),
                   aid="e"),
            tagged(("The Deputy Minister of Youth and Vocational Brindling spoke.", [("Vocational Brindling", "PERSON")]),
                   aid="f")]
    person_shapes.gate_person_shapes(list(arts))
    assert {m.label for a in arts for m in a.mentions if m.kind == "person"} == {NO_FACET}


def test_a_name_does_not_run_into_an_office_after_it():
    text = "Solomon Islands Prime Minister Manasseh Sogavare said so."
    assert text[:people.extend_name(text, 0, len("Solomon Islands"))] == "Solomon Islands"
    text = "Officials met Ivan Zhakata Commissioner of the league."
    start = text.index("Ivan")
    assert text[start:people.extend_name(text, start, start + 4)] == "Ivan Zhakata"


def test_a_clubs_capitals_glued_to_a_given_name_are_cut_off():
    art = tagged(("Squad: Hekari FCMicah Vantreb, Tom Quorsk.", [("FCMicah Vantreb", "PERSON")]))
    linked(art)
    assert [m.text for m in art.mentions if m.kind == "person" and "Vantreb" in m.text] == ["Micah Vantreb"]


def test_a_lone_given_name_the_model_read_as_a_person_stays_a_mention_without_a_facet_value():
    art = tagged(("They say, 'Hey Frank, my name is John.' Crowds cheered Zorbald.",
                  [("Frank", "PERSON"), ("John", "PERSON"), ("Zorbald", "PERSON")]))
    linked(art)
    people_here = {m.text: m.label for m in art.mentions if m.kind == "person"}
    assert people_here.get("John") == NO_FACET and "Zorbald" not in people_here
    assert "John" not in art.entity_values("person")


def test_an_initial_before_many_names_is_no_title():
    arts = []
    for i, (given, family) in enumerate(_PEOPLE):
        full = f"{given} {family}"
        arts.append(tagged((f"{full} opened the clinic on Monday.", [(full, "PERSON")]), aid=f"a{i}"))
        arts.append(tagged((f"Officials thanked K. {full} on Tuesday.", [(f"K. {full}", "PERSON")]), aid=f"b{i}"))
    assert person_titles.learned_titles(arts) == set()
