"""Event-date classes of the second issue-14 round, each on sentences written for these tests (none from eval data):
tense cues after a fronted date and in the present tense, weekly schedules, word-joined ranges, reporting
periods referred back to.
"""
from __future__ import annotations

from datetime import date

import pytest
from dates_helpers import american, mentions, span, spans_of

from indexer.dates.mentions import date_mentions
from indexer.dates.not_dates import not_date_reason

# --- the tense of the clause decides the side of publication --------------------------------------------

@pytest.mark.parametrize("before, after, want", [
    ("The consulate will stay closed until 9 a.m. ", ", officials said.", "2024-03-19"),  # "closed" is a state
    ("The two ministers meet separately ", " with the envoy.", "2024-03-18"),
    ("The ultimatum expires ", " at noon.", "2024-03-15"),
    ("Final results are due ", ".", "2024-03-14"),
    ("The two ministers met separately ", " with the envoy.", "2024-03-11"),
    ("The ultimatum expired ", " at noon.", "2024-03-08"),
    ("The storm is expected to hit the coast on ", ".", "2024-03-15"),  # "hit" after "to" is no past
    ("The storm hit the coast on ", ".", "2024-03-08"),
])
def test_present_tense_schedules_and_states_look_ahead(before, after, want):
    weekday = date.fromisoformat(want).strftime("%A")
    assert span(weekday, before, after=after) == (want, want)


@pytest.mark.parametrize("text, want", [
    ("On Friday, the committee will vote on the harbour bill.", "2024-03-15"),
    ("Friday, the league plans to screen a new advertisement.", "2024-03-15"),
    ("On Friday, the committee voted on the harbour bill.", "2024-03-08"),
    ("On Friday, when a hastily planned trip was announced, the ministry lifted its warning.", "2024-03-08"),
    ("On Friday, the chairman said the committee will vote soon.", "2024-03-08"),
])
def test_a_date_that_opens_its_clause_takes_the_tense_of_the_verb_after_it(text, want):
    assert mentions(text, "Friday") == {("Friday", want, want)}


# --- weekly schedules are not one day --------------------------------------------------------------------

@pytest.mark.parametrize("text, before, after", [
    ("Monday", "Two new ferries will leave the port on ", " and Tuesday nights from May 2."),
    ("Tuesday", "Two new ferries will leave the port on Monday and ", " nights from May 2."),
    ("Sundays", "The museum is open on ", "."),
])
def test_weekday_schedules_are_not_event_dates(text, before, after):
    assert not_date_reason(text, before, after) == "frequency"


def test_a_weekday_before_a_single_night_is_a_day():
    assert not_date_reason("Monday", "The fire broke out ", " night near the market.") is None


# --- two dates joined by a word are two mentions ---------------------------------------------------------

def test_from_one_year_to_another_is_two_years():
    text = "The mayor was in office from 1991 to 1997, records show."
    assert mentions(text, "1991 to 1997") == {("1991", "1991-01-01", "1991-12-31"), ("1997", "1997-01-01", "1997-12-31")}


def test_from_a_month_to_a_month_with_one_year_puts_both_in_that_year():
    text = "Prices rose from January to March 2019, the agency said."
    assert mentions(text, "January to March 2019") == {("January", "2019-01-01", "2019-01-31"),
                                                       ("March 2019", "2019-03-01", "2019-03-31")}


def test_between_two_years_stays_one_stretch():
    text = "He sold the shares between 1984 and 1987."
    assert mentions(text, "between 1984 and 1987") == {("between 1984 and 1987", "1984-01-01", "1987-12-31")}


def test_a_range_inside_one_month_gives_its_two_ends():
    # As every hand-made gold set annotates "from April 21 to 26" (round 16, day_pairs.py); a dashed "June 24-26"
    # stays one stretch.
    text = "The fair runs June 24 to 26 in the old town."
    assert mentions(text, "June 24 to 26", base=date(2024, 6, 1)) == {("June 24", "2024-06-24", "2024-06-24"),
                                                                       ("26", "2024-06-26", "2024-06-26")}
    text = "The fair runs June 24-26 in the old town."
    assert mentions(text, "June 24-26", base=date(2024, 6, 1)) == {("June 24-26", "2024-06-24", "2024-06-26")}


