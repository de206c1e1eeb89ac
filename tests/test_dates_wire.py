"""Event-date classes of the third issue-14 round (wire stories of Reuters/AP style), each on sentences
written for these tests (none from eval data). Publication days are chosen so that the wrong reading lands
on a different day than the right one."""
from __future__ import annotations

from datetime import date

from dates_helpers import mentions, span

from indexer.dates.article import agree_weekdays
from indexer.dates.context import Context
from indexer.dates.mentions import date_mentions
from indexer.dates.not_dates import not_date_reason
from indexer.dates.tense import direction
from indexer.nlp import NerSpan


def test_an_uncued_weekday_five_or_six_days_back_is_the_coming_one():
    # Thursday is six days back from a Wednesday, Friday five: with no cue, tomorrow and the day after.
    assert span("Thursday", "The final round is on ") == ("2024-03-14", "2024-03-14")
    assert span("Friday", "Tickets for the concert go on sale ") == ("2024-03-15", "2024-03-15")
    # A past cue, "last", or a day only two back keep the backward reading.
    assert span("Thursday", "The final round was played on ") == ("2024-03-07", "2024-03-07")
    assert span("last Thursday", "The final round is ") == ("2024-03-07", "2024-03-07")
    assert span("Monday", "The final round is on ") == ("2024-03-11", "2024-03-11")


def test_a_participle_after_an_adverb_is_no_past_verb():
    dec7 = date(2024, 12, 7)
    assert span("Christmas", "The leaders are also assured of spending ", dec7) == ("2024-12-25", "2024-12-25")
    assert span("Friday", "The bridge is still closed until ") == ("2024-03-15", "2024-03-15")


def test_a_time_of_day_before_a_month_day_does_not_turn_its_year():
    apr23 = date(2023, 4, 23)
    assert span("midnight April 28", "The tender offer had been due to expire ", apr23) == ("2023-04-28", "2023-04-28")
    assert span("11:59 p.m. April 28", "The tender offer had been due to expire ", apr23) == ("2023-04-28", "2023-04-28")
    assert span("3 March 1998", "It opened on ") == ("1998-03-03", "1998-03-03")  # a day-month, not a time


def test_a_suspension_until_a_day_looks_ahead():
    assert span("Monday", "The chairman suspended the session until ") == ("2024-03-18", "2024-03-18")
    assert span("Monday", "The chairman opened the session on ") == ("2024-03-11", "2024-03-11")


def test_a_date_that_is_the_subject_of_a_future_verb_looks_ahead():
    assert direction("The minister said on Tuesday he did not think ", "Saturday", after=" would be the day.") == "future"
    assert direction("The minister said ", "Saturday", after=" would have suited him.") != "future"


def test_a_possibility_reported_after_a_verb_of_saying_looks_ahead():
    assert direction("An aide said on Tuesday the vote could be held on ", "Friday") == "future"
    assert direction("An aide said the minister could not be reached on ", "Friday") == "past"
    assert direction("Officials said the convoy may have left on ", "Friday") == "past"


def test_a_lower_case_march_or_may_is_no_month():
    assert not_date_reason("march 5:17", "Smith capped an 80-yard ", " into the third quarter.") is not None
    assert not_date_reason("March 5", "The team plays on ", ".") is None


def test_today_opening_a_plain_present_clause_is_nowadays():
    assert not_date_reason("Today", "", ", small farms are a rarity in the valley.") == "generic"
    assert not_date_reason("today", "The harvest was poor. And ", ", prices are higher than ever.") == "generic"
    assert not_date_reason("Today", "", ", hundreds of fans arrived at the stadium.") is None
    assert not_date_reason("Today", "", ", the council will vote on the budget.") is None


def test_a_dash_between_two_month_days_joins_two_dates():
    text = "The tournament, scheduled for June 19-July 10, 2025, has 17 match days."
    assert mentions(text, "June 19-July 10, 2025") == {("June 19", "2025-06-19", "2025-06-19"),
                                                        ("July 10, 2025", "2025-07-10", "2025-07-10")}
    text = "The fair runs June 24-25 in the park."
    assert mentions(text, "June 24-25") == {("June 24-25", "2024-06-24", "2024-06-25")}


