"""Event-date error classes from issue 14, each on sentences written for these tests (none from eval data).

Publication days are chosen so that the wrong reading lands on a different day than the right one.
"""
from __future__ import annotations

import json
from datetime import date

import pytest
from dates_helpers import WED, american, mentions, span

from indexer.dates import timex_eval
from indexer.dates.context import Context
from indexer.dates.mentions import date_mentions
from indexer.dates.not_dates import not_date_reason
from indexer.dates.tense import direction
from indexer.dates.timeml import classify, convert, value_span

# --- a weekday after publication when the sentence says so ---------------------------------------------

@pytest.mark.parametrize("before, text", [
    ("The delegation planned to leave Lagos on ", "Thursday"),
    ("Tenants have until 9 a.m. ", "Friday"),
    ("The vote was postponed until 15:00 GMT ", "Saturday"),
    ("The court will hear the appeal ", "Monday"),
    ("The minister is scheduled to visit the port on ", "Tuesday"),
    ("Her lawyers said she would be released ", "Monday"),
])
def test_future_cue_puts_a_weekday_after_publication(before, text):
    got = span(text, before)
    assert got is not None and got[0] > WED.isoformat(), (before, got)


@pytest.mark.parametrize("before, text", [
    ("The offer, due to expire ", "last Thursday"),
    ("Shares fell on lower-than-expected sales after the market closed ", "Tuesday"),
    ("Police said ", "Monday"),
    ("A planned bridge across the river was opened on ", "Monday"),
    ("He ran the agency until ", "Friday"),
])
def test_false_future_cues_leave_a_weekday_in_the_past(before, text):
    got = span(text, before)
    assert got is not None and got[0] <= WED.isoformat(), (before, got)


def test_a_time_of_day_before_the_weekday_does_not_hide_it():
    assert span("9 a.m. Friday", "The strike will end at ") == ("2024-03-15", "2024-03-15")
    assert span("9 a.m. Friday", "The strike ended at ") == ("2024-03-08", "2024-03-08")
    # No past cue, and last Friday would be five days back: the coming one (the day two days ahead).
    assert span("the day Friday", "Rain is forecast for ") == ("2024-03-15", "2024-03-15")
    assert span("the day Friday", "Rain fell for ") == ("2024-03-08", "2024-03-08")


def test_direction_reads_the_nearest_cue_in_the_clause():
    assert direction("The board will meet, a spokesman said ", "Friday") == "past"
    assert direction("A spokesman said the board will meet ", "Friday") == "future"
    assert direction("Mr. Ode, who met Gov. Bala, will return ", "Friday") == "future"  # "Gov." ends no clause
    assert direction("The bill must be signed by ", "Friday") == "future"  # "signed" after "be" is no past
    assert direction("It rained ", "Friday") == "past"
    assert direction("Markets were calm ", "Friday") == "past"


# --- the year of a month-day without one ---------------------------------------------------------------

def test_future_cue_takes_the_coming_month_day():
    feb = date(2024, 2, 2)
    # Nearest alone would pick last June (8 months back vs 4 ahead); "effective" looks ahead.
    assert span("June 1", "The new tariff takes effect ", feb) == ("2024-06-01", "2024-06-01")
    assert span("June 1", "The price rise, effective ", feb) == ("2024-06-01", "2024-06-01")
    assert span("Dec. 14", "The dividend will be paid ", date(2024, 10, 20)) == ("2024-12-14", "2024-12-14")


def test_past_verb_right_before_takes_the_past_month_day():
    jan = date(2024, 1, 20)
    assert span("Jan. 31", "Profit rose 8% in the fiscal year ended ", jan) == ("2023-01-31", "2023-01-31")
    # Without the verb right before, the nearest Jan. 31 (eleven days ahead) stands.
    assert span("Jan. 31", "Analysts said the filing deadline is ", jan) == ("2024-01-31", "2024-01-31")


# --- quarters, halves, fiscal years as ranges ----------------------------------------------------------

@pytest.mark.parametrize("text, before, base, want", [
    ("the third quarter", "Net income rose in ", date(2023, 11, 8), ("2023-07-01", "2023-09-30")),
    ("fourth-quarter", "The retailer posted a ", date(2024, 1, 25), ("2023-10-01", "2023-12-31")),
    ("third-quarter", "The bank expects to report ", date(2023, 10, 5), ("2023-07-01", "2023-09-30")),
    ("the first quarter", "The plant will reopen in ", date(2023, 11, 8), ("2024-01-01", "2024-03-31")),
    ("the first half", "Sales grew 4% in ", date(2023, 9, 1), ("2023-01-01", "2023-06-30")),
    ("the second half of 2022", "", date(2023, 9, 1), ("2022-07-01", "2022-12-31")),
    ("the last half of 2022", "", date(2023, 9, 1), ("2022-07-01", "2022-12-31")),
    ("fiscal 2021", "Revenue for ", date(2023, 9, 1), ("2021-01-01", "2021-12-31")),
    ("the fiscal second quarter", "Losses narrowed in ", date(2023, 9, 1), ("2023-04-01", "2023-06-30")),
    ("Q2 2022", "", date(2023, 9, 1), ("2022-04-01", "2022-06-30")),
    ("the current quarter", "", date(2023, 9, 1), ("2023-07-01", "2023-09-30")),
    ("the latest quarter", "", date(2023, 11, 8), ("2023-07-01", "2023-09-30")),
    ("the first two quarters of 2025", "", date(2024, 11, 8), ("2025-01-01", "2025-06-30")),
])
def test_reporting_periods_are_ranges(text, before, base, want):
    assert span(text, before, base) == want


