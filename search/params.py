"""Request parameters -> a validated SearchParams. The only place user parameters are checked.

Input is a Mapping[str, Sequence[str]] (a MultiDict's lists; a bare string is accepted as one value).
Unknown parameters are ignored; a bad value raises InvalidParameter naming the parameter and saying what
was expected. The free-text ``q`` is only checked for size and NUL bytes: querytext.py never rejects it.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from . import config
from .errors import InvalidParameter
from .facet_registry import BY_NAME, DAYS, EXCLUDES, NAMES

SORTS = ("relevance", "newest", "oldest")
COPIES = ("group", "all")
# Every parameter a search takes, besides the facets of the registry. Web (names, links, OpenAPI checks)
# and the CLI (one option each) derive their lists from these.
RANGES = ("date_from", "date_to", "published_from", "published_to")
SETTINGS = ("sort", "copies", "together", "exact", "page", "per_page", "facet_limit")
SEARCH_PARAMS = ("q", *NAMES, *EXCLUDES, *RANGES, *SETTINGS)
# What each non-facet parameter means (CLI help; the OpenAPI spec says the same at more length).
HELP = {
    "q": "Query text (words, \"phrases\", OR, -exclude, wildcard*, fuzzy~, field:value).",
    "date_from": "Only articles mentioning an event day on or after this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY covers all its days; also written out: March 2022, 25 June 2025).",
    "date_to": "Only articles mentioning an event day on or before this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY covers all its days; also written out: March 2022, 25 June 2025).",
    "published_from": "Only articles published on or after this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY covers all its days; also written out: March 2022, 25 June 2025).",
    "published_to": "Only articles published on or before this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY covers all its days; also written out: March 2022, 25 June 2025).",
    "sort": "Result order.",
    "copies": "group: syndicated copies folded into their original; all: every copy is its own result.",
    "together": "paragraph: every ticked entity value must occur in one paragraph of the article.",
    "exact": "1: search the words as typed, without the other spellings of a name (Kiev, Kyiv, Київ).",
    "page": "1-based page number.",
    "per_page": f"Results per page (at most {config.PER_PAGE_MAX}).",
    "facet_limit": f"Values returned per facet (at most {config.FACET_LIMIT_MAX}; dates are always complete).",
}
TOGETHER = ("paragraph",)  # same-paragraph co-occurrence of the entity filters (search/cooccur.py)
CHOICES = {"sort": SORTS, "copies": COPIES, "together": TOGETHER}
FLAGS = ("exact",)  # 1/0 switches (the CLI makes them bare flags)
MAX_VALUES = 100     # values per facet parameter; more is an abuse, not a search
MAX_VALUE_CHARS = 300
_DAY_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    exclude: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    published_from: str | None = None
    published_to: str | None = None
    page: int = 1
    per_page: int = config.PER_PAGE_DEFAULT
    sort: str = "relevance"
    facet_limit: int = config.FACET_LIMIT_DEFAULT
    copies: str = "group"
    together: str | None = None  # "paragraph" once two or more entity values are ticked, else None
    exact: bool = False  # search the words as typed: no expansion to other spellings of a name (issue 15)

    def echo(self) -> dict:
        """The "query" block of the answer: what was searched, normalised."""
        return {
            "q": self.q, "filters": {k: list(v) for k, v in self.filters.items()},
            "exclude": {k: list(v) for k, v in self.exclude.items()},
            "date_from": self.date_from, "date_to": self.date_to,
            "published_from": self.published_from, "published_to": self.published_to,
            "sort": self.sort, "copies": self.copies, "together": self.together, "exact": self.exact,
        }


def _values(params: Mapping, name: str) -> list[str]:
    raw = params.get(name) if hasattr(params, "get") else None
    if raw is None:
        return []
    if isinstance(raw, (str, bytes)):
        raw = [raw]
    out = []
    for v in raw:
        if isinstance(v, bytes):
            try:
                v = v.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidParameter(name, "must be valid UTF-8 text") from None
        if not isinstance(v, str):
            v = str(v)
        if "\x00" in v:
            raise InvalidParameter(name, "must not contain NUL bytes")
        out.append(v)
    return out


def _first(params: Mapping, name: str) -> str | None:
    vals = [v.strip() for v in _values(params, name)]
    vals = [v for v in vals if v]
    return vals[0] if vals else None


def _int(params: Mapping, name: str, default: int, lo: int, hi: int | None) -> int:
    raw = _first(params, name)
    if raw is None:
        return default
    expected = f"an integer from {lo} to {hi}" if hi is not None else f"an integer of at least {lo}"
    if not re.fullmatch(r"[+-]?\d{1,18}", raw):
        raise InvalidParameter(name, f"expected {expected}, got {raw[:40]!r}")
    n = int(raw)
    if n < lo or (hi is not None and n > hi):
        raise InvalidParameter(name, f"expected {expected}, got {n}")
    return n


# Dates typed by hand ("March 2022", "25 June 2025", "June 25, 2025", "2025/6/25"): unambiguous, so read.
# Numeric day-month orders (06/05/2025) are not: they stay a 400.
_MONTHS = {m: i for i, names in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec"))) for m in names}
_WORDY_DAY_RE = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$")
_LOOSE_ISO_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")


def _day_parts(raw: str) -> tuple[int, int | None, int | None]:
    m = _DAY_RE.match(raw) or _LOOSE_ISO_RE.match(raw)
    if m:
        return int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))
    m = _WORDY_DAY_RE.match(raw)
    if not m or m.group(2).lower() not in _MONTHS or (m.group(1) and m.group(3)):
        raise ValueError(raw)
    d = m.group(1) or m.group(3)
    return int(m.group(4)), _MONTHS[m.group(2).lower()], d and int(d)


def parse_day(raw: str, name: str, end: bool = False) -> str:
    """ISO day YYYY-MM-DD; YYYY-MM and YYYY widen to their first (or, with end=True, last) day; the same
    written out ("March 2022", "25 June 2025") or with slashes (2025/06/25) is read alike."""
    try:
        y, mo, d = _day_parts(raw.strip())
        if mo is None:
            return date(y, 12 if end else 1, 31 if end else 1).isoformat()
        if d is None:
            return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1).isoformat()
        return date(y, mo, d).isoformat()
    except (ValueError, calendar.IllegalMonthError):
        raise InvalidParameter(name, "expected a date as YYYY-MM-DD (or YYYY-MM, YYYY, March 2022, 25 June 2025), "
                                     f"got {raw[:40]!r}") from None


def _facet_values(params: Mapping, name: str, facet: str) -> list[str]:
    vals = list(dict.fromkeys(v.strip() for v in _values(params, name) if v.strip()))
    if len(vals) > MAX_VALUES:
        raise InvalidParameter(name, f"at most {MAX_VALUES} values, got {len(vals)}")
    for v in vals:
        if len(v) > MAX_VALUE_CHARS:
            raise InvalidParameter(name, f"a value may be at most {MAX_VALUE_CHARS} characters")
    if BY_NAME[facet].kind == DAYS:
        for v in vals:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                raise InvalidParameter(name, f"expected a day as YYYY-MM-DD, got {v[:40]!r}")
        vals = [parse_day(v, name) for v in vals]
    return vals


def parse_params(params: Mapping[str, Sequence[str]] | None) -> SearchParams:
    params = params or {}
    p = SearchParams()
    q = " ".join(v.strip() for v in _values(params, "q") if v.strip())
    if len(q) > config.Q_MAX_CHARS:
        raise InvalidParameter("q", f"the query may be at most {config.Q_MAX_CHARS} characters, got {len(q)}")
    p.q = q
    for facet in NAMES:
        if vals := _facet_values(params, facet, facet):
            p.filters[facet] = vals
        if vals := _facet_values(params, "not_" + facet, facet):
            p.exclude[facet] = vals
    for name in ("date_from", "published_from"):
        if raw := _first(params, name):
            setattr(p, name, parse_day(raw, name))
    for name in ("date_to", "published_to"):
        if raw := _first(params, name):
            setattr(p, name, parse_day(raw, name, end=True))
    for lo, hi in (("date_from", "date_to"), ("published_from", "published_to")):
        if getattr(p, lo) and getattr(p, hi) and getattr(p, lo) > getattr(p, hi):
            raise InvalidParameter(hi, f"must not be before {lo} ({getattr(p, lo)}), got {getattr(p, hi)}")
    p.page = _int(params, "page", 1, 1, None)
    p.per_page = _int(params, "per_page", config.PER_PAGE_DEFAULT, 1, config.PER_PAGE_MAX)
    p.facet_limit = _int(params, "facet_limit", config.FACET_LIMIT_DEFAULT, 1, config.FACET_LIMIT_MAX)
    sort = _first(params, "sort")
    if sort is not None:
        if sort.lower() not in SORTS:
            raise InvalidParameter("sort", f"expected one of {', '.join(SORTS)}, got {sort[:40]!r}")
        p.sort = sort.lower()
    copies = _first(params, "copies")
    if copies is not None:
        if copies.lower() not in COPIES:
            raise InvalidParameter("copies", f"expected one of {', '.join(COPIES)}, got {copies[:40]!r}")
        p.copies = copies.lower()
    p.together = _together(params, p)
    p.exact = parse_flag(params, "exact")
    return p


def _together(params: Mapping, p: SearchParams) -> str | None:
    """``together=paragraph``: a bad value is a 400; with fewer than two entity values ticked it means
    nothing and is dropped (the echo says what was applied), so removing a filter never breaks a link."""
    raw = _first(params, "together")
    if raw is None:
        return None
    if raw.lower() not in TOGETHER:
        raise InvalidParameter("together", f"expected one of {', '.join(TOGETHER)}, got {raw[:40]!r}")
    from .cooccur import entity_filters

    return raw.lower() if len(entity_filters(p)) >= 2 else None


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def parse_flag(params: Mapping, name: str) -> bool:
    raw = _first(params, name)
    if raw is None:
        return False
    if raw.lower() not in _TRUE + _FALSE:
        raise InvalidParameter(name, f"expected 1 or 0 (true or false), got {raw[:40]!r}")
    return raw.lower() in _TRUE
