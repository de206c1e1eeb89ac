"""From an extractor's draft to an Article: title, id, provenance, in one place for every format."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from search.model import Article, Paragraph

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


def sanitise_id(raw: Any) -> str | None:
    """A record's own id, kept to [A-Za-z0-9_-] and 64 characters; None when nothing usable is left."""
    if raw is None or isinstance(raw, (bool, dict, list)):
        return None
    cleaned = _ID_OK.sub("", str(raw))[:64]
    return cleaned or None


def content_id(source: str | None, title: str, first_paragraph: str, salt: str = "") -> str:
    # Content-derived so re-indexing the same text gives the same id; the salt only separates
    # genuinely identical articles that appear twice in one file.
    key = "\x1f".join((source or "", title, first_paragraph, salt))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def build(draft: Draft, origin: Origin, position: int, used_ids: set[str]) -> Article | None:
    """Finish a draft; None when it has no text left (nothing to index)."""
    paragraphs = [" ".join(p.split()) for p in draft.paragraphs]
    paragraphs = [piece for p in paragraphs if p for piece in split_long(p)]
    if not paragraphs:
        return None
    if draft.headline and draft.headline.strip():
        title, title_source = shorten(draft.headline), draft.title_source or "page"
    else:
        title, title_source = title_from_lead(paragraphs[0]), "lead"
    assert len(title) <= MAX_TITLE
    article_id = sanitise_id(draft.record_id)
    if article_id is None or article_id in used_ids:
        salt = ""
        article_id = content_id(draft.source, title, paragraphs[0])
        while article_id in used_ids:
            salt += "+"
            article_id = content_id(draft.source, title, paragraphs[0], salt)
    used_ids.add(article_id)
    published = draft.published
    return Article(
        id=article_id,
        title=title,
        paragraphs=[Paragraph(n, text) for n, text in enumerate(paragraphs)],
        source=draft.source,
        site=origin.site,
        published=published,
        published_source=draft.published_source if published else None,
        url=draft.url,
        byline=draft.byline,
        dateline=draft.dateline,
        note=draft.note,
        title_source=title_source,
        origin_path=origin.path,
        origin_sha256=origin.sha256,
        origin_position=position,
        extractor=origin.extractor,
        metadata=draft.metadata,
    )
