"""The resolution-path labels of emitted dates (indexer/dates/paths.py): each sentence is the tests' own."""
from __future__ import annotations

from datetime import date

import pytest

from indexer.dates.paths import load_seen, path_of

WED = date(2024, 3, 13)


def label(paragraphs: list[str], piece: str, first: str, last: str | None = None, p: int = -1) -> str:
    p = p % len(paragraphs)
    start = paragraphs[p].index(piece)
    return path_of(paragraphs, p, start, start + len(piece), first, last or first, WED)


def test_weekday_paths_follow_the_clause_cue():
    assert label(["The minister said Monday that talks had failed."], "Monday", "2024-03-11") == "weekday-past"
    assert label(["The ministers will meet Friday in Brussels."], "Friday", "2024-03-15") == "weekday-future"
    assert label(["Talks resumed last Friday."], "last Friday", "2024-03-08") == "weekday-modified"


def test_day_words_inside_a_quotation_are_flagged():
    assert label(['"We lost a friend today," she said.'], "today", "2024-03-13").endswith("+q")
    assert not label(["The court ruled today on the appeal."], "today", "2024-03-13").endswith("+q")


def test_month_day_after_another_year_is_narrative():
    paragraphs = ["The riot broke out in 2021.", "Police arrived on June 4 and made arrests."]
    assert label(paragraphs, "June 4", "2023-06-04").endswith("+narr")
    assert not label(["Police arrived on June 4 and made arrests."], "June 4", "2023-06-04").endswith("+narr")


def test_explicit_dates_holidays_and_spans():
    assert label(["It opened on June 4, 2019."], "June 4, 2019", "2019-06-04") == "explicit-ymd"
    assert label(["Shops close on Christmas Day."], "Christmas Day", "2024-12-25") == "holiday"
    assert label(["Sales rose last week."], "last week", "2024-03-04", "2024-03-10") == "span:week"
    assert label(["The ward was opened today (13) by the minister."], "13", "2024-03-13") == "bracketed-day"


def test_only_seen_sets_can_be_loaded():
    with pytest.raises(ValueError):
        load_seen("handmade17")  # the next fresh set: not in SEEN until it is scored

