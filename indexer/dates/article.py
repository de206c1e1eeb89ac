"""An article's date mentions: each paragraph's (mentions.py), read with what the whole story says.

Two things only the article as a whole knows: its dateline (where it stands, for holidays each country dates
its own way) and that one story means one Saturday (``agree_weekdays``). Split from mentions.py, which turns
one paragraph's DATE spans into mentions.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from indexer.dates.mentions import PLAIN_WEEKDAY, date_mentions
from indexer.dates.resolve import Context
from indexer.nlp import NerSpan
from search.model import Article, Mention


def tag_dates(article: Article, spans: list[list[NerSpan]]) -> list[Mention]:
    """Date mentions for every paragraph of ``article``; ``spans`` is ner_spans() output per paragraph."""
    base = date.fromisoformat(article.published) if article.published else None
    out: list[Mention] = []
    context = Context()
    if article.dateline:  # split off the lead by the plain-text extractor ("Kyiv [Ukraine], July 3 (ANI)")
        from indexer.dates.country import dateline_country

        context.dateline = dateline_country(re.sub(r"\s*\[([^\]]*)\]", r", \1", article.dateline) + ":")
    for para, para_spans in zip(article.paragraphs, spans):
        out.extend(date_mentions(para.n, para.text, para_spans, base, context))
    return agree_weekdays(out, base)


def agree_weekdays(found: list[Mention], base: date | None) -> list[Mention]:
    """One story, one Saturday: a bare weekday read as last week's in one sentence and as the coming one in
    another is the coming one in both (in TBAQ's gold 182 weekdays keep one date per document, 4 do not).
    A backward reading is often only the default or a reporting verb; a forward one needs a cue. Mentions
    with "last"/"next" or a month-day are left alone."""
    if base is None:
        return found
    readings: dict[str, set[str]] = {}
    for m in found:
        if (w := PLAIN_WEEKDAY.fullmatch(m.text)) and m.value == m.date_end:
            readings.setdefault(w["wd"].lower(), set()).add(m.value)
    out = []
    for m in found:
        w = PLAIN_WEEKDAY.fullmatch(m.text)
        days = sorted(readings.get(w["wd"].lower(), ())) if w and m.value == m.date_end else []
        if (len(days) == 2 and m.value == days[0] and days[1] > base.isoformat()
                and (date.fromisoformat(days[1]) - date.fromisoformat(days[0])).days == 7):
            m = replace(m, value=days[1], date_end=days[1])
        out.append(m)
    return out
