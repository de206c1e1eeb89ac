"""Round-8 event-date classes (issue 14): holidays that name things, an explicit day restating a relative one,
institutions named after a weekday, the past verb of a relative clause. Sentences are the tests' own; the
publication day (a Wednesday) is chosen so that a wrong reading lands on a different day than the right one."""
from __future__ import annotations

from datetime import date

import pytest
from dates_helpers import WED, mentions, span

from indexer.dates.not_dates import not_date_reason


@pytest.mark.parametrize("before, after", [
    ("The square had a tall ", " tree by the fountain."),
    ("Volunteers wrapped ", " presents for the shelter."),
    ("The team's ", " Card was sent to every fan."),
    ("She has seen only one white ", " in her whole life."),
])
def test_a_holiday_naming_a_thing_is_no_day(before, after):
    assert not_date_reason("Christmas", before, after) is not None


@pytest.mark.parametrize("before, after", [
    ("The family will gather for ", " this year."),
    ("Consider it an early ", " present."),
    ("Merry ", " to all our readers!"),
])
def test_a_holiday_told_as_a_day_stays_a_day(before, after):
    assert not_date_reason("Christmas", before, after) is None


def test_xmas_is_christmas():
    dec = date(2024, 12, 20)
    assert ("Xmas", "2024-12-25", "2024-12-25") in mentions("Merry Xmas from the whole newsroom!", base=dec)


@pytest.mark.parametrize("text, word, day", [
    ("The survey was released today (March 12) by the institute.", "today", "March 12"),
    ("He told them it had to be tonight – March 11, court papers say.", "tonight", "March 11"),
])
def test_an_explicit_day_in_brackets_or_after_a_dash_restates_a_relative_one(text, word, day):
    got = {t: v for t, v, _ in mentions(text, word, day)}
    assert got[word] == got[day] and got[word] != WED.isoformat()


def test_a_relative_day_followed_by_an_unrelated_bracket_keeps_its_day():
    got = {t: v for t, v, _ in mentions("The shop opens today, and (on March 11) it sold out.", "today", "March 11")}
    assert got["today"] == WED.isoformat()


def test_an_institution_named_after_a_weekday_is_no_date():
    assert not_date_reason("Saturday", "The grant went to ", " Academy in the valley.") == "name"
    assert not_date_reason("Saturday", "The grant was paid on ", " to the academy.") is None


@pytest.mark.parametrize("before", [
    "Divers still look for the ferry that went missing on ",
    "They searched for the boat, which vanished in heavy fog on ",
])
def test_the_past_verb_of_a_relative_clause_turns_a_month_day_back(before):
    got = span("March 20", before, after=" off the coast.")
    assert got == ("2023-03-20", "2023-03-20"), got


def test_a_participle_adjective_does_not_turn_a_month_day_back():
    got = span("March 20", "The bank will redeem its preferred shares on ", after=" at par.")
    assert got == ("2024-03-20", "2024-03-20"), got


def test_a_reported_event_after_a_plan_is_not_placed_ahead():
    # "would investigate reports of an explosion on Monday": the explosion's Monday, not the coming one.
    got = span("Monday", "Police would also investigate reports by residents of an explosion on ", after=" near the dam.")
    assert got == ("2024-03-11", "2024-03-11"), got


def test_a_quoted_relative_day_counts_from_the_speech_told_just_before():
    text = 'The mayor spoke at a news conference on Sunday night. "We lost a great officer tonight," she said.'
    got = {t: v for t, v, _ in mentions(text, "Sunday night", "tonight")}
    assert got["tonight"] == "2024-03-10", got


def test_a_quote_after_a_dated_event_that_is_no_speech_keeps_publication_day():
    text = 'The company filed for protection on Sunday. "It hurts the stock today," an analyst said.'
    got = {t: v for t, v, _ in mentions(text, "Sunday", "today")}
    assert got["today"] == WED.isoformat(), got


@pytest.mark.parametrize("before, after", [
    ("The center posts up against a guard during ", " at the arena. Mandatory Credit: A. Photographer."),
    ("He was fined after a late hit on the quarterback during ", " of the Bears' 24-17 loss."),
])
def test_a_match_half_in_american_sports_is_no_half_year(before, after):
    assert not_date_reason("the first half", before, after) == "match half"


def test_a_half_hour_is_no_half_year():
    assert not_date_reason("first half", "the speakers had an anxious ", " hour of the session") is not None
    assert not_date_reason("the first half", "Profits rose 5% in ", " of the year.") is None


def test_a_street_number_is_no_year():
    assert not_date_reason("2015", "A man walked into the bank at ", " Main Street and left.") == "address"
    assert not_date_reason("1225", "The shop at ", " N. Harbor Blvd. closed.") == "address"
    assert not_date_reason("1935", "He restored a ", " Packard Road Master, a car.") is None
    assert not_date_reason("2009", "It follows a ", " High Court directive.") is None


@pytest.mark.parametrize("text, dated, word, want", [
    # a dated post, then a short sentence handing over to its words
    ('The widow posted a photo to Facebook on Sunday. It says, "Last night I had dinner with friends."',
     "Sunday", "Last night", "2024-03-09"),
    ('This is her message from Monday. She writes, "Today I am thankful for my family."', "Monday", "Today", "2024-03-11"),
])
def test_a_quote_handed_over_by_a_lead_in_counts_from_the_dated_post(text, dated, word, want):
    got = {t: v for t, v, _ in mentions(text, dated, word)}
    assert got[word] == want, got


def test_a_lead_in_quote_after_an_undated_sentence_keeps_publication_day():
    text = 'The party answered the critics. She said, "Today we are making history."'
    got = {t: v for t, v, _ in mentions(text, "Today")}
    assert got["Today"] == WED.isoformat(), got
