"""Round 30 (issue 11): org values the archive's sentences show to be a thing (org_things) -- a maker's model, a money
pot -- and an agency's name with its kind written after it. Invented names, hand-made NER spans; each rule has a
twin that keeps the body."""
from __future__ import annotations

import pytest

from indexer.entities.org_things import _product
from tests.test_entities_units import tagged, two, values


@pytest.mark.parametrize("name", ["Kelvo K7", "Kelvo V20", "Kelvo X5 Pro", "Kelvo F-35", "Kelvo Galaxy S9"])
def test_a_makers_name_and_a_models_code_is_a_product(name):
    assert _product(name, {"Kelvo", "Varn"})


@pytest.mark.parametrize("name", ["Kelvo Radio 4", "Kelvo 1st Division", "Kelvo 2020"])
def test_a_number_or_an_ordinal_after_the_maker_is_no_model(name):
    assert _product(name, {"Kelvo"}) is None


def test_a_model_code_after_no_body_of_the_archive_is_left_alone():
    assert _product("Band 8a", {"Kelvo"}) is None


@pytest.mark.parametrize("sentence", [
    "The council is helping families through its £41 million Kelvo Support Fund this winter.",
    "Ministers will double the Kelvo Support Fund to £20 million this year.",
    "A new $200 million Kelvo Support Fund will pay for roads.",
])
def test_a_fund_filled_with_a_sum_is_a_money_pot(sentence):
    a, b = two(sentence, [("Kelvo Support Fund", "ORG")], "The Varn Trust gave grants.", [("Varn Trust", "ORG")])
    assert values(a, "org") == []


def test_a_fund_that_speaks_is_an_institution():
    a, b = two("A new $200 million Kelvo Support Fund will pay for roads.", [("Kelvo Support Fund", "ORG")],
               "The Kelvo Support Fund said on Monday it would appeal.", [("Kelvo Support Fund", "ORG")])
    assert values(a, "org") == ["Kelvo Support Fund"] and values(b, "org") == ["Kelvo Support Fund"]


def test_an_agencys_kind_written_after_its_name_is_no_part_of_its_value():
    art = tagged(("The minister told the Kelvotass news agency on Friday.", [("Kelvotass news agency", "ORG")]))
    assert [(m.kind, m.value) for m in art.mentions] == [("org", "Kelvotass")]


def test_an_agency_named_after_a_province_stays_the_agency():
    # the span keeps its kind word, so the name alone is never read as the province
    art = tagged(("Iran said so, according to the state-affiliated Fars news agency.",
                  [("Iran", "GPE"), ("Fars news agency", "ORG")]))
    assert art.entity_values("org") == ["Fars"] and "Fars" not in art.entity_values("place")
