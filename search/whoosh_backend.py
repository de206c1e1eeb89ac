"""The Whoosh implementation of search/backend.py's protocols.

Read side: one SearcherCache per process (an IndexView per index generation: numpy postings, facet
entries, copy groups), the query parsed against it (querytext.py), evaluated over numpy masks
(matching.py), facets counted over masks (facets.py), ordered by ranking.py. Write side: search/index.py.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

import numpy as np

from . import budget, config, facets, index, ranking
from .backend import Highlight, Hit, Hits, IndexStatus
from .errors import SearchError
from .expansion import Expander
from .params import SearchParams
from .querytext import parse as parse_query
from .spelling import did_you_mean
from .view_cache import SearcherCache


class WhooshBackend:
    def __init__(self, index_dir: str | Path, texts_of: Callable[[str], list[str]]):
        self.index_dir = Path(index_dir)
        self._texts_of = texts_of
        self._cache = SearcherCache(self.index_dir)

    @property
    def lock(self):
        """Held by every call: Whoosh's file readers are not safe to share across threads."""
        return self._cache.lock

    def close(self) -> None:
        self._cache.close()

    def status(self) -> IndexStatus | None:
        with self._cache.lock:
            view = self._cache.get()
            return None if view is None else IndexStatus(view.count, view.generation)

    def search(self, params: SearchParams, start: int = 0, stop: int | None = None,
               only: frozenset[str] | None = None, variants=None) -> Hits:
        return self._with_view(lambda view: self._search(view, params, start, stop, only, variants),
                               Hits(0, [], {}))

    def ranked(self, params: SearchParams, only: frozenset[str] | None = None,
               variants=None) -> list[tuple[str, float | None]]:
        def run(view):
            pq, score, final, _, _ = self._match(view, params, only, variants)
            return [(view.ids[d], s) for d, s in self._order(view, pq, score, params, final, None)]
        return self._with_view(run, [])

    def totals(self, params: SearchParams, queries: Sequence[str], only: frozenset[str] | None = None,
               variants=None) -> list[int]:
        def run(view):
            masks = facets.selection_masks(view, params)
            if only is not None:
                masks["only"] = self._only_mask(view, only)
            fixed = facets.apply(facets.base_mask(view, params, view.live), masks)  # all but the text, once
            group = view.group if params.copies == "group" else (lambda m: m)
            seen: dict[str, int] = {}
            out = []
            for q in queries:
                budget.check()
                if q not in seen:
                    pq = parse_query(q, view, expand=_expander(variants, view, q))
                    text = view.live if pq.query is None else view.matcher.evaluate(pq.query)[0]
                    seen[q] = int(group(text & fixed).sum())
                out.append(seen[q])
            return out
        return self._with_view(run, [0] * len(queries))

    def published_days(self, params: SearchParams, only: frozenset[str] | None = None) -> tuple[dict[str, int], int]:
        def run(view):
            _, _, final, _, _ = self._match(view, params, only)
            pub = view.published[final]
            days, counts = np.unique(pub[pub >= 0], return_counts=True)
            return ({date.fromordinal(int(d)).isoformat(): int(c) for d, c in zip(days, counts)},
                    int((pub < 0).sum()))
        return self._with_view(run, ({}, 0))

    def highlight(self, q: str, variants=None) -> Highlight:
        def run(view):
            pq = parse_query(q, view, expand=_expander(variants, view, q))
            return Highlight(frozenset(pq.text_terms), tuple(pq.phrases))
        return self._with_view(run, Highlight())

    def stored_values(self, facet: str, values: Sequence[str]) -> list[str]:
        values = list(values)
        if facet not in facets.REGISTRY:
            return values
        return self._with_view(lambda view: facets.REGISTRY[facet].stored(view, values), values)

    def held_values(self, facet: str, values: Sequence[str]) -> list[str]:
        values = list(values)
        if facet not in facets.REGISTRY or not values:
            return []
        return self._with_view(lambda view: facets.REGISTRY[facet].held(view, values), [])

    # -- internals ------------------------------------------------------------------------------------------
    def _with_view(self, run, empty):
        with self._cache.lock:
            for attempt in (1, 2):
                view = self._cache.get()
                if view is None:
                    return empty
                try:
                    return run(view)
                except (SearchError, sqlite3.DatabaseError):
                    raise
                except Exception:  # noqa: BLE001
                    # A rebuild may have removed the generation this view still reads from: reopen once.
                    if attempt == 2:
                        raise
                    self._cache.close()
        raise AssertionError("unreachable")

    @staticmethod
    def _only_mask(view, only: frozenset[str]):
        m = np.zeros(view.n, dtype=bool)
        docs = list(view.docnum.resolve(only).values())
        if docs:
            m[np.asarray(docs, dtype=np.int64)] = True
        return m

    def _match(self, view, p: SearchParams, only: frozenset[str] | None = None, variants=None, expander=None):
        """(parsed query, scores, grouped final mask, base mask, facet selection masks)."""
        pq = parse_query(p.q, view, expand=expander or _expander(variants, view, p.q))
        masks = facets.selection_masks(view, p)
        if only is not None:
            masks["only"] = self._only_mask(view, only)  # a filter every facet count honours
        if pq.query is None:
            text, score = view.live, None
        else:
            # the text is matched only where a filter lets the total or a facet count look (phrases verify
            # positions there alone); nothing is confined when the filters reach every article
            scope = facets.scope(facets.base_mask(view, p, view.live), masks)
            text, score = view.matcher.evaluate(pq.query, None if int(scope.sum()) >= view.count else scope, lazy=True)
        base = facets.base_mask(view, p, text)
        final = facets.apply(base, masks)
        if p.copies == "group":
            final = view.group(final)
        return pq, score, final, base, masks

    def _order(self, view, pq, score, p: SearchParams, final, limit: int | None,
               total: int | None = None) -> list[tuple[int, float | None]]:
        if p.sort == "relevance" and pq.query is not None:
            docs, scores = ranking.by_relevance(view, final, score, limit)
            return list(zip(docs.tolist(), scores.tolist()))
        # browse-all has no relevance: newest first is the useful default
        docs = ranking.by_published(view, final, p.sort != "oldest", limit, total)
        return [(d, None) for d in docs.tolist()]

    def _search(self, view, p: SearchParams, start: int, stop: int | None, only: frozenset[str] | None,
                variants) -> Hits:
        expander = _expander(variants, view, p.q)
        pq, score, final, base, masks = self._match(view, p, only, expander=expander)
        final_docs = np.nonzero(final)[0]
        total = len(final_docs)
        hits = []
        if start < total:
            for d, s in self._order(view, pq, score, p, final, stop, total)[start:stop]:
                group = view.members.get(int(view.leader[d]), [])
                hits.append(Hit(view.ids[d], s, tuple(view.ids[m] for m in group if m != d)))
        group = view.group if p.copies == "group" else (lambda m: m)
        counts = facets.facet_counts(view, p, base, masks, final, group, final_docs)
        suggestion = None
        if pq.words and total < config.DID_YOU_MEAN_BELOW:
            suggestion = did_you_mean(view, p.q, pq.words, lambda d: self._texts(view, d))
        return Hits(total, hits, counts, Highlight(frozenset(pq.text_terms), tuple(pq.phrases)), suggestion,
                    expander.expanded if expander else {})

    def _texts(self, view, docnum: int) -> list[str]:
        aid = view.ids[docnum] if 0 <= docnum < view.n else None
        return self._texts_of(aid) if aid else []


def _expander(variants, view, q: str) -> Expander | None:
    """Name-spelling expansion of ``q`` against this index generation (search/expansion.py)."""
    return Expander(variants, view, q) if variants is not None and q else None


class WhooshIndexWriter:
    """search/index.py behind the IndexWriter protocol (the write lock, generations and swaps live there)."""

    def __init__(self, index_dir: str | Path, lock_timeout: float | None = None):
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout

    def update(self, store, changed_ids: Iterable[str], removed_ids: Iterable[str] = ()) -> dict:
        return index.update(self.index_dir, store, changed_ids, removed_ids, self.lock_timeout)

    def rebuild(self, store=None) -> dict:
        return index.rebuild(self.index_dir, store, self.lock_timeout)

    def check(self) -> dict:
        return index.check(self.index_dir)

    def in_step(self, store) -> bool:
        return index.in_step(self.index_dir, store)

    def record_in_step(self, store_mark: dict) -> None:
        index.record_in_step(self.index_dir, store_mark)

    def has_index(self) -> bool:
        return index.current_dir(self.index_dir) is not None
