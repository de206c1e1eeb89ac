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
from dataclasses import dataclass, field
from pathlib import Path

from . import migrations
from .facet_registry import COLUMN_FACETS
from .model import FACETED_SQL, Article, Mention, Paragraph
from .store_copies import CopyGroups
from .store_files import FileTable, now_iso
from .store_links import MENTION_COLS, RunLinks
from .store_queue import CHUNK, PendingIndex, chunks
from .store_variants import NameVariants

SCHEMA_VERSION = migrations.latest()
STORE_FILE = "store.sqlite3"

_ARTICLE_COLS = (
    "id", "title", "source", "site", "published", "published_source", "url", "byline", "dateline", "note",
    "title_source", "origin_path", "origin_sha256", "origin_position", "extractor", "copy_of", "metadata",
    "record_key",
)
# A facet that owns a column (search/facet_registry.py) keeps its values there as a JSON list; NULL means
# its producer has not run for the article yet (a store from before the facet existed).
_FACET_COLS = tuple(f.column for f in COLUMN_FACETS)


_CHUNK = CHUNK


@dataclass
class FileWrite:
    changed: list[str]  # ids added or updated
    removed: list[str]  # ids the file no longer has
    refused: list[tuple[str, str]] = field(default_factory=list)  # (id, path of the file that owns it)


class StoreOutdated(sqlite3.DatabaseError):
    """A read-only open found an older schema it could not upgrade."""


def _facet_cell(a: Article, facet: str) -> str | None:
    values = a.facet_values.get(facet)
    return None if values is None else json.dumps(list(values), ensure_ascii=False)


def _column_of(facet: str) -> str:
    for f in COLUMN_FACETS:
        if f.name == facet:
            return f.column
    raise KeyError(f"facet {facet!r} has no store column")


