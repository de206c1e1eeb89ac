"""Event-date classes of the seventh issue-14 round, on sentences written for these tests (none from eval data):
a tense cue only governs the dates it is the verb of, a date just passed is not one a year away, and a weekday
named with its week is one day of that week.
"""
from __future__ import annotations

from datetime import date

from dates_helpers import WED, american, mentions, span, spans_of

SAT = date(2024, 3, 16)


# --- the clause's finite verb, not an infinitive or another date's modifier, gives the tense --------------

def test_a_scheduled_verb_after_to_is_an_infinitive_not_a_future_cue():
    # "begin" alone would be a scheduled present ("the talks begin Thursday"); after "seemed to" it is not.
    assert span("Thursday", "The fire that seemed to begin on ", SAT, " spread to ten homes.") == ("2024-03-14", "2024-03-14")
    assert span("Thursday", "The talks begin on ", SAT, " in Geneva.") == ("2024-03-21", "2024-03-21")


def test_a_past_verb_right_after_the_date_counts_inside_a_subject():
    # Monday is five days back from a Saturday: with no cue it would be read as the coming one.
    assert span("Monday", "However, the court's spokesman on ", SAT, " said the ruling stands.") == ("2024-03-11", "2024-03-11")
    assert span("Monday", "However, the court's spokesman on ", SAT, " will say more.") == ("2024-03-18", "2024-03-18")


def test_next_before_its_own_unit_does_not_place_other_dates():
    june = date(2024, 6, 5)
    assert span("April", "A smaller cut next week than in ", june, ", analysts said.") == ("2024-04-01", "2024-04-30")
    assert span("April", "The bank will cut rates in ", june, ".") == ("2025-04-01", "2025-04-30")


# --- a date just passed is not next year's ----------------------------------------------------------------

def test_a_holiday_just_passed_under_a_future_cue_is_this_years():
    assert span("Labor Day", "As the campaign moves past ", date(2024, 9, 3), ", we will see more ads.", american()) == (
        "2024-09-02", "2024-09-02")
    assert span("Labor Day", "The campaign will pause on ", date(2024, 8, 20), ".", american()) == ("2024-09-02", "2024-09-02")


def test_the_month_just_ended_under_a_future_cue_is_this_years():
    june = date(2026, 6, 5)
    assert span("May", "The shift will be smaller than if the ", june, " report was weak.") == ("2026-05-01", "2026-05-31")
    assert span("March", "The shift will be smaller than in ", june, ".") == ("2027-03-01", "2027-03-31")


# --- a weekday with its week ------------------------------------------------------------------------------

def test_a_weekday_named_with_its_week_is_one_day_of_that_week():
    # WED, 2024-03-13: next week's Wednesday, last week's Friday, one mention each.
    text = "The drills run until Wednesday next week after a collision on Friday last week, officials said."
    assert mentions(text, "Wednesday", "next week", "Friday", "last week") == {
        ("Wednesday next week", "2024-03-20", "2024-03-20"), ("Friday last week", "2024-03-08", "2024-03-08")}


# --- "today" as a name and as the present ---------------------------------------------------------------

def test_today_after_an_owner_is_a_name_not_the_day():
    from indexer.dates.not_dates import not_date_reason

    assert not_date_reason("TODAY", "More from NBC’s ", ":") == "name"
    assert not_date_reason("today", "It’s ", " or never, she said.") is None


def test_today_a_comparison_points_to_is_the_present():
    from indexer.dates.not_dates import not_date_reason

    assert not_date_reason("today", "You will still get the same results, just like you do ", ".") == "generic"
    assert not_date_reason("today", "The firm said it would do the same as it did ", ".") is None


# --- "in N days" told in the future ---------------------------------------------------------------------

def test_in_n_days_or_weeks_under_a_plain_future_is_that_day():
    from indexer.dates.not_dates import not_date_reason

    assert span("one week", "The candidates will debate in ", after=" in Philadelphia.") == ("2024-03-20", "2024-03-20")
    assert span("just 10 days", "In ", after=", the polls will open.") == ("2024-03-23", "2024-03-23")
    # A length of time: told in the past, estimated with a modal, or "within".
    assert not_date_reason("two weeks", "His second letter in ", " was published.") == "duration"
    assert not_date_reason("100 days", "We estimated we could do it in ", ".") == "duration"
    assert not_date_reason("14 days", "The firm will answer within ", ".") == "duration"


