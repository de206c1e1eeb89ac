"""Event-date classes of issue 14's round 11, on sentences written for these tests (none from eval data): "today"
set against another time in its own sentence is nowadays, and a plan whose fate the sentence tells in the past
puts its day behind publication."""
from __future__ import annotations

import pytest
from dates_helpers import span

from indexer.dates.not_dates import not_date_reason


@pytest.mark.parametrize("before, after", [
    ("Forty percent of readers bought a paper in 2005; that share has fallen to nine percent ", "."),
    ("Fishermen used to sell their catch on the beach, but ", ", the harbour market is run by a cooperative."),
    ("The square looks much as it did in the 1920s, though its cafes take cards ", "."),
    ("The rules suit the grid of ", " - some forty years later."),
])
def test_today_against_another_time_is_nowadays(before, after):
    assert not_date_reason("today", before, after) == "generic"


@pytest.mark.parametrize("before, after", [
    ("The museum, founded in 1921, reopened ", " after repairs."),
    ("Ten years ago the bridge collapsed; a new one was opened ", "."),
    ("The firm, which listed in 2019, will report results ", "."),
])
def test_today_with_a_past_or_future_of_its_own_is_the_day(before, after):
    assert not_date_reason("today", before, after) is None


@pytest.mark.parametrize("before, after, want", [
    ("The hearing was scheduled for ", " but was postponed by the judge.", "2024-03-08"),
    ("A concert planned for ", " was called off after the storm.", "2024-03-09"),
    ("The ministry scheduled talks for ", ", and was criticised for the haste.", "2024-03-08"),
    # The plan still stands, or the sentence goes on about something else: still ahead.
    ("The hearing is scheduled for ", " and was announced by the clerk.", "2024-03-15"),
    ("Protesters planned a rally on ", " and were planning to march on the port.", "2024-03-16"),
    ("The vote, scheduled for ", ", was announced by the clerk.", "2024-03-15"),
])
def test_a_plan_whose_fate_is_told_in_the_past_is_behind_publication(before, after, want):
    weekday = "Saturday" if want.endswith(("09", "16")) else "Friday"
    assert span(weekday, before, after=after) == (want, want)


@pytest.mark.parametrize("text, before, after", [
    ("today", "We are used to holidays in May, but the schools shut ", " because of the heat."),
    ("Today", "Enrolment for the 2025 intake closes soon. ", " (Friday, March 15) is the last chance to apply."),
])
def test_a_habit_or_a_restated_day_is_no_other_time(text, before, after):
    assert not_date_reason(text, before, after) is None
