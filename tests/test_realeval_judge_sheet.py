"""The judging sheet marks the mention inside its own sentence and reads region/country values off places."""
from indexer.realeval.judge_sheet import _sentence, _value_of
from search.model import Mention


def test_sentence_marks_the_mention_within_its_sentence():
    text = "Rain fell in Accra. The Black Stars beat Mali 2-0 in Abidjan. Fans cheered."
    at = text.index("Mali")
    out = _sentence(text, at, at + 4)
    assert out == "The Black Stars beat [[Mali]] 2-0 in Abidjan."


def test_sentence_is_cut_around_a_long_sentence():
    text = "word " * 200 + "Accra" + " word" * 200
    at = text.index("Accra")
    out = _sentence(text, at, at + 5, width=40)
    assert "[[Accra]]" in out and len(out) < 60


def test_value_of_reads_the_facet_a_mention_feeds():
    place = Mention(0, 0, 5, "Accra", "place", "Accra", region="Greater Accra", country="Ghana")
    person = Mention(0, 0, 4, "Mali", "person", "Mali")
    assert _value_of(place, "country") == "Ghana"
    assert _value_of(place, "region") == "Greater Accra"
    assert _value_of(place, "place") == "Accra"
    assert _value_of(person, "place") is None
    assert _value_of(person, "country") is None
    assert _value_of(person, "person") == "Mali"
