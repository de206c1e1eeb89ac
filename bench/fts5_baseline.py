"""The hand-rolled alternative: SQLite FTS5 over the same articles, with facet tables and GROUP BY counts.

This is what a journalist's developer could build in an afternoon from newsfacet's own store, so it is the
yardstick for the search path: if newsfacet is many times slower than FTS5 + GROUP BY on the same
articles and the same facet values, the index design (not the machine) is the problem.

Per query it does what ``Engine.search`` answers: the matching set (MATCH, then one semi-join per facet
filter), the total, the top 20 values of each facet (every day for the date facet) -- disjunctively, as
newsfacet does: a facet with a selection is counted without its own filter -- and the first page of 10 by
bm25 with a highlighted snippet (browse-all: newest first, no snippet). The MATCH rowids go into a temp
table once, as a careful hand-roller would do, so facet counting does not re-run MATCH per facet.
Not reproduced: hiding syndicated copies (newsfacet's copy grouping), which only costs newsfacet.
Facet values come from ``Article.entity_values``/``event_days`` exactly as the Whoosh schema indexes them.
"""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

FACETS = ("person", "org", "place", "region", "country", "source", "date")
FACET_LIMIT = 20  # search.config.FACET_LIMIT_DEFAULT
PAGE = 10

_DDL = """
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, published TEXT);
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'porter unicode61');
CREATE TABLE facets (doc INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
"""
# Both directions: value -> docs for filters, doc -> values for counting over a hit set.
_INDEXES = """
CREATE INDEX facets_value ON facets(facet, value, doc);
CREATE INDEX facets_doc ON facets(doc, facet, value);
CREATE INDEX docs_published ON docs(published);
"""


def build(index_dir: Path, db_path: Path) -> dict:
    """Create the FTS5 database from newsfacet's store (once per index; reused while the marker exists)."""
    marker = db_path.with_suffix(".json")
    if db_path.exists() and marker.exists():
        return dict(json.loads(marker.read_text()), cached=True)
    from search.store import Store

    db_path.unlink(missing_ok=True)
    start = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _DDL)
    store = Store(index_dir, readonly=True)
    n = 0
    try:
        for rowid, a in enumerate(store.iter_articles(), start=1):
            db.execute("INSERT INTO docs VALUES (?, ?, ?, ?)", (rowid, a.id, a.title, a.published))
            db.execute("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", (rowid, a.title or "", a.text()))
            rows = [(rowid, "source", a.source)] if a.source else []
            for kind in ("person", "org", "place", "region", "country"):
                rows += [(rowid, kind, v) for v in a.entity_values(kind)]
            try:
                rows += [(rowid, "date", d) for d in a.event_days()]
            except (ValueError, TypeError):
                pass  # the schema skips malformed dates the same way
            db.executemany("INSERT INTO facets VALUES (?, ?, ?)", rows)
            n += 1
    finally:
        store.close()
    db.executescript(_INDEXES + "INSERT INTO fts(fts) VALUES ('optimize'); ANALYZE;")
    db.commit()
    db.close()
    info = {"articles": n, "build_seconds": round(time.perf_counter() - start, 1),
            "size_mb": round(db_path.stat().st_size / 2**20, 1)}
    marker.write_text(json.dumps(info))
    return dict(info, cached=False)


def to_match(kind: str, q: str) -> str | None:
    """The bench query in FTS5 syntax (None: browse-all). The mix only uses forms both engines share."""
    if kind == "browse" or not q:
        return None
    if kind == "prefix":
        return q  # `zapor*` is FTS5 prefix syntax too
    if kind == "or":
        a, b = q.split(" OR ")
        return f'"{a}" OR "{b}"'
    if kind == "phrase":
        return q  # already double-quoted
    return " ".join(f'"{w}"' for w in q.split())  # quoted terms: implicit AND, no operator surprises


class Fts5Timeout(Exception):
    """One query ran past the baseline's per-query limit (at 100k+ prefix and browse queries take minutes)."""


