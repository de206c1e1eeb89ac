"""Event-date classes of the third issue-14 round, each on sentences written for these tests (none from eval
data): words that look like tense cues but are not, dates that name an event, deadlines just passed,
the verb after a date that opens its sentence, and day lists sharing one month.
"""
from __future__ import annotations

from datetime import date

import pytest
from dates_helpers import mentions, span

from indexer.dates.not_dates import not_date_reason

# --- "next to" is a place ------------------------------------------------------------------------------

def test_next_to_is_no_future_cue():
    assert span("Tuesday", "A fire broke out in the depot next to the harbour on ", after=".") == ("2024-03-12", "2024-03-12")
    assert span("Tuesday", "The ferry sails next ", after=".") == ("2024-03-19", "2024-03-19")


# --- a date that names an event is not placed by the clause's tense ----------------------------------------

@pytest.mark.parametrize("text, before, after, want", [
    ("March 4", "The mayor said he would honour the terms laid down by the ", " truce.", "2024-03-04"),
    ("Monday", "Holders said they would tender their shares by the ", " deadline.", "2024-03-11"),
])
def test_a_date_between_the_and_its_noun_is_the_nearest_one(text, before, after, want):
    assert span(text, before, after=after) == (want, want)


def test_a_weekday_before_its_noun_keeps_the_clause_tense():
    assert span("Friday", "The ministers will attend the ", after=" meeting in Brussels.") == ("2024-03-15", "2024-03-15")


def test_a_date_with_next_before_its_noun_still_looks_ahead():
    assert span("next Monday", "Voters will weigh the ", after=" debate.") == ("2024-03-18", "2024-03-18")


# --- a deadline that has just passed is not a year away ----------------------------------------------------

def test_a_deadline_a_day_past_stays_in_this_year():
    assert span("March 12", "Officials said they would try to settle the claim by ", after=".") == ("2024-03-12", "2024-03-12")


def test_a_deadline_months_past_is_next_year():
    assert span("January 20", "Officials said they would try to settle the claim by ", after=".") == ("2025-01-20", "2025-01-20")


# --- the verb after a date that opens its sentence ----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The merger took months. In January, the firm hired a new chief.", ("2024-01-01", "2024-01-31")),
    ("The merger took months. In January, the firm will hire a new chief.", ("2025-01-01", "2025-01-31")),
])
def test_a_month_that_opens_its_sentence_takes_the_verb_after_it(text, want):
    got = mentions(text, "January", base=date(2024, 10, 27))
    assert got == {("January", *want)}


def test_a_date_after_a_quote_is_not_placed_by_the_reporting_verb():
    # The talks are the next day; "told" is when the source spoke, not when the talks are.
    text = 'The talks were set for the "late morning" on March 14, the aide told reporters.'
    assert mentions(text, "March 14") == {("March 14", "2024-03-14", "2024-03-14")}


def test_until_a_day_in_a_sentence_told_in_the_past_looks_back():
    assert mentions("Until Monday, the police had not named a suspect.", "Monday") == {
        ("Monday", "2024-03-11", "2024-03-11")}
    assert mentions("Until Monday, the bridge stays closed.", "Monday") == {("Monday", "2024-03-18", "2024-03-18")}


# --- "April 24 and 25" ------------------------------------------------------------------------------------

def test_two_days_of_one_month_joined_by_and_are_two_days():
    text = "The summit will be held on April 24 and 25 in the capital."
    assert mentions(text, "April 24 and 25") == {("April 24", "2024-04-24", "2024-04-24"), ("25", "2024-04-25", "2024-04-25")}


def test_days_joined_by_and_are_not_the_stretch_between_them():
    text = "Ballots were cast on May 8 and 21, 2023 in two rounds."
    assert mentions(text, "May 8 and 21, 2023") == {("May 8", "2023-05-08", "2023-05-08"), ("21, 2023", "2023-05-21", "2023-05-21")}


def test_between_two_days_stays_one_stretch():
    text = "The fighting took place between May 18 and 21, 2023, witnesses said."
    assert mentions(text, "between May 18 and 21, 2023") == {("between May 18 and 21, 2023", "2023-05-18", "2023-05-21")}


# --- parts of a day, a month placed by "next year", programme names, "as planned" ------------------------

def test_the_early_hours_of_a_weekday_are_that_day():
    assert span("the early hours of Tuesday morning", "Police arrested him in ", after=".") == ("2024-03-12", "2024-03-12")


