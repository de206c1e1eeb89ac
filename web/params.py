"""The request parameters newsfacet understands, in one place.

The engine is the authority on what a value may be; this module only knows the names (for the OpenAPI
spec, for URL building and for rejecting typos in the JSON API) and turns a query string into the
``Mapping[str, Sequence[str]]`` the engine takes.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from search import facet_registry as registry
from search.errors import InvalidParameter, SearchError

# Facets in the order the sidebar shows them, with their human labels (singular, plural): the registry's.
FACETS = registry.NAMES
FACET_LABELS = {f.name: (f.label, f.plural) for f in registry.FACETS}
DAY_FACETS = registry.DAY_FACETS
CHIP_FACETS = registry.CHIP_FACETS
EXCLUDES = registry.EXCLUDES
RANGES = ("date_from", "date_to", "published_from", "published_to")
RANGE_LABELS = {
    "date_from": "Events from",
    "date_to": "Events until",
    "published_from": "Published from",
    "published_to": "Published until",
}
# Scalar settings; "page" is dropped from every link that changes what is searched.
# ``together=paragraph``: the entity filters must share one paragraph (search/cooccur.py).
SETTINGS = ("sort", "copies", "together", "exact", "page", "per_page", "facet_limit")
# The same list as search.params.SEARCH_PARAMS (web reads only the registry and the engine; a test keeps
# the two equal).
SEARCH_PARAMS = ("q", *FACETS, *EXCLUDES, *RANGES, *SETTINGS)
# Export streams every match: paging and facet sizes mean nothing there.
EXPORT_PARAMS = tuple(p for p in SEARCH_PARAMS if p not in ("page", "per_page", "facet_limit"))

SORTS = ("relevance", "newest", "oldest")
DEFAULT_FACET_LIMIT = 20
MAX_FACET_LIMIT = 1000


def pairs_from(args, allowed: Iterable[str] = SEARCH_PARAMS) -> list[tuple[str, str]]:
    """Known, non-empty (name, value) pairs in query-string order.

    Empty values are dropped because a GET form submits every field (``date_from=``) and an empty
    field means "no filter", not "a filter on the empty string".
    """
    allowed = set(allowed)
    return [(k, v) for k, v in args.items(multi=True) if k in allowed and v.strip() != ""]


def check_known(args, allowed: Iterable[str]) -> None:
    """The JSON API rejects unknown names so a typo (``persn=``) is not silently a different search."""
    allowed = set(allowed)
    for name in args.keys():
        if name not in allowed:
            # The name is the client's raw text: quote and cut it so the message stays one short line.
            raise SearchError("invalid_parameter", f"unknown parameter {name[:40]!r}; see /api/openapi.json",
                              param=name, status=400)


def check_lengths(pairs: Sequence[tuple[str, str]], max_query: int, max_value: int) -> None:
    """Cheap bounds before the engine parses anything: a 1 MB query is an attack, not a search."""
    for name, value in pairs:
        limit = max_query if name == "q" else max_value
        if len(value) > limit:
            raise InvalidParameter(name, f"too long ({len(value)} characters, at most {limit})")


def to_engine(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


def first(params: Mapping[str, Sequence[str]], name: str, default: str | None = None) -> str | None:
    values = params.get(name) or ()
    return values[-1] if values else default


def int_or(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