def test_a_possessive_weekday_names_an_event_the_clause_tense_does_not_place():
    # A Saturday story: "Sunday's race" still to run, though the clause is told in the past; "last" still counts.
    assert span("Sunday", "The fall left her second with just ", SAT, "'s race left.") == ("2024-03-17", "2024-03-17")
    assert span("last Sunday", "The fall left her second after ", SAT, "'s race.") == ("2024-03-10", "2024-03-10")


# --- "the same period of 2022" -----------------------------------------------------------------------------

def test_the_same_period_of_a_year_is_the_stretch_just_named_in_that_year():
    text = "Output fell to 2.5 million tonnes in February from 2.8 million in the same month in 2023."
    assert mentions(text, "February", "the same month in 2023") == {
        ("February", "2024-02-01", "2024-02-29"), ("the same month in 2023", "2023-02-01", "2023-02-28")}
    text = "Growth was 3.8% in the first quarter of 2024 compared to the same period of 2023."
    assert ("2023", "2023-01-01", "2023-03-31") in mentions(text, "the first quarter of 2024", "2023")
    # No stretch named before it: no date (the whole year would be wrong).
    assert mentions("Sales rose 5% in 2023 from the same period in 2022.", "2023", "2022") == {
        ("2023", "2023-01-01", "2023-12-31")}


# --- "the following year", "two years later" ----------------------------------------------------------------

def test_later_years_and_months_count_from_the_period_named_last():
    text = "The island was invaded in 1975 and annexed the following year."
    assert mentions(text, "1975", "the following year") == {
        ("1975", "1975-01-01", "1975-12-31"), ("the following year", "1976-01-01", "1976-12-31")}
    text = "The first post came on March 19, 2020. Three months later the account went quiet."
    assert ("Three months later", "2020-06-01", "2020-06-30") in mentions(text, "March 19, 2020", "Three months later")
    # Nothing named before: no date (publication is not what they are later than).
    assert mentions("Two years later, the firm was sold.", "Two years later") == set()
    # A month after a whole year: which month is not said.
    assert mentions("Sales fell in 2019. The following month, the firm was sold.", "2019", "The following month") == {
        ("2019", "2019-01-01", "2019-12-31")}


def test_a_moved_event_named_with_its_participle_is_no_future_cue():
    may = date(2024, 5, 2)
    assert span("February", "The match was the rescheduled game from ", may, ", fans said.") == ("2024-02-01", "2024-02-29")
    assert span("February", "The game was rescheduled for ", may, ".") == ("2025-02-01", "2025-02-28")


def test_of_todays_event_is_the_day_but_of_today_alone_is_nowadays():
    from indexer.dates.not_dates import not_date_reason

    assert not_date_reason("today", "No details were given on the outcome of ", "'s talks.") is None
    assert not_date_reason("today", "It is hard to trust the signal of ", "’s reading.") is None
    assert not_date_reason("today", "Intel chips run many of ", "'s personal computers.") == "generic"
    assert not_date_reason("tomorrow", "They are the leaders of ", ".") == "generic"


def test_later_years_reach_only_a_few_paragraphs_back():
    from indexer.dates.context import Context
    from indexer.dates.mentions import date_mentions

    context = Context()
    paragraphs = ["She came home in 2014."] + ["She worked hard."] * 9 + ["The following year, she left."]
    found = []
    for n, text in enumerate(paragraphs):
        dated = [piece for piece in ("2014", "The following year") if piece in text]
        found += [(m.text, m.value) for m in date_mentions(n, text, spans_of(text, *dated), WED, context)]
    assert found == [("2014", "2014-01-01")]


def test_a_bare_month_as_the_subject_of_a_past_verb_is_a_contract_not_a_past_month():
    dec = date(1996, 12, 6)
    assert span("January", "On the exchange, ", dec, " finished 26.5 cents lower.") == ("1997-01-01", "1997-01-31")