def test_a_weekday_read_both_ways_in_one_story_is_the_coming_one():
    fri = date(2024, 3, 15)
    first = "Saturday's party congress opens in the capital."
    second = "Delegates had drafted motions to table at the congress on Saturday."
    found = [m for n, text in enumerate((first, second))
             for m in date_mentions(n, text, [NerSpan(text.index("Saturday"), text.index("Saturday") + 8, "DATE", "Saturday")],
                                    fri, Context())]
    assert sorted(m.value for m in found) == ["2024-03-09", "2024-03-16"]  # each sentence on its own
    assert [m.value for m in agree_weekdays(found, fri)] == ["2024-03-16", "2024-03-16"]
    # Two different weekdays, or a "last Saturday", keep their own readings.
    third = "The ruling party lost ground last Saturday."
    last = date_mentions(2, third, [NerSpan(third.index("last"), third.index("last") + 13, "DATE", "last Saturday")], fri, Context())
    assert [m.value for m in agree_weekdays(found[:1] + last, fri)] == ["2024-03-16", "2024-03-09"]


def test_a_weekday_opening_a_span_that_resolves_as_nothing_is_still_found():
    # A market table's row that spaCy tags whole: the weekday is the receipts' day.
    text = "Tuesday 450 Week Ago 300 Year Ago 1,200"
    assert mentions(text, "Tuesday 450 Week Ago") == {("Tuesday", "2024-03-12", "2024-03-12")}


def test_an_aside_between_dashes_does_not_hide_the_verb_before_it():
    text = ("The envoy said he would carry the message on a tour of the region _ Austria, Hungary, Slovakia, "
            "Slovenia, Croatia, Serbia, Romania and Bulgaria _ starting Monday.")
    assert mentions(text, "Monday") == {("Monday", "2024-03-18", "2024-03-18")}
    assert direction("The envoy said he would travel (with his deputy) on ", "Monday") == "future"


def test_a_group_named_after_a_day_is_no_date():
    for before, text, after in (("He belonged to the ", "May 15", " Palestinian guerrilla group."),
                                ("Leaders of the ", "March 14", " alliance met."),
                                ("Police blamed the ", "17 November", " group.")):
        assert not_date_reason(text, before, after) == "name", text
    # The day of an event, or a group acting on a day, stays a date.
    assert not_date_reason("May 15", "He recalled the ", " attack on the group.") is None
    assert not_date_reason("May 15", "The group met on ", ".") is None


def test_sheffield_wednesday_is_a_club():
    assert not_date_reason("Wednesday", "He will return for Sheffield ", " against Leeds.") == "name"
    assert not_date_reason("Wednesday", "Sheffield will play on ", " against Leeds.") is None


def test_a_past_month_day_a_day_or_two_after_publication_is_the_lagging_stamp_not_last_year():
    # A web page stamped the day before its text: "published January 24" is that day, not a year back.
    assert span("January 24", "The study, published ", base=date(2017, 1, 23)) == ("2017-01-24", "2017-01-24")
    # Further ahead, a past verb still means last year's.
    assert span("January 28", "The study, published ", base=date(2017, 1, 23)) == ("2016-01-28", "2016-01-28")


WED_BASE = date(2024, 3, 13)


def _story(*paragraphs: str, dated: str) -> set[str]:
    """Texts of the date mentions of the last paragraph, after the earlier ones were read with one Context."""
    context, found = Context(), []
    for n, text in enumerate(paragraphs):
        spans = [NerSpan(text.index(dated), text.index(dated) + len(dated), "DATE", dated)] if dated in text else []
        found = date_mentions(n, text, spans, WED_BASE, context)
    return {m.text for m in found}



def test_a_game_period_in_a_match_report_is_no_calendar_quarter():
    report = ("The quarterback threw two touchdown passes in the win.", "He was injured in the third quarter.")
    assert _story(*report, dated="the third quarter") == set()
    # A business story keeps its quarter, and so does a money sentence inside a match report.
    assert _story("Shares rose after the results.", "He was injured in the third quarter.",
                  dated="the third quarter") == {"the third quarter"}
    assert _story(report[0], "The club's revenue fell in the third quarter.", dated="the third quarter") == {"the third quarter"}


def test_a_weekday_spacy_misses_or_tags_only_the_part_of_the_day_of_is_found():
    text = "The storm hit the coast early Thursday morning, officials said."
    i = text.index("morning")
    found = date_mentions(0, text, [NerSpan(i, i + 7, "TIME", "morning")], WED_BASE, Context())
    assert {(m.text, m.value) for m in found} == {("early Thursday morning", "2024-03-07")}
    assert mentions("Fans will watch next Saturday's final.") == {("next Saturday", "2024-03-16", "2024-03-16")}
    # A programme named after a weekday is no date.
    assert mentions("He wrote for Saturday Night Live for years.") == set()


def test_voters_going_to_the_polls_look_ahead():
    assert direction("Voters go to the polls on ", "Sunday") == "future"
    assert direction("Voters went to the polls on ", "Sunday") == "past"


