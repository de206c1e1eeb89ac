"""Round 39 of issue 11: a surname the model tagged apart from its name is the name's (split_surnames), and a given
name the model read as a place no gazetteer holds is given back (middle_names.entity_words)."""
from __future__ import annotations

import pytest

from indexer.entities import tag_entities
from indexer.entities.split_surnames import split_off
from indexer.nlp import NerSpan
from search.model import Article, Paragraph
from tests.test_entities_units import linked, span, tagged, values


def _article(text: str, *spans: tuple[str, str, int], aid: str = "a") -> Article:
    art = Article(id=aid, title="t", paragraphs=[Paragraph(0, text)])
    art.mentions = tag_entities(art, [[span(text, name, label, nth) for name, label, nth in spans]])
    return art


_QURESHI = "Foreign Minister Shah Mahmood Qureshi said on Monday that talks would resume. Qureshi added that more was needed."


def test_a_surname_tagged_as_a_body_after_its_name_closes_the_name(monkeypatch):
    arts = linked(_article(_QURESHI, ("Shah Mahmood", "PERSON", 0), ("Qureshi", "ORG", 0), ("Qureshi", "ORG", 1)))
    assert values(arts[0], "person") == ["Shah Mahmood Qureshi"]
    assert values(arts[0], "org") == []
    monkeypatch.setenv("NEWSFACET_SPLIT_SURNAMES", "0")
    monkeypatch.setenv("NEWSFACET_CUT_NAMES", "0")  # (round 59 keeps the cut "Shah Mahmood" out of the facet too)
    arts = linked(_article(_QURESHI, ("Shah Mahmood", "PERSON", 0), ("Qureshi", "ORG", 0), ("Qureshi", "ORG", 1)))
    assert "Shah Mahmood" in values(arts[0], "person")


def _pair(text: str, person: str, other: str, label: str = "ORG"):
    p = text.index(person)
    o = text.index(other, p + len(person))
    return NerSpan(p, p + len(person), "PERSON", person), NerSpan(o, o + len(other), label, other)


@pytest.mark.parametrize("text, person, other, label, taken", [
    ("Minister Fernando Grande Marlaska said a lockdown could follow.", "Fernando Grande", "Marlaska", "ORG", True),
    ("Cristina Isabel Tallador of Pavia won.", "Cristina Isabel", "Tallador", "GPE", True),
    ("Harry Reid told Paul Ryan Senate leaders would vote.", "Paul Ryan", "Senate", "ORG", False),  # a word of English
    ("He met John Smith London correspondents on Monday.", "John Smith", "London", "GPE", False),  # a place
    ("Photo: Jeenah Moon/Reuters", "Jeenah Moon", "Reuters", "ORG", False),                       # not a space between
    ("He gave to the Tiger Woods Marlaska Foundation.", "Tiger Woods", "Marlaska", "ORG", False),   # a longer name goes on
])
def test_which_word_after_a_name_is_its_surname(text, person, other, label, taken):
    p, o = _pair(text, person, other, label)
    assert split_off(text, p, o) is taken


_NEMBANG = "Minister for Physical Infrastructure and Transport, Basanta Kumar Nembang, says the government will decide."


def test_a_given_name_read_as_a_place_no_gazetteer_holds_comes_back(monkeypatch):
    arts = linked(tagged((_NEMBANG, [("Basanta", "GPE"), ("Kumar Nembang", "PERSON")])))
    assert values(arts[0], "person") == ["Basanta Kumar Nembang"]
    monkeypatch.setenv("NEWSFACET_UNPLACED_GIVEN", "0")
    arts = linked(tagged((_NEMBANG, [("Basanta", "GPE"), ("Kumar Nembang", "PERSON")])))
    assert values(arts[0], "person") == ["Kumar Nembang"]


def test_a_placed_town_before_a_name_is_not_given_back():
    # "Regina" is a Canadian city of the gazetteer: the rule frees only words the gazetteer placed nowhere
    text = "The sister of Ennin, Regina Adusi Brenfa, said she found out on TV."
    arts = linked(tagged((text, [("Regina", "GPE"), ("Adusi Brenfa", "PERSON")])))
    assert "Regina Adusi Brenfa" not in values(arts[0], "person")
