"""Publication dates for articles whose file and metadata did not give one.

Evidence, most to least trustworthy: a wire dateline ("Kyiv [Ukraine], July 3 (ANI)"), a full date in a
photo caption ("Monday, June 30, 2025"), else an inference from the body: the latest year-less
month-day it mentions, moved forward to the weekday the lead names ("said Monday"). Wire style writes
the year only for dates outside the current year, so year-less month-days are this year's news and
dates written with a year ("October 7, 2023") are history, never the anchor. The year itself comes from
the article (a copyright line, dates written with a year), else from the other articles of the same file
(``neighbours``). When none of that exists the date stays None: an honest null beats a guess.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from indexer.dates.patterns import (
    MONTH_DAY_RE,
    WEEKDAYS,
    YEAR,
    month_end,
    month_number,
    nearest_year,
    safe_date,
)
from indexer.dates.resolve import future_cue, month_day
from search.model import Article

_MD_PARTS = re.compile(r"(?P<m>[A-Z][a-z]+)\.?\s+(?P<d>\d{1,2})")
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][^,:()\n]{1,60}),\s+"
    r"(?P<md>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .]{1,20})\)"
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:Copyright\s*)?(?P<y>(?:19|20)\d{2})", re.I)
_DATED = re.compile(  # dates written with their year: "Nov. 17, 2024", "March 2025", "June 24, 2025"
    r"\b(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?:(?P<d>\d{1,2}),?\s+)?"
    rf"(?P<y>{YEAR})\b"
)
_LEAD_WEEKDAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _year_evidence(article: Article) -> tuple[int | None, date | None]:
    """(stated year: copyright line or ISO page date, latest date the article writes with its year)."""
    texts = [p.text for p in article.paragraphs] + [str(v) for v in article.metadata.values() if isinstance(v, str)]
    copyright_year = None
    for value in article.metadata.values():
        # A page date the extractor kept as metadata ("page_date": "2025-07-03") names the year as surely
        # as a copyright line does.
        if isinstance(value, str) and (iso := re.fullmatch(rf"({YEAR})-\d{{2}}-\d{{2}}", value.strip())):
            copyright_year = max(copyright_year or 0, int(iso.group(1)))
    latest: date | None = None
    for text in texts:
        for m in _COPYRIGHT.finditer(text):
            copyright_year = max(copyright_year or 0, int(m["y"]))
        for m in _DATED.finditer(text):
            mon = month_number(m["m"])
            if mon is None or future_cue(text[max(0, m.start() - 80):m.start()], m.group()):
                continue  # "elections scheduled for May 2026" says nothing about when this was written
            y = int(m["y"])
            d = safe_date(y, mon, int(m["d"])) if m["d"] else month_end(y, mon)
            if d and (latest is None or d > latest):
                latest = d
    return copyright_year, latest


def _lower_bound_year(latest: date | None, month: int, day: int) -> int | None:
    """The first year that puts month-day on or after ``latest`` (the article's newest dated fact)."""
    if latest is None:
        return None
    for y in (latest.year, latest.year + 1):
        d = safe_date(y, month, day)
        if d and d >= latest:
            return y
    return None


# Neighbours are read nearest first until this many of them show a date (one lower bound alone can be
# years stale), and never more than _SCAN of them, so huge dumps stay linear.
_ENOUGH = 5
_SCAN = 60


def _file_anchor(article: Article, neighbours: Sequence[Article]) -> date | None:
    """The latest day the article's nearest neighbours in the same file can vouch for.

    What a neighbour shows on its own is a lower bound (a story citing "July 2023" is from 2023 or
    later) or exact (a manifest date), never too late, so the latest of them is the best estimate of
    when the file's stories were written. Neighbours are judged on their own evidence only, so the
    answer does not depend on the order articles are processed in.
    """
    ranked = sorted((n for n in neighbours if n is not article),
                    key=lambda n: abs(n.origin_position - article.origin_position))[:_SCAN]
    days: list[date] = []
    for n in ranked:
        if len(days) >= _ENOUGH:
            break
        if n.published and n.published_source != "inferred":
            days.append(date.fromisoformat(n.published))
        else:
            own = _from_body(n, ())
            if own:
                days.append(own)
    return max(days) if days else None


def _year_for(article: Article, month: int, day: int, neighbours: Sequence[Article]) -> int | None:
    """The year of a year-less month-day: copyright line, else the file's days, else the article's own bound."""
    copyright_year, latest = _year_evidence(article)
    if copyright_year:
        return copyright_year
    bound = _lower_bound_year(latest, month, day)
    anchor = _file_anchor(article, neighbours) if neighbours else None
    if anchor is not None:
        y = nearest_year(month, day, anchor)
        if y is not None and bound is not None and y < bound:
            y = bound  # never before a date the article itself writes out
        return y
    # Alone, the article only proves a lower bound; take it (a news story is rarely a year late).
    return bound


def _dateline_day(article: Article, neighbours: Sequence[Article]) -> date | None:
    for text in filter(None, [article.dateline, article.paragraphs[0].text if article.paragraphs else None]):
        m = _DATELINE.match(text)
        if not m:
            continue
        md = _MD_PARTS.match(m["md"])
        mon, day = month_number(md["m"]), int(md["d"])
        year = re.search(rf"{YEAR}", m["md"])
        y = int(year.group()) if year else _year_for(article, mon, day, neighbours)
        if mon and y:
            return safe_date(y, mon, day)
    return None


def _caption_day(article: Article) -> date | None:
    captions: list = []
    for key in ("caption", "captions"):  # extraction stores a list under "captions"; one string is fine too
        value = article.metadata.get(key)
        captions.extend([value] if isinstance(value, str) else value or [])
    for caption in captions:
        for m in MONTH_DAY_RE.finditer(str(caption)):
            r = month_day(m.group().lower(), None)  # None: only a date with its own year counts
            if r is not None:
                return r.start
    return None


def _from_body(article: Article, neighbours: Sequence[Article]) -> date | None:
    """The latest year-less month-day in the body, moved forward to the weekday the lead names."""
    anchors: list[tuple[int, int]] = []
    for p in article.paragraphs:
        for m in MONTH_DAY_RE.finditer(p.text):
            if re.search(rf",?\s+{YEAR}$", m.group()) or future_cue(p.text[max(0, m.start() - 80):m.start()], m.group()):
                continue  # written with a year: history; announced as upcoming: not yet news
            md = _MD_PARTS.search(m.group().split(",")[-1]) or _MD_PARTS.search(m.group())
            mon = month_number(md["m"]) if md else None
            if mon:
                # A range ("a summit on June 24-25") counts by its first day: a story may be written
                # while the event is still under way.
                anchors.append((mon, int(md["d"])))
    if not anchors:
        return None
    # One year for the story, found from its calendar-latest month-day; every other month-day is then
    # placed nearest to that. Around New Year "Dec. 30" and "Jan. 2" together mean January is latest.
    wraps = any(m >= 11 for m, _ in anchors) and any(m <= 2 for m, _ in anchors)
    top = max(a for a in anchors if not wraps or a[0] <= 2)
    y = _year_for(article, top[0], top[1], neighbours)
    ref = safe_date(y, *top) if y else None
    if ref is None:
        return None
    latest = max(d for d in (safe_date(nearest_year(m, dd, ref), m, dd) for m, dd in anchors) if d)
    lead = article.paragraphs[0].text if article.paragraphs else ""
    for m in _LEAD_WEEKDAY.finditer(lead):
        if not future_cue(lead[max(0, m.start() - 80):m.start()], m.group()):
            return latest + timedelta(days=(WEEKDAYS[m["wd"].lower()] - latest.weekday()) % 7)
    return latest


_PAGE_EXTRACTORS = {"trafilatura"}
# Fields a harvester may record for when it saved an article (JSON records keep them in metadata).
_SCRAPE_FIELDS = ("scraped", "scraped_at", "scrape_time", "crawled", "crawled_at", "crawl_date", "fetched",
                  "fetched_at", "retrieved", "retrieved_at", "downloaded_at")


def _scrape_limit(article: Article) -> date:
    """The latest day the article can have been published: its scrape-time field, else its file's
    modification day, and never later than today."""
    limit = date.today()
    for key in _SCRAPE_FIELDS:
        value = article.metadata.get(key)
        if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
            try:
                return min(limit, date.fromisoformat(value.strip()[:10]))
            except ValueError:
                continue
    if article.origin_path:
        try:
            return min(limit, datetime.fromtimestamp(os.stat(article.origin_path).st_mtime).date())
        except (OSError, ValueError, OverflowError):
            pass
    return limit


def infer_published(article: Article, neighbours: Sequence[Article] = ()) -> None:
    """Fill ``published``/``published_source`` when extraction left them None (see module docstring).

    ``neighbours`` are the other articles of the same file, used only to find a year when the article
    has none of its own (a dump of year-less stories from the same days).
    """
    if article.published:
        return
    limit = _scrape_limit(article)
    steps = [("dateline", lambda: _dateline_day(article, neighbours)), ("caption", lambda: _caption_day(article))]
    if article.extractor not in _PAGE_EXTRACTORS:
        # A web page states its own date in its markup (read by extraction); a day its body mentions is
        # news it reports, not when it was published. Only text without markup needs the body guess.
        steps.append(("inferred", lambda: _from_body(article, neighbours)))
    for source, found in steps:
        day = found()
        if day is not None and day <= limit:  # never after the file was saved, never in the future
            article.published = day.isoformat()
            article.published_source = source
            return
    article.published_source = None