def test_a_month_with_next_year_after_it_is_that_month_next_year():
    text = "The two countries are to join the alliance in April next year, officials said."
    assert mentions(text, "next year") == {("April next year", "2025-04-01", "2025-04-30")}


@pytest.mark.parametrize("before, after", [
    ("The minister said on ABC's \"", "\" programme that talks would go on."),
    ("Speaking on the network's \"", ",\" the senator said the deal was close."),
])
def test_a_capitalised_this_week_in_running_text_is_a_programme(before, after):
    assert not_date_reason("This Week", before, after) == "name"


def test_a_capitalised_this_week_in_a_headline_is_a_date():
    assert not_date_reason("This Week", "Port Talks To Resume ", "") is None


def test_as_planned_is_no_future_cue():
    before = "The rebels began the offensive as previously planned "
    assert span("Saturday", before, after=" night.") == ("2024-03-09", "2024-03-09")
    assert span("Saturday", "The rebels planned to begin the offensive ", after=" night.") == ("2024-03-16", "2024-03-16")


def test_year_s_end_is_the_end_of_the_year():
    assert span("year's end", "Prices were volatile towards ", after=".") == ("2024-12-01", "2024-12-31")


@pytest.mark.parametrize("before, want", [
    ("The rules should be in place by ", "2024-12-31"), ("The index has risen 4% since ", "2023-12-31"),
])
def test_by_or_since_year_end_is_the_last_day_of_the_year(before, want):
    assert span("year-end", before, after=".") == (want, want)
    assert span("year's end", before, after=".") == (want, want)


def test_planned_after_a_sentence_opening_day_tells_what_happened_that_day():
    assert mentions("On Friday, the ministry planned to pay the first claims.", "Friday") == {
        ("Friday", "2024-03-08", "2024-03-08")}
    assert mentions("On Friday, the ministry plans to pay the first claims.", "Friday") == {
        ("Friday", "2024-03-15", "2024-03-15")}


def test_intent_told_in_the_past_after_a_day_tells_what_happened_that_day():
    # handmade13's class: the wire's "X on Saturday vowed to ..." (the vowing, not what is vowed, is dated)
    assert mentions("The party chair on Friday vowed to ensure a fair contest.", "Friday") == {
        ("Friday", "2024-03-08", "2024-03-08")}
    assert mentions("The unions on Friday threatened to strike.", "Friday") == {("Friday", "2024-03-08", "2024-03-08")}
    assert mentions("The unions hope to strike on Friday.", "Friday") == {("Friday", "2024-03-15", "2024-03-15")}


# --- wire-style forms: "earlier on Tuesday", "ahead of Friday's", "moved to", "every other" ---------------

@pytest.mark.parametrize("text, want", [
    ("Earlier on Tuesday", "2024-03-12"), ("late on Monday", "2024-03-11"), ("early on Friday", "2024-03-08"),
])
def test_a_part_of_a_day_written_with_on(text, want):
    assert span(text, "", after=", the rebels said they had taken the town.") == (want, want)


def test_ahead_of_a_day_looks_ahead_even_with_a_possessive():
    before = "The currency firmed on Wednesday ahead of "
    assert span("Friday", before, after="'s jobs data.") == ("2024-03-15", "2024-03-15")
    assert span("last Friday", before, after="'s jobs data.") == ("2024-03-08", "2024-03-08")


def test_a_date_something_was_moved_to_is_still_to_come():
    assert span("April 2", "The meeting, first set for last week, was moved to ", after=".") == ("2024-04-02", "2024-04-02")


def test_every_other_weekday_is_a_schedule():
    assert not_date_reason("Thursday", "The council meets every other ", " and last met in May.") == "frequency"


def test_a_month_with_a_two_digit_year_is_in_the_nearest_century():
    base = date(1996, 8, 20)
    assert span("Dec 96", "The ", base=base, after=" corn contract fell.") == ("1996-12-01", "1996-12-31")
    assert span("March '01", "The ", base=base, after=" contract rose.") == ("2001-03-01", "2001-03-31")
    assert span("Dec 12", "It ends on ", base=base, after=".") == ("1996-12-12", "1996-12-12")


