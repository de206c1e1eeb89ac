"""The SQLite store: the source of truth for articles, paragraphs, mentions and indexed files.

The Whoosh index is derived from this and can always be rebuilt from it without any NLP. One connection
per Store, opened lazily (nothing happens at construction), guarded by a lock so a threaded web server can
share it. Readers (web workers) open it read-only; a missing store then simply looks empty.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path

from .model import Article, Mention, Paragraph

SCHEMA_VERSION = 1
STORE_FILE = "store.sqlite3"

_ARTICLE_COLS = (
    "id", "title", "source", "site", "published", "published_source", "url", "byline", "dateline", "note",
    "title_source", "origin_path", "origin_sha256", "origin_position", "extractor", "copy_of", "metadata",
)
_MENTION_COLS = (
    "paragraph", "start", "end", "text", "kind", "value", "region", "country", "date_end", "granularity", "label",
)

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT, site TEXT, published TEXT, published_source TEXT,
    url TEXT, byline TEXT, dateline TEXT, note TEXT, title_source TEXT, origin_path TEXT, origin_sha256 TEXT,
    origin_position INTEGER NOT NULL DEFAULT 0, extractor TEXT, copy_of TEXT, metadata TEXT NOT NULL DEFAULT '{}',
    file_path TEXT NOT NULL  -- the replace_file key; origin_path is provenance and may be spelled differently
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file_path);
CREATE INDEX IF NOT EXISTS articles_copy_of ON articles(copy_of);
CREATE TABLE IF NOT EXISTS paragraphs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, n INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
    region TEXT, country TEXT, date_end TEXT, granularity TEXT, label TEXT
);
CREATE INDEX IF NOT EXISTS mentions_kind_value ON mentions(kind, value);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
-- Article ids whose index document is stale: written in the same transaction as the change, cleared only
-- after the index commit, so a crash between the two is finished by the next run (an outbox).
CREATE TABLE IF NOT EXISTS pending_index (id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, indexed_at TEXT NOT NULL, article_count INTEGER NOT NULL,
    dropped TEXT NOT NULL DEFAULT '{}'
);
"""

# SQLite's host-parameter limit is large nowadays, but chunking keeps every statement small and portable.
_CHUNK = 500


