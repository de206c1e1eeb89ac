"""The search-backend seam: what the engine needs from an index, whichever index it is.

The engine (engine.py) owns everything a journalist sees that is not index work: parameter validation,
the store reads behind each result card, snippets, the article page, exports, health messages. A backend
owns the index: given validated ``SearchParams`` it answers the total, the ranked article ids of one page
(with the copies grouped behind each), the facet counts and the terms to highlight. The writer side keeps
the index derived from the store (the source of truth): update some ids, rebuild everything, check.

Whoosh is the implementation today (whoosh_backend.py). docs/ARCHITECTURE.md sketches how an OpenSearch
backend maps onto the same two protocols. The contract every implementation must keep is tested once in
tests/contract/, parametrised over the implementations.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .params import SearchParams


@dataclass(frozen=True)
class Highlight:
    """What snippets mark: analyzed (stemmed) positive title/body terms, and positive phrases as tuples of
    analyzed words (a phrase occurrence ranks a paragraph first)."""
    terms: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Hit:
    id: str
    score: float | None            # relevance, None when sorted by date
    copies: tuple[str, ...] = ()   # syndicated copies grouped behind this hit (copies=group), in index order


@dataclass
class Hits:
    total: int                                  # matches after copy grouping
    hits: list[Hit]                             # the requested window, in result order
    facets: dict[str, list[dict]]               # facet -> [{"value", "count", "selected", "excluded"}]
    highlight: Highlight = field(default_factory=Highlight)
    suggestion: str | None = None               # the query respelled from the index vocabulary, if any
    expanded: dict[str, list[str]] = field(default_factory=dict)  # name as typed -> spellings searched


@dataclass(frozen=True)
class IndexStatus:
    articles: int                  # documents the index serves
    generation: int | None = None  # changes whenever the index does (for /healthz and caches)


class SearchBackend(Protocol):
    """Read side. Thread-safe; opens nothing until the first call."""

    lock: object  # a re-entrant lock the engine holds around a whole call (status, then search, then store reads)

    def status(self) -> IndexStatus | None:
        """The index as it is now (reopened if it changed), or None when nothing has been indexed."""

    # ``only``: when not None, only these article ids may match, a filter every facet count honours (the
    # store decides it, e.g. same-paragraph co-occurrence; a backend needs no paragraph data for it).
    # ``variants``: a search.variants.VariantTable: names in the query are also searched in the spellings
    # the table knows and the index holds (issue 15); None searches the words as typed.
    def search(self, params: SearchParams, start: int = 0, stop: int | None = None,
               only: frozenset[str] | None = None, variants=None) -> Hits:
        """Total, hits[start:stop] in the order ``params.sort`` asks for, facet counts (each facet honours
        the other facets' selections, not its own), highlight terms and a spelling suggestion."""

    def ranked(self, params: SearchParams, only: frozenset[str] | None = None,
               variants=None) -> list[tuple[str, float | None]]:
        """Every match as (id, score), in result order: the export (no facets, no suggestion)."""

    def totals(self, params: SearchParams, queries: Sequence[str], only: frozenset[str] | None = None,
               variants=None) -> list[int]:
        """Per query text (``params.q`` ignored), its total under the filters of ``params``: batch search.
        Filters are applied once for the whole list."""

    def published_days(self, params: SearchParams, only: frozenset[str] | None = None) -> tuple[dict[str, int], int]:
        """({ISO publication day: matches}, matches without a publication day): entity pages."""

    def highlight(self, q: str, variants=None) -> Highlight:
        """The terms ``q`` marks in an article (the article page)."""

    def stored_values(self, facet: str, values: Sequence[str]) -> list[str]:
        """Each value of ``facet`` as the index stores it: a value typed in another case than every stored one
        is the stored one(s) (what a filter on it matches); a value the index holds, or none, is kept as typed."""

    def held_values(self, facet: str, values: Sequence[str]) -> list[str]:
        """The values of ``facet`` among ``values`` the index holds, as it stores them (case as above); a value
        it does not hold is left out. (Engine.respell_filters reads another spelling only for those.)"""

    def close(self) -> None: ...


class IndexWriter(Protocol):
    """Write side: keeps the index derived from the store. One writer at a time per index directory."""

    def update(self, store, changed_ids: Iterable[str], removed_ids: Iterable[str] = ()) -> dict:
        """Re-read ``changed_ids`` from the store (an id no longer there is removed) and drop ``removed_ids``,
        in one commit. Without an index this is a rebuild."""

    def rebuild(self, store=None) -> dict:
        """A whole new index from the store (no NLP), swapped in atomically: {"articles", "generation", "segments"}."""

    def check(self) -> dict:
        """Store ids vs index ids: {"ok", "missing", "extra", "duplicates", "index_present", "message", ...}."""

    def in_step(self, store) -> bool:
        """The index's last commit recorded the store as it is now (nothing changed since that the store's
        outbox does not name): ``check`` can be skipped. False whenever that cannot be told cheaply."""

    def record_in_step(self, store_mark: dict) -> None:
        """``check`` found the index in line with the store at ``store_mark`` (Store.index_mark(), read
        before the check): record it, as a commit would have."""

    def has_index(self) -> bool: ...


def search_backend(index_dir: str | Path, texts_of: Callable[[str], list[str]]) -> SearchBackend:
    """The configured backend (Whoosh; imported here so importing search.backend opens nothing).
    ``texts_of(article_id)`` gives an article's title and paragraphs (for spelling suggestions)."""
    from .whoosh_backend import WhooshBackend

    return WhooshBackend(index_dir, texts_of)


def index_writer(index_dir: str | Path, lock_timeout: float | None = None) -> IndexWriter:
    from .whoosh_backend import WhooshIndexWriter

    return WhooshIndexWriter(index_dir, lock_timeout)
