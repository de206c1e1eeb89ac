"""JSON Lines / JSON files of article records -> drafts.

One record per article: ``text`` (paragraphs separated by blank lines) or ``paragraphs`` (a list), plus
optional title, source, url, published, id, byline (the publication day and the outlet also under the other names
harvesters give them: PUBLISHED_KEYS, SOURCE_KEYS). Unknown fields are kept in metadata. A bad record
is reported as a problem and skipped; the rest of the file still indexes.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime

from .build import Draft
from .decoding import repair_mojibake

# Other names harvesters give the publication day and the outlet (a scraper's "date", a feed's "pubDate",
# schema.org's "datePublished"; "outlet", "publication", "publisher"): the first one a record fills is read, in this
# order, as "published" and "source" are.
PUBLISHED_KEYS = ("published", "date", "published_at", "publish_date", "date_published", "datePublished", "pubDate")
SOURCE_KEYS = ("source", "outlet", "publication", "publisher")
_KNOWN = {"text", "paragraphs", "title", "headline", "url", "id", "byline", "author", "dateline", "note", "site",
          *PUBLISHED_KEYS, *SOURCE_KEYS}
_BLANK_LINE = re.compile(r"\n\s*\n")
_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes decoding.py could not read as UTF-8


def valid_day(value) -> str | None:
    """An ISO date or datetime -> its ISO day; None for anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return date.fromisoformat(s[:10]).isoformat() if len(s) == 10 else \
            datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def extract_records(text: str, suffix: str, manifest: dict) -> tuple[list[Draft], Counter, list[str], str]:
    problems: list[str] = []
    drafts: list[Draft] = []
    for where, record in _records(text, suffix, problems):
        draft = _draft(record, where, problems, manifest)
        if draft is not None:
            drafts.append(draft)
    return drafts, Counter(), problems, "jsonl" if suffix != ".json" else "json"


class _TooDeep(ValueError):
    """json.loads raises RecursionError on deeply nested input; report it like any other bad JSON."""

    msg = "nested too deeply"
    lineno = 1


def _loads(text: str):
    try:
        return json.loads(text)
    except RecursionError:
        raise _TooDeep("nested too deeply") from None


def _records(text: str, suffix: str, problems: list[str]):
    if suffix == ".json":
        try:
            data = _loads(text)
        except ValueError as exc:
            # Some ".json" files are really JSON Lines (their first line parses on its own); read those
            # line by line. Anything else is one broken document: one problem, not one per line.
            first = text.strip().split("\n", 1)[0]
            if "\n" not in text.strip() or not _parses(first):
                problems.append(f"not valid JSON: {exc.msg} (line {exc.lineno})")
                return
        else:
            if _UNDECODED.search(text):
                problems.append("not UTF-8 text")
                return
            items = data if isinstance(data, list) else [data]
            for n, item in enumerate(items, 1):
                yield (f"record {n}" if isinstance(data, list) else "record"), item
            return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if _UNDECODED.search(line):
            problems.append(f"line {n}: not UTF-8 text")
            continue
        try:
            yield f"line {n}", _loads(line)
        except ValueError as exc:
            problems.append(f"line {n}: not valid JSON ({exc.msg})")


def _parses(line: str) -> bool:
    try:
        _loads(line)
    except ValueError:
        return False
    return True


def _draft(record, where: str, problems: list[str], manifest: dict) -> Draft | None:
    if not isinstance(record, dict):
        problems.append(f"{where}: not a JSON object")
        return None
    paragraphs = _paragraphs(record)
    if paragraphs is None:
        problems.append(f"{where}: no text (needs 'text' or a list of 'paragraphs')")
        return None
    published = None
    key = next((k for k in PUBLISHED_KEYS if record.get(k) not in (None, "")), None)
    if key is not None:
        published = valid_day(record[key])
        if published is None:
            problems.append(f"{where}: bad published date {str(record[key])[:40]!r} ({key}), ignored")
        elif (scraped := _scrape_day(record)) and published > scraped:
            problems.append(f"{where}: published date {published} is after the scrape time {scraped}, ignored")
            published = None
    title = _text(record.get("title")) or _text(record.get("headline"))
    return Draft(
        paragraphs=paragraphs,
        headline=title,
        title_source="metadata" if title else None,
        source=next(filter(None, (_text(record.get(k)) for k in SOURCE_KEYS)), None) or _text(manifest.get("source")),
        byline=_text(record.get("byline")) or _text(record.get("author")),
        dateline=_text(record.get("dateline")),
        note=_text(record.get("note")),
        url=_text(record.get("url")),
        published=published,
        published_source="metadata" if published else None,
        record_id=record.get("id"),
        metadata={k: v for k, v in record.items() if k not in _KNOWN},
    )


def _scrape_day(record: dict) -> str | None:
    from . import SCRAPE_TIME_FIELDS

    for key in SCRAPE_TIME_FIELDS:
        day = valid_day(record.get(key))
        if day:
            return day
    return None


def _paragraphs(record: dict) -> list[str] | None:
    if isinstance(record.get("paragraphs"), list):
        paragraphs = [repair_mojibake(p.strip()) for p in record["paragraphs"] if isinstance(p, str) and p.strip()]
    elif isinstance(record.get("text"), str):
        text = repair_mojibake(record["text"].replace("\r\n", "\n"))
        paragraphs = [p.strip() for p in _BLANK_LINE.split(text) if p.strip()]
    else:
        return None
    return paragraphs or None


def _text(value) -> str | None:
    # (mojibake inside a JSON string written with \u escapes, "\u00e2\u0080\u0099", survives the file's repair)
    return repair_mojibake(" ".join(value.split())) if isinstance(value, str) and value.strip() else None
