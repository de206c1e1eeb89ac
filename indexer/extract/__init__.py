"""One scraped file -> clean articles (no mentions: other indexing steps add those).

extract_file() decodes the bytes, picks the extractor by file type, and settles ids, titles and
provenance the same way for every format. Heavy libraries (trafilatura, charset-normalizer) load only
when a file needs them.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from search.model import Article

from .build import Draft, Origin, build
from .decoding import SkipFile, check_size, decode

__all__ = ["SkipFile", "FileExtraction", "check_supported", "extract_file"]

_TEXT_SUFFIXES = {"", ".txt", ".text"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}
# Fields a harvester may use for when it saved a page (manifest entries, JSON records).
SCRAPE_TIME_FIELDS = ("scraped", "scraped_at", "scrape_time", "crawled", "crawled_at", "crawl_date",
                      "fetched", "fetched_at", "retrieved", "retrieved_at", "downloaded_at")


@dataclass
class FileExtraction:
    articles: list[Article]
    dropped: Counter[str] = field(default_factory=Counter)  # blocks left out, by reason
    problems: list[str] = field(default_factory=list)  # recoverable trouble ("line 3: not JSON")


def check_supported(path: Path) -> None:
    """Raise SkipFile for a file type no extractor reads (before anything is read)."""
    suffix = Path(path).suffix.lower()
    if suffix not in _TEXT_SUFFIXES | _HTML_SUFFIXES | _RECORD_SUFFIXES:
        raise SkipFile(f"unsupported file type ({suffix})")


def extract_file(path: Path, data: bytes | None = None, manifest: dict | None = None, *,
                 scope: str | None = None, global_ids: bool = False, shown_path: str | None = None,
                 sha256: str | None = None) -> FileExtraction:
    """Articles of one file; raises SkipFile when the file cannot be used at all.

    ``scope`` (the file's uid in the store) makes ids unique to the file unless ``global_ids``;
    ``shown_path`` is the provenance to record (default: the path as given).
    """
    path = Path(path)
    manifest = manifest or {}
    check_supported(path)
    suffix = path.suffix.lower()
    if data is None:
        try:
            check_size(path.stat().st_size)  # before reading a huge file into memory
            data = path.read_bytes()
        except OSError as exc:
            raise SkipFile(f"unreadable file ({exc.strerror or exc.__class__.__name__})") from None
    text = decode(data, records=suffix in _RECORD_SUFFIXES)
    sha = sha256 or hashlib.sha256(data).hexdigest()
    if suffix in _HTML_SUFFIXES or (suffix == "" and _looks_like_html(text)):
        from .html import extract_html

        drafts, dropped, problems, extractor = extract_html(text, manifest, scrape_day(path, manifest))
    elif suffix in _RECORD_SUFFIXES:
        from .records import extract_records

        drafts, dropped, problems, extractor = extract_records(text, suffix, manifest)
    else:
        drafts, dropped, problems, extractor = _extract_plain(text, manifest)
    origin = Origin(path=shown_path or str(path), sha256=sha, extractor=extractor, site=_str(manifest.get("site")),
                    scope=scope, global_ids=global_ids)
    used: set[str] = set()
    articles = [a for a in (build(d, origin, n, used) for n, d in enumerate(drafts)) if a is not None]
    for n, article in enumerate(articles):  # positions count only the articles that survived
        article.origin_position = n
    if not articles and not problems:
        raise SkipFile("no article text found")
    return FileExtraction(articles=articles, dropped=Counter(dropped), problems=problems)


def _extract_plain(text: str, manifest: dict) -> tuple[list[Draft], Counter, list[str], str]:
    from .plaintext import extract_text

    source, site = _str(manifest.get("source")), _str(manifest.get("site"))
    result = extract_text(text, names=tuple(n for n in (source, site) if n))
    for draft in result.main:
        draft.source = source or draft.metadata.get("outlet")
        draft.url = _str(manifest.get("url"))
    # The manifest's date is the page's main article's; a dump's pieces and related articles
    # get theirs from the dates step instead.
    if result.main and not result.is_dump:
        apply_manifest_date(result.main[0], manifest)
    return result.main + result.related, result.dropped.counts, [], "plaintext"


def scrape_day(path: Path, manifest: dict) -> date | None:
    """The last day the page can have been published: the manifest's scrape time, else the file's mtime
    (a saved page cannot predate its own publication)."""
    from .records import valid_day

    for key in SCRAPE_TIME_FIELDS:
        day = valid_day(manifest.get(key))
        if day:
            return date.fromisoformat(day)
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).date()
    except (OSError, ValueError, OverflowError):
        return None


def _looks_like_html(text: str) -> bool:
    # Scrapers often save pages without an extension; markup must not be indexed as words.
    return text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def apply_manifest_date(draft: Draft, manifest: dict) -> None:
    from .records import valid_day

    day = valid_day(manifest.get("published"))
    if day:
        draft.published, draft.published_source = day, "manifest"


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
