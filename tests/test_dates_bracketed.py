"""A day of the month in brackets after a day word ("today (13)", "on Friday (8)"; bracketed.py), issue
14 round 14, on sentences written for these tests (none from eval data). The paper is dated Wednesday 13 March 2024."""
from __future__ import annotations

from dates_helpers import WED, spans_of

from indexer.dates.article import read_story
from indexer.dates.context import Context
from indexer.dates.mentions import date_mentions


def _story(*paragraphs: tuple[str, tuple[str, ...]]) -> set[tuple[str, str]]:
    """{(mention text, day)} for a story of (paragraph, DATE spans) read as the indexer reads it."""
    context, found = Context(), []
    for n, (text, dated) in enumerate(paragraphs):
        found.extend(date_mentions(n, text, spans_of(text, *dated), WED, context))
    texts = {n: text for n, (text, _) in enumerate(paragraphs)}
    out = read_story(found, texts, WED)
    assert all(m.value == m.date_end for m in out)
    return {(m.text, m.value) for m in out}


def test_the_bracketed_number_is_a_day_of_its_own_and_agrees_with_the_day_word():
    assert _story(("The minister opened the new ward today (13) at the district hospital.", ("today",))) == {
        ("today", "2024-03-13"), ("13", "2024-03-13")}
    assert _story(("The suspects were remanded until tomorrow (14) by the magistrate.", ("tomorrow",))) == {
        ("tomorrow", "2024-03-14"), ("14", "2024-03-14")}


def test_the_bracket_settles_a_weekday_read_the_other_way():
    # Told in the future ("will be questioned on Friday"), but the 8th is last Friday: the bracket wins.
    assert _story(("The council said he will be questioned on Friday (8) when he visits the police.", ("Friday",))) == {
        ("Friday", "2024-03-08"), ("8", "2024-03-08")}
    assert _story(("The talks will resume on Friday (15) in the capital.", ("Friday",))) == {
        ("Friday", "2024-03-15"), ("15", "2024-03-15")}


def test_the_bracket_restates_a_day_word_dated_a_day_late():
    # The archive stamps the story a day after it was written: "yesterday (11)" is the 11th, not the 12th.
    assert _story(("The committee met yesterday (11) to review the bids.", ("yesterday",))) == {
        ("yesterday", "2024-03-11"), ("11", "2024-03-11")}


def test_a_day_word_the_tagger_missed_is_added_with_its_number():
    assert _story(("The boy drowned last evening (12) while bathing in the river.", ())) == {
        ("last evening", "2024-03-12"), ("12", "2024-03-12")}


def test_numbers_that_name_no_nearby_day_are_left_alone():
    # The 22nd is a week and a day from publication; the 8th is a Friday, not a Monday; 45 is no day of a month.
    assert _story(("The ship sailed on Friday (22) from the port.", ("Friday",))) == {("Friday", "2024-03-08")}
    assert ("8", "2024-03-08") not in _story(("The panel met on Monday (8) in the capital.", ("Monday",)))
    assert _story(("Officials said today (45) staff were moved.", ("today",))) == {("today", "2024-03-13")}
    assert _story(("The Companies Act (17) was amended today.", ("today",))) == {("today", "2024-03-13")}


def test_a_day_word_bracket_far_from_the_words_own_day_is_no_restatement():
    # The 17th is within a week of publication but four days after "today": a numbered item, not the day.
    assert _story(("The shortlist announced today (17) includes two debut novels.", ("today",))) == {
        ("today", "2024-03-13")}
