"""Four-digit clock times before a time zone are times of day, never years; a decade of a life is an age."""
from __future__ import annotations

from datetime import date

import pytest

from indexer.dates.clock import cut_clock
from indexer.dates.mentions import date_mentions
from indexer.nlp import NerSpan


@pytest.mark.parametrize("text, span, left", [
    ("shown on BBC News 24 from 1130 to 1215 GMT on Wednesday", "24 from 1130 to 1215", "24"),
    ("would restart at 4:30 am on Sunday (1530 GMT on Saturday)", "Sunday (1530", "Sunday"),
    ("will terminate after 1700 EST April 9 for the debentures", "1700 EST April 9", "April 9"),
    ("deaths as of 1900 GMT on Friday", "1900 GMT on Friday", "Friday"),
    ("open as of 1000 local / 1600 GMT", "1000", ""),
    ("the meeting at 1000 hrs in Harare", "1000", ""),
    # years stay years
    ("the 2000 local elections", "2000", "2000"),
    ("in 1945, the war ended", "1945", "1945"),
    ("it ran from 1930 to 1945 in Berlin", "1930 to 1945", "1930 to 1945"),
    ("a 2000 est. figure", "2000", "2000"),
])
def test_cut_clock(text, span, left):
    a = text.index(span)
    start, end = cut_clock(text, a, a + len(span))
    assert text[start:end] == left


def test_a_clock_time_tagged_date_makes_no_year_mention():
    text = "Shares rose 4% by 1200 GMT, and the council resumes at 1330 GMT on Friday."
    spans = [NerSpan(text.index("1200"), text.index("1200") + 4, "DATE", "1200"),
             NerSpan(text.index("1330"), text.index("Friday") + 6, "DATE", "1330 GMT on Friday")]
    mentions = date_mentions(0, text, spans, date(2005, 3, 2))  # a Wednesday
    assert [(m.text, m.value) for m in mentions] == [("Friday", "2005-03-04")]


@pytest.mark.parametrize("span, before, expected", [
    ("mid-thirties", "did not take it up until his ", "age"),
    ("early twenties", "struggled with her weight in her ", "age"),
    ("late twenties", "burdened well into their ", "age"),
    ("40s", "a man in his ", "age"),
    ("his mid-seventies", "Already in ", "age"),
    # decades of the calendar stay dates
    ("the seventies", "at the height of his fame in ", None),
    ("the 1980s", "adapted into a soap in ", None),
    ("twenties", "the roaring ", None),
])
def test_an_age_by_decade_is_not_a_date(span, before, expected):
    from indexer.dates.not_dates import not_date_reason

    assert not_date_reason(span, before, ", he said.") == expected


def test_a_persons_decade_of_life_makes_no_date_mention():
    text = "Hailey did not take it up professionally until his mid-thirties, and in the seventies he was famous."
    spans = [NerSpan(text.index("mid-"), text.index("mid-") + 12, "DATE", "mid-thirties"),
             NerSpan(text.index("the seventies"), text.index("the seventies") + 13, "DATE", "the seventies")]
    mentions = date_mentions(0, text, spans, date(2005, 3, 2))
    assert [(m.text, m.value, m.date_end) for m in mentions] == [("the seventies", "1970-01-01", "1979-12-31")]
