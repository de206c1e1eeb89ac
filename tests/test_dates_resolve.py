"""Date resolution with hand-made spans: no spaCy model, no seeds, no machine clock."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.dates.context import Resolved
from indexer.dates.mentions import date_mentions
from indexer.dates.not_dates import not_date_reason
from indexer.dates.patterns import nearest_month_year, nearest_year
from indexer.dates.resolve import resolve
from indexer.nlp import NerSpan

MON = date(2025, 6, 30)  # a Monday story
WED = date(2025, 7, 2)
THU = date(2025, 7, 3)
MON_JULY = date(2025, 7, 7)


def r(text, base, before="", after=""):
    got = resolve(text, base, before, after)
    return None if got is None else (got.start.isoformat(), got.end.isoformat(), got.granularity)


def day(iso, end=None):
    return (iso, end or iso, "day")


@pytest.mark.parametrize("text, expected", [
    ("on July 1", day("2025-07-01")),
    ("June 30", day("2025-06-30")),
    ("Nov. 17, 2024", day("2024-11-17")),
    ("October 7, 2023", day("2023-10-07")),
    ("17 November 2024", day("2024-11-17")),
    ("Monday, June 30, 2025", day("2025-06-30")),
    ("earlier on June 30", day("2025-06-30")),
    ("Early June 22", day("2025-06-22")),
    ("June 25.According", day("2025-06-25")),  # scraped text that lost the space after a full stop
])
def test_explicit_days(text, expected):
    assert r(text, THU) == expected


@pytest.mark.parametrize("text, expected", [
    ("June 24-25", day("2025-06-24", "2025-06-25")),
    ("June 27-28", day("2025-06-27", "2025-06-28")),
    ("the weekend of June 7-8", day("2025-06-07", "2025-06-08")),
    ("Friday and Saturday, June 27-28", day("2025-06-27", "2025-06-28")),
    ("June 30-July 1", day("2025-06-30", "2025-07-01")),
    ("between May 18 and 21, 1944", day("1944-05-18", "1944-05-21")),
    ("June 15-17", day("2025-06-15", "2025-06-17")),
    ("May-June", ("2025-05-01", "2025-06-30", "month")),
    ("between January and April", ("2025-01-01", "2025-04-30", "month")),
    ("between 1984 and 1991", ("1984-01-01", "1991-12-31", "year")),
])
def test_ranges(text, expected):
    assert r(text, THU) == expected


@pytest.mark.parametrize("text, expected", [
    ("in 2022", ("2022-01-01", "2022-12-31", "year")),
    ("1944", ("1944-01-01", "1944-12-31", "year")),
    ("late 2024", ("2024-09-01", "2024-12-31", "year")),
    ("the first half of 2025", ("2025-01-01", "2025-06-30", "year")),
    ("the 1980s", ("1980-01-01", "1989-12-31", "decade")),
    ("early 1990s", ("1990-01-01", "1993-12-31", "decade")),
    ("June 2024", ("2024-06-01", "2024-06-30", "month")),
    ("fall 2024", ("2024-09-01", "2024-11-30", "month")),
    ("early June", ("2025-06-01", "2025-06-10", "month")),
    ("mid-June", ("2025-06-11", "2025-06-20", "month")),
    ("late May", ("2025-05-21", "2025-05-31", "month")),
    ("in May", ("2025-05-01", "2025-05-31", "month")),
    ("Last March", ("2025-03-01", "2025-03-31", "month")),
    ("last month", ("2025-06-01", "2025-06-30", "month")),
    ("earlier this month", ("2025-07-01", "2025-07-31", "month")),
    ("this year", ("2025-01-01", "2025-12-31", "year")),
    ("last year's", ("2024-01-01", "2024-12-31", "year")),
    ("next year", ("2026-01-01", "2026-12-31", "year")),
    ("four years ago", ("2021-01-01", "2021-12-31", "year")),
    ("two weeks ago", ("2025-06-16", "2025-06-22", "week")),
    ("today", day("2025-07-03")),
    ("tonight", day("2025-07-03")),
    ("two days ago", day("2025-07-01")),
])
def test_months_years_and_relative_units(text, expected):
    assert r(text, THU) == expected


def test_weeks_and_weekends():
    assert r("last week", WED) == ("2025-06-23", "2025-06-29", "week")
    assert r("last week", MON_JULY) == ("2025-06-30", "2025-07-06", "week")
    assert r("this week", WED) == ("2025-06-30", "2025-07-06", "week")
    assert r("the weekend", MON) == day("2025-06-28", "2025-06-29")
    assert r("over the weekend", MON_JULY) == day("2025-07-05", "2025-07-06")
    assert r("this weekend's", date(2025, 7, 13)) == day("2025-07-12", "2025-07-13")  # said on a Sunday


def test_weekday_in_a_story_of_that_weekday_is_publication_day():
    assert r("Monday", MON) == day("2025-06-30")
    assert r("Monday evening", MON) == day("2025-06-30")
    assert r("Earlier Monday", MON_JULY) == day("2025-07-07")


def test_other_weekdays_are_the_latest_one_before_publication():
    assert r("late Sunday", MON) == day("2025-06-29")
    assert r("Tuesday", WED) == day("2025-07-01")
    assert r("Sunday", WED) == day("2025-06-29")
    assert r("Monday", WED) == day("2025-06-30")
    assert r("last Monday", MON) == day("2025-06-23")


def test_weekday_after_publication_only_when_the_context_says_so():
    assert r("next Monday", WED) == day("2025-07-07")
    assert r("Friday", WED, before="Zelenskyy told reporters he hopes to speak to Trump as soon as ") == day("2025-07-04")
    assert r("Friday", WED, before="The two leaders will meet on ") == day("2025-07-04")
    assert r("Friday", WED, before="The strike was carried out by drones on ") == day("2025-06-27")


def test_year_choice_is_nearest_to_publication_preferring_the_past():
    assert nearest_year(6, 30, THU) == 2025
    assert nearest_year(7, 9, THU) == 2025  # a week ahead: upcoming, not last year
    assert nearest_year(12, 15, THU) == 2024  # last December, not next
    assert nearest_year(1, 2, date(2025, 12, 28)) == 2026  # New Year's week
    assert nearest_month_year(10, THU) == 2025  # "in October" said in July: this October
    assert nearest_month_year(1, THU) == 2025  # "in January" said in July: this January
    assert r("October", THU, before="expected to be held in Minsk in ") == ("2025-10-01", "2025-10-31", "month")
    assert r("April", THU, before="the first meeting between them since ") == ("2025-04-01", "2025-04-30", "month")


def test_no_june_or_july_leaves_the_publication_year():
    for base in (date(2025, 6, 19), THU, MON_JULY):
        for text in ("June 2", "June 19", "June 30", "July 1", "July 7", "June", "July", "early June", "mid-June"):
            got = resolve(text, base)
            assert got is not None and got.start.year == 2025, (text, base, got)


def test_that_year_takes_the_year_written_earlier_in_the_paragraph():
    before = "Luhansk had been declared conquered once before, in 2022, before being partially reclaimed in a "
    assert r("September of that year", THU, before=before) == ("2022-09-01", "2022-09-30", "month")
    assert r("September of that year", THU) is None


def test_without_a_publication_date_only_explicit_years_resolve():
    assert r("June 30", None) is None
    assert r("Monday", None) is None
    assert r("last week", None) is None
    assert r("in May", None) is None
    assert r("August 2021", None) == ("2021-08-01", "2021-08-31", "month")
    assert r("October 7, 2023", None) == day("2023-10-07")
    assert r("2003", None) == ("2003-01-01", "2003-12-31", "year")


def test_results_depend_on_the_base_and_never_on_the_clock(monkeypatch):
    # The same words on two bases move with the base; dateparser is always handed RELATIVE_BASE.
    from dateparser.date import DateDataParser

    seen = []
    original = DateDataParser.__init__

    def spy(self, *args, **kwargs):
        seen.append(kwargs.get("settings", {}).get("RELATIVE_BASE"))
        original(self, *args, **kwargs)

    monkeypatch.setattr(DateDataParser, "__init__", spy)
    assert r("July the 1st", THU) == day("2025-07-01")
    assert r("July the 1st", date(2019, 7, 3)) == day("2019-07-01")
    assert seen and all(b is not None for b in seen)
    assert [b.year for b in seen] == [2025, 2019]
    for text in ("Monday", "June 30", "last month", "the weekend"):
        a, b = resolve(text, THU), resolve(text, date(2019, 7, 3))
        assert a.start.year == 2025 and b.start.year == 2019


@pytest.mark.parametrize("text", [
    "16-year-old", "42-year-old", "a 6-year-old", "aged 18 to 24", "30-day", "12-day", "one-year", "2–3-day",
    "12 years", "more than three years", "33 months", "21 months", "the intervening 33 months", "the past month",
    "the past 24 hours", "nearly two weeks", "recent weeks", "annually", "each year", "now", "we", "may",
    "the following day", "The previous day", "the same day", "that month", "the last two decades", "49",
    "JJEToday", "JapanToday", "months", "Years", "time10 hours ago",
])
def test_not_dates(text):
    assert not_date_reason(text) is not None, text


def test_today_after_japan_is_the_outlet():
    assert not_date_reason("Today", before="Japan ") == "name"
    assert not_date_reason("today", before="we will see ") is None


def test_dates_that_look_like_durations_are_kept():
    for text in ("four years ago", "last month", "last week", "next year", "this year", "the weekend"):
        assert not_date_reason(text) is None, text


def test_mentions_from_spans_and_regex_with_offsets():
    text = ("Putin June 20 revealed it, and in May he said a 16-year-old was held for a 30-day term; "
            "we know that more deployments are expected as early as July or August.")
    spans = [NerSpan(0, 13, "ORG", "Putin June 20"), NerSpan(48, 59, "DATE", "16-year-old"),
             NerSpan(76, 82, "DATE", "30-day"), NerSpan(131, 150, "DATE", "as early as July or")]
    got = {(m.text, m.value, m.date_end, m.granularity) for m in date_mentions(3, text, spans, date(2025, 7, 1))}
    assert got == {
        ("June 20", "2025-06-20", "2025-06-20", "day"),  # swallowed into an ORG; found by the regex pass
        ("May", "2025-05-01", "2025-05-31", "month"),
        ("as early as July", "2025-07-01", "2025-07-31", "month"),
        ("August", "2025-08-01", "2025-08-31", "month"),
    }
    for m in date_mentions(3, text, spans, date(2025, 7, 1)):
        assert text[m.start:m.end] == m.text and m.paragraph == 3 and m.kind == "date"


def test_weekday_pair_before_a_range_is_one_mention():
    text = "On Friday and Saturday, June 27-28, Ukrainian drones struck the Kirovske airfield."
    spans = [NerSpan(3, 9, "DATE", "Friday"), NerSpan(14, 34, "DATE", "Saturday, June 27-28")]
    [m] = date_mentions(0, text, spans, WED)
    assert (m.text, m.value, m.date_end) == ("Friday and Saturday, June 27-28", "2025-06-27", "2025-06-28")


def test_resolved_is_a_value():
    assert Resolved(MON, MON, "day") == Resolved(MON, MON, "day")


def test_year_spacy_left_after_of_is_taken_in():
    text = "Moscow has been recruiting convicts for its war since the summer of 2022, first under Wagner."
    start = text.index("the summer of")
    [m] = date_mentions(0, text, [NerSpan(start, start + len("the summer of"), "DATE", "the summer of")], WED)
    assert (m.text, m.value, m.date_end, m.granularity) == ("the summer of 2022", "2022-06-01", "2022-08-31", "month")


def test_a_day_of_every_year_is_not_an_event_date():
    assert not_date_reason("May 18", after=" as the official Day of Remembrance for the Victims") == "recurring"
    assert not_date_reason("May 18", after=" as the attack began") is None


_WORDS = st.sampled_from([
    "June", "July", "Nov.", "May", "Monday", "weekend", "last", "next", "week", "month", "year", "of", "and",
    "-", "–", "between", "early", "mid-", "late", "2024", "1944", "the", "1980s", "30", "31", "7", "ago",
    "two", "days", "today", "we", "now", ",", ".", "that", "summer", "quarter", "first", "half", "Earlier",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_resolver_never_raises_and_ranges_are_ordered(words, base):
    for b in (base, None):
        got = resolve(" ".join(words), b)
        if got is not None:
            assert got.start <= got.end and got.granularity in {"day", "week", "month", "year", "decade"}


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25), st.data())
def test_mentions_from_arbitrary_spans_keep_valid_offsets(words, data):
    text = " ".join(words)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    for m in date_mentions(0, text, [NerSpan(a, b, "DATE", text[a:b])], THU):
        assert text[m.start:m.end] == m.text and m.start < m.end