def test_year_earlier_comparisons_follow_the_period_the_story_named():
    text = ("Third-quarter profit at the brewer rose to $12 million from $9 million a year earlier. "
            "In the 2022 period, costs were lower.")
    got = mentions(text, "Third-quarter", "a year earlier", "2022", base=date(2023, 10, 30))
    assert ("Third-quarter", "2023-07-01", "2023-09-30") in got
    assert ("a year earlier", "2022-07-01", "2022-09-30") in got
    assert ("2022", "2022-07-01", "2022-09-30") in got


def test_year_earlier_without_a_quarter_is_the_year_before():
    assert span("a year earlier", "Wages were 3% higher than ", date(2024, 2, 2)) == ("2023-01-01", "2023-12-31")
    text = "Output for the first nine months rose 5% from a year earlier."
    assert ("a year earlier", "2023-01-01", "2023-12-31") in mentions(
        text, "the first nine months", "a year earlier", base=date(2024, 10, 30))


def test_the_corresponding_period_last_year_is_a_quarter():
    text = "Fourth-quarter sales fell 2% from the same period last year."
    got = mentions(text, "Fourth-quarter", "last year", base=date(2024, 2, 1))
    assert ("last year", "2022-10-01", "2022-12-31") in got


# --- two weekdays are two days ------------------------------------------------------------------------

def test_two_weekdays_joined_by_and_are_two_days():
    text = "Talks were held Friday and Thursday in the capital."
    got = mentions(text, "Friday", "Thursday")
    assert got == {("Friday", "2024-03-08", "2024-03-08"), ("Thursday", "2024-03-07", "2024-03-07")}
    text = "Rallies took place on Monday and Tuesday across the region."
    got = mentions(text, "Monday and Tuesday")
    assert got == {("Monday", "2024-03-11", "2024-03-11"), ("Tuesday", "2024-03-12", "2024-03-12")}


def test_a_range_from_a_month_day_to_a_weekday_is_two_days():
    text = "The exhibition runs from March 2 to Sunday at the city museum."
    got = mentions(text, "March 2 to Sunday")
    assert ("March 2", "2024-03-02", "2024-03-02") in got
    assert any(t == "Sunday" for t, _, _ in got)


def test_a_quarter_ended_on_a_day_is_the_quarter_and_the_day():
    text = "The miner lost money in the second quarter ended June 29, it said."
    got = mentions(text, "the second quarter ended June 29", base=date(2024, 8, 1))
    assert got == {("the second quarter", "2024-04-01", "2024-06-30"), ("June 29", "2024-06-29", "2024-06-29")}


# --- not days -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, before, after", [
    ("today", "Parents worry about ", "'s world of screens."),
    ("today", "Few of ", "'s teenagers read newspapers."),
    ("tomorrow", "He spoke of the farmers of ", " and their needs."),
    ("Today", "You are listening to Radio ", ", the morning show."),
    ("Thursday", "Flights leave each ", " from May."),
    ("July", "Pilgrims gather there every ", "."),
    ("March 4", "ACCRA, ", " (AP) -- The central bank"),
])
def test_generic_days_recurring_days_and_datelines_are_not_event_dates(text, before, after):
    assert not_date_reason(text, before, after) is not None


def test_a_real_today_is_kept():
    assert not_date_reason("today", "The council meets ", "'s session at noon.") is None
    assert not_date_reason("today", "Hearings resume ", ".") is None


# --- day words, holidays, spoken years ----------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("late yesterday", "2024-03-12"), ("early today", "2024-03-13"), ("yesterday afternoon", "2024-03-12"),
    ("later this afternoon", "2024-03-13"), ("tomorrow night", "2024-03-14"),
])
def test_day_words_with_a_part_of_the_day(text, want):
    assert span(text) == (want, want)


