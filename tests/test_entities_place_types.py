"""Round 18: a name closing on a place-type word after a place's name is that place, not a body (place_types.py).

Synthetic sentences with hand-made NER spans (no spaCy model needed)."""
from __future__ import annotations

import pytest

from indexer.entities import place_types, tag_entities
from indexer.nlp import NerSpan
from search.model import Article, Paragraph


def tagged(text: str, ents: list[tuple[str, str]]) -> Article:
    art = Article(id="r18", title="t", paragraphs=[Paragraph(0, text)])
    spans = [NerSpan(text.index(name), text.index(name) + len(name), label, name) for name, label in ents]
    art.mentions = tag_entities(art, [spans])
    return art


def _one(art: Article, text: str):
    return next(m for m in art.mentions if m.text == text)


def test_head_is_the_name_before_its_kind_word():
    assert place_types.head("Uiju County") == "Uiju"
    assert place_types.head("Islamabad Capital Territory") == "Islamabad"
    assert place_types.head("Sinuiju City") == "Sinuiju"
    assert place_types.head("Sinuiju") is None  # no kind word
    assert place_types.head("Kent county") is None  # a lower-case kind word is another rule's (org_not_bodies._SITE_LAST)


@pytest.mark.parametrize("label", ["GPE", "ORG"])
def test_a_city_by_its_kind_word_is_a_place_with_the_heads_region_and_country(label):
    text = "North Korea sent aid to the flood victims of Sinuiju City on Friday."
    m = _one(tagged(text, [("North Korea", "GPE"), ("Sinuiju City", label)]), "Sinuiju City")
    assert (m.kind, m.value, m.country) == ("place", "Sinuiju City", "North Korea")
    assert m.region
    # the usual evidence rules: a town abroad takes its country only where the article talks about that country
    text = "Aid was sent to the flood victims of Sinuiju City on Friday."
    m = _one(tagged(text, [("Sinuiju City", label)]), "Sinuiju City")
    assert (m.kind, m.value) == ("place", "Sinuiju City")


def test_the_model_place_label_alone_is_enough_for_a_head_the_gazetteer_lacks():
    text = "Farms in Zqwertyville County have taken measures."
    m = _one(tagged(text, [("Zqwertyville County", "GPE")]), "Zqwertyville County")
    assert (m.kind, m.value, m.country) == ("place", "Zqwertyville County", None)
    # ... but an ORG span needs the gazetteer's head: the kind word alone may close a club's or a firm's name
    m = _one(tagged(text, [("Zqwertyville County", "ORG")]), "Zqwertyville County")
    assert m.kind == "org"


def test_a_head_of_ordinary_words_is_no_place_name():
    text = "He spoke of his time at Second City, where they were second to none."
    assert _one(tagged(text, [("Second City", "GPE")]), "Second City").kind == "org"
    assert not place_types.typed_place("Second City", "GPE", "his time at ", " that", False, "")  # an ordinal
    assert place_types.typed_place("Zqwertyville County", "GPE", "farms in ", " have", False, "")


def test_a_sports_report_keeps_a_towns_club():
    text = ("Leicester City beat Chelsea 2-1 in the Premier League match on Saturday; the striker scored twice "
            "before half-time and the goalkeeper saved a penalty in the second half.")
    m = _one(tagged(text, [("Leicester City", "GPE"), ("Chelsea", "ORG"), ("Premier League", "ORG")]), "Leicester City")
    assert m.kind == "org"


def test_a_longer_name_a_bodys_word_or_no_place_use_keeps_the_body():
    assert not place_types.typed_place("Sinuiju City", "ORG", "aid to ", " People's Committee met.", False)
    assert not place_types.typed_place("Sinuiju City", "ORG", "aid to ", " chairman said.", False)
    assert place_types.typed_place("Sinuiju City", "ORG", "aid to ", " and Uiju County.", False)
    assert place_types.typed_place("Uiju County", "ORG", "aid to Sinuiju City and ", ".", False)  # a list of them
    assert not place_types.typed_place("Sinuiju City", "ORG", "aid to ", " and Uiju County.", True)  # a sports report
    # the council acting or named as an employer: "Harare City buys a house", "a Harare City employee"
    assert not place_types.typed_place("Harare City", "GPE", "", " buys a house.", False)
    assert not place_types.typed_place("Harare City", "GPE", "A ", " employee appeared.", False)


def test_the_switch_turns_the_rule_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_PLACE_TYPES", "0")
    assert not place_types.typed_place("Sinuiju City", "GPE", "in ", " and", False)
    text = "Aid was sent to the flood victims of Sinuiju City on Friday."
    assert _one(tagged(text, [("Sinuiju City", "GPE")]), "Sinuiju City").kind == "org"


def test_a_head_of_several_places_gives_no_region_or_country():
    assert place_types.head_places("Santa Cruz County")  # Argentina's, Bolivia's, towns ...
    assert place_types.typed_candidates("Santa Cruz County") == []
    assert place_types.typed_candidates("Uiju County")  # one town of that name
    text = "The United States sent aid to farms in Santa Cruz County on Friday."
    m = _one(tagged(text, [("United States", "GPE"), ("Santa Cruz County", "GPE")]), "Santa Cruz County")
    assert (m.kind, m.value, m.region, m.country) == ("place", "Santa Cruz County", None, None)


def test_a_county_named_after_a_town_abroad_takes_no_country_from_that_town():
    # the head's one gazetteer reading (Palm Beach, Queensland) is a namesake: the article's places are in the US,
    # and the bare head town ("Palm Beach") vouches for Australia no more than the county does
    text = ("Palm Beach officials declined to comment. Parents in Florida sued. He attended a public school in "
            "Palm Beach County, where he was in a class.")
    art = tagged(text, [("Florida", "GPE"), ("Palm Beach County", "GPE"), ("Palm Beach", "GPE")])
    county = _one(art, "Palm Beach County")
    assert county.kind == "place" and county.country is None and county.region is None


def test_a_county_in_an_article_about_its_head_towns_country_keeps_it():
    text = "Floods hit Queensland. Roads were cut in Palm Beach County, officials in Brisbane said."
    art = tagged(text, [("Queensland", "GPE"), ("Palm Beach County", "GPE"), ("Brisbane", "GPE")])
    assert _one(art, "Palm Beach County").country == "Australia"
