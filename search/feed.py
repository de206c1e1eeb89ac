"""A feed for any search (issue 16): its matches, newest first by when they were first indexed.

"Tell me when something new mentions Kupol": a feed reader polls the Atom rendering of this (web/atom.py)
and sees an article as soon as a later ``newsfacet index`` has stored and indexed it. Entries are ordered
by ``articles.indexed_at`` (the first time the store saw the article; an update of its file keeps it), so
a harvester's growing JSONL file does not push its old articles back to the top. Entry ids are derived from
article ids, which are stable across re-runs, moves and re-indexing, so a reader never shows one twice.

The newest matches are read from the store without reading every article's time (newest()): a feed of a
few matches looks their times up by id; a feed of many walks the store's ``indexed_at`` index newest first
until it has its entries (with matches a large share of the archive, that is the first few hundred rows).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from urllib.parse import quote

from .backend import Hit, Hits
from .errors import InvalidParameter
from .params import _first, parse_params

LIMIT_DEFAULT = 50
LIMIT_MAX = 200
# Entry and feed ids are URNs: stable whatever host or port serves the feed (an Atom id must not change).
ENTRY_ID_PREFIX = "urn:newsfacet:article:"
FEED_ID_PREFIX = "urn:newsfacet:search:"



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


def build(engine, params: Mapping[str, Sequence[str]]) -> dict:
    """The feed's data (web/ renders it as Atom, or returns it as JSON): the search's matches, newest first."""
    p = parse_params(params)
    limit = parse_limit(params)
    echo = p.echo()
    echo.pop("sort")  # a feed is always newest first by indexing
    answer = {"query": echo, "feed_id": feed_id(echo), "total": 0, "updated": None, "entries": []}

    def work():
        engine._variant_table()
        respelled = engine.respell_filters(p)
        if respelled:
            answer["respelled"] = respelled
        variants = engine.variants_for(p)
        matched = {aid for aid, _ in engine.backend.ranked(p, engine.only_ids(p), variants)}
        answer["total"] = len(matched)
        picked = newest(engine.store, matched, limit)
        highlight = engine.backend.highlight(p.q, variants)
        results = engine._results(Hits(len(matched), [Hit(aid, None) for aid, _ in picked], {}, highlight), p)
        at = dict(picked)
        for r in results:
            r.pop("score", None)
            r["entry_id"] = entry_id(r["id"])
            r["indexed_at"] = at.get(r["id"])
        answer["entries"] = results
        # The feed changed when its newest entry arrived; an empty feed dates from the newest article at all.
        times = [t for t in (r["indexed_at"] for r in results) if t]
        answer["updated"] = max(times) if times else _newest_at_all(engine.store)

    engine._guarded(work)
    return answer


# The store's order of first indexing: newest first, ties by id, an article without a time last (SQLite
# sorts NULL last in DESC), exactly as ORDER BY over the whole table would give it.
_ORDER = "ORDER BY indexed_at DESC, id"
_PAGE = 2000


def newest(store, matched: set[str], limit: int) -> list[tuple[str, str | None]]:
    """(id, first indexed at) of the ``limit`` newest of ``matched`` in the store's order of first indexing.

    Few matches: their rows by primary key (cost ~ matches). Many: the ``indexed_at`` index walked newest
    first a page at a time until ``limit`` of them are found (cost ~ limit x articles / matches rows). The
    cross-over is where the two costs meet, matches^2 ~ limit x articles, with room for the walk's cheaper
    rows; the answer is the same either way (tests/test_story_feed.py checks both paths).
    """
    if not matched:
        return []
    articles = store.count_articles()
    if len(matched) ** 2 <= 4 * limit * articles:
        return store._query(f"SELECT id, indexed_at FROM articles WHERE id IN (SELECT value FROM json_each(?)) "
                            f"{_ORDER} LIMIT ?", (json.dumps(list(matched)), limit))
    picked: list[tuple[str, str | None]] = []
    for offset in range(0, articles + _PAGE, _PAGE):
        rows = store._query(f"SELECT id, indexed_at FROM articles {_ORDER} LIMIT ? OFFSET ?", (_PAGE, offset))
        picked.extend(row for row in rows if row[0] in matched)
        if len(picked) >= limit or len(rows) < _PAGE:
            break
    return picked[:limit]


def _newest_at_all(store) -> str | None:
    rows = store._query(f"SELECT indexed_at FROM articles {_ORDER} LIMIT 1")
    return rows[0][0] if rows else None