class Fts5Baseline:
    PROGRESS_STEPS = 10_000  # SQLite VM steps between deadline checks: ~1 ms of work, a negligible cost

    def __init__(self, db_path: Path, timeout: float | None = None):
        # Same connection reused across queries, as a server would; page cache warm after the first query.
        self.db = sqlite3.connect(db_path, check_same_thread=False)
        self.timeout = timeout
        self._deadline = float("inf")
        if timeout is not None:
            # SQLite calls this every PROGRESS_STEPS VM steps; a true answer interrupts the running statement,
            # so a slow query costs the bench `timeout` seconds and is reported as "> timeout", not dropped
            self.db.set_progress_handler(lambda: time.monotonic() > self._deadline, self.PROGRESS_STEPS)
        self.db.execute("PRAGMA temp_store = MEMORY")
        self.db.execute("CREATE TEMP TABLE text_hits (doc INTEGER PRIMARY KEY)")
        self.db.execute("CREATE TEMP TABLE hits (doc INTEGER PRIMARY KEY)")

    def close(self) -> None:
        self.db.close()

    def _docs(self, match: str | None, filters: dict[str, list[str]], skip: str | None = None) -> tuple[str, list]:
        """SQL selecting the matching rowids: the MATCH set (already in text_hits) AND each facet filter."""
        where, args = [], []
        for facet, values in filters.items():
            if facet != skip:
                where.append(f"doc IN (SELECT doc FROM facets WHERE facet = ? AND value IN ({','.join('?' * len(values))}))")
                args += [facet, *values]
        source = "SELECT doc FROM text_hits" if match is not None else "SELECT rowid AS doc FROM docs"
        return source + (" WHERE " + " AND ".join(where) if where else ""), args

    def _counts(self, facet: str, table_sql: str, args: list) -> list:
        limit = -1 if facet == "date" else FACET_LIMIT  # the date facet is a complete timeline in newsfacet too
        return self.db.execute(
            f"SELECT value, count(*) AS n FROM facets WHERE facet = ? AND doc IN ({table_sql}) "
            "GROUP BY value ORDER BY n DESC, value LIMIT ?", [facet, *args, limit]).fetchall()

    def search(self, kind: str, q: str, filters: dict[str, list[str]]) -> dict:
        """The same answer newsfacet gives: total, disjunctive facet counts (a facet with a selection is
        counted without its own filter), the first page by bm25 with snippets. Raises Fts5Timeout past
        the per-query limit."""
        if self.timeout is not None:
            self._deadline = time.monotonic() + self.timeout
        try:
            return self._search(kind, q, filters)
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise Fts5Timeout(f"{kind} {q!r} {filters}: over {self.timeout} s") from None
            raise
        finally:
            self._deadline = float("inf")

    def _search(self, kind: str, q: str, filters: dict[str, list[str]]) -> dict:
        db = self.db
        match = to_match(kind, q)
        db.execute("DELETE FROM text_hits")
        if match is not None:
            db.execute("INSERT INTO text_hits SELECT rowid FROM fts WHERE fts MATCH ?", (match,))
        db.execute("DELETE FROM hits")
        sql, args = self._docs(match, filters)
        db.execute("INSERT INTO hits " + sql, args)
        total = db.execute("SELECT count(*) FROM hits").fetchone()[0]
        facets = {}
        for facet in FACETS:
            if facet in filters:
                facets[facet] = self._counts(facet, *self._docs(match, filters, skip=facet))
            else:
                facets[facet] = self._counts(facet, "SELECT doc FROM hits", [])
        if match is None:
            results = db.execute("SELECT docs.id, docs.title, NULL FROM docs JOIN hits ON docs.rowid = hits.doc "
                                 "ORDER BY published DESC LIMIT ?", (PAGE,)).fetchall()
        else:
            results = db.execute(
                "SELECT docs.id, docs.title, snippet(fts, 1, '<mark>', '</mark>', '…', 24) FROM fts "
                "JOIN docs ON docs.rowid = fts.rowid WHERE fts MATCH ? AND fts.rowid IN (SELECT doc FROM hits) "
                "ORDER BY bm25(fts) LIMIT ?", (match, PAGE)).fetchall()
        return {"total": total, "facets": facets, "results": results}
