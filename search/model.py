"""The records that flow from the indexer into the store and out of search.

These plain dataclasses are the contract between indexer/ (which produces them), search/store.py (which
persists them, the source of truth) and search/index.py (which derives the Whoosh index from them).
Nothing here touches a file, a model or an index.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Entity kinds that become facets. "date" mentions feed the date facet and the date filters.
ENTITY_KINDS = ("person", "org", "place", "date")

# The label of a mention kept as the entity it is (highlighted, stored) but no facet value: the tagger found no
# evidence it names what its kind says (indexer/entities/org_evidence.py), so it stays out of the facet lists.
NO_FACET = "NOFACET"
# The same test on the store's mentions table, for every reader that lists entity values from it (co-occurrence,
# entity pages, result cards, the name-variant table): a gated value must not come back as a facet-like list.
FACETED_SQL = f"label IS NOT '{NO_FACET}'"

# Where a publication date came from, most to least trustworthy.
PUBLISHED_SOURCES = ("manifest", "metadata", "dateline", "caption", "inferred")


@dataclass
class Mention:
    """One entity or date mention inside one paragraph.

    ``start``/``end`` are character offsets into ``Paragraph.text`` and ``text`` is exactly
    ``paragraph.text[start:end]`` (the text as written). ``value`` is the canonical form:
    a person's full name, an organisation's normalised name, a place's display name, or for a
    date the first ISO day it covers.
    """

    paragraph: int
    start: int
    end: int
    text: str
    kind: str  # one of ENTITY_KINDS
    value: str
    region: str | None = None  # places: oblast / federal subject / first-level region display name
    country: str | None = None  # places: country name
    date_end: str | None = None  # dates: last ISO day covered (== value for a single day)
    granularity: str | None = None  # dates: day | week | month | year | decade
    label: str | None = None  # the raw NER label the mention came from (provenance / debugging)


@dataclass
class Paragraph:
    n: int  # 0-based position in the article
    text: str


@dataclass
class Article:
    id: str
    title: str
    paragraphs: list[Paragraph]
    source: str | None = None  # outlet that wrote it (AP, Al Jazeera, ANI, ...)
    site: str | None = None  # where it was scraped from when syndicated (Japan Today, Daily8, ...)
    published: str | None = None  # ISO day or None when honestly unknown
    published_source: str | None = None  # one of PUBLISHED_SOURCES, None when published is None
    url: str | None = None
    byline: str | None = None
    dateline: str | None = None
    note: str | None = None  # e.g. "Editor's note" lines from the Kyiv Independent dump
    title_source: str | None = None  # "page" (a headline) | "lead" (shortened lead sentence) | "metadata"
    mentions: list[Mention] = field(default_factory=list)
    # Provenance: which file, where in it, which extractor.
    origin_path: str | None = None
    origin_sha256: str | None = None
    origin_position: int = 0  # ordinal of the article within its file
    extractor: str | None = None
    copy_of: str | None = None  # id of the article this one is a syndicated copy of (None: original)
    metadata: dict[str, Any] = field(default_factory=dict)
    # Values of the facets that own a store column (search/facet_registry.py), by facet name, filled by
    # their producers at indexing; a facet missing here has not been produced for this article.
    facet_values: dict[str, list[str]] = field(default_factory=dict)
    # The id this article would have without file scoping (a harvester's own id, or the content hash), so
    # the same id or text in two files is found and reported; None for articles not built by the indexer.
    record_key: str | None = None

    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def entity_values(self, kind: str) -> list[str]:
        """Distinct canonical values of one facet kind, in first-mention order."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            if kind in ("region", "country"):
                if m.kind == "place":
                    v = m.region if kind == "region" else m.country
                    if v:
                        seen.setdefault(v, None)
            elif m.kind == kind and m.label != NO_FACET:
                seen.setdefault(m.value, None)
        return list(seen)

    def event_days(self) -> list[str]:
        """ISO days of day-granular date mentions (ranges expanded), sorted."""
        from datetime import date, timedelta

        days: set[str] = set()
        for m in self.mentions:
            if m.kind != "date" or m.granularity != "day":
                continue
            start = date.fromisoformat(m.value)
            end = date.fromisoformat(m.date_end or m.value)
            if (end - start).days > 31:  # a day-granular range longer than a month is a mistake upstream
                end = start
            d = start
            while d <= end:
                days.add(d.isoformat())
                d += timedelta(days=1)
        return sorted(days)
