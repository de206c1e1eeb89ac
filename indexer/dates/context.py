"""What a date resolves to (Resolved) and what the article said so far while it is read (Context).

Kept apart from resolve.py, which turns one expression into a Resolved, because every date module reads or
builds these two and only some of them resolve expressions.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Resolved:
    start: date
    end: date
    granularity: str  # day | week | month | year | decade


@dataclass
class Context:
    """What the document said so far: the last period resolved from its own words (not from the
    publication day alone), for "a year earlier" / "the quarter" / "that year" later on."""

    last: Resolved | None = None
    last_paragraph: int = -1  # where ``last`` was named ("two years later" only reaches a few paragraphs back)
    paragraph: int = 0  # the paragraph being read
    reported: Resolved | None = None  # the last named period that had ended by publication
    quarters: list[Resolved] = field(default_factory=list)
    # Words of a match report seen so far ("touchdown", "half-time", ...): two of them make a bare "the third
    # quarter" or "the second half" the game's period, not the calendar's.
    match_words: set[str] = field(default_factory=set)
    # Where the article stands (country.py): its dateline's country, and the countries of the places named so
    # far, for the holidays each country dates its own way ("Independence Day").
    dateline: str | None = None
    places: Counter = field(default_factory=Counter)

    def country(self) -> str | None:
        from indexer.dates.country import leading_country

        return self.dateline or leading_country(self.places)
