"""A feed for any search (issue 16): its matches, newest first by when they were first indexed.

"Tell me when something new mentions Kupol": a feed reader polls the Atom rendering of this (web/atom.py)
and sees an article as soon as a later ``newsfacet index`` has stored and indexed it. Entries are ordered
by ``articles.indexed_at`` (the first time the store saw the article; an update of its file keeps it), so
a harvester's growing JSONL file does not push its old articles back to the top. Entry ids are derived from
article ids, which are stable across re-runs, moves and re-indexing, so a reader never shows one twice.

The order of every article by first indexing is read from the store once per (index view, store
generation) and kept as a docnum array: a feed is then the search's mask taken in that order.
"""
from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Mapping, Sequence
from urllib.parse import quote

import numpy as np

from .errors import InvalidParameter
from .params import _first, parse_params

LIMIT_DEFAULT = 50
LIMIT_MAX = 200
# Entry and feed ids are URNs: stable whatever host or port serves the feed (an Atom id must not change).
ENTRY_ID_PREFIX = "urn:newsfacet:article:"
FEED_ID_PREFIX = "urn:newsfacet:search:"

_orders: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # view -> (store generation, docs, times)


def entry_id(article_id: str) -> str:
    return ENTRY_ID_PREFIX + quote(article_id, safe="")


def feed_id(echo: dict) -> str:
    """The same search (parameters normalised, in any order) always has the same feed id."""
    canonical = json.dumps({k: v for k, v in echo.items() if k != "sort"}, sort_keys=True, ensure_ascii=False)
    return FEED_ID_PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def parse_limit(params: Mapping[str, Sequence[str]]) -> int:
    raw = _first(params, "limit")
    if raw is None:
        return LIMIT_DEFAULT
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw[:6]) <= LIMIT_MAX:
        raise InvalidParameter("limit", f"expected an integer from 1 to {LIMIT_MAX}, got {raw[:40]!r}")
    return int(raw)


def indexed_order(store, view) -> tuple[np.ndarray, list[str | None]]:
    """(docnums newest first by first indexing, their indexed_at by docnum), cached per view + store state."""
    generation = store.generation()
    cached = _orders.get(view)
    if cached is not None and cached[0] == generation:
        return cached[1], cached[2]
    docs: list[int] = []
    times: list[str | None] = [None] * view.n
    for aid, at in store.indexed_order():
        d = view.docnum.get(aid)
        if d is not None:
            docs.append(d)
            times[d] = at
    order = np.asarray(docs, dtype=np.int64)
    _orders[view] = (generation, order, times)
    return order, times


def build(engine, params: Mapping[str, Sequence[str]]) -> dict:
    """The feed's data (web/ renders it as Atom, or returns it as JSON): the search's matches, newest first."""
    p = parse_params(params)
    limit = parse_limit(params)
    echo = p.echo()
    echo.pop("sort")  # a feed is always newest first by indexing
    answer = {"query": echo, "feed_id": feed_id(echo), "total": 0, "updated": None, "entries": []}

    def work(view):
        if view is None:
            return
        pq, _, final, _, _ = engine._match(view, p)
        answer["total"] = int(final.sum())
        order, times = indexed_order(engine.store, view)
        picked = order[final[order]][:limit] if len(order) else order
        results = engine._results(view, [(int(d), None) for d in picked], pq, p)
        at = {view.ids[int(d)]: times[int(d)] for d in picked}
        for r in results:
            r.pop("score", None)
            r["entry_id"] = entry_id(r["id"])
            r["indexed_at"] = at.get(r["id"])
        answer["entries"] = results
        # The feed changed when its newest entry arrived; an empty feed dates from the newest article at all.
        newest = [t for t in (r["indexed_at"] for r in results) if t]
        answer["updated"] = max(newest) if newest else next((times[int(d)] for d in order[:1]), None)

    engine._with_view(work)
    return answer
