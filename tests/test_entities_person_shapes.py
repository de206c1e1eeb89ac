"""Person values their own mentions show to be something else (indexer/entities/person_shapes.py), and the
round-13 span repairs of person names (person_offices.inner_title, glued particles and capitals, initials)."""
from __future__ import annotations

import pytest

from indexer.entities import name_titles, people, person_offices, person_shapes
from indexer.entities.cast import plausible_person
from search.model import NO_FACET
from tests.test_entities_units import linked, tagged, values


def person_labels(arts, value):
    return {m.label for a in arts for m in a.mentions if m.kind == "person" and m.value == value}


@pytest.mark.parametrize("text, people_word", [
    ("Maltese", True), ("Papua New Guineans", True), ("Sri Lankan", True), ("Jordanian", True),
    ("Solomon Islanders", True), ("Bangladeshi", True),
    ("Malin", False), ("Jordan", False), ("Julian", False), ("Danish", False), ("Irani", False),
])
def test_a_people_or_a_language_by_name_is_no_person(text, people_word):
    assert person_shapes.nationality(text) is people_word
    if people_word:
        assert not plausible_person(text)


def test_a_storm_named_like_a_person_is_no_person_value():
    arts = [tagged((f"Farmers recovered after cyclone Quorva hit in {month}. Quorva said nothing.",
                    [("Quorva", "PERSON")]), aid=f"a{month}") for month in ("March", "April")]
    arts.append(tagged(("Schools reopened after TC Quorva Brindle.", [("TC Quorva Brindle", "PERSON")]), aid="b"))
    linked(*arts)
    assert all(m.label == NO_FACET for a in arts for m in a.mentions if m.kind == "person")


def test_a_stadium_or_ship_named_after_a_person_is_no_person_value():
    arts = [tagged(("Crowds filled the Sir Quorva Brindle stadium on Tuesday.", [("Quorva Brindle", "PERSON")]), aid="a"),
            tagged(("Prisoners sang at the Sir Quorva Brindle stadium festival.", [("Quorva Brindle", "PERSON")]), aid="b"),
            tagged(("Migrants on board the Zebulon Karst said they were hungry.", [("Zebulon Karst", "PERSON")]), aid="c"),
            tagged(("The Zebulon Karst headed for Malta.", [("Zebulon Karst", "PERSON")]), aid="d")]
    linked(*arts)
    assert "Quorva Brindle" not in values(arts[0], "person") and "Zebulon Karst" not in values(arts[2], "person")
    assert person_labels(arts, "Quorva Brindle") == {NO_FACET}


def test_a_person_whose_name_is_also_a_stadiums_keeps_the_value_when_most_mentions_are_the_person():
    arts = [tagged(("Minister Quorva Brindle opened the Quorva Brindle stadium.",
                    [("Quorva Brindle", "PERSON"), ("Quorva Brindle", "PERSON")]), aid="a"),
            tagged(("Quorva Brindle, 54, said the plan had failed.", [("Quorva Brindle", "PERSON")]), aid="b"),
            tagged(("Quorva Brindle said it again.", [("Quorva Brindle", "PERSON")]), aid="c")]
    linked(*arts)
    assert "Quorva Brindle" in values(arts[1], "person")


def test_a_title_fused_in_front_of_a_person_the_archive_names_is_that_person():
    arts = [tagged(("Zebulon Karst said the telecommunication plan had failed.", [("Zebulon Karst", "PERSON")]), aid="a"),
            tagged(("Officials met Telecommunication Zebulon Karst on Monday.",
                    [("Telecommunication Zebulon Karst", "PERSON")]), aid="b")]
    person_shapes.gate_person_shapes(list(arts))
    assert [m.value for m in arts[1].mentions if m.kind == "person"] == ["Zebulon Karst"]


def test_a_family_name_in_front_of_a_shorter_name_is_no_fused_title():
    # "Ganta Srinivasa Rao" is not the archive's "Srinivasa Rao": "Ganta" is never written in lower case
    arts = [tagged(("Srinivasa Rao said the plan had failed.", [("Srinivasa Rao", "PERSON")]), aid="a"),
            tagged(("Officials met Ganta Srinivasa Rao on Monday.", [("Ganta Srinivasa Rao", "PERSON")]), aid="b")]
    person_shapes.gate_person_shapes(list(arts))
    assert [m.value for m in arts[1].mentions if m.kind == "person"] == ["Ganta Srinivasa Rao"]


def _agronomist_archive(lower_uses: int, extra=()):
    arts = [tagged(("The agronomist will report in May.", []), aid=f"l{i}") for i in range(lower_uses)]
    arts.append(tagged(("Agronomist Zebulon Karst opened the field day.", [("Agronomist Zebulon Karst", "PERSON")]), aid="c"))
    arts.extend(extra)
    person_shapes.gate_person_shapes(list(arts))
    return [m for a in arts for m in a.mentions if m.kind == "person" and "Karst" in m.value]


def test_an_ordinary_word_glued_before_a_full_name_leaves_the_value_and_the_span():
    # (round 23) "Agronomist" is written in lower case in the archive and is no given name: the name follows it
    [m] = _agronomist_archive(2)
    assert (m.value, m.text) == ("Zebulon Karst", "Zebulon Karst")


