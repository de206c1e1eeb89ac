"""Round 30 (issue 11): spans the model ran over what is no part of a name -- a reporting verb opening the sentence
before its speaker ("Said Mr Fogg:"), the "v" of a fixture or a law case, an embedded post's hashtag or link. Hand-made NER spans."""
from __future__ import annotations

from indexer.entities.spans import trim
from tests.test_entities_units import tagged


def _mentions(text, span, label):
    return [(m.text, m.kind, m.value) for m in tagged((text, [(span, label)])).mentions]


def test_a_reporting_verb_opening_the_sentence_is_no_part_of_the_speakers_name():
    assert _mentions('It will not fit a TV. Said Mr Fogg: "It is a computer."', "Said Mr Fogg", "PERSON") \
        == [("Fogg", "person", "Fogg")]
    assert _mentions("“Only nine were arts students.” Said Sycamore-Smith.", "Said Sycamore-Smith", "PERSON") \
        == [("Sycamore-Smith", "person", "Sycamore-Smith")]


def test_a_person_called_said_keeps_his_name():
    assert _mentions("Three men - Mohamed Kenneh, 19, Said Abdi, 18, were held.", "Said Abdi", "PERSON") \
        == [("Said Abdi", "person", "Said Abdi")]
    assert _mentions("Said Jalili met the envoys in Geneva.", "Said Jalili", "PERSON")[0][2] == "Said Jalili"


def test_a_fixture_is_two_sides():
    got = _mentions("Brentford v Manchester United will be shown live.", "Brentford v Manchester United", "ORG")
    assert [(t, k) for t, k, _ in got] == [("Brentford", "org"), ("Manchester United", "org")]
    got = _mentions("Republic of Ireland v Cyprus ended 1-0.", "Republic of Ireland v Cyprus", "GPE")
    assert [t for t, _, _ in got] == ["Republic of Ireland", "Cyprus"]


def test_a_side_cut_from_its_fixture_is_the_side():
    assert _mentions("Tickets for Manchester City vs Arsenal sold out.", "Manchester City vs", "ORG") \
        == [("Manchester City", "org", "Manchester City")]


def test_a_law_case_is_none_of_the_facets():
    assert _mentions("The court cited Brown v. Board of Education in its ruling.", "Brown v. Board of Education",
                     "ORG") == []


def test_a_hashtag_or_a_link_ends_a_name():
    text = "negotiations after Brexit #EUref pic.twitter.com/o0fo9ZHig9"
    start = text.index("Brexit")
    assert text[slice(*trim(text, start, len(text)))] == "Brexit"
    text = "a post by Snake Catchers https://t.co/x"
    start = text.index("Snake")
    assert text[slice(*trim(text, start, len(text)))] == "Snake Catchers"
    text = "the #MeToo movement"  # a hashtag that is the name itself stays
    assert text[slice(*trim(text, 4, 10))] == "#MeToo"