# --- reporting periods referred back to -----------------------------------------------------------------

def test_a_hedge_before_a_period_does_not_hide_it():
    assert span("at least the first two quarters of 2025", "Losses will last through ",
                date(2024, 11, 8)) == ("2025-01-01", "2025-06-30")


def test_a_year_ago_period_compares_with_reported_results_not_a_forecast():
    base = date(2023, 10, 30)
    text = ("Third-quarter profit at the mill fell 20%. Analysts expect losses through the third quarter of 2024. "
            "In the year-ago period, the mill earned $4 million.")
    got = mentions(text, "Third-quarter", "the third quarter of 2024", base=base)
    assert ("the year-ago period", "2022-07-01", "2022-09-30") in got  # found by the regex pass, too
    assert ("the third quarter of 2024", "2024-07-01", "2024-09-30") in got


def test_the_latest_period_is_the_quarter_the_story_reported():
    base = date(2023, 10, 30)
    text = ("The group posted net income for the fiscal second quarter of $8 million. "
            "The latest period includes a gain from a land sale.")
    got = mentions(text, "the fiscal second quarter", base=base)
    assert ("The latest period", "2023-04-01", "2023-06-30") in got


def test_a_year_to_date_figure_makes_a_year_earlier_the_previous_year():
    base = date(2023, 10, 30)
    text = ("Third-quarter sales rose. For the first nine months, net was $30 million, compared with $25 million "
            "a year earlier.")
    got = mentions(text, "Third-quarter", "the first nine months", "a year earlier", base=base)
    assert ("a year earlier", "2022-01-01", "2022-12-31") in got


@pytest.mark.parametrize("text, base, want", [
    ("fiscal 2022's first quarter", date(2024, 5, 2), ("2022-01-01", "2022-03-31")),
    ("the July-September quarter", date(2024, 11, 5), ("2024-07-01", "2024-09-30")),
    ("the July-September quarter", date(2024, 5, 2), ("2023-07-01", "2023-09-30")),
    ("the September quarter", date(2024, 11, 5), ("2024-07-01", "2024-09-30")),
    ("the October-March half", date(2024, 5, 2), ("2023-10-01", "2024-03-31")),
    ("the April-June period of 2021", date(2024, 5, 2), ("2021-04-01", "2021-06-30")),
])
def test_periods_named_by_their_months_or_owner_year(text, base, want):
    assert span(text, "Sales rose in ", base) == want


def test_a_quarter_of_two_months_is_not_a_quarter():
    assert span("the July-August quarter", "Sales rose in ", date(2024, 11, 5)) is None


# --- holiday weekends ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, base, want", [
    ("the Thanksgiving weekend", date(2023, 12, 1), ("2023-11-25", "2023-11-26")),  # Thursday holiday: after
    ("the Labor Day weekend", date(2023, 9, 8), ("2023-09-02", "2023-09-04")),  # Monday holiday: before, with it
    ("the Memorial Day holiday weekend", date(2023, 6, 1), ("2023-05-27", "2023-05-29")),
])
def test_a_holiday_weekend_is_the_weekend_next_to_the_holiday(text, base, want):
    assert span(text, "Traffic was heavy over ", base, context=american()) == want


def test_a_holiday_weekend_is_one_mention_when_spacy_stops_before_weekend():
    text = "Traffic was heavy over the Labor Day weekend, police said."
    got = date_mentions(0, text, spans_of(text, "the Labor Day"), date(2023, 9, 8), american())
    assert {(m.text, m.value, m.date_end) for m in got} == {("the Labor Day weekend", "2023-09-02", "2023-09-04")}


def test_a_weekend_ahead_in_a_saturday_story_is_the_one_under_way():
    saturday = date(2024, 3, 16)
    assert span("the weekend", "Residents are expected to be moved over ", after=".", base=saturday) == ("2024-03-16", "2024-03-17")
    # on a weekday, and with "next", the coming weekend as before
    assert span("the weekend", "Residents are expected to be moved over ", after=".") == ("2024-03-16", "2024-03-17")
    assert span("next weekend", "Residents will be moved ", after=".", base=saturday) == ("2024-03-23", "2024-03-24")
