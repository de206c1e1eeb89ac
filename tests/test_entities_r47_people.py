"""Round 47 of issue 11: people the model tagged as unknown places (unplaced_people), royal styles kept with a one-word
name (name_titles.royal_style), and an office glued in front of a name the article writes bare too
(person_prefixes.cut_glued_leads)."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged


def _kinds(text, ents):
    return {(m.text, m.kind) for m in tagged((text, ents)).mentions}


@pytest.mark.parametrize("text, name, label", [
    ("The director of the Eleos Justice group, Mai Sato, said the executions must end.", "Mai Sato", "LOC"),
    ("Last year, Beverly Tillery, executive director of the Anti-Violence Project, said the law was weak.",
     "Beverly Tillery", "GPE"),
    ("The Ambassador of Japan to Pakistan, Akamatsu Shuichi on Monday extended his warmest greetings.",
     "Akamatsu Shuichi", "GPE"),  # no given name Faker knows: two cues (an office before, his own "his")
])
def test_a_person_the_model_tagged_as_an_unknown_place_is_the_person(text, name, label, monkeypatch):
    assert (name, "person") in _kinds(text, [(name, label)])
    monkeypatch.setenv("NEWSFACET_UNPLACED_PEOPLE", "0")
    assert (name, "place") in _kinds(text, [(name, label)])


@pytest.mark.parametrize("text, name", [
    ("He cast his vote at a school in Biggin Hill near his home in Kent.", "Biggin Hill"),  # placed by "in"
    ("He was educated in Green County Georgia, and when there he heard the story.", "Green County Georgia"),
    ("The good people at Mount Vernon, who run the estate, said it was closed.", "Mount Vernon"),
    ("Argos produced it for HBO Latin America and in which she played a nun.", "Latin America"),
])
def test_a_places_words_or_a_placing_sentence_keep_the_place(text, name):
    assert (name, "person") not in _kinds(text, [(name, "GPE")])


@pytest.mark.parametrize("text, span, value", [
    ("Crowds gathered to honour Queen Elizabeth's 70 years on the throne.", "Queen Elizabeth", "Queen Elizabeth"),
    ("Prince Harry and Meghan moved to California.", "Harry", "Prince Harry"),
    ("Pope Francis said Mass in Rome.", "Francis", "Pope Francis"),
    ("His Majesty King Charles met the prime minister.", "King Charles", "King Charles"),
])
def test_a_royal_style_before_one_given_name_stays_with_it(text, span, value, monkeypatch):
    def people():
        art = linked(tagged((text, [(span, "PERSON")])))[0]
        assert {m.text for m in art.mentions if m.kind == "person"} == {value.split()[-1]}  # the mention: the name
        return {m.value for m in art.mentions if m.kind == "person"}

    assert value in people()
    monkeypatch.setenv("NEWSFACET_ROYAL_STYLE", "0")
    assert value not in people() and value.split()[-1] in people()


@pytest.mark.parametrize("text", [
    "Survivors were found hours after the Princess Ashika went down.",
    "A man jailed over the sinking of the Tongan ferry Princess Ashika was freed.",
    "Seventy-four people died when Princess Ashika ferry sank.",
])
def test_a_thing_named_after_a_royal_is_nobody(text):
    got = linked(tagged((text, [("Ashika", "PERSON")])))[0]
    assert not [m for m in got.mentions if m.kind == "person" and m.value == "Princess Ashika"]


def test_a_crown_princes_title_is_a_position_not_a_style():
    got = tagged(("Japan's Crown Prince Naruhito attended.", [("Naruhito", "PERSON")]))
    assert {m.value for m in got.mentions if m.kind == "person"} == {"Naruhito"}


def test_a_royal_style_before_a_full_name_is_still_cut():
    got = tagged(("Crown Prince Mohammed bin Salman met the envoy.", [("Mohammed bin Salman", "PERSON")]))
    assert {m.value for m in got.mentions if m.kind == "person"} == {"Mohammed bin Salman"}


def test_the_bare_given_name_of_a_royal_links_to_the_style():
    art = linked(tagged(("Prince Harry and Meghan moved to California.", [("Harry", "PERSON")]),
                        ("Harry said he was happy.", [("Harry", "PERSON")])))[0]
    assert {m.value for m in art.mentions if m.kind == "person"} == {"Prince Harry"}


@pytest.mark.parametrize("glued, lead_free", [
    ("Agriculture CS Peter Munya", "Peter Munya"),  # an acronym in front: a title the tables lack
    ("Water Services Mary Kamau", "Mary Kamau"),  # two words of English in front
])
def test_an_office_glued_before_a_name_the_article_writes_bare_is_cut(glued, lead_free, monkeypatch):
    def people():
        art = linked(tagged((f"{glued} said the plan would work.", [(glued, "PERSON")]),
                            (f"{lead_free} visited the county on Monday.", [(lead_free, "PERSON")])))[0]
        return {m.value for m in art.mentions if m.kind == "person"}

    assert people() == {lead_free}
    monkeypatch.setenv("NEWSFACET_GLUED_LEADS", "0")
    assert glued in people()


def test_a_given_name_in_front_is_no_glued_office():
    art = linked(tagged(("John Peter Munya said the plan would work.", [("John Peter Munya", "PERSON")]),
                        ("Peter Munya visited the county on Monday.", [("Peter Munya", "PERSON")])))[0]
    assert "John Peter Munya" in {m.value for m in art.mentions if m.kind == "person"}


def test_one_english_word_in_front_may_be_a_given_name():
    from indexer.entities.person_prefixes import cut_glued_leads

    art = tagged(("Tiger Lily Hutchence took to the stage.", [("Tiger Lily Hutchence", "PERSON")]),
                 ("Lily Hutchence sang.", [("Lily Hutchence", "PERSON")]))
    assert cut_glued_leads([art]) == 0  # "Tiger" is a word of English and her given name


def test_an_office_before_a_name_the_archive_writes_elsewhere_is_cut_but_not_initials(monkeypatch):
    def people(first, second):
        arts = linked(tagged((f"{first} released the results.", [(first, "PERSON")]), aid="a"),
                      tagged((f"{second} said no school stole the papers.", [(second, "PERSON")]), aid="b"))
        return {m.value for a in arts for m in a.mentions if m.kind == "person"}

    assert people("Ezekiel Machogu", "Education CS Ezekiel Machogu") == {"Ezekiel Machogu"}
    assert "CJ Perez" in people("Antonio Perez", "CJ Perez")  # initials, another person
    monkeypatch.setenv("NEWSFACET_GLUED_LEADS", "0")
    assert "Education CS Ezekiel Machogu" in people("Ezekiel Machogu", "Education CS Ezekiel Machogu")
