"""Helpers added for tagging speed (round 55): each answers as the code it stands in for."""
from __future__ import annotations

import pytest

from indexer.entities import org_evidence, other_forms, places
from search.model import Article, Paragraph


@pytest.mark.parametrize("name, none", [
    ("Kim Jong Un", True), ("Labour Party", True),  # a person's, a body's: no place's other form
    ("Northern California", False),  # a compass part of a region (place_parts)
    ("City of Johannesburg", False),  # a town's municipality, fitting the shape (city_of)
    ("Gyeonggi Province", False),  # a region in another form (region_forms)
])
def test_none_for_tells_the_names_no_other_form_reads(name, none):
    assert other_forms.none_for(name) is none


def test_a_switch_still_turns_a_fitting_form_off(monkeypatch):
    assert places.candidates("Northern California") and places.candidates("Kim Jong Un") == []
    monkeypatch.setenv("NEWSFACET_PLACE_PARTS", "0")  # (read per call, after the string's cached answer)
    assert places.candidates("Northern California") == [] and places.candidates("Kim Jong Un") == []


def test_area_names_are_counted_for_the_wanted_names_in_the_paragraphs_that_hold_them():
    article = Article(id="a", title="", paragraphs=[
        Paragraph(0, "Floods hit Kachua upazila and the coastal districts of Khulna, Satkhira and Bagerhat."),
        Paragraph(1, "Rains reached Buhera district."),
    ])
    area = org_evidence._area_names([article], {"Satkhira", "Kachua"})
    assert area["Kachua"] == 1 and area["Satkhira"] == 1 and area["Khulna"] == 1  # (its paragraph was read whole)
    assert area["Buhera"] == 0  # a paragraph holding no wanted name is not read


@pytest.mark.parametrize("value, known", [
    ("Reuters", True),  # an outlet
    ("Ukrainian State Security Service (SBU)", True),  # an alias
    ("Kelvo Mills", False),
])
def test_known_body_is_the_alias_or_the_outlet_tables(value, known):
    from indexer.entities import orgs

    assert orgs.known_body(value) is known
    assert known == bool(orgs.known_org(value) or orgs.is_outlet(value))


@pytest.mark.parametrize("word", ["Kyiv", "Nizhny-Novgorod", "A--B", "Foo-", "X_y-z", "Київ", "Zaporizhzhia-Kherson"])
def test_first_key_is_folds_first_word(word):
    from indexer.entities.gazetteer import fold
    from indexer.entities.scan import _first_key

    assert _first_key(word) == fold(word).split(" ", 1)[0]


def test_vessel_shapes_are_kept_per_name_and_the_switch_still_read(monkeypatch):
    from indexer.entities import not_people

    assert not_people.vessel("HMS Belfast") and not_people.vessel("Arleigh Burke-class")
    assert not not_people.vessel("Arleigh Burke")
    monkeypatch.setenv("NEWSFACET_SHIP_CLASSES", "0")  # (after the shapes are cached: the switch is read per call)
    assert not not_people.vessel("Arleigh Burke-class") and not_people.vessel("HMS Belfast")


@pytest.mark.parametrize("text", [
    "Shelling hit the villages of ", "Shelling hit the villages of Lyman, Siversk and ", "Kherson. The town of ",
    "the town of. ", "cities of Kyiv.\\n", "the city of Kharkiv,\n", "no settlement here ", "",
])
def test_settlement_before_is_the_settlement_search(text):
    from indexer.entities.place_mentions import SETTLEMENT, settlement_before

    assert settlement_before(text) == bool(SETTLEMENT.search(text))
    assert settlement_before(text + "Lyman", len(text)) == bool(SETTLEMENT.search(text))


@pytest.mark.parametrize("window, lasts, may", [
    ("said the coach ", {"coach"}, True), ("said the coach", {"coach"}, False),  # no white space closes it
    ("the head coach\n", {"coach"}, True), ("the head teacher ", {"coach"}, False),
    ("the assistant-coach ", {"coach"}, True), ("(coach ", {"coach"}, True),  # not letters only: asked
    ("", {"coach"}, False), ("   ", {"coach"}, False),
])
def test_may_end_rules_out_only_windows_no_such_pattern_can_match(window, lasts, may):
    from indexer.entities.guards import may_end

    assert may_end(window, frozenset(lasts)) is may


@pytest.mark.parametrize("module, pattern, lasts, words", [
    ("person_context", "_ROLE_BEFORE", "_ROLE_LASTS", ["coach", "secretary-general", "spokeswoman", "dr", "ceo", "teacher"]),
    ("one_facet", "_ORG_BEFORE", "_ORG_BEFORE_LASTS", ["firm", "giant", "magazine"]),
    ("one_facet", "_PLACE_BEFORE", "_PLACE_BEFORE_LASTS", ["in", "north of", "throughout"]),
])
def test_each_words_window_is_asked(module, pattern, lasts, words):
    import importlib

    from indexer.entities.guards import may_end

    mod = importlib.import_module(f"indexer.entities.{module}")
    for word in words:
        for window in (f"the {word} ", f"said {word}\n", f"({word}  "):
            assert getattr(mod, pattern).search(window) and may_end(window, getattr(mod, lasts))
