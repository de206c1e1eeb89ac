"""Event-date classes of the fourth issue-14 round (modern web and Wikinews pages), each on sentences
written for these tests (none from eval data). Publication days are chosen so that the wrong reading lands
on a different day than the right one."""
from __future__ import annotations

from datetime import date

from dates_helpers import mentions, span

from indexer.dates.not_dates import not_date_reason
from indexer.dates.tense import direction


def test_a_capitalised_ed_name_inside_a_sentence_is_no_past_verb():
    # "Hamed" and "Fred" end like past verbs; the future verb after them decides.
    assert direction("On ", "Monday", after=", Hamed and his sister are to fly to Geneva.") == "future"
    assert span("Monday", "On ", after=", Hamed and his sister are to fly to Geneva.") == ("2024-03-18", "2024-03-18")
    assert direction("The board told Fred it will vote on ", "Monday") == "future"
    # A lower-case past verb, or a capitalised one opening the sentence, still looks back.
    assert direction("On ", "Monday", after=", Hamed and his sister flew to Geneva.") == "past"
    assert direction("", "Monday", after=" Closed for repairs, the museum lost visitors.") != "future"
    assert direction("Hamed said the museum reopened on ", "Monday") == "past"


def test_today_compared_with_another_time_is_nowadays():
    assert not_date_reason("today", "Jazz is as popular ", " as it was in the twenties") == "generic"
    assert not_date_reason("today", "The bridge looks much the same ", " as it did then") is None
    assert not_date_reason("today", "The minister said ", " as he left the talks") is None


def test_todays_artefacts_with_modifiers_are_the_present_in_general():
    assert not_date_reason("today's", "Critics argue that ", " small language models are overrated") == "generic"
    assert not_date_reason("today's", "Critics argue that ", " home security systems leak data") == "generic"
    # A report, session or talks of the day stay that day, also when a generic noun comes later.
    assert not_date_reason("today's", "Traders waited for ", " report on jobs") is None
    assert not_date_reason("today's", "Traders waited for ", " talks") is None



def test_a_bare_year_spacy_leaves_untagged_is_found_after_an_article_possessive_or_preposition():
    assert ("2019", "2019-01-01", "2019-12-31") in mentions("Back then, a 2019 survey of bakers found the same.")
    assert ("2017", "2017-01-01", "2017-12-31") in mentions("The play builds on Okafor's 2017 sketch, staged twice.")
    assert ("2011", "2011-01-01", "2011-12-31") in mentions("Rents doubled from 1990 to 2011.")
    # Counts and numbers that are no years are left alone.
    assert not mentions("Police sent the 2000 troops home and 1999 people signed.")
    assert not mentions("The budget was 2,019 dollars and the code was 2019-A.")


def test_a_first_or_second_half_beside_match_words_is_the_games():
    assert not_date_reason("the second half", "Neither side scored in ", ", and the crowd left early") == "match half"
    assert not_date_reason("The first half", "", " ended goalless after a penalty was saved") == "match half"
    # A company's half stays a half of the year.
    assert not_date_reason("the second half", "Profits rose 4 percent in ", ", the bank said") is None


def test_fixed_national_days_of_other_countries_are_days():
    may = date(2024, 5, 8)
    assert span("Waitangi Day", "The flag was raised on ", may) == ("2024-02-06", "2024-02-06")
    assert span("Canada Day", "The bridge will open on ", may) == ("2024-07-01", "2024-07-01")
    assert ("Anzac Day", "2024-04-25", "2024-04-25") in mentions("Veterans marched on Anzac Day in the rain.", base=may)


def test_a_weekday_in_a_photo_caption_with_no_cue_looks_back():
    # Friday is five days back from a Wednesday: uncued, it would be the coming one.
    assert span("Friday", "The hall shortly after opening ", after=". Photo: Ann Lee.") == ("2024-03-08", "2024-03-08")
    assert span("Friday", "The hall shortly after opening ", after=".") == ("2024-03-15", "2024-03-15")
    # A future cue in the caption still wins.
    assert span("Friday", "The hall will open ", after=". Image: Ann Lee.") == ("2024-03-15", "2024-03-15")


def test_a_holiday_word_after_a_name_inside_a_sentence_is_a_surname():
    assert not_date_reason("Christmas", "The book was drawn by cartoonist Peter ", ", who lives in Leeds") == "name"
    assert not_date_reason("Easter", "The match was refereed by Tom ", ".") == "name"
    # A modifier of the day, a sentence opening or a headline keep the day.
    assert not_date_reason("Christmas", "Churches in the city celebrated Orthodox ", " on Sunday") is None
    assert not_date_reason("Christmas", "Shoppers Flock To Stores Before ", "") is None
    assert not_date_reason("Easter", "The shop stays shut over ", ".") is None


def test_spelled_out_counts_above_twelve_before_ago_are_points_in_time():
    assert span("Nineteen years ago", "\"", after=", nobody had a phone,\" she said.") == ("2005-01-01", "2005-12-31")
    assert span("forty years ago", "The mill closed ") == ("1984-01-01", "1984-12-31")
    assert span("sixteen days ago", "The dam burst ") == ("2024-02-26", "2024-02-26")
