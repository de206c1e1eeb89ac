"""Round-33 span class (issue 11): an abbreviation's own dot is part of the name ("Ford Motor Co.", "Fresno,
Calif."), as newswire NER gold and the model's span have it; and a state's abbreviation written without its dot
("Conn analyzed", "attended Penn") is no state (span_edges.trim, places._candidates)."""
from __future__ import annotations

import pytest

from indexer.entities import link_people
from indexer.entities.spans import trim
from search.model import Article
from tests.test_entities_round6_places import tagged


def _mention(art: Article, start_text: str):
    found = [m for m in art.mentions if m.text.startswith(start_text)]
    assert found, [(m.text, m.kind) for m in art.mentions]
    return found[0]


@pytest.mark.parametrize(("text", "name"), [
    ("The deal was announced by Ford Motor Co. on Monday.", "Ford Motor Co."),
    ("He sued Manpower Inc. last year.", "Manpower Inc."),
    ("COPYRIGHT 1998 BY WORLDSOURCES, INC.", "WORLDSOURCES, INC."),
    ("She lives in Fresno, Calif., with her family.", "Calif."),
    ("The company is based in Hartford, Conn.", "Conn."),
])
def test_an_abbreviations_dot_stays_with_the_name(text, name):
    start = text.index(name)
    assert trim(text, start, start + len(name)) == (start, start + len(name))


def test_a_sentences_dot_after_a_whole_word_still_goes():
    text = "Shares of Ford Motor rose."
    start = text.index("Ford Motor")
    assert trim(text, start, start + len("Ford Motor.")) == (start, start + len("Ford Motor"))


def test_a_legal_form_alone_is_no_name_to_keep_a_dot_for():
    text = "The Co. said so."
    assert trim(text, 4, 7) == (4, 6)


def test_the_value_is_the_name_without_the_dot():
    art = tagged("The deal was announced by Ford Motor Co. on Monday.", [("Ford Motor Co.", "ORG")])
    ford = _mention(art, "Ford")
    assert (ford.text, ford.kind, ford.value) == ("Ford Motor Co.", "org", "Ford Motor Co")
    art = tagged("She lives in Fresno, Calif., with her family.", [("Fresno", "GPE"), ("Calif.", "GPE")])
    calif = _mention(art, "Calif")
    assert (calif.text, calif.value, calif.country) == ("Calif.", "California", "United States")


def _linked(text: str, ents: list[tuple[str, str]]) -> Article:
    art = tagged(text, ents)
    link_people([art])
    return art


def test_a_dotless_abbreviation_is_no_state():
    art = _linked("Conn analyzed the talking points on immigration.", [("Conn", "GPE")])
    assert not [m for m in art.mentions if m.kind == "place" and m.country]
    art = _linked("Priests celebrate Mass every Sunday.", [("Mass", "GPE")])
    assert not [m for m in art.mentions if m.kind == "place" and m.country]
    # the sentence's dot is no wire abbreviation's: "a special Mass." is the service
    art = _linked("The Pope will declare him a saint in a special Mass.", [("Mass.", "GPE")])
    assert not [m for m in art.mentions if m.kind == "place" and m.country]
    art = _linked("The bill was backed by Joe Lieberman (Ind.) of Connecticut.", [("Ind.", "GPE")])
    assert not [m for m in art.mentions if m.text.startswith("Ind") and m.kind == "place" and m.country]


def test_a_party_letter_before_an_abbreviation_makes_it_the_state():
    art = _linked("The bill's sponsor, Sen. Tom Carper (D–Del.), spoke first.", [("Del.", "GPE")])
    assert (_mention(art, "Del").value, _mention(art, "Del").country) == ("Delaware", "United States")
    art = _linked("The task force, headed by Senate Majority Leader Robert Dole (Kan.), met.", [("Kan.", "GPE")])
    assert (_mention(art, "Kan").value, _mention(art, "Kan").country) == ("Kansas", "United States")


def test_a_dotted_abbreviation_places_its_town():
    art = _linked("The company is based in Hartford, Conn.", [("Hartford", "GPE"), ("Conn.", "GPE")])
    hartford, conn = _mention(art, "Hartford"), _mention(art, "Conn")
    assert (hartford.region, conn.text, conn.value) == ("Connecticut", "Conn.", "Connecticut")
    art = _linked("He publishes Imagine Media of Brisbane, Calif., a magazine group.",
                  [("Brisbane", "GPE"), ("Calif.", "GPE")])
    assert (_mention(art, "Brisbane").region, _mention(art, "Brisbane").country) == ("California", "United States")


def test_a_dotless_abbreviation_after_a_town_and_comma_is_the_state():
    art = _linked("NORWOOD, Mass, June 29 - Phoenix Technologies Ltd said it signed an agreement.",
                  [("NORWOOD", "GPE"), ("Mass", "GPE")])
    assert _mention(art, "Mass").country == "United States"


def test_the_switch_reads_dotless_abbreviations_as_states(monkeypatch):
    monkeypatch.setenv("NEWSFACET_STATE_ABBREVIATION_USE", "0")
    art = _linked("Conn analyzed the talking points on immigration.", [("Conn", "GPE")])
    assert [m.country for m in art.mentions if m.kind == "place"] == ["United States"]