def test_a_glued_word_the_archive_writes_lower_case_once_or_uses_as_a_given_name_stays():
    [m] = _agronomist_archive(1)
    assert m.value == "Agronomist Zebulon Karst"
    other = tagged(("Agronomist Mhaka spoke.", [("Agronomist Mhaka", "PERSON")]), aid="g")  # "Agronomist" opens a person
    other.mentions[0].value = "Agronomist Mhaka"
    [m] = [m for m in _agronomist_archive(3, [other]) if "Zebulon" in m.value]
    assert m.value == "Agronomist Zebulon Karst"


def test_the_loose_leads_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_LOOSE_LEADS", "0")
    [m] = _agronomist_archive(3)
    assert m.value == "Agronomist Zebulon Karst"


def test_a_home_place_is_found_in_the_small_place_tier_as_well_as_the_gazetteer():
    from indexer.entities.small_places import known_home_place
    assert known_home_place("Gzira", "Malta")  # a Maltese locality of ~12,000: the tier's, not the gazetteer's
    assert known_home_place("Valletta", "Malta")  # the shipped gazetteer's
    assert not known_home_place("Gzira", "Vanuatu") and not known_home_place("Gzira", None)


@pytest.mark.parametrize("text, end, name", [
    ("Madang Governor Ramsey Pariwa said", len("Madang Governor Ramsey"), "Ramsey Pariwa"),
    ("Solomon Islands Prime Minister Jeremiah Manele said", len("Solomon Islands Prime"), ""),
])
def test_an_office_inside_a_person_span_after_no_given_name_starts_the_name_after_it(text, end, name):
    from indexer.entities.spans import _person

    s, e = _person(text, 0, end, frozenset(), [])
    assert text[s:e] == name


@pytest.mark.parametrize("text", ["James Clerk Maxwell", "B.B. King"])
def test_an_office_word_inside_a_given_name_or_initials_is_part_of_the_name(text):
    assert person_offices.inner_title(text, 0, len(text)) is None


def test_a_particle_glued_to_the_surname_is_part_of_the_name():
    text = "the High Commissioner, Sarah deZoeten, spoke."
    start = text.index("Sarah")
    assert text[start:people.extend_name(text, start, start + 5)] == "Sarah deZoeten"
    assert plausible_person("Sarah deZoeten") and plausible_person("O.J. Simpson")


def test_a_byline_run_into_the_first_word_loses_the_glued_capital(monkeypatch):
    # (round 48: a byline opening the lead is the author facet's, no person of the story -- lead_bylines; with that
    # rule off the name still loses the capital glued to it)
    monkeypatch.setenv("NEWSFACET_LEAD_BYLINES", "0")
    art = tagged(("By Quorva BrindleA total of 22 ships will sail.", [("Quorva BrindleA", "PERSON")]))
    linked(art)
    assert [m.text for m in art.mentions if m.kind == "person"] == ["Quorva Brindle"]


def test_money_and_place_initials_make_no_name_and_a_members_initials_are_no_person_evidence():
    assert not plausible_person("U.S. Dlrs") and not plausible_person("H.K. Dlrs") and plausible_person("M.K. Stalin")
    # a member's initials open the seat's name too ("MP Dunedin North"): stripped from a name, but no person evidence
    assert not name_titles.title_before("David Clark (MP ") and name_titles.strip_title("MEP David Casa") == (4, "David Casa")


def test_a_persons_own_initials_in_front_are_no_fused_title():
    arts = [tagged(("Srinivasa Rao said the plan had failed.", [("Srinivasa Rao", "PERSON")]), aid="a"),
            tagged(("Officials met K. Srinivasa Rao on Monday.", [("K. Srinivasa Rao", "PERSON")]), aid="b")]
    person_shapes.gate_person_shapes(list(arts))
    assert [m.value for m in arts[1].mentions if m.kind == "person"] == ["K. Srinivasa Rao"]


def _ordinary_archive(name: str, lower_text: str):
    arts = [tagged((lower_text, []), aid=f"l{i}") for i in range(2)]
    arts.append(tagged((f"{name} said the plan had failed.", [(name, "PERSON")]), aid="p"))
    person_shapes.gate_person_shapes(list(arts))
    return person_labels(arts, name)


def test_a_person_value_made_only_of_the_archives_ordinary_words_is_no_person():
    # (round 23, person_words.ordinary_names) "Vote Leave", "Harbour Tunnel": every word written in lower case
    assert _ordinary_archive("Harbour Tunnel", "The harbour was shut and the tunnel flooded.") == {NO_FACET}


def test_a_name_with_a_given_name_or_a_word_never_written_small_stays_a_person():
    assert NO_FACET not in _ordinary_archive("Mark Stone", "Mark the stone where it fell.  mark the stone.")
    assert NO_FACET not in _ordinary_archive("Harbour Quorvak", "The harbour was shut.")


def test_the_ordinary_names_switch_turns_it_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_ORDINARY_NAMES", "0")
    assert NO_FACET not in _ordinary_archive("Harbour Tunnel", "The harbour was shut and the tunnel flooded.")
