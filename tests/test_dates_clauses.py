"""Which clause places a date (issue 14, round 10): a clause after the date that is its own, a verb inside the
date's phrase, a reported present after a verb of saying, a sentence opening with the year it tells about, and
"last"/"this" seasons. Each sentence is the tests' own; WED is Wednesday 2024-03-13."""
from __future__ import annotations

from datetime import date

from tests.dates_helpers import WED, mentions, span

FRI = date(2024, 3, 15)


def test_a_clause_after_the_date_that_is_its_own_does_not_place_it():
    # the announcement was made; what it announces is still to come
    assert span("Thursday", "The union welcomed the ministry's announcement on ", after=" that it will lift the ban.",
                base=FRI) == ("2024-03-14", "2024-03-14")
    # a date that opens its clause is still placed by the verb after it
    assert span("Thursday", "On ", after=", the ministry will lift the ban.", base=FRI) == ("2024-03-21", "2024-03-21")


def test_a_verb_inside_the_date_phrase_places_the_month_day():
    text = "He said he wanted a deal before the fiscal year ends Sept. 30."
    assert mentions(text, "the fiscal year ends Sept. 30", base=date(2024, 9, 20)) == {
        ("the fiscal year ends Sept. 30", "2024-09-30", "2024-09-30")}
    # and a past verb there looks back, whatever the verb before the phrase says
    text = "He will reopen the shop the old plant closed Sept. 30."
    assert mentions(text, "the old plant closed Sept. 30", base=date(2024, 9, 20)) == {
        ("the old plant closed Sept. 30", "2023-09-30", "2023-09-30")}


def test_a_present_told_after_a_verb_of_saying_leaves_the_date_uncued():
    # Election Day six weeks ahead: the saying is past, what is said is about now and the coming day
    base = date(2024, 9, 24)
    assert span("Election Day", "The senator has said he has plenty of time to confirm a judge before ",
                base=base) == ("2024-11-05", "2024-11-05")
    # a past told after the saying still looks back
    assert span("Election Day", "The senator said he had voted before ", base=base) == ("2023-11-07", "2023-11-07")


def test_a_sentence_opening_with_a_year_places_its_month_days():
    assert span("July 13", "In 2019, the storm hit the coast on ", base=WED) == ("2019-07-13", "2019-07-13")
    assert span("July 13", "Last year, the storm hit the coast on ", base=WED) == ("2023-07-13", "2023-07-13")
    assert span("July 13", "Last summer, the storm hit the coast on ", base=WED) == ("2023-07-13", "2023-07-13")
    # another year in between, or a sentence not opened by the year: the usual reading
    assert span("July 13", "In 2019, the storm that hit in 2021 came back on ", base=WED) == ("2023-07-13", "2023-07-13")
    assert span("July 13", "The storm of 2019 will be remembered on ", base=WED) == ("2024-07-13", "2024-07-13")


def test_last_and_this_season_count_from_the_most_recent_one():
    # in March (winter just over, summer not begun): last summer is the one before, this summer the coming one
    assert span("last summer", "It rained ", base=WED) == ("2023-06-01", "2023-08-31")
    assert span("this summer", "It will rain ", base=WED) == ("2024-06-01", "2024-08-31")
    assert span("last winter", "It snowed ", base=WED) == ("2023-12-01", "2024-02-29")
    # while a summer is under way, last summer is the year before
    assert span("last summer", "It rained ", base=date(2024, 7, 10)) == ("2023-06-01", "2023-08-31")
