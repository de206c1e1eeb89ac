"""Two days of one month with the month written once (day_pairs.py), issue 14 round 16, on sentences written for
these tests (none from eval data), with the DATE spans spaCy hands over for such shapes. The paper is dated
Wednesday 13 March 2024."""
from __future__ import annotations

from dates_helpers import mentions


def test_a_day_first_pair_gives_both_days():
    # spaCy's span "8 and 9 July" used to give "9 July" only.
    assert mentions("Strikes over 8 and 9 July injured dozens.", "8 and 9 July") == {
        ("8", "2024-07-08", "2024-07-08"), ("9 July", "2024-07-09", "2024-07-09")}
    assert mentions("The fair runs from 12 to 14 September 2025 in Kandy.", "12 to 14 September 2025") == {
        ("12", "2025-09-12", "2025-09-12"), ("14 September 2025", "2025-09-14", "2025-09-14")}


def test_a_month_first_range_written_with_to_gives_its_two_ends():
    # As TimeML annotates "from X to Y"; it used to be one stretch of six days.
    assert mentions("The meetings are scheduled from April 21 to 26.", "April 21 to 26") == {
        ("April 21", "2024-04-21", "2024-04-21"), ("26", "2024-04-26", "2024-04-26")}


def test_the_day_spacy_leaves_outside_its_span_is_read():
    got = mentions("The visit will take place between October 11 and 13, the ministry said.", "between October 11 and")
    assert ("13", "2024-10-13", "2024-10-13") in got and ("October 11", "2024-10-11", "2024-10-11") in got


def test_counts_and_dashed_ranges_are_not_split():
    # A number that goes on into a noun is a count; a dashed range is one stretch, as the gold annotates it.
    got = mentions("Prices rose from March 3 to 12 percent.", "March 3 to 12")
    assert not any(text == "12" for text, _, _ in got)
    got = mentions("Held between October 11 and 13 people were hurt.", "between October 11 and")
    assert not any(text == "13" for text, _, _ in got)
    assert mentions("The lockdown is in force from July 10-12.", "July 10-12") == {("July 10-12", "2024-07-10", "2024-07-12")}


def test_days_that_do_not_rise_are_not_a_pair():
    assert not any(text == "20" for text, _, _ in mentions("It closed on 20 and 9 July.", "20 and 9 July"))
