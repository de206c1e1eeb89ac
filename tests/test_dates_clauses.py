"""Which clause places a date (issue 14, round 10): a clause after the date that is its own, a verb inside the
date's phrase, a reported present after a verb of saying, a sentence opening with the year it tells about, and
"last"/"this" seasons. Each sentence is the tests' own; WED is Wednesday 2024-03-13."""
from __future__ import annotations

from datetime import date

from tests.dates_helpers import WED, american, mentions, span

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
                base=base, context=american()) == ("2024-11-05", "2024-11-05")
    # a past told after the saying still looks back
    assert span("Election Day", "The senator said he had voted before ", base=base, context=american()) == ("2023-11-07", "2023-11-07")


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


def test_a_year_written_once_at_the_end_of_a_split_range_belongs_to_both_ends():
    from indexer.dates.context import Context
    from indexer.dates.mentions import date_mentions
    from tests.dates_helpers import spans_of

    def split(text: str, *pieces: str) -> set[tuple[str, str, str]]:  # spaCy hands over the two ends apart
        return {(m.text, m.value, m.date_end) for m in date_mentions(0, text, spans_of(text, *pieces), WED, Context())}

    assert split("Tourists spent 9 billion euros from March to May 2019, a study found.", "March", "May 2019") == {
        ("March", "2019-03-01", "2019-03-31"), ("May 2019", "2019-05-01", "2019-05-31")}
    assert split("Sales rose from November to February 2019.", "November", "February 2019") == {
        ("November", "2018-11-01", "2018-11-30"), ("February 2019", "2019-02-01", "2019-02-28")}
    # not across other words: "in March and in Rome in May 2019" are two dates of their own
    assert ("March", "2024-03-01", "2024-03-31") in split("He was in Paris in March and in Rome in May 2019.", "March", "May 2019")


def test_the_two_ends_of_a_range_are_placed_together():
    from datetime import date as day

    april = day(2020, 4, 2)
    # each end alone could land on either side of publication; a range ends after it starts
    text = "The show runs July 27-August 7."
    assert mentions(text, "July 27-August 7", base=april) == {
        ("July 27", "2020-07-27", "2020-07-27"), ("August 7", "2020-08-07", "2020-08-07")}
    # a year said once after the range ("next year") belongs to both ends
    text = "The Games will now take place on July 23-August 8 next year."
    assert mentions(text, "July 23-August 8 next year", base=april) == {
        ("July 23", "2021-07-23", "2021-07-23"), ("August 8 next year", "2021-08-08", "2021-08-08")}
