"""From an extractor's draft to an Article: title, id, provenance, in one place for every format."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from search.model import Article, Paragraph

from .lines import parse_dateline
from .sentences import MAX_TITLE, shorten, split_long, title_from_lead

_ID_OK = re.compile(r"[^A-Za-z0-9_-]")


@dataclass
class Draft:
    """What an extractor found for one article, before ids and titles are settled."""

    paragraphs: list[str]
    headline: str | None = None  # the page's own headline, if it has one
    title_source: str | None = None  # overrides "page" for a headline from metadata
    source: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dateline_in_lead: bool = False  # the wire dateline also opens paragraphs[0] (plain text since round 57)
    note: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None
    record_id: str | None = None  # an id supplied by the input (JSONL), sanitised in build()
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Origin:
    path: str
    sha256: str
    extractor: str
    site: str | None = None
    # The file's scope for ids (its uid in the store): None keeps ids unscoped (extraction on its own).
    scope: str | None = None
    # A harvester's own ids are used as they are (it promises they are unique across files).
    global_ids: bool = False


def sanitise_id(raw: Any) -> str | None:
    """A record's own id, kept to [A-Za-z0-9_-] and 64 characters; None when nothing usable is left."""
    if raw is None or isinstance(raw, (bool, dict, list)):
        return None
    cleaned = _ID_OK.sub("", str(raw))[:64]
    return cleaned or None


def content_id(source: str | None, title: str, first_paragraph: str, salt: str = "", scope: str = "") -> str:
    # Content-derived so re-indexing the same text gives the same id; the salt only separates
    # genuinely identical articles that appear twice in one file, the scope the same text in two files.
    key = "\x1f".join((source or "", title, first_paragraph, salt) + ((scope,) if scope else ()))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def scoped_id(record_key: str, origin: Origin, from_record: bool) -> str:
    """The article's id: its record key made unique to its file, unless the harvester's ids are global.

    A harvester's id stays readable (``kupol-1.3fa9c2d1``); a content hash is simply hashed again with
    the scope. Two files can then never write the same article, whatever their ids or text.
    """
    if origin.scope is None or (from_record and origin.global_ids):
        return record_key
    if from_record:
        return f"{record_key}.{origin.scope}"
    return hashlib.sha1(f"{record_key}\x1f{origin.scope}".encode()).hexdigest()[:16]


_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that never show and never change a word: soft hyphens (print stories break "Tues\u00adday" with
# them), zero-width spaces, word joiners, stray byte-order marks. Left in, they split a word for the tagger
# and every rule ("Tues\u00adday" is no weekday), so they go where every format's text meets, before
# offsets are taken. Zero-width (non-)joiners stay: in Persian or Indic script they change how a word is
# written.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def visible(text: str) -> str:
    """``text`` without the invisible characters above."""
    return INVISIBLE.sub("", text)


def _clean(value):
    """Lone surrogates (a JSON "\\ud800" escape, an undecodable byte) cannot be stored as UTF-8: one such
    character must cost a replacement mark, not the whole file."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k) if isinstance(k, str) else k: _clean(v) for k, v in value.items()}
    return value


def _after_dateline(first: str, dateline: str | None) -> str:
    """The lead without the wire dateline it opens with: what titles and ids are made of, as they were before
    round 57 kept the dateline in the text (an article keeps its id, and its URL, across that change)."""
    if not dateline:
        return first
    found = parse_dateline(first)
    return found[1] if found and found[0] == " ".join(visible(_clean(dateline)).split()) else first


def build(draft: Draft, origin: Origin, position: int, used_ids: set[str]) -> Article | None:
    """Finish a draft; None when it has no text left (nothing to index)."""
    paragraphs = [" ".join(visible(_clean(p)).split()) for p in draft.paragraphs]
    paragraphs = [piece for p in paragraphs if p for piece in split_long(p)]
    if not paragraphs:
        return None
    lead = _after_dateline(paragraphs[0], draft.dateline) if draft.dateline_in_lead else paragraphs[0]
    title, title_source = shorten(visible(draft.headline or "")), draft.title_source or "page"
    if not title:  # no headline, or one of invisible characters only: the lead's first sentence
        title, title_source = title_from_lead(lead), "lead"
    assert len(title) <= MAX_TITLE
    record_key = sanitise_id(draft.record_id)
    from_record = record_key is not None and record_key not in used_ids
    if not from_record:
        salt = ""
        record_key = content_id(draft.source, title, lead)
        while record_key in used_ids:
            salt += "+"
            record_key = content_id(draft.source, title, lead, salt)
    used_ids.add(record_key)
    published = draft.published
    text = {name: _clean(getattr(draft, name)) for name in ("source", "url", "byline", "dateline", "note")}
    return Article(
        id=scoped_id(record_key, origin, from_record),
        record_key=record_key,
        title=_clean(title),
        paragraphs=[Paragraph(n, p) for n, p in enumerate(paragraphs)],
        source=text["source"],
        site=_clean(origin.site),
        published=published,
        published_source=draft.published_source if published else None,
        url=text["url"],
        byline=text["byline"],
        dateline=text["dateline"],
        note=text["note"],
        title_source=title_source,
        origin_path=origin.path,
        origin_sha256=origin.sha256,
        origin_position=position,
        extractor=origin.extractor,
        metadata=_clean(draft.metadata),
    )
