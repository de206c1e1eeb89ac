"""Holidays each country dates its own way, dated from the article's own country (indexer/dates/country.py),
and invisible characters (soft hyphens) dropped where text enters the index, for the tagger and the eval alike."""
from __future__ import annotations

from datetime import date

from dates_helpers import spans_of

from indexer.dates import timex_eval
from indexer.dates.context import Context
from indexer.dates.country import dateline_country, leading_country
from indexer.dates.mentions import date_mentions
from indexer.extract.build import visible
from indexer.nlp import NerSpan

AUG15 = date(2025, 8, 15)


def _days(paragraphs: list[str], base: date, places: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    """(text, day) of every mention, paragraphs read in order in one article; ``places`` tagged as GPE."""
    context, out = Context(), set()
    for n, text in enumerate(paragraphs):
        spans = [NerSpan(text.index(p), text.index(p) + len(p), "GPE", p) for p in places if p in text]
        out |= {(m.text, m.value) for m in date_mentions(n, text, spans, base, context)}
    return out


def test_independence_day_is_the_datelined_countrys():
    lead = "{}: Independence Day was observed with rallies and fireworks across the city."
    assert _days([lead.format("ISLAMABAD/RAWALPINDI")], AUG15) == {("Independence Day", "2025-08-14")}
    assert _days([lead.format("WASHINGTON")], AUG15) == {("Independence Day", "2025-07-04")}
    assert _days([lead.format("MANILA")], AUG15) == {("Independence Day", "2025-06-12")}


def test_a_country_dependent_holiday_abstains_where_the_article_does_not_say_where_it_stands():
    assert _days(["Independence Day was observed with rallies and fireworks."], AUG15) == set()
    assert _days(["Workers marched on Labour Day, and shops shut on Christmas Day."], date(2025, 12, 27)) == {
        ("Christmas Day", "2025-12-25")}


def test_the_places_named_decide_when_there_is_no_dateline():
    paragraphs = ["Crowds gathered in Lahore and Karachi on Labour Day.", "Police in Peshawar said all was calm."]
    assert _days(paragraphs, date(2025, 5, 3), places=("Lahore", "Karachi", "Peshawar")) == {
        ("Labour Day", "2025-05-01")}
    # two countries named as often as each other: no country, no date
    tied = ["Leaders of India and Pakistan marked Independence Day."]
    assert _days(tied, AUG15, places=("India", "Pakistan")) == set()


def test_may_day_is_the_first_of_may():
    text = "Police blocked squares to prevent May Day demonstrations."
    assert {(m.text, m.value) for m in date_mentions(0, text, [], date(2025, 5, 2), Context())} == {
        ("May Day", "2025-05-01")}


def test_datelines_and_counts():
    assert dateline_country("KARACHI: The stock exchange rose.") == "PK"
    assert dateline_country("NEW YORK (AP) -- Stocks fell.") == "US"
    assert dateline_country("The minister said: we will act.") is None
    from collections import Counter

    assert leading_country(Counter({"PK": 2, "US": 1})) == "PK"
    assert leading_country(Counter({"PK": 2, "US": 2})) is None


def test_a_soft_hyphen_inside_a_weekday_is_dropped_before_dates_are_read():
    raw = "WASHINGTON: The administration said Tues\u00adday it would act."
    text = " ".join(visible(raw).split())
    got = {(m.text, m.value) for m in date_mentions(0, text, spans_of(text, "Tuesday"), date(2025, 8, 20), Context())}
    assert got == {("Tuesday", "2025-08-19")}


def test_the_eval_reads_gold_on_the_text_the_index_stores():
    doc = {"doc": "x", "dct": "2025-08-20", "set": "s", "paragraphs": ["Con\u00adtinued  on Tues\u00adday ."],
           "timexes": [{"p": 0, "start": 15, "end": 23, "text": "Tues\u00adday", "kind": "scored"}]}
    moved = timex_eval.as_indexed(doc)
    assert moved["paragraphs"] == ["Continued on Tuesday ."]
    t = moved["timexes"][0]
    assert moved["paragraphs"][0][t["start"]:t["end"]] == "Tuesday" == t["text"]


def test_a_holiday_named_with_its_own_country_is_that_countrys():
    # a Pakistani agency covering Tunisia's day: the owner named beside the holiday decides over the dateline
    text = "ISLAMABAD: Envoys gathered on Wednesday to commemorate Tunisia’s Independence Day."
    assert ("Independence Day", "2025-03-20") in _days([text], date(2025, 3, 21))
    assert ("Independence Day", "2024-07-28") in _days(["LIMA: The 203rd Independence Day of Peru was marked."],
                                                      date(2024, 8, 1))
    # a people's adjective the calendar cannot place: no date rather than the dateline's
    assert not any(t == "Independence Day" for t, _ in _days(
        ["ISLAMABAD: It is often confused with the Mexican Independence Day."], date(2025, 5, 6)))


def test_thanksgiving_is_americas_unless_the_story_is_canadian():
    text = "HAVANA: The boy was found clinging to an inner tube in the Atlantic last Thanksgiving, officials said."
    assert ("last Thanksgiving", "1999-11-25") in _days([text], date(2000, 2, 10))


def test_a_peoples_adjective_names_its_country():
    text = "LONDON: Envoys marked the Pakistani Independence Day with a reception on Thursday."
    assert ("Independence Day", "2025-08-14") in _days([text], date(2025, 8, 16))
