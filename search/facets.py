"""Facet filters and disjunctive facet counts over numpy docsets, one counter per facet of the registry.

Semantics: values of one facet are ORed, facets are ANDed, excluded values (not_*) remove articles
everywhere. A facet's counts honour the query and every OTHER facet's selections but not its own, so a
user can tick a second value and see what it would add. Counts count articles after copy grouping,
so they add up with ``total``. Selected and excluded values are always listed, even at count 0.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from . import facet_topk
from .facet_registry import DAYS, FACETS, TERMS
from .params import SearchParams
from .searcher import IndexView


class Facet:
    """A facet over one multi-valued field: busiest values first, cut to facet_limit."""

    limited = True

    def __init__(self, name: str, field: str | None = None):
        self.name = name
        self.field = field or name

    def selection_mask(self, view: IndexView, values: list[str]) -> np.ndarray:
        return facet_topk.selection_mask(view, self.field, self.stored(view, values))

    def held(self, view: IndexView, values) -> list[str]:
        """The values among ``values`` the index holds, each as stored: a value typed in another case than
        every stored one is the stored one(s); a value the index does not hold is left out."""
        fd = view.facets[self.field]
        out: list[str] = []
        for v in values:
            found = [v] if v in fd.value_id else fd.lower_map().get(v.lower()) or []
            out.extend(f for f in found if f not in out)
        return out

    def stored(self, view: IndexView, values) -> list[str]:
        """Each requested value as the index stores it. A script or a hand-edited URL sends ``source=ap`` or
        ``region=kharkiv oblast``: a value typed in another case than every stored one is the stored one(s),
        as ``person:zelensky`` in the query already is; a value the index does not hold is kept as typed."""
        out: list[str] = []
        for v in values:
            out.extend(f for f in self.held(view, [v]) or [v] if f not in out)
        return out

    def order(self, values: list[str], counts: np.ndarray, nz: np.ndarray) -> list[int]:
        # count descending, then value ascending: value ids are in sorted value order, so numpy can do it
        return nz[np.lexsort((nz, -counts[nz]))].tolist()

    def entries(self, view: IndexView, mask: np.ndarray, params: SearchParams,
                docs: np.ndarray | None = None, key: bytes | None = None,
                words: np.ndarray | None = None) -> list[dict]:
        """Counts over ``mask`` (``docs``: its nonzero docnums; ``key``: its digest, for the view's cache;
        ``words``: it packed, facet_topk.packed)."""
        fd = view.facets[self.field]
        docs = np.nonzero(mask)[0] if docs is None else docs
        if self.limited and broad(len(docs), view.n):
            # only the busiest values are shown: count those exactly, not every value (facet_topk.py);
            # values never counted are UNKNOWN (< 0) and cannot be among the shown ones
            counts = fd.totals() if len(docs) == view.count and np.array_equal(mask, view.live) \
                else _cached_top(view, self.field, mask, key, params.facet_limit, words)  # browse-all: totals
        else:
            counts = _cached_counts(view, self.field, fd, mask, docs, key)
        nz = np.nonzero(counts > 0)[0]
        if self.limited and len(nz) > params.facet_limit:
            # only the busiest values are shown: keep those counting at least the limit-th count (ties too,
            # so the cut below is the same as after a full sort) instead of sorting every value
            c = counts[nz]
            kth = np.partition(c, len(c) - params.facet_limit)[len(c) - params.facet_limit]
            nz = nz[c >= kth]
        order = self.order(fd.values, counts, nz)
        if self.limited:
            order = order[:params.facet_limit]
        chosen = [*self.stored(view, params.filters.get(self.name, ())),
                  *self.stored(view, params.exclude.get(self.name, ()))]
        selected = set(self.stored(view, params.filters.get(self.name, ())))
        excluded = set(self.stored(view, params.exclude.get(self.name, ())))
        out = [{"value": fd.values[i], "count": int(counts[i]), "selected": fd.values[i] in selected,
                "excluded": fd.values[i] in excluded} for i in order]
        shown = {e["value"] for e in out}
        for v in chosen:
            if v not in shown:
                i = fd.value_id.get(v)
                count = 0 if i is None else int(counts[i]) if counts[i] >= 0 else int(mask[fd.docs_of(v)].sum())
                out.append({"value": v, "count": count,
                            "selected": v in selected, "excluded": v in excluded})
                shown.add(v)
        return out


class DateFacet(Facet):
    """Event days: chronological and complete (a timeline needs every day, not the top 20)."""

    limited = False

    def order(self, values, counts, nz):
        return nz.tolist()  # values are sorted ISO days already

    def entries(self, view, mask, params, docs=None, key=None, words=None):
        out = super().entries(view, mask, params, docs, key, words)
        out.sort(key=lambda e: e["value"])
        return out


# One counter per facet, by kind: the registry (search/facet_registry.py) says which.
COUNTERS: dict[str, type[Facet]] = {TERMS: Facet, DAYS: DateFacet}
REGISTRY: dict[str, Facet] = {f.name: COUNTERS[f.kind](f.name) for f in FACETS}


DATE_FIELD = next(f.name for f in FACETS if f.kind == DAYS)


def base_mask(view: IndexView, params: SearchParams, text_mask: np.ndarray) -> np.ndarray:
    """Query match AND exclusions AND date/published ranges: everything except facet selections."""
    m = text_mask & view.live
    for name, values in params.exclude.items():
        m &= ~REGISTRY[name].selection_mask(view, values)
    if params.date_from or params.date_to:  # event-day ranges read the registry's day facet
        m &= view.facets[DATE_FIELD].mask_of_range(params.date_from, params.date_to, view.n)
    if params.published_from or params.published_to:
        from datetime import date
        pub = view.published
        ok = pub >= 0  # an unknown publication day never matches a publication range
        if params.published_from:
            ok &= pub >= date.fromisoformat(params.published_from).toordinal()
        if params.published_to:
            ok &= pub <= date.fromisoformat(params.published_to).toordinal()
        m &= ok
    return m


def selection_masks(view: IndexView, params: SearchParams) -> dict[str, np.ndarray]:
    return {name: REGISTRY[name].selection_mask(view, vals) for name, vals in params.filters.items() if vals}


def apply(base: np.ndarray, masks: dict[str, np.ndarray], skip: str | None = None) -> np.ndarray:
    m = base
    for name, sm in masks.items():
        if name != skip:
            m = m & sm
    return m


def scope(base: np.ndarray, masks: dict[str, np.ndarray]) -> np.ndarray:
    """Every doc that the total or some facet's count can include: ``base`` (here without the text) AND,
    for some selected facet, every OTHER facet's selection (facet_counts ignores a facet's own)."""
    selected = [name for name in masks if name in REGISTRY]
    if not selected:
        return apply(base, masks)
    out = None
    for name in selected:
        m = apply(base, masks, skip=name)
        out = m if out is None else out | m
    return out


def facet_counts(view: IndexView, params: SearchParams, base: np.ndarray, masks: dict[str, np.ndarray],
                 final: np.ndarray, group: Callable[[np.ndarray], np.ndarray],
                 final_docs: np.ndarray | None = None) -> dict[str, list[dict]]:
    out = {}
    docs = np.nonzero(final)[0] if final_docs is None else final_docs
    words = facet_topk.packed(final) if broad(len(docs), view.n) else None  # packed once for every facet
    key = mask_key(final, len(docs), words)
    for name, facet in REGISTRY.items():
        if name not in masks:  # facets without a selection of their own see exactly the result set
            out[name] = facet.entries(view, final, params, docs, key, words)
            continue
        m = group(apply(base, masks, skip=name))
        m_docs = np.nonzero(m)[0]
        m_words = facet_topk.packed(m) if broad(len(m_docs), view.n) else None
        out[name] = facet.entries(view, m, params, m_docs, mask_key(m, len(m_docs), m_words), m_words)
    return out


# A limited facet's counts over a docset of at least this share of the archive come from facet_topk (bitmaps
# and early termination); below it, a gather over the docset's own entries costs less (FacetData.counts).
TOPK_MIN_SHARE = 1 / 16


def broad(matched: int, n: int) -> bool:
    return matched >= max(n * TOPK_MIN_SHARE, 1)


# -- counts cached per index view -----------------------------------------------------------------------------
# Counting a facet over a broad docset reads a large part of its entries (browse-all: every one). The same
# docsets come back request after request: browse-all, a query before and after a facet tick (its counts
# for the ticked facet are the unticked query's), the next page. So counts over docsets of at least
# CACHE_MIN_SHARE of the archive are kept per view, by a digest of the docset: exact whatever produced the
# docset, and dropped with the view when a commit opens a new one (IndexView.caches).
CACHE_MIN_SHARE = 1 / 64
CACHE_VALUES = 4_000_000  # counts held (int32: 16 MB per process)


def mask_key(mask: np.ndarray, matched: int, words: np.ndarray | None = None) -> bytes | None:
    """A digest of a docset worth caching counts for (None for a small one: counting it is cheap);
    ``words``: the docset already packed (facet_topk.packed: the same bits, zero-padded to 64)."""
    if matched < max(len(mask) * CACHE_MIN_SHARE, 1):
        return None
    bits = (facet_topk.packed(mask) if words is None else words).tobytes()
    return hashlib.blake2b(bits, digest_size=16).digest() + len(mask).to_bytes(8, "big")


class CountsCache:
    """(field, docset digest) -> counts per value, least recently used first out."""

    def __init__(self, limit: int = CACHE_VALUES):
        self.limit = limit
        self._items: OrderedDict = OrderedDict()
        self._held = 0

    def get(self, key):
        got = self._items.get(key)
        if got is not None:
            self._items.move_to_end(key)
        return got

    def put(self, key, counts: np.ndarray) -> None:
        if len(counts) > self.limit or key in self._items:
            return
        self._items[key] = counts
        self._held += len(counts)
        while self._held > self.limit:
            _, old = self._items.popitem(last=False)
            self._held -= len(old)


def _cached_top(view, field: str, mask: np.ndarray, key: bytes | None, limit: int,
                words: np.ndarray | None) -> np.ndarray:
    """facet_topk's counts (UNKNOWN where not counted), cached like full counts but per facet_limit."""
    cache = view.caches.get("facet_counts")
    if cache is None:
        cache = view.caches["facet_counts"] = CountsCache()
    got = cache.get((field, key, limit)) if key is not None else None
    if got is None:
        got = facet_topk.counter(view, field).top(mask, facet_topk.packed(mask) if words is None else words, limit)
        got.flags.writeable = False  # shared by later answers: never changed in place
        if key is not None:
            cache.put((field, key, limit), got)
    return got


def _cached_counts(view, field: str, fd, mask: np.ndarray, docs: np.ndarray, key: bytes | None) -> np.ndarray:
    if key is None:
        return fd.counts(mask, docs)
    cache = view.caches.get("facet_counts")
    if cache is None:
        cache = view.caches["facet_counts"] = CountsCache()
    got = cache.get((field, key))
    if got is None:
        got = fd.counts(mask, docs).astype(np.int32)
        got.flags.writeable = False  # shared by later answers: never changed in place
        cache.put((field, key), got)
    return got
