"""Facet filters and disjunctive facet counts over numpy docsets, one counter per facet of the registry.

Semantics: values of one facet are ORed, facets are ANDed, excluded values (not_*) remove articles
everywhere. A facet's counts honour the query and every OTHER facet's selections but not its own, so a
user can tick a second value and see what it would add. Counts count articles after copy grouping,
so they add up with ``total``. Selected and excluded values are always listed, even at count 0.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

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
        return view.facets[self.field].mask_of(values, view.n)

    def order(self, values: list[str], counts: np.ndarray, nz: np.ndarray) -> list[int]:
        # count descending, then value ascending: value ids are in sorted value order, so numpy can do it
        return nz[np.lexsort((nz, -counts[nz]))].tolist()

    def entries(self, view: IndexView, mask: np.ndarray, params: SearchParams) -> list[dict]:
        fd = view.facets[self.field]
        counts = fd.counts(mask, np.nonzero(mask)[0])
        nz = np.nonzero(counts)[0]
        order = self.order(fd.values, counts, nz)
        if self.limited:
            order = order[:params.facet_limit]
        selected = set(params.filters.get(self.name, ()))
        excluded = set(params.exclude.get(self.name, ()))
        out = [{"value": fd.values[i], "count": int(counts[i]), "selected": fd.values[i] in selected,
                "excluded": fd.values[i] in excluded} for i in order]
        shown = {e["value"] for e in out}
        for v in [*params.filters.get(self.name, ()), *params.exclude.get(self.name, ())]:
            if v not in shown:
                i = fd.value_id.get(v)
                out.append({"value": v, "count": int(counts[i]) if i is not None else 0,
                            "selected": v in selected, "excluded": v in excluded})
                shown.add(v)
        return out


class DateFacet(Facet):
    """Event days: chronological and complete (a timeline needs every day, not the top 20)."""

    limited = False

    def order(self, values, counts, nz):
        return nz.tolist()  # values are sorted ISO days already

    def entries(self, view, mask, params):
        out = super().entries(view, mask, params)
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


def facet_counts(view: IndexView, params: SearchParams, base: np.ndarray, masks: dict[str, np.ndarray],
                 final: np.ndarray, group: Callable[[np.ndarray], np.ndarray]) -> dict[str, list[dict]]:
    out = {}
    for name, facet in REGISTRY.items():
        # Facets without a selection of their own see exactly the result set: reuse it.
        m = final if name not in masks else group(apply(base, masks, skip=name))
        out[name] = facet.entries(view, m, params)
    return out
