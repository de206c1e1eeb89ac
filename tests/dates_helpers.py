"""Shared helpers of the event-date class tests (tests/test_dates_*.py): resolve one date expression, or find
the date mentions of a sentence given the DATE spans spaCy would hand over. Sentences are the tests' own."""
from __future__ import annotations

from datetime import date

from indexer.dates.context import Context
from indexer.dates.mentions import date_mentions
from indexer.dates.resolve import resolve
from indexer.nlp import NerSpan

WED = date(2024, 3, 13)  # a Wednesday


def span(text: str, before: str = "", base: date = WED, after: str = "", context: Context | None = None):
    """(first day, last day) of one expression read in its sentence, or None."""
    r = resolve(text, base, before, after, context if context is not None else Context())
    return None if r is None else (r.start.isoformat(), r.end.isoformat())


def american() -> Context:
    """The context of an article datelined in the US: the holidays each country dates its own way (Labor
    Day, Election Day) are dated only where the article's country is known (indexer/dates/country.py)."""
    return Context(dateline="US")


def spans_of(text: str, *dated: str) -> list[NerSpan]:
    """DATE spans for the given substrings, as spaCy would hand them over."""
    out = []
    for piece in dated:
        i = text.index(piece)
        out.append(NerSpan(i, i + len(piece), "DATE", piece))
    return out


def mentions(text: str, *dated: str, base: date = WED) -> set[tuple[str, str, str]]:
    """(text, first day, last day) of every date mention; with no ``dated`` pieces, what the regex
    fallbacks find on their own."""
    return {(m.text, m.value, m.date_end) for m in date_mentions(0, text, spans_of(text, *dated), base, Context())}
