"""Event-date classes of issue 14's round 15, on sentences written for these tests (none from eval data): "last"
before yesterday's weekday names the week before, "Tonight" after a capitalised name is a programme, "today's"
before a plural of firms or people is nowadays, a "would have" is no future of its own against another time, and
a month-day qualifying a quoted noun ("the February 2 'emergency' measures") is placed as an event's date, and a
story's weekday read ahead only for want of a cue agrees with the reading a past-tense clause gave it."""
from __future__ import annotations

import pytest
from dates_helpers import span

from indexer.dates.not_dates import not_date_reason


def test_last_weekday_said_the_day_after_is_the_week_before():
    # WED is Wednesday 2024-03-13: "last Tuesday" is 5 March (yesterday would be "yesterday").
    assert span("last Tuesday", "The court heard the case ") == ("2024-03-05", "2024-03-05")
    # Two or more days back it is the latest one, and on its own weekday a week ago (unchanged).
    assert span("last Monday", "The court heard the case ") == ("2024-03-11", "2024-03-11")
    assert span("last Wednesday", "The court heard the case ") == ("2024-03-06", "2024-03-06")
    # A bare weekday, and "this past", still mean the latest one.
    assert span("Tuesday", "The court heard the case on ") == ("2024-03-12", "2024-03-12")


@pytest.mark.parametrize("text, before, after", [
    ("Tonight", "The singer said so in an interview with Entertainment ", " last year."),
    ("Tonight", "She was a guest on The ", " Show in May."),
    ("Today", "The minister spoke to Breakfast ", " on the radio."),
])
def test_tonight_or_today_after_a_capitalised_name_is_a_programme(text, before, after):
    assert not_date_reason(text, before, after) == "name"


@pytest.mark.parametrize("text, before, after", [
    ("Tonight", "", " the council votes on the budget."),
    ("Tonight", "The council said: ", " we vote on the budget."),
    ("tonight", "The council will vote ", " on the budget."),
])
def test_tonight_opening_a_sentence_or_in_lower_case_is_the_day(text, before, after):
    assert not_date_reason(text, before, after) is None


@pytest.mark.parametrize("after", ["’s businesses want faster networks.", "'s investors look for yield.",
                                   "'s voters care about rents."])
def test_todays_firms_and_people_in_general_are_nowadays(after):
    assert not_date_reason("today", "Analysts say ", after) == "generic"


def test_todays_event_is_still_the_day():
    assert not_date_reason("today", "The outcome of ", "'s vote is unclear.") is None


def test_what_would_have_been_against_another_time_is_nowadays():
    before = "Had the reforms of the 1990s gone ahead, the port would have been twice as busy "
    assert not_date_reason("today", before, ".") == "generic"
    # A plain future against another time is still the day: "will open today".
    assert not_date_reason("today", "The bridge, planned since 1998, will open ", ".") is None


def test_month_day_before_a_quoted_noun_is_an_event_not_a_plan():
    # WED is 2024-03-13: the measures of 2 February are this year's, not next year's, though the clause looks ahead.
    before = "The new rules will be looser than the "
    assert span("February 2", before, after=" “emergency” measures, officials said.") == ("2024-02-02", "2024-02-02")
    assert span("February 2", before, after=" emergency measures, officials said.") == ("2024-02-02", "2024-02-02")
    # Not a qualifier: the clause's future decides ("will be looser than on February 2, when ...").
    assert span("February 2", "The rules will be reviewed on ", after=", officials said.") == ("2025-02-02", "2025-02-02")


def _weekday_mentions(texts: dict[int, str], word: str, base):
    from indexer.dates.context import Context
    from indexer.dates.mentions import date_mentions
    from indexer.nlp import NerSpan

    return [m for n, text in texts.items()
            for m in date_mentions(n, text, [NerSpan(text.index(word), text.index(word) + len(word), "DATE", word)],
                                   base, Context())]


def test_a_weekday_read_ahead_only_for_want_of_a_cue_agrees_with_its_past_reading():
    from datetime import date

    from indexer.dates.article import agree_weekdays

    sat = date(2024, 3, 16)
    # "on Sunday are still unclear" has no tense cue: six days back, alone, it would be the coming Sunday; the
    # story's other Sunday was told in the past, so both are the Sunday gone.
    texts = {0: "Police detained two pastors during the service on Sunday.",
             1: "The reasons for the raid on Sunday are still unclear."}
    found = _weekday_mentions(texts, "Sunday", sat)
    assert [m.value for m in found] == ["2024-03-10", "2024-03-17"]  # each sentence on its own
    assert [m.value for m in agree_weekdays(found, sat, texts)] == ["2024-03-10", "2024-03-10"]
    # A forward reading with a cue of its own ("will resume on Sunday") still wins.
    texts = {0: texts[0], 1: "Services will resume on Sunday."}
    found = _weekday_mentions(texts, "Sunday", sat)
    assert [m.value for m in agree_weekdays(found, sat, texts)] == ["2024-03-17", "2024-03-17"]
