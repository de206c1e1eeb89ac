"""A full-name person value needs evidence of a person in the archive (indexer/entities/person_evidence.py)."""
from __future__ import annotations

import pytest

from search.model import NO_FACET
from tests.test_entities_units import linked, tagged, values


def person_labels(art, value):
    return {m.label for m in art.mentions if m.kind == "person" and m.value == value}


def test_a_name_nothing_shows_to_be_a_person_stays_a_mention_without_a_facet_value():
    # "Quorva Brindle" has no given name, no title, no speech: the model's PERSON label alone is no evidence
    art = tagged(("Crowds gathered at Quorva Brindle on Sunday.", [("Quorva Brindle", "PERSON")]))
    linked(art)
    assert "Quorva Brindle" not in values(art, "person")
    assert person_labels(art, "Quorva Brindle") == {NO_FACET}


@pytest.mark.parametrize("text, name", [
    ("Crowds cheered Minister Quorva Brindle on Sunday.", "Quorva Brindle"),      # an office before it
    ("Quorva Brindle said the plan had failed.", "Quorva Brindle"),              # speech after it
    ("The plan had failed, according to Quorva Brindle.", "Quorva Brindle"),     # speech before it
    ("Quorva Brindle, 54, was in the crowd.", "Quorva Brindle"),                 # an age after it
    ("Quorva Brindle, vice-chairman of the board, came.", "Quorva Brindle"),     # an office in apposition
    ("Crowds cheered Maria Brindle on Sunday.", "Maria Brindle"),                # a given name (name tables)
    ("Crowds cheered Q. Brindle on Sunday.", "Q. Brindle"),                      # an initial
])
def test_personal_context_or_a_given_name_is_evidence(text, name):
    art = tagged((text, [(name, "PERSON")]))
    linked(art)
    assert name in values(art, "person")


def test_context_in_one_article_is_evidence_for_the_value_in_every_article():
    plain = tagged(("Crowds cheered Quorva Brindle on Sunday.", [("Quorva Brindle", "PERSON")]), aid="a1")
    said = tagged(("Quorva Brindle said it was over.", [("Quorva Brindle", "PERSON")]), aid="a2")
    linked(plain, said)
    assert values(plain, "person") == ["Quorva Brindle"]


def test_the_surname_alone_linked_to_the_full_name_is_evidence():
    art = tagged(("Crowds cheered Quorva Brindle on Sunday. Brindle took three wickets.",
                  [("Quorva Brindle", "PERSON"), ("Brindle", "PERSON")]))
    linked(art)
    assert values(art, "person") == ["Quorva Brindle"]


def test_the_archive_teaches_given_names_from_the_people_it_shows_in_context():
    # "Quorva" opens a name the archive shows speaking, so it is a given name in "Quorva Tillet" too
    said = tagged(("Quorva Brindle said it was over.", [("Quorva Brindle", "PERSON")]), aid="a1")
    other = tagged(("Crowds cheered Quorva Tillet on Sunday.", [("Quorva Tillet", "PERSON")]), aid="a2")
    linked(said, other)
    assert values(other, "person") == ["Quorva Tillet"]


def test_a_given_name_before_a_common_noun_of_the_archive_is_no_evidence():
    # the archive writes "the fountain", "a fountain": "Maria Fountain" is a thing named after someone (round 43
    # made a "Square" a locality's word, a place before this gate: not_people.named_feature)
    art = tagged(("Crowds filled Maria Fountain on Sunday.", [("Maria Fountain", "PERSON")]),
                 ("The fountain was full; a new fountain was empty; the fountain emptied.", []))
    linked(art)
    assert "Maria Fountain" not in values(art, "person")
    assert person_labels(art, "Maria Fountain") == {NO_FACET}


def test_a_last_name_the_archive_writes_in_lower_case_only_as_a_verb_is_no_common_noun():
    art = tagged(("Crowds cheered Maria Won on Sunday.", [("Maria Won", "PERSON")]),
                 ("The team won twice and won again.", []))
    linked(art)
    assert values(art, "person") == ["Maria Won"]


def test_a_full_name_cut_short_takes_the_one_longer_name_it_is_part_of():
    full = tagged(("Minister Yusra Quorva Brindle said so.", [("Yusra Quorva Brindle", "PERSON")]), aid="a1")
    tail = tagged(("Crowds cheered Quorva Brindle on Sunday.", [("Quorva Brindle", "PERSON")]), aid="a2")
    head = tagged(("Crowds cheered Yusra Quorva on Monday.", [("Yusra Quorva", "PERSON")]), aid="a3")
    linked(full, tail, head)
    assert values(tail, "person") == values(head, "person") == ["Yusra Quorva Brindle"]


def test_a_name_part_of_two_longer_names_stays_as_it_is():
    one = tagged(("Minister Yusra Quorva Brindle said so.", [("Yusra Quorva Brindle", "PERSON")]), aid="a1")
    two = tagged(("Minister Tamsin Quorva Brindle said so.", [("Tamsin Quorva Brindle", "PERSON")]), aid="a2")
    part = tagged(("Quorva Brindle said no.", [("Quorva Brindle", "PERSON")]), aid="a3")
    linked(one, two, part)
    assert values(part, "person") == ["Quorva Brindle"]


def test_a_word_alone_needs_a_persons_context_a_pronoun_nearby_is_not_enough():
    # "he" within the sentence is as often somebody else's; "Herein" and "Quorvan" alone are shown by nothing
    bare = tagged(("Herein lies the problem, he argued.", [("Herein", "PERSON")]), aid="a1")
    said = tagged(("Quorvan said he was done.", [("Quorvan", "PERSON")]), aid="a2")
    linked(bare, said)
    assert values(bare, "person") == [] and person_labels(bare, "Herein") == {NO_FACET}
    assert values(said, "person") == ["Quorvan"]


# --- round 12: a place of the archive's home country ------------------------------------------------------------

def _home_paper(text, ents):
    """Items of a US paper (home country: the US) and one more naming ``text``'s entities."""
    arts = []
    for i in range(8):
        art = tagged((f"The council of Ohio met in Chicago on day {i}.", [("Ohio", "GPE"), ("Chicago", "GPE")]),
                     aid=f"us{i}")
        arts.append(art)
    item = tagged((text, ents), aid="x")
    for art in arts + [item]:
        art.source = "The Daily Courier"
    linked(*arts, item)
    return item


def test_a_home_country_place_is_no_person_on_speech_alone(monkeypatch):
    text, ents = "Fort Wayne said it would open the fair.", [("Fort Wayne", "PERSON")]
    assert values(_home_paper(text, ents), "person") == []
    monkeypatch.setenv("NEWSFACET_PERSON_HOME_PLACE", "0")
    assert values(_home_paper(text, ents), "person") == ["Fort Wayne"]
