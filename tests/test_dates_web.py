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


# --- fifth round (web news posts and release notes) ---------------------------------------------------------

def test_all_digit_days_found_in_running_text():
    # "2023/11/01" (year first, slash or hyphen) and "11/13/2023" have no month word for spaCy to tag.
    assert mentions("- Merged upstream changes from 2023/11/01 and 2023-11-13.") == {
        ("2023/11/01", "2023-11-01", "2023-11-01"), ("2023-11-13", "2023-11-13", "2023-11-13")}
    assert mentions("The form was filed on 11/13/2023, the clerk said.") == {
        ("11/13/2023", "2023-11-13", "2023-11-13")}
    # Paths, URLs, versions, fractions and scores are not days.
    assert mentions("See https://example.org/2023/11/01/post, version 1.2/3/4, 3/4 cup, a 6-3-2 tie.") == set()


def test_a_two_digit_year_takes_the_century_nearest_publication_even_a_day_ahead():
    # Written a day before the date it names: past preference alone would make it 1925.
    assert mentions("The notice dated 12/16/25 is below.", base=date(2025, 12, 15)) == {
        ("12/16/25", "2025-12-16", "2025-12-16")}
    assert span("3/21/24") == ("2024-03-21", "2024-03-21")


def test_today_opening_a_first_person_announcement_is_the_day():
    for sentence in ("Today, we are releasing the design files of the printer.",
                     "Today, we're introducing a new family of models.",
                     "Today, we report a faster way to fold proteins.",
                     "Today, we are excited to announce our new office."):
        assert mentions(sentence, "Today") == {("Today", "2024-03-13", "2024-03-13")}, sentence
    # A first-person present that is no announcement, or another subject, stays nowadays.
    assert mentions("Today, we are seeing more robots in warehouses.", "Today") == set()
    assert mentions("Today, we know more about sleep than ever.", "Today") == set()
    assert mentions("Today, robots are everywhere.", "Today") == set()


def test_today_after_a_general_noun_is_the_present_in_general():
    assert not_date_reason("today", "Old divisions still bubble away in society ", ".") == "generic"
    assert not_date_reason("today", "The world ", " faces new threats") == "generic"
    assert not_date_reason("today's", "Our tools meet the needs of ", " threat landscape") == "generic"
    # A day after another noun, or a day's event, stays the day.
    assert not_date_reason("today", "Police arrested two men ", ".") is None
    assert not_date_reason("today's", "He spoke before ", " vote") is None


def test_a_year_after_a_possessive_pronoun_is_that_year():
    assert mentions("She cited their 2019 survey of nurses.") == {("2019", "2019-01-01", "2019-12-31")}
    assert mentions("The economist, whose 2021 review shaped policy, spoke.") == {("2021", "2021-01-01", "2021-12-31")}
    # A count after the pronoun is not a year.
    assert mentions("The firm laid off its 2000 workers.") == set()


def test_today_closing_a_statement_of_how_things_are_is_nowadays():
    # A stative predicate, a comparison, "how things work", a call to action.
    for before, after in (("Python 2 is rarely used ", ", but old scripts survive."),
                          ("The novel feels strangely relevant ", " in many countries."),
                          ("Solar panels now cost less than they did a decade ago and far less than ", "."),
                          ("Trains will be scheduled the same way that buses run ", "."),
                          ("Sign up for our newsletter ", ".")):
        assert not_date_reason("today", before, after) == "generic", before
    # The day itself: an event, a progressive, a quotation, a stative verb told in the past, "as of today".
    for before, after in (("The bill is signed ", "."),
                          ("Rebels are shelling the city ", "."),
                          ("Prices rose faster than analysts had expected ", "."),
                          ('"Our country is united ', '," the president said.'),
                          ("Officials said the road was closed ", "."),
                          ("The ministry said the rule was considered ", "."),
                          ("As of ", ", the shelter holds 40 dogs."),
                          ("Rescuers are still searching ", "."), ("Rain is likely ", "."),
                          ("The new model goes on sale ", " in Europe.")):
        assert not_date_reason("today", before, after) is None, before


def test_table_headers_stretches_quantities_and_people_named_for_months_are_no_dates():
    assert not_date_reason("Last Month", "Category | ", " | This Month | Change") == "table"
    assert not_date_reason("last month", "Sales rose ", " | up 3%") is None
    assert not_date_reason("past year", "Prices rose 5 percent over the ", ".") == "vague"
    # "the previous year" is the year before one the story named; "last year" alone is last year.
    assert not_date_reason("previous year", "Exports rose from the ", ".") is None
    assert not_date_reason("last year", "Exports rose ", ".") is None
    assert not_date_reason("1150", "Steers: Choice 2-3, ", " lbs 67.00.") == "quantity"
    assert not_date_reason("1998", "In ", " pounds of rice were shipped.") is None
    assert not_date_reason("May", "The cafe is run by Jordy and ", " Navarra.") == "name"
    assert not_date_reason("May", "Exports rose between January and ", " Ecuador said.") is None


def test_today_in_a_comparison_with_all_time_or_before_a_stative_predicate_is_nowadays():
    assert not_date_reason("today", "Reading is more important ", " than ever.") == "generic"
    # A market's level and a search of the day stay the day.
    assert not_date_reason("today", "The index ", " is at its highest level.") is None
    assert not_date_reason("today", "Police ", " are searching for the man.") is None
    assert not_date_reason("today", "Prices are higher ", " than yesterday.") is None


def test_this_past_week_and_the_year_ahead():
    assert span("This past week") == ("2024-03-04", "2024-03-10")
    assert span("the year ahead") == ("2025-01-01", "2025-12-31")
    assert span("the new year", base=date(2025, 12, 15)) == ("2026-01-01", "2026-12-31")
    assert span("the new year", base=date(2025, 6, 15)) is None