def _chunks(seq: list, n: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class Store:
    def __init__(self, index_dir: str | Path, readonly: bool = False):
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / STORE_FILE
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    # -- connection -------------------------------------------------------------------------------------
    def _db(self) -> sqlite3.Connection | None:
        """The connection, opened on first use; None for a read-only store that does not exist yet."""
        if self._conn is not None:
            return self._conn
        if self.readonly:
            if not self.path.exists():
                return None
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        else:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")  # readers never block the indexer and vice versa
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        if not self.readonly:
            conn.executescript(_DDL)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
            conn.commit()
        self._conn = conn
        return conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _query(self, sql: str, args: Iterable = ()) -> list[tuple]:
        with self._lock:
            db = self._db()
            if db is None:
                return []
            try:
                return db.execute(sql, tuple(args)).fetchall()
            except sqlite3.OperationalError as exc:
                # A read-only open of a store whose tables the indexer has not created yet looks empty.
                if self.readonly and "no such table" in str(exc):
                    return []
                raise

    # -- meta ---------------------------------------------------------------------------------------------
    def generation(self) -> int:
        """Bumped by every write, so derived data (the index, caches) can tell it is stale."""
        rows = self._query("SELECT value FROM meta WHERE key='generation'")
        return int(rows[0][0]) if rows else 0

    def schema_version(self) -> int | None:
        rows = self._query("SELECT value FROM meta WHERE key='schema_version'")
        return int(rows[0][0]) if rows else None

    @staticmethod
    def _bump(db: sqlite3.Connection) -> None:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")

    # -- writes ---------------------------------------------------------------------------------------------
    def replace_file(
        self, path: str | Path, sha256: str, articles: Iterable[Article], dropped: Mapping[str, int] | None = None
    ) -> tuple[list[str], list[str]]:
        """Replace everything that came from ``path`` in one transaction.

        Returns (added or updated ids, removed ids). An id already present from another file is replaced
        (upsert by id), never duplicated; the article then belongs to this file.
        """
        if self.readonly:
            raise RuntimeError("store opened read-only")
        path = str(path)
        unique: dict[str, Article] = {}
        for a in articles:
            unique.setdefault(a.id, a)  # ids are content-derived: a repeat within one file is the same text
        with self._lock:
            db = self._db()
            with db:  # one transaction: commit on success, roll back on any error
                old = {r[0] for r in db.execute("SELECT id FROM articles WHERE file_path=?", (path,))}
                removed = sorted(old - unique.keys())
                for chunk in _chunks(removed):
                    db.execute(f"DELETE FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
                for chunk in _chunks(list(unique)):
                    db.execute(f"DELETE FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
                for a in unique.values():
                    self._insert(db, a, path, sha256)
                self._mark_pending(db, [*removed, *unique])
                db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?)",
                    (path, sha256, datetime.now(timezone.utc).isoformat(timespec="seconds"), len(unique),
                     json.dumps(dict(dropped or {}), sort_keys=True)),
                )
                self._bump(db)
        return list(unique), removed

    @staticmethod
    def _insert(db: sqlite3.Connection, a: Article, path: str, sha256: str) -> None:
        row = (
            a.id, a.title, a.source, a.site, a.published, a.published_source, a.url, a.byline, a.dateline,
            a.note, a.title_source, a.origin_path or path, a.origin_sha256 or sha256, a.origin_position,
            a.extractor, a.copy_of, json.dumps(a.metadata or {}, ensure_ascii=False, default=str), path,
        )
        db.execute(f"INSERT INTO articles VALUES ({','.join('?' * (len(_ARTICLE_COLS) + 1))})", row)
        db.executemany("INSERT INTO paragraphs VALUES (?,?,?)", [(a.id, p.n, p.text) for p in a.paragraphs])
        db.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, m.paragraph, m.start, m.end, m.text, m.kind, m.value, m.region, m.country, m.date_end,
              m.granularity, m.label) for m in a.mentions],
        )

    def remove_file(self, path: str | Path) -> list[str]:
        """Forget a file and its articles (e.g. deleted from disk); returns the removed ids."""
        with self._lock:
            db = self._db()
            with db:
                ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE file_path=?", (str(path),))]
                db.execute("DELETE FROM articles WHERE file_path=?", (str(path),))
                db.execute("DELETE FROM files WHERE path=?", (str(path),))
                self._bump(db)
        return ids

    def set_copies(self, mapping: Mapping[str, str | None]) -> None:
        """Mark articles as syndicated copies of an original (None: an original again)."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        with self._lock:
            db = self._db()
            with db:
                db.executemany("UPDATE articles SET copy_of=? WHERE id=?",
                               [(orig if orig != cid else None, cid) for cid, orig in mapping.items()])
                self._mark_pending(db, list(mapping))
                self._bump(db)

    @staticmethod
    def _mark_pending(db: sqlite3.Connection, ids: Iterable[str]) -> None:
        db.executemany("INSERT OR IGNORE INTO pending_index VALUES (?)", [(i,) for i in ids])

    def pending_index_ids(self) -> list[str]:
        """Ids changed in the store whose index document has not been committed since."""
        return [r[0] for r in self._query("SELECT id FROM pending_index ORDER BY id")]

    def clear_pending(self, ids: Iterable[str]) -> None:
        """Called after the index commit that applied these ids."""
        ids = list(ids)
        with self._lock:
            db = self._db()
            with db:
                for chunk in _chunks(ids):
                    db.execute(f"DELETE FROM pending_index WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    # -- reads ----------------------------------------------------------------------------------------------
    def copy_map(self) -> dict[str, str]:
        """{copy id: original id} for every article currently marked as a syndicated copy."""
        return dict(self._query("SELECT id, copy_of FROM articles WHERE copy_of IS NOT NULL"))

    def file_sha(self, path: str | Path) -> str | None:
        rows = self._query("SELECT sha256 FROM files WHERE path=?", (str(path),))
        return rows[0][0] if rows else None

    def files(self) -> list[dict]:
        rows = self._query("SELECT path, sha256, indexed_at, article_count, dropped FROM files ORDER BY path")
        return [{"path": r[0], "sha256": r[1], "indexed_at": r[2], "article_count": r[3],
                 "dropped": json.loads(r[4] or "{}")} for r in rows]

    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    def get_articles(self, ids: Iterable[str], cards: bool = False) -> list[Article]:
        """Articles in the order of ``ids``; unknown ids are skipped.

        ``cards=True`` is the lighter read for result cards: the same article and paragraph rows, but of
        the mentions only the distinct person/org/place (value, spelling, region, country) combinations,
        in first-mention order, without offsets (what present.entities_summary needs, not per-mention
        highlighting). A page of results then builds a few dozen Mentions instead of every one.
        """
        ids = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        by_id: dict[str, Article] = {}
        for chunk in _chunks(ids):
            by_id.update(self._load(f"IN ({','.join('?' * len(chunk))})", chunk, cards))
        return [by_id[i] for i in ids if i in by_id]

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every article, in id order, loaded ``batch`` at a time so memory stays flat."""
        last = ""
        while True:
            rows = self._query("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
            if not rows:
                return
            ids = [r[0] for r in rows]
            yield from self.get_articles(ids)
            last = ids[-1]

    def _load(self, where: str, args: list, cards: bool = False) -> dict[str, Article]:
        cols = ",".join(f'"{c}"' for c in _ARTICLE_COLS)
        arts: dict[str, Article] = {}
        for r in self._query(f"SELECT {cols} FROM articles WHERE id {where}", args):
            d = dict(zip(_ARTICLE_COLS, r))
            d["metadata"] = json.loads(d["metadata"] or "{}")
            d["origin_position"] = d["origin_position"] or 0
            arts[d["id"]] = Article(paragraphs=[], **d)
        if not arts:
            return arts
        for aid, n, text in self._query(
                f"SELECT article_id, n, text FROM paragraphs WHERE article_id {where} ORDER BY article_id, n", args):
            arts[aid].paragraphs.append(Paragraph(n=n, text=text))
        if cards:
            for aid, kind, value, text, region, country in self._query(
                    "SELECT article_id, kind, value, text, region, country FROM mentions "
                    f"WHERE article_id {where} AND +kind IN ('person', 'org', 'place') "
                    "GROUP BY article_id, kind, value, text, region, country "
                    "ORDER BY article_id, min(rowid)", args):
                arts[aid].mentions.append(Mention(paragraph=0, start=0, end=0, text=text, kind=kind, value=value,
                                                  region=region, country=country))
            return arts
        mcols = ",".join(f'"{c}"' for c in _MENTION_COLS)
        for r in self._query(
                f"SELECT article_id, {mcols} FROM mentions WHERE article_id {where} ORDER BY rowid", args):
            arts[r[0]].mentions.append(Mention(**dict(zip(_MENTION_COLS, r[1:]))))
        return arts

    def heads(self, ids: Iterable[str]) -> dict[str, dict]:
        """Light rows (id, source, site, title, published, copy_of) without paragraphs or mentions."""
        ids = list(dict.fromkeys(i for i in ids if isinstance(i, str)))
        out = {}
        for chunk in _chunks(ids):
            for r in self._query("SELECT id, source, site, title, published, copy_of FROM articles "
                                 f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = dict(zip(("id", "source", "site", "title", "published", "copy_of"), r))
        return out

    def copies_of(self, article_id: str) -> list[dict]:
        """Articles marked as syndicated copies of ``article_id``."""
        return [{"id": r[0], "source": r[1], "site": r[2]} for r in self._query(
            "SELECT id, source, site FROM articles WHERE copy_of=? ORDER BY id", (article_id,))]

    def article_ids(self) -> set[str]:
        return {r[0] for r in self._query("SELECT id FROM articles")}

    def count_articles(self) -> int:
        rows = self._query("SELECT COUNT(*) FROM articles")
        return rows[0][0] if rows else 0

    def known_people(self) -> list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT value FROM mentions WHERE kind='person' ORDER BY value")]

    def dedupe_docs(self, batch: int = 500) -> Iterator[tuple[str, str | None, str | None, str]]:
        """(id, source, published, full text) for the copy detector, streamed."""
        for a in self.iter_articles(batch):
            yield a.id, a.source, a.published, a.text()
