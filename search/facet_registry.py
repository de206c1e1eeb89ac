"""Every facet, declared once. Everything else that knows a facet derives it from ``FACETS``.

A facet is one ``FacetSpec``: its name (the request parameter, the ``not_`` exclusion, the Whoosh field,
the JSON key, the CSV column and the CLI option all use it), its labels, what a value is (for the OpenAPI
spec and the CLI help), where the store keeps its values and which indexer code produces them, and how an
article stored in the store yields its values. Derived from this list: the Whoosh schema (schema.py), the
parameter parser (params.py), the facet counts (facets.py), the answers and export rows (present.py), the
store's article columns (store.py), the web parameters, labels and OpenAPI spec (web/), the CLI options
(indexer/cli.py), and the indexer's producer calls (indexer/facet_values.py).

To add a facet: one entry here, its producer on the indexer side, and -- when its values are not
derived from mentions or existing columns -- a store migration adding its ``column``. Nothing else.

Kept free of whoosh, flask and spaCy: web/ and indexer/ both import it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .model import Article

TERMS = "terms"  # busiest values first, cut to facet_limit
DAYS = "days"    # ISO days, chronological and complete (a timeline needs every day)


@dataclass(frozen=True)
class FacetSpec:
    name: str        # request parameter (and not_<name>), Whoosh field, JSON key, CSV column, --<name> option
    label: str       # one value's label ("Person"): pills, chip titles
    plural: str      # the sidebar heading ("People")
    about: str       # what a value is, for the OpenAPI spec and the CLI help ("person (canonical full name)")
    values: Callable[[Article], list[str]]  # distinct values of a stored article, first-seen order
    producer: str    # "module:function" on the indexer side that produces the values (documentation, and
                     # called by indexer/facet_values.py for a facet that owns a ``column``)
    store: str       # where the store keeps the values (documentation; see ``column``)
    column: str | None = None  # an ``articles`` column this facet owns: a JSON list, NULL = not produced yet
    kind: str = TERMS
    entity: bool = False  # listed under an answer's "entities" (article page chips, result "entities")
    chips: bool = False   # shown as chips on result cards

    @property
    def exclude(self) -> str:
        return "not_" + self.name


def _mentioned(kind: str) -> Callable[[Article], list[str]]:
    return lambda a: a.entity_values(kind)


def _source(a: Article) -> list[str]:
    return [a.source] if a.source else []


def _event_days(a: Article) -> list[str]:
    try:
        return a.event_days()
    except (ValueError, TypeError):  # a malformed date mention upstream must not stop indexing the article
        return []


def _column(name: str) -> Callable[[Article], list[str]]:
    return lambda a: list(a.facet_values.get(name) or ())


_TAGGER = "indexer.entities:tag_entities"

FACETS: tuple[FacetSpec, ...] = (
    FacetSpec("person", "Person", "People", "person (canonical full name)", _mentioned("person"), _TAGGER,
              "mentions.kind='person'", entity=True, chips=True),
    FacetSpec("org", "Organisation", "Organisations", "organisation", _mentioned("org"), _TAGGER,
              "mentions.kind='org'", entity=True, chips=True),
    FacetSpec("place", "Place", "Places", "place", _mentioned("place"), _TAGGER,
              "mentions.kind='place'", entity=True, chips=True),
    FacetSpec("region", "Region", "Regions (oblasts)", "region / oblast", _mentioned("region"), _TAGGER,
              "mentions.region (of place mentions)", entity=True),
    FacetSpec("country", "Country", "Countries", "country", _mentioned("country"), _TAGGER,
              "mentions.country (of place mentions)", entity=True),
    FacetSpec("source", "Source", "Sources", "outlet", _source, "indexer.extract:extract_file",
              "articles.source"),
    FacetSpec("author", "Author", "Authors (bylines)", "author (a reporter the byline credits, normalised name)",
              _column("author"), "indexer.bylines:authors", "articles.authors (JSON list)", column="authors",
              entity=True),
    FacetSpec("date", "Date", "Dates mentioned", "ISO day mentioned in the text (YYYY-MM-DD)", _event_days,
              "indexer.dates:tag_dates", "mentions.kind='date' (day granularity)", kind=DAYS),
)

BY_NAME: dict[str, FacetSpec] = {f.name: f for f in FACETS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
EXCLUDES: tuple[str, ...] = tuple(f.exclude for f in FACETS)
ENTITY_FACETS: tuple[str, ...] = tuple(f.name for f in FACETS if f.entity)
CHIP_FACETS: tuple[str, ...] = tuple(f.name for f in FACETS if f.chips)
# Facets whose values the store keeps in a column of their own (filled by their producer at indexing).
COLUMN_FACETS: tuple[FacetSpec, ...] = tuple(f for f in FACETS if f.column)
DAY_FACETS: tuple[str, ...] = tuple(f.name for f in FACETS if f.kind == DAYS)
# The export row (CSV columns, JSON keys): these article fields, then one column per facet (a facet named
# like one of these fields, "source", is that field), then the copy link. Also the header of an empty CSV.
EXPORT_HEAD = ("id", "title", "source", "site", "published", "url", "score")
EXPORT_COLUMNS: tuple[str, ...] = (*EXPORT_HEAD, *(n for n in NAMES if n not in EXPORT_HEAD), "copy_of")


def filter_help(spec: FacetSpec) -> str:
    return f"Filter by {spec.about}. Repeatable: OR within the facet, AND across facets."


def exclude_help(spec: FacetSpec) -> str:
    return f"Exclude articles with this {spec.about}. Repeatable."
