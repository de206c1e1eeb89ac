"""The Whoosh schema: one document per article (cheaper to search and facet than paragraph documents).

Facet fields are ID fields fed a *list* of values: Whoosh indexes list items verbatim (no tokenizer), so
values with spaces or commas ("Kyiv, Ukraine") stay single exact terms. Case-insensitive and partial
matching for `person:zelensky` is done by querytext.py against the facet vocabulary instead.
"""
from __future__ import annotations

from whoosh import fields
from whoosh.analysis import StemmingAnalyzer

from .facet_registry import FACETS, NAMES
from .model import Article

# One ID field per facet of the registry, named after it.
FACET_FIELDS = NAMES
TEXT_FIELDS = ("title", "body")
SCHEMA_VERSION = 1


def text_analyzer():
    """Stemming analyzer shared by indexing, query parsing and snippet highlighting (same tokens everywhere)."""
    return StemmingAnalyzer()


def build_schema() -> fields.Schema:
    facet = {name: fields.ID() for name in FACET_FIELDS}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=text_analyzer(), field_boost=2.0),
        body=fields.TEXT(analyzer=text_analyzer()),
        published=fields.ID(stored=True),
        copy_of=fields.ID(stored=True),
        **facet,
    )


def article_document(a: Article) -> dict:
    """The Whoosh document for one article. Empty lists index nothing (no empty-string terms)."""
    body = "\n\n".join(p.text for p in a.paragraphs)
    doc = {"id": a.id, "title": a.title or "", "body": body, **{f.name: f.values(a) for f in FACETS}}
    if a.published:
        doc["published"] = a.published
    if a.copy_of and a.copy_of != a.id:
        doc["copy_of"] = a.copy_of
    return doc