def test_day_first_dates_keep_their_weekday_and_look_ahead_when_told_so():
    # spaCy splits "Thursday" from "21 March 2024"; alone the weekday would be last Thursday.
    text = "The show opens on Thursday, 21 March 2024."
    found = date_mentions(0, text, [NerSpan(18, 26, "DATE", "Thursday"), NerSpan(28, 41, "DATE", "21 March 2024")],
                          WED_BASE, Context())
    assert {(m.text, m.value) for m in found} == {("Thursday, 21 March 2024", "2024-03-21")}
    # "the 3rd of April" after a deadline word is the coming one, as "April 3" is.
    assert span("the 3rd of April", "The flight was delayed until ") == ("2024-04-03", "2024-04-03")


def test_a_weekday_range_ends_after_it_starts_and_a_forecast_looks_ahead():
    text = "The festival runs from Thursday to Sunday."
    spans = [NerSpan(23, 31, "DATE", "Thursday"), NerSpan(35, 41, "DATE", "Sunday")]
    found = {(m.text, m.value) for m in date_mentions(0, text, spans, WED_BASE, Context())}
    assert found == {("Thursday", "2024-03-14"), ("Sunday", "2024-03-17")}
    # Told in the past, both ends are last week's and stay so.
    text = "The festival ran from Thursday to Sunday."
    spans = [NerSpan(22, 30, "DATE", "Thursday"), NerSpan(34, 40, "DATE", "Sunday")]
    found = {(m.text, m.value) for m in date_mentions(0, text, spans, WED_BASE, Context())}
    assert found == {("Thursday", "2024-03-07"), ("Sunday", "2024-03-10")}
    assert direction("The storm is forecast to make landfall on ", "Saturday") == "future"


def test_the_noun_after_a_possessive_weekday_is_no_tense_cue():
    assert span("Friday", "", after="'s deadline passed without a deal.") == ("2024-03-08", "2024-03-08")
    assert direction("", "Friday", after="'s deadline passed without a deal.") == "past"
    assert direction("", "Friday", after="'s meeting will decide the budget.") == "future"


def test_the_end_of_the_year_told_in_the_past_early_in_a_year_is_last_years():
    assert span("the end of the year", "Flu cases peaked by ") == ("2023-12-01", "2023-12-31")
    assert span("the end of the year", "The plant will close by ") == ("2024-12-01", "2024-12-31")


def test_a_dashed_pair_of_years_is_two_years_unless_it_names_a_school_or_fiscal_year_or_a_weight():
    assert mentions("He joined the expedition of 1957-58.", "1957-58") == {
        ("1957", "1957-01-01", "1957-12-31"), ("58", "1958-01-01", "1958-12-31")}
    assert mentions("The pandemic of 2009-2010 killed many.", "2009-2010") == {
        ("2009", "2009-01-01", "2009-12-31"), ("2010", "2010-01-01", "2010-12-31")}
    assert not {m[0] for m in mentions("Scores fell in the 2022-23 school year.", "2022-23")} & {"2022", "23"}
    assert mentions("Steers, Choice 2-3, 1150-1200 lbs 67.00.", "1150-1200") == set()


def test_a_quarter_about_to_begin_without_a_tense_cue_is_this_years():
    assert span("the second quarter", "There will probably be a further \"carryover\" writeoff in ",
                base=date(1987, 3, 24)) == ("1987-04-01", "1987-06-30")
    # Months away, or told in the past, it is last year's.
    assert span("the third quarter", "Profit fell in ", base=date(1987, 3, 24)) == ("1986-07-01", "1986-09-30")


def test_a_weekday_stated_as_a_statements_day_is_the_storys_one():
    # "said Thursday" is the day something was said, which has passed: the story's Thursday is that one, even
    # where another sentence read it ahead ("postponed until Thursday afternoon"); without it, the coming one.
    fri = date(2024, 3, 15)
    said = "The suspect acted alone, the FBI said Thursday, describing the attack as terrorism."
    until = "The game was postponed until Thursday afternoon following the attack."
    texts = {0: said, 1: until}
    found = [m for n, text in texts.items()
             for m in date_mentions(n, text, [NerSpan(text.index("Thursday"), text.index("Thursday") + 8, "DATE", "Thursday")],
                                    fri, Context())]
    assert sorted(m.value for m in found) == ["2024-03-14", "2024-03-21"]  # each sentence on its own
    assert [m.value for m in agree_weekdays(found, fri, texts)] == ["2024-03-14", "2024-03-14"]
    unsaid = {0: said.replace("the FBI said Thursday", "the FBI found by Thursday"), 1: until}
    assert [m.value for m in agree_weekdays(found, fri, unsaid)] == ["2024-03-21", "2024-03-21"]