@pytest.mark.parametrize("text, base, before, want", [
    ("Thanksgiving Day", date(2000, 1, 7), "The boy was rescued on ", "1999-11-25"),
    ("last Thanksgiving", date(2000, 2, 10), "", "1999-11-25"),
    ("Election Day", date(1998, 10, 20), "Polls close at 8 p.m. on ", "1998-11-03"),
    ("Election Day", date(2021, 1, 15), "Turnout on ", "2020-11-03"),
    ("Christmas", date(2023, 12, 27), "Shops were shut over ", "2023-12-25"),
    ("Christmas", date(2023, 12, 10), "The family will be home for ", "2023-12-25"),
    ("New Year's Day", date(2024, 1, 3), "The fire broke out on ", "2024-01-01"),
    ("New Year's Day", date(2023, 12, 20), "The law takes effect on ", "2024-01-01"),
    ("Memorial Day", date(2024, 6, 3), "Traffic deaths over ", "2024-05-27"),
    ("Christmas 1914", date(2024, 6, 3), "", "1914-12-25"),
])
def test_holidays_resolve_to_their_day_in_the_right_year(text, base, before, want):
    assert span(text, before, base, context=american()) == (want, want)


def test_holidays_are_found_in_running_text():
    text = "The ferry sank on Thanksgiving Day, and divers searched until Christmas Eve."
    got = {(m.text, m.value) for m in date_mentions(0, text, [], date(2023, 12, 28), Context())}
    assert got == {("Thanksgiving Day", "2023-11-23"), ("Christmas Eve", "2023-12-24")}


@pytest.mark.parametrize("text, want", [
    ("nineteen ninety-one", ("1991-01-01", "1991-12-31")),
    ("the year two thousand", ("2000-01-01", "2000-12-31")),
    ("the nineties", ("1990-01-01", "1999-12-31")),
    ("Sunday, March eighth", ("2024-03-08", "2024-03-08")),
])
def test_spoken_years_decades_and_days(text, want):
    assert span(text, "", date(2024, 3, 13)) == want


def test_week_of_a_day_is_that_week():
    assert span("the week of March 18", "A hearing is set for ") == ("2024-03-18", "2024-03-24")


# --- the TIMEX3 gold: value mapping and scoring ---------------------------------------------------------

@pytest.mark.parametrize("value, want", [
    ("1998-08-07", ("1998-08-07", "1998-08-07", "day")),
    ("1998-08-07T09:00", ("1998-08-07", "1998-08-07", "day")),
    ("1998-W32", ("1998-08-03", "1998-08-09", "week")),
    ("1998-W32-WE", ("1998-08-08", "1998-08-09", "weekend")),
    ("1998-02", ("1998-02-01", "1998-02-28", "month")),
    ("1989-Q4", ("1989-10-01", "1989-12-31", "quarter")),
    ("1989-H1", ("1989-01-01", "1989-06-30", "half")),
    ("1989", ("1989-01-01", "1989-12-31", "year")),
    ("199X", ("1990-01-01", "1999-12-31", "decade")),
])
def test_timex_values_map_to_day_spans(value, want):
    first, last, unit = value_span(value)
    assert (first.isoformat(), last.isoformat(), unit) == want


def test_timex_kinds():
    assert classify("DURATION", "P3Y", None)[0] == "not_date"
    assert classify("DATE", "PRESENT_REF", None)[0] == "not_date"
    assert classify("DATE", "XXXX-XX-XX", None)[0] == "neutral"
    assert classify("DATE", "1998-SU", None)[0] == "neutral"
    assert classify("DATE", "1990", "BEFORE")[0] == "neutral"
    assert classify("TIME", "1998-08-07T09:00", None)[0] == "scored"


def test_convert_keeps_offsets_into_paragraphs(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<?xml version="1.0" ?><TimeML><DOCID>X1</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">05/04/01</TIMEX3></DCT>'
        '<TEXT>\nRain fell <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3>.\n\n'
        'It lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.\n</TEXT></TimeML>',
        encoding="utf-8")
    doc = convert(tml)
    assert doc["dct"] == "2001-05-04" and doc["paragraphs"] == ["Rain fell Thursday.", "It lasted two days."]
    t1, t2 = doc["timexes"]
    assert doc["paragraphs"][t1["p"]][t1["start"]:t1["end"]] == "Thursday" and t1["span"] == ["2001-05-03"] * 2
    assert t2["kind"] == "not_date" and t2["p"] == 1


def test_scorer_counts_hits_misses_and_wrong_days(tmp_path):
    doc = {"doc": "X", "dct": "2001-05-04", "set": "dev", "paragraphs": ["Rain fell Thursday and lasted two days."],
           "timexes": [{"p": 0, "start": 10, "end": 18, "text": "Thursday", "kind": "scored",
                        "span": ["2001-05-03", "2001-05-03"], "unit": "day"},
                       {"p": 0, "start": 30, "end": 38, "text": "two days", "kind": "not_date", "value": "P2D"}]}
    right = timex_eval.score([doc], [[(0, 10, 18, "2001-05-03", "2001-05-03")]])
    assert (right.tp, right.fp, right.fn, right.precision, right.recall) == (1, 0, 0, 1.0, 1.0)
    wrong = timex_eval.score([doc], [[(0, 10, 18, "2001-04-26", "2001-04-26"), (0, 30, 38, "2001-05-02", "2001-05-03")]])
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 2, 1)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert timex_eval.load(path, "dev") == [doc] and timex_eval.load(path, "heldout") == []