@pytest.mark.parametrize("text, before, after", [
    ("Tuesday", "The senator swept the Super ", " primaries in March."),
    ("Monday", "It was the worst fall since Black ", " in 1987."),
    ("Sunday", "He told the Mail on ", " newspaper he would stay."),
    ("Sunday", "The ", " Telegraph reported that the minister would resign."),
])
def test_days_with_names_of_their_own_and_newspapers_are_not_dates(text, before, after):
    assert not_date_reason(text, before, after) == "name"


def test_a_weekday_after_a_place_name_is_still_a_day():
    assert not_date_reason("Friday", "The team resumed work in Iraq ", ".") is None
    assert not_date_reason("Sunday", "The minister spoke on ", " in London.") is None


@pytest.mark.parametrize("text, want", [
    ("1995-96", ("1995-01-01", "1996-12-31")), ("1999/00", ("1999-01-01", "2000-12-31")),
    ("2009-2010", ("2009-01-01", "2010-12-31")),
])
def test_a_season_written_with_a_short_second_year_spans_both_years(text, want):
    assert span(text, "Profit for the ", after=" season rose.") == want


def test_the_day_before_or_after_a_written_day_is_the_day_next_to_it():
    text = "The day before last Monday's hearing, the lawyers met the judge."
    assert mentions(text, "last Monday's") == {("The day before last Monday's", "2024-03-10", "2024-03-10")}
    text = "Shops reopened the day after Christmas Day, 2023."
    assert mentions(text, "Christmas Day, 2023") == {("the day after Christmas Day, 2023", "2023-12-26", "2023-12-26")}


def test_the_day_alone_is_still_no_date():
    assert mentions("Prices rose on the day, traders said.", "the day") == set()


def test_today_is_the_nth_day_is_publication_day():
    assert mentions("In the capital, today is the fifth day of the strike.", "the fifth day") == {
        ("today", "2024-03-13", "2024-03-13"), ("the fifth day", "2024-03-13", "2024-03-13")}
    assert mentions("It's the second day of an offensive by the army.", "the second day") == {
        ("the second day", "2024-03-13", "2024-03-13")}


def test_the_nth_day_of_something_else_is_no_date():
    assert mentions("On the fifth day of the strike, talks resumed.", "the fifth day") == set()


@pytest.mark.parametrize("text, before, after, reason", [
    ("March", "Thousands joined the annual ", " for Peace in the capital.", "name"),
    ("March", "Organisers of the ", " on Washington said it was peaceful.", "name"),
    ("1987", "Police found his ", " Chevrolet Cavalier near the border.", "model year"),
])
def test_a_march_and_a_model_year_are_not_dates(text, before, after, reason):
    assert not_date_reason(text, before, after) == reason


def test_march_the_month_and_a_plain_year_are_kept():
    assert not_date_reason("March", "The vote was held in ", " for the first time.") is None
    assert not_date_reason("1987", "The car was built in ", " by Ford.") is None


# --- scheduled events told in the present -----------------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("The conference ends on ", " with a joint statement."),
    ("The minister leaves for Beijing on ", "."),
    ("The country goes to the polls on ", "."),
    ("Voting closes on ", "."),
    ("The court hears the case on ", "."),
])
def test_a_present_tense_schedule_looks_ahead(before, after):
    assert span("Friday", before, after=after) == ("2024-03-15", "2024-03-15")


def test_a_stative_present_does_not_move_a_past_purchase():
    # "holds" (owns) is left out of the schedule verbs; "bought from" places the day.
    assert span("Feb. 14", "The fund holds 500,000 shares, including 200,000 bought from ", after=" to Monday.") == (
        "2024-02-14", "2024-02-14")


def test_by_a_day_in_a_sentence_told_in_the_past_looks_back():
    assert mentions("By Friday, the currency had recovered most of its losses.", "Friday") == {
        ("Friday", "2024-03-08", "2024-03-08")}
    assert mentions("By Friday, the currency will have recovered.", "Friday") == {("Friday", "2024-03-15", "2024-03-15")}


def test_a_1990s_reuter_dateline_is_kept_out_like_other_datelines():
    assert not_date_reason("Aug 20", "NEW YORK, ", " (Reuter) - Treasury prices were mixed.") == "dateline"


def test_a_month_day_with_last_or_next_year_after_it():
    text = "The plant closed on March 3 last year and will reopen by June 5 next year."
    assert mentions(text, "March 3", "June 5") == {
        ("March 3 last year", "2023-03-03", "2023-03-03"), ("June 5 next year", "2025-06-05", "2025-06-05")}