class Store(FileTable, NameVariants, CopyGroups, PendingIndex, RunLinks):
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
            try:
                migrations.upgrade(conn)
            except migrations.StoreTooNew:
                conn.close()
                raise
        elif (found := migrations.version(conn)) > SCHEMA_VERSION:
            conn.close()
            raise migrations.StoreTooNew(f"the store has schema version {found}, newer than this newsfacet "
                                         f"knows ({SCHEMA_VERSION}): upgrade newsfacet to read it")
        elif 0 < found < SCHEMA_VERSION:
            conn.close()  # a store of an older newsfacet: upgrade it once, then read it as usual
            conn = self._upgraded_readonly()
        self._conn = conn
        return conn

    def _upgraded_readonly(self) -> sqlite3.Connection:
        try:
            writer = sqlite3.connect(self.path, timeout=30)
            try:
                migrations.upgrade(writer)
            finally:
                writer.close()
        except sqlite3.Error as exc:
            raise StoreOutdated(f"the store is from an older newsfacet and could not be upgraded here ({exc}); "
                                "run `newsfacet check` or `newsfacet index` once as its owner") from exc
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
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

    def index_mark(self) -> dict:
        """{"store", "seq"}: this store's identity and its count of index-relevant changes (migration v8),
        which an index commit records so the next run can tell nothing changed since (search/index_mark.py)."""
        rows = dict(self._query("SELECT key, value FROM meta WHERE key IN ('store_uid', 'index_seq')"))
        return {"store": rows.get("store_uid"), "seq": int(rows.get("index_seq") or 0)}

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
        """``write_file`` for callers that only need (added or updated ids, removed ids)."""
        result = self.write_file(path, sha256, articles, dropped)
        return result.changed, result.removed

    def write_file(self, path: str | Path, sha256: str, articles: Iterable[Article],
                   dropped: Mapping[str, int] | None = None, *, uid: str | None = None,
                   fs_path: bytes | None = None, unlinked: bool = False) -> FileWrite:
        """Replace everything that came from ``path`` in one transaction.

        ``unlinked``: the articles' mentions are as tagged, before the run's corpus pass, which links all the
        run's articles together at its end (store_links.py).

        An id that already belongs to another file's article is refused, never taken over: one file can
        neither overwrite nor steal another's article (the pipeline scopes ids to their file, so only a
        harvester's global ids can meet here; the caller reports the refusals).
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
                owners = self._owners(db, list(unique))
                refused = [(i, owners[i]) for i in unique if owners.get(i, path) != path]
                for i, _ in refused:
                    del unique[i]
                old = {r[0] for r in db.execute("SELECT id FROM articles WHERE file_path=?", (path,))}
                removed = sorted(old - unique.keys())
                first_indexed = self._indexed_at(db, list(unique))  # an updated article keeps its first time
                orphaned = self._delete(db, [*removed, *unique])
                now = now_iso("microseconds")  # two runs in one second must still order their articles
                for a in unique.values():
                    self._insert(db, a, path, sha256)
                if unlinked:
                    self._mark_unlinked(db, list(unique))
                db.executemany("UPDATE articles SET indexed_at=? WHERE id=?",
                               [(first_indexed.get(i) or now, i) for i in unique])
                self._mark_pending(db, [*removed, *unique, *orphaned])
                row = db.execute("SELECT uid FROM files WHERE path=?", (path,)).fetchone()
                db.execute(
                    "INSERT OR REPLACE INTO files (path, sha256, indexed_at, article_count, dropped, uid, fs_path) "
                    "VALUES (?,?,?,?,?,?,?)",
                    (path, sha256, now_iso(), len(unique), json.dumps(dict(dropped or {}), sort_keys=True),
                     uid or (row[0] if row else None) or migrations.file_uid(path), fs_path),
                )
                self._bump(db)
        return FileWrite(list(unique), removed, refused)

    @staticmethod
    def _owners(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
        owners: dict[str, str] = {}
        for chunk in chunks(ids):
            owners.update(db.execute(
                f"SELECT id, file_path FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
        return owners

    @staticmethod
    def _indexed_at(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in chunks(ids):
            out.update(db.execute(f"SELECT id, indexed_at FROM articles WHERE id IN ({','.join('?' * len(chunk))}) "
                                  "AND indexed_at IS NOT NULL", chunk).fetchall())
        return out

    @staticmethod
    def _delete(db: sqlite3.Connection, ids: list[str]) -> list[str]:
        """Delete articles; copies of a deleted original become originals again (a copy group never points
        at an article that is gone). Returns those orphaned copies, whose index documents changed too."""
        orphaned: list[str] = []
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            orphaned += [r[0] for r in db.execute(f"SELECT id FROM articles WHERE copy_of IN ({marks})", chunk)]
            db.execute(f"UPDATE articles SET copy_of=NULL WHERE copy_of IN ({marks})", chunk)
            CopyGroups._forget_copy_index(db, chunk)  # its band rows and pairs leave with it
            db.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)
        return sorted(set(orphaned) - set(ids))

    @staticmethod
    def _insert(db: sqlite3.Connection, a: Article, path: str, sha256: str) -> None:
        row = (
            a.id, a.title, a.source, a.site, a.published, a.published_source, a.url, a.byline, a.dateline,
            a.note, a.title_source, a.origin_path or path, a.origin_sha256 or sha256, a.origin_position,
            a.extractor, a.copy_of, json.dumps(a.metadata or {}, ensure_ascii=False, default=str),
            a.record_key, *(_facet_cell(a, f.name) for f in COLUMN_FACETS), path,
        )
        cols = ",".join(f'"{c}"' for c in (*_ARTICLE_COLS, *_FACET_COLS, "file_path"))
        db.execute(f"INSERT INTO articles ({cols}) VALUES ({','.join('?' * len(row))})", row)
        db.executemany("INSERT INTO paragraphs VALUES (?,?,?)", [(a.id, p.n, p.text) for p in a.paragraphs])
        db.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, m.paragraph, m.start, m.end, m.text, m.kind, m.value, m.region, m.country, m.date_end,
              m.granularity, m.label) for m in a.mentions],
        )

    def unproduced(self, facet: str, limit: int = _CHUNK) -> list[str]:
        """Ids of articles whose column for ``facet`` is NULL: stored before the facet existed."""
        column = _column_of(facet)
        return [r[0] for r in self._query(f'SELECT id FROM articles WHERE "{column}" IS NULL ORDER BY id LIMIT ?',
                                          (limit,))]

    def set_facet_values(self, facet: str, values: Mapping[str, list[str]]) -> None:
        """Store produced values of a column facet (``{article id: values}``) and queue the index update."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        column = _column_of(facet)
        with self._lock:
            db = self._db()
            with db:
                db.executemany(f'UPDATE articles SET "{column}"=? WHERE id=?',
                               [(json.dumps(list(v), ensure_ascii=False), aid) for aid, v in values.items()])
                self._mark_pending(db, list(values))
                self._bump(db)

    # -- reads ----------------------------------------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    def get_articles(self, ids: Iterable[str], cards: bool = False) -> list[Article]:
        """Articles in the order of ``ids``; unknown ids are skipped.

        ``cards=True`` is the lighter read for result cards: the same article and paragraph rows, but of
        the mentions only the distinct person/org/place (value, spelling, region, country) combinations,
        in first-mention order, without offsets (what present.entities_summary needs, not per-mention
        highlighting), and not those labelled NO_FACET (their label is not read here, and a card lists facet
        values only). A page of results then builds a few dozen Mentions instead of every one.
        """
        ids = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        by_id: dict[str, Article] = {}
        for chunk in chunks(ids):
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
        cols = ",".join(f'"{c}"' for c in (*_ARTICLE_COLS, *_FACET_COLS))
        arts: dict[str, Article] = {}
        for r in self._query(f"SELECT {cols} FROM articles WHERE id {where}", args):
            d = dict(zip(_ARTICLE_COLS, r))
            d["metadata"] = json.loads(d["metadata"] or "{}")
            d["origin_position"] = d["origin_position"] or 0
            produced = {f.name: json.loads(cell) for f, cell in zip(COLUMN_FACETS, r[len(_ARTICLE_COLS):])
                        if cell is not None}
            arts[d["id"]] = Article(paragraphs=[], facet_values=produced, **d)
        if not arts:
            return arts
        for aid, n, text in self._query(
                f"SELECT article_id, n, text FROM paragraphs WHERE article_id {where} ORDER BY article_id, n", args):
            arts[aid].paragraphs.append(Paragraph(n=n, text=text))
        if cards:
            for aid, kind, value, text, region, country in self._query(
                    "SELECT article_id, kind, value, text, region, country FROM mentions "
                    f"WHERE article_id {where} AND +kind IN ('person', 'org', 'place') AND {FACETED_SQL} "
                    "GROUP BY article_id, kind, value, text, region, country "
                    "ORDER BY article_id, min(rowid)", args):
                arts[aid].mentions.append(Mention(paragraph=0, start=0, end=0, text=text, kind=kind, value=value,
                                                  region=region, country=country))
            return arts
        mcols = ",".join(f'"{c}"' for c in MENTION_COLS)
        for r in self._query(
                f"SELECT article_id, {mcols} FROM mentions WHERE article_id {where} ORDER BY rowid", args):
            arts[r[0]].mentions.append(Mention(**dict(zip(MENTION_COLS, r[1:]))))
        return arts

    def heads(self, ids: Iterable[str]) -> dict[str, dict]:
        """Light rows (id, source, site, title, published, copy_of) without paragraphs or mentions."""
        ids = list(dict.fromkeys(i for i in ids if isinstance(i, str)))
        out = {}
        for chunk in chunks(ids):
            for r in self._query("SELECT id, source, site, title, published, copy_of FROM articles "
                                 f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = dict(zip(("id", "source", "site", "title", "published", "copy_of"), r))
        return out

    def record_key_owners(self, keys: Iterable[str], path: str) -> dict[str, str]:
        """{record key: another file holding an article with it}: clashes to report, kept apart by scoping."""
        keys = list(dict.fromkeys(keys))
        out: dict[str, str] = {}
        for chunk in chunks(keys):
            out.update(self._query(f"SELECT record_key, min(file_path) FROM articles WHERE record_key IN "
                                   f"({','.join('?' * len(chunk))}) AND file_path != ? GROUP BY record_key",
                                   [*chunk, path]))
        return out

    def ids_by_record_key(self, key: str, limit: int = 2) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM articles WHERE record_key=? ORDER BY id LIMIT ?",
                                          (key, limit))]

    def indexed_order(self) -> list[tuple[str, str]]:
        """(id, first indexed at) of every article, newest first (ties by id, so the order is stable):
        the order of a search's Atom feed."""
        return self._query("SELECT id, indexed_at FROM articles ORDER BY indexed_at DESC, id")

    def article_ids(self) -> set[str]:
        return {r[0] for r in self._query("SELECT id FROM articles")}

    def count_articles(self) -> int:
        rows = self._query("SELECT COUNT(*) FROM articles")
        return rows[0][0] if rows else 0

    def known_people(self) -> list[str]:
        # faceted values only: a name the tagger's evidence gates left out of the facet is no known person
        # (indexer/entities/person_evidence.py), or the next indexing run would take it as shown
        # person_values is kept by triggers (search/migrations.py v9): no scan of every person mention
        return [r[0] for r in self._query("SELECT value FROM person_values WHERE n > 0 ORDER BY value")]
