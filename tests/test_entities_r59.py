"""Round 59 (issue 11): a lone word before a title that a name follows is the office's place or body, never the
first word of a person ("[Austin] Mayor Kirk Watson", "[Factual] CEO Gil Elbaz").

The model tags the town or the firm PERSON beside the holder's own PERSON span; the span rules had grown the lone word
over the title and the given name ("Austin Mayor Kirk"), and the longer span pushed the model's "Kirk Watson" out.
Synthetic sentences with hand-made NER spans (no spaCy model needed)."""
from __future__ import annotations

import pytest

from indexer.entities import people, tag_entities
from indexer.entities.org_words import _role_last
from indexer.nlp import NerSpan
from search.model import Article, Paragraph


def tagged(text: str, ents: list[tuple[str, str]]) -> Article:
    art = Article(id="r59", title="t", paragraphs=[Paragraph(0, text)])
    spans = [NerSpan(text.index(name), text.index(name) + len(name), label, name) for name, label in ents]
    art.mentions = tag_entities(art, [spans])
    return art


def _kinds(art: Article) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.value) for m in art.mentions]


def test_a_town_before_mayor_and_name_is_the_town_and_the_holder_keeps_the_models_name():
    art = tagged("Austin Mayor Kirk Watson offered his condolences.", [("Austin", "PERSON"), ("Kirk Watson", "PERSON")])
    found = _kinds(art)
    assert ("Kirk Watson", "person", "Kirk Watson") in found
    assert ("Austin", "place", "Austin") in found
    assert not any(m.kind == "person" and "Mayor" in m.text for m in art.mentions)


def test_a_firm_before_ceo_and_name_is_a_body():
    art = tagged("Factual CEO Gil Elbaz said the data was sound.", [("Factual", "PERSON"), ("Gil Elbaz", "PERSON")])
    found = _kinds(art)
    assert ("Gil Elbaz", "person", "Gil Elbaz") in found
    assert ("Factual", "org", "Factual") in found


def test_a_lower_case_role_after_a_person_leaves_the_person_alone():
    """"Trump adviser Stephen Miller": people are followed by roles in lower case; only a capitalised title says the
    word before it is a place or a body."""
    assert not people.title_then_name("Trump adviser Stephen Miller said", 5)
    assert people.title_then_name("Trump Adviser Stephen Miller said", 5) is False  # "Adviser" is no title word
    assert people.title_then_name("Austin Mayor Kirk Watson said", 6)
    assert not people.title_then_name("Austin Mayor said", 6)  # no name after the title


def test_a_full_names_word_before_a_title_stays_the_persons():
    """A headline's capitals: "Trump" is a word of the article's "Donald Trump", so it stays a person."""
    text = "Donald Trump spoke on Monday. Trump President Joe Biden met him."
    art = tagged(text, [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Joe Biden", "PERSON")])
    second = text.index("Trump", 20)
    assert any(m.start == second and m.kind == "person" for m in art.mentions)


def test_extend_name_stops_before_a_title_that_a_name_follows():
    text = "Austin Mayor Kirk Watson offered"
    assert people.extend_name(text, 0, 6) == 6
    assert people.extend_name("Oleksandr Prokudin said", 0, 9) == len("Oleksandr Prokudin")  # a surname still joins


def test_switch_off_restores_the_old_growth(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TITLED_NEXT", "0")
    assert people.extend_name("Austin Mayor Kirk Watson offered", 0, 6) > 6
    assert not people.title_then_name("Austin Mayor Kirk Watson said", 6)


@pytest.mark.parametrize("value, role", [("Labour MP", True), ("Twitter CEO", True), ("John Major", False),
                                         ("Gayle King", False), ("Tewai-Siassi MP", True)])
def test_a_name_closing_on_a_role_in_capitals_gives_no_given_name(value, role):
    """org_words: "a senior [Labour MP] who" is no full name, so "Labour" is no given name of the archive (it had
    made the body "Labour Leave" a person)."""
    assert _role_last(value) is role


def test_role_in_capitals_does_not_make_the_party_a_person():
    from indexer.entities.org_words import weed
    from search.model import Mention

    text_a = "a senior Labour MP who called him a name"
    a = Article(id="a", title="t", paragraphs=[Paragraph(0, text_a)],
                mentions=[Mention(0, 9, 18, "Labour MP", "person", "Labour MP", label="PERSON")])
    text_b = "Brendan Chilton, general secretary of Labour Leave, said so."
    s = text_b.index("Labour Leave")
    b = Article(id="b", title="t", paragraphs=[Paragraph(0, text_b)],
                mentions=[Mention(0, s, s + 12, "Labour Leave", "org", "Labour Leave", label="ORG")])
    weed([a, b])
    assert [m.kind for m in b.mentions] == ["org"]
