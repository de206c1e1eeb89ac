"""Dotted day-first dates (dotted.py) and holidays printed with a curly apostrophe (named_days.NAMED_DAY_RE), issue
14 round 14, on sentences written for these tests (none from eval data). The paper is dated Wednesday 13 March 2024."""
from __future__ import annotations

from dates_helpers import WED, mentions, spans_of

from indexer.dates.article import read_story
from indexer.dates.context import Context
from indexer.dates.mentions import date_mentions


def _story(*paragraphs: str) -> set[tuple[str, str]]:
    context, found = Context(), []
    for n, text in enumerate(paragraphs):
        found.extend(date_mentions(n, text, spans_of(text), WED, context))
    return {(m.text, m.value) for m in read_story(found, dict(enumerate(paragraphs)), WED) if m.value == m.date_end}


def test_a_dotted_date_whose_first_number_is_over_twelve_is_day_first():
    assert ("17.09.2026", "2026-09-17") in _story("A bond maturing on 17.09.2026 was quoted at 9.85 percent.")


def test_an_ambiguous_dotted_date_follows_the_articles_other_dotted_dates():
    got = _story("A bond maturing on 17.09.2026 was quoted at 9.85 percent.",
                 "A bond maturing on 01.04.2027 was quoted at 10.10 percent.")
    assert {("17.09.2026", "2026-09-17"), ("01.04.2027", "2027-04-01")} <= got


def test_undecidable_dotted_numbers_are_left_alone():
    # Alone and ambiguous; or an article that also writes month first; or versions and longer runs of numbers.
    assert not any(t == "01.04.2027" for t, _ in _story("A bond maturing on 01.04.2027 was quoted at 10 percent."))
    mixed = _story("It was signed on 17.09.2026.", "It expires on 09.17.2027.")
    assert not any(t in ("17.09.2026", "09.17.2027") for t, _ in mixed)
    assert not any("." in t for t, _ in _story("Install version 1.13.2024.5 or 13.2.2024a of the tool."))


def test_a_holiday_with_a_curly_apostrophe_is_found_without_a_date_span():
    assert mentions("The truck drove into the crowd early on New Year’s Day, police said.") == {
        ("New Year’s Day", "2024-01-01", "2024-01-01")}
    assert mentions("Fireworks lit the harbour on New Year’s Eve.") == {("New Year’s Eve", "2023-12-31", "2023-12-31")}
