"""The publication day a web page states about itself, and which part of the page said it.

Read in order of trust: JSON-LD ``datePublished`` of the page's article object, the publication meta
tags (Open Graph / ``article:published_time`` and the other names publishers use), a ``<time>`` element
marked as the publication time; then the dateline by the ``<h1>`` (a short element holding a date, or a
``<time datetime>``), the generic date metas (``date``, ``dc.date``: often a review or update day), and
last htmldate (trafilatura's author's library, which knows many more markup conventions) with
``extensive_search=False``, so it never guesses from dates in the body text.
A day after the scrape time (file mtime or a scrape-time field) or after today is refused wherever it
comes from: a page cannot have been published after it was saved.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

from . import jsonld

# JSON-LD types that describe the page's own story; a WebPage or an Organization date is weaker evidence.
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
                  "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting",
                  "socialmediaposting", "scholarlyarticle", "techarticle", "report", "posting", "videoobject"}
# Meta names that mean "published", most specific first. Modified/updated dates are never read.
_META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "article.published", "published_time", "published-date", "publish-date", "publish_date",
    "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
    "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "rnews:datepublished",
)
# Names that say "a date" but not which one (sites put the last review or update there): read after the
# dateline by the headline, before htmldate.
_GENERIC_META_KEYS = ("dc.date", "dcterms.date", "date", "displaydate")
_META_RANK = {key: n for n, key in enumerate(_META_KEYS)}
_GENERIC_RANK = {key: n for n, key in enumerate(_GENERIC_META_KEYS)}
_YEAR_ONLY = re.compile(r"^\s*\d{4}\s*$")


def page_date(tree, url: str | None = None, not_after: date | None = None) -> tuple[str | None, str | None]:
    """(ISO day, provenance) from the page's own markup; (None, None) when it states nothing usable."""
    limit = min(not_after or date.max, date.today())
    for source, raw in _candidates(tree):
        day = parse_day(raw)
        if day is not None and day <= limit:
            return day.isoformat(), source
    # The dateline by the headline before htmldate: on the dev pages htmldate's guesses (a date in a
    # footer, a related story, a month/day swap) were wrong as often as right where the header had one.
    day = _header_date(tree)
    if day is not None and day <= limit:
        return day.isoformat(), "header"
    for source, raw in _metas(tree, _GENERIC_RANK):
        day = parse_day(raw)
        if day is not None and day <= limit:
            return day.isoformat(), source
    return _htmldate(tree, url, limit)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_VISIBLE_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?:19|20)\d{{2}}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\b")
_HEADER_BEFORE, _HEADER_AFTER, _HEADER_TEXT = 15, 40, 90


def _header_date(tree) -> date | None:
    """A date standing alone (or with "Published", "Updated:", a byline), or a ``<time datetime>``, right by
    the first <h1>: the page's visible dateline. Never a date inside a sentence of the body: only short elements count."""
    before: list = []
    after: list = []
    seen_h1 = False
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template"):
            continue
        if el.tag == "h1" and not seen_h1:
            seen_h1 = True
            continue
        if seen_h1:
            after.append(el)
            if len(after) >= _HEADER_AFTER:
                break
        else:
            before.append(el)
            if len(before) > _HEADER_BEFORE:
                before.pop(0)
    if not seen_h1:
        return None
    for el in after + before[::-1]:
        if el.tag == "time" and el.get("datetime"):  # machine-readable, whatever the visible form ("03/01/2017")
            day = parse_day(el.get("datetime"))
            if day is not None:
                return day
        text = " ".join(el.text_content().split())
        if not text or len(text) > _HEADER_TEXT:
            continue
        m = _VISIBLE_DATE.search(text)
        if m:
            day = parse_day(m.group())
            if day is not None:
                return day
    return None


def _candidates(tree) -> Iterator[tuple[str, str]]:
    yield from (("jsonld", v) for v in _jsonld_dates(tree))
    yield from _metas(tree, _META_RANK)
    for el in tree.iter("time"):
        marked = (el.get("itemprop") or "").lower() == "datepublished" or el.get("pubdate") is not None
        classes = (el.get("class") or "").lower()
        if marked or "publish" in classes or "posted" in classes:
            value = el.get("datetime") or el.text_content()
            if value and value.strip():
                yield "time", value.strip()
    # An itemprop=datePublished on any element (a <span content="..."> or its text).
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag not in ("meta", "time") and \
                (el.get("itemprop") or "").lower() == "datepublished":
            value = el.get("content") or el.get("datetime") or el.text_content()
            if value and value.strip():
                yield "itemprop", value.strip()


def _metas(tree, rank: dict[str, int]) -> Iterator[tuple[str, str]]:
    """("meta:<name>", value) of the meta tags named in ``rank``, in its order."""
    found = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
        key = key.strip().lower()
        value = el.get("content") or el.get("value")
        if key in rank and value and value.strip():
            found.append((rank[key], key, value.strip()))
    for _, key, value in sorted(found, key=lambda f: f[0]):
        yield f"meta:{key}", value


def _jsonld_dates(tree) -> list[str]:
    """datePublished of article objects first, then of any other object (a WebPage), in page order."""
    strong, weak = [], []
    for data in jsonld.blocks(tree):
        for obj in _objects(data, 0):
            value = obj.get("datePublished") or obj.get("dateCreated")
            if isinstance(value, list) and value:
                value = value[0]
            if not isinstance(value, str) or not value.strip():
                continue
            types = obj.get("@type")
            types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            (strong if types & _ARTICLE_TYPES else weak).append(value.strip())
    return strong + weak


def _objects(data, depth: int) -> Iterator[dict]:
    # JSON-LD nests articles in @graph, arrays and mainEntity; a depth bound keeps hostile input cheap.
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:200]:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
            if key in data:
                yield from _objects(data[key], depth + 1)


def parse_day(value: str) -> date | None:
    """The calendar day a date string names, as written (no timezone shift): ISO, or prose such as
    "November 19, 2019, 07:47 PM EST" or "19.11.2019". None for a year alone or nonsense."""
    s = " ".join(str(value).split())[:80]
    if not s or _YEAR_ONLY.match(s):
        return None
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    if re.fullmatch(r"\d{9,13}", s):  # a Unix timestamp (seconds or milliseconds)
        try:
            return datetime.fromtimestamp(int(s) / (1000 if len(s) > 11 else 1), UTC).date()
        except (ValueError, OverflowError, OSError):
            return None
    if not re.search(r"\d", s) or not re.search(r"\d{4}|[A-Za-z]{3,}\.? \d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2}", s):
        return None
    from dateutil import parser

    try:
        # dayfirst for "19.11.2019"; ignoretz: the day is the one the page writes, and an unknown zone
        # name ("EST") must not raise a warning.
        parsed = parser.parse(s, fuzzy=True, ignoretz=True, dayfirst="." in s,
                              default=datetime(1, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    if parsed.year < 1900:  # the default year: the string named no year
        return None
    return parsed.date()


def _htmldate(tree, url: str | None, limit: date) -> tuple[str | None, str | None]:
    try:
        from htmldate import find_date

        found = find_date(tree, url=url, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%d", max_date=limit.isoformat())
    except Exception:  # noqa: BLE001 - a third-party parser on hostile markup must not sink the file
        return None, None
    if not found:
        return None, None
    day = parse_day(found)
    return (day.isoformat(), "htmldate") if day and day <= limit else (None, None)
