"""The store's syndicated-copy groups: which article is a copy of which original (set by indexer/dedupe.py
and indexer/copy_update.py), and the copy detector's persisted candidate index (schema v7).

A mixin of Store (store.py), like store_files.py and store_variants.py: it uses the Store's connection,
lock, generation bump and pending-index marks. The candidate index is kept here, in the store, because the
store is the source of truth: a removal deletes an article's band rows and pairs in the same transaction
as the article (``_forget_copy_index``, called by Store._delete), so no later run can find a candidate
that is gone, and a crash never leaves the index and the articles disagreeing.
"""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Mapping

from .store_queue import CHUNK, chunks

# A shingle hash is a band when hash % BAND_SAMPLE == 0 (indexer/dedupe.py's SAMPLE is this): persisted in
# copy_bands, so changing it needs a store migration that rebuilds them.
BAND_SAMPLE = 4


def _marks(chunk: list) -> str:
    return ",".join("?" * len(chunk))


def pack_hashes(hashes: Iterable[int]) -> bytes:
    """32-bit shingle hashes as a compact blob: 4 bytes each, sorted."""
    return array("I", sorted(hashes)).tobytes()


def unpack_hashes(blob: bytes) -> list[int]:
    out = array("I")
    out.frombytes(blob)
    return out.tolist()


def bands_of(hashes: Iterable[int]) -> list[int]:
    return [h for h in hashes if h % BAND_SAMPLE == 0]


class CopyGroups:
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

    def copy_map(self) -> dict[str, str]:
        """{copy id: original id} for every article currently marked as a syndicated copy."""
        return dict(self._query("SELECT id, copy_of FROM articles WHERE copy_of IS NOT NULL"))

    def count_copies(self) -> int:
        rows = self._query("SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL")
        return rows[0][0] if rows else 0

    def copies_of(self, article_id: str) -> list[dict]:
        """Articles marked as syndicated copies of ``article_id``."""
        return [{"id": r[0], "source": r[1], "site": r[2]} for r in self._query(
            "SELECT id, source, site FROM articles WHERE copy_of=? ORDER BY id", (article_id,))]

    def dangling_copies(self) -> list[str]:
        """Copies whose original is not in the store (a removal the copy grouping has not caught up with)."""
        return [r[0] for r in self._query("SELECT a.id FROM articles a LEFT JOIN articles o ON o.id = a.copy_of "
                                          "WHERE a.copy_of IS NOT NULL AND o.id IS NULL ORDER BY a.id")]

    def dedupe_docs(self, batch: int = 500) -> Iterator[tuple[str, str | None, str | None, str]]:
        """(id, source, published, full text) for the whole-store copy detector, streamed."""
        for a in self.iter_articles(batch):
            yield a.id, a.source, a.published, a.text()

    # -- the persisted candidate index (schema v7) ------------------------------------------------------------
    def copy_queue(self, table: str, after: str = "", limit: int = CHUNK, unsigned: bool = False) -> list[str]:
        """A page of ids queued in ``copy_pending`` or ``copy_regroup``, in id order after ``after``.
        ``unsigned``: only pending articles that have no signature yet."""
        if table not in ("copy_pending", "copy_regroup"):
            raise ValueError(table)
        join = ("LEFT JOIN copy_sigs s ON s.article_id = q.article_id WHERE s.art IS NULL AND"
                if unsigned else "WHERE")
        return [r[0] for r in self._query(f"SELECT q.article_id FROM {table} q {join} q.article_id > ? "
                                          "ORDER BY q.article_id LIMIT ?", (after, limit))]

    def copy_queue_size(self) -> dict[str, int]:
        """How many articles still wait for their signature, and for their group (``check`` reports it)."""
        return {t: (self._query(f"SELECT COUNT(*) FROM {t}") or [(0,)])[0][0] for t in ("copy_pending", "copy_regroup")}

    def article_texts(self, ids: Iterable[str]) -> dict[str, str]:
        """{id: full text} as Article.text() joins it, without mentions: what the detector reads."""
        ids = list(dict.fromkeys(ids))
        parts: dict[str, list[str]] = {}
        for chunk in chunks(ids):
            for aid, text in self._query(f"SELECT article_id, text FROM paragraphs WHERE article_id IN "
                                         f"({_marks(chunk)}) ORDER BY article_id, n", chunk):
                parts.setdefault(aid, []).append(text)
        present = {r[0] for chunk in chunks(ids)
                   for r in self._query(f"SELECT id FROM articles WHERE id IN ({_marks(chunk)})", chunk)}
        return {i: "\n\n".join(parts.get(i, [])) for i in ids if i in present}

    def put_copy_signatures(self, rows: Iterable[tuple[str, list[int], bool]]) -> None:
        """(article id, shingle hashes, banded): the signature and, when banded, its band rows, in one
        transaction. An article no longer in the store (removed meanwhile) is skipped."""
        rows = list(rows)
        with self._lock:
            db = self._db()
            with db:
                for aid, hashes, banded in rows:
                    if db.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone() is None:
                        continue
                    self._forget_signatures(db, [aid])
                    n = len(hashes)
                    art = db.execute("INSERT INTO copy_sigs (article_id, n, shingles) VALUES (?,?,?)",
                                     (aid, n, pack_hashes(hashes))).lastrowid
                    if banded:
                        db.executemany("INSERT OR IGNORE INTO copy_bands VALUES (?,?,?)",
                                       [(b, art, n) for b in bands_of(hashes)])

    def copy_signatures(self, ids: Iterable[str]) -> dict[str, tuple[int, list[int]]]:
        """{id: (art, sorted shingle hashes)} for articles that have a signature."""
        ids = list(dict.fromkeys(ids))
        out = {}
        for chunk in chunks(ids):
            for aid, art, blob in self._query(f"SELECT article_id, art, shingles FROM copy_sigs "
                                              f"WHERE article_id IN ({_marks(chunk)})", chunk):
                out[aid] = (art, unpack_hashes(blob))
        return out

    def band_candidates(self, art: int, bands: list[int], n: int, *, max_posting: int, sample: int,
                        ratio: tuple[float, float]) -> list[tuple[int, int]]:
        """(art, shared bands) of the articles sharing enough of ``art``'s bands: ``shared * sample >=
        min(n, their shingle count) * ratio[0] / ratio[1]`` (evaluated in that order, as the whole-store
        pass does in Python, so a boundary case rounds the same), counting only bands held by at most ``max_posting`` articles
        (more is boilerplate). The counting runs inside SQLite, one statement per article: a band's size
        is probed with LIMIT max_posting + 1 (a boilerplate posting is never read whole) and only the
        passing candidates come back to Python -- 4x faster than a query per band at 100k articles."""
        probe = ("WITH v(band) AS (VALUES {}) SELECT b.art, b.n, count(*) FROM v JOIN copy_bands b ON b.band = v.band "
                 "WHERE (SELECT count(*) FROM (SELECT 1 FROM copy_bands c WHERE c.band = v.band LIMIT ?)) <= ? "
                 "AND b.art != ? GROUP BY b.art")
        parts = list(chunks(bands, 900)) or [[]]
        if len(parts) == 1:  # the usual case: the test itself in SQL too
            return [(r[0], r[2]) for r in self._query(
                probe.format(",".join(["(?)"] * len(bands)) or "(NULL)") + " HAVING count(*) * ? >= min(?, b.n) * ? / ?",
                [*bands, max_posting + 1, max_posting, art, sample, n, *ratio])]
        shared: dict[int, list[int]] = {}  # a very long article: count over chunks, then test
        for chunk in parts:
            for other, other_n, count in self._query(probe.format(",".join(["(?)"] * len(chunk))),
                                                     [*chunk, max_posting + 1, max_posting, art]):
                shared.setdefault(other, [other_n, 0])[1] += count
        return [(o, c) for o, (on, c) in shared.items() if c * sample >= min(n, on) * ratio[0] / ratio[1]]

    def signature_ids(self, arts: Iterable[int]) -> dict[int, str]:
        """{art: article id}."""
        arts = list(arts)
        out = {}
        for chunk in chunks(arts):
            out.update(self._query(f"SELECT art, article_id FROM copy_sigs WHERE art IN ({_marks(chunk)})", chunk))
        return out

    def add_copy_pairs(self, pairs: Iterable[tuple[str, str]], done: Iterable[str]) -> None:
        """Store verified pairs, queue both ends for regrouping and take ``done`` off the pending queue,
        in one transaction (a crash before it leaves them pending: the next run redoes them)."""
        pairs = [(min(a, b), max(a, b)) for a, b in pairs]
        done = list(done)
        with self._lock:
            db = self._db()
            with db:
                db.executemany("INSERT OR IGNORE INTO copy_pairs VALUES (?,?)", pairs)
                db.executemany("INSERT OR IGNORE INTO copy_regroup VALUES (?)",
                               [(i,) for i in {*done, *(x for p in pairs for x in p)}])
                for chunk in chunks(done):
                    db.execute(f"DELETE FROM copy_pending WHERE article_id IN ({_marks(chunk)})", chunk)

    def copy_neighbours(self, ids: Iterable[str]) -> dict[str, set[str]]:
        """{id: the articles it was verified as a copy with}."""
        ids = list(ids)
        out: dict[str, set[str]] = {i: set() for i in ids}
        for chunk in chunks(ids):
            m = _marks(chunk)
            for a, b in self._query(f"SELECT a, b FROM copy_pairs WHERE a IN ({m}) UNION "
                                    f"SELECT a, b FROM copy_pairs WHERE b IN ({m})", [*chunk, *chunk]):
                if a in out:
                    out[a].add(b)
                if b in out:
                    out[b].add(a)
        return out

    def group_heads(self, ids: Iterable[str]) -> dict[str, tuple[str | None, int, str | None]]:
        """{id: (published, shingle count, copy_of)}: what choosing a group's original needs."""
        ids = list(ids)
        out = {}
        for chunk in chunks(ids):
            out.update((r[0], (r[1], r[2] or 0, r[3])) for r in self._query(
                f"SELECT a.id, a.published, s.n, a.copy_of FROM articles a "
                f"LEFT JOIN copy_sigs s ON s.article_id = a.id WHERE a.id IN ({_marks(chunk)})", chunk))
        return out

    def regrouped(self, ids: Iterable[str], changes: Mapping[str, str | None]) -> None:
        """Apply a regroup's copy_of changes and take ``ids`` off the regroup queue, in one transaction."""
        ids = list(ids)
        with self._lock:
            db = self._db()
            with db:
                if changes:
                    db.executemany("UPDATE articles SET copy_of=? WHERE id=?",
                                   [(orig if orig != cid else None, cid) for cid, orig in changes.items()])
                    self._mark_pending(db, list(changes))
                    self._bump(db)
                for chunk in chunks(ids):
                    db.execute(f"DELETE FROM copy_regroup WHERE article_id IN ({_marks(chunk)})", chunk)

    @staticmethod
    def _forget_signatures(db: sqlite3.Connection, ids: list[str]) -> None:
        """Delete the signatures and exactly their band rows (the blob lists them: no scan of copy_bands)."""
        for art, blob in db.execute(f"SELECT art, shingles FROM copy_sigs WHERE article_id IN ({_marks(ids)})", ids):
            db.executemany("DELETE FROM copy_bands WHERE band=? AND art=?",
                           [(b, art) for b in bands_of(unpack_hashes(blob))])
        db.execute(f"DELETE FROM copy_sigs WHERE article_id IN ({_marks(ids)})", ids)

    @staticmethod
    def _forget_copy_index(db: sqlite3.Connection, ids: list[str]) -> None:
        """Articles being deleted (removed, or about to be rewritten): drop their signature, band rows,
        pairs and queue entries, and queue the articles they were copies with for regrouping (a removed
        link may split a group). Called by Store._delete in the deleting transaction."""
        if not ids:
            return
        CopyGroups._forget_signatures(db, ids)
        m = _marks(ids)
        gone = set(ids)
        neighbours = {x for r in db.execute(f"SELECT a, b FROM copy_pairs WHERE a IN ({m}) UNION "
                                            f"SELECT a, b FROM copy_pairs WHERE b IN ({m})", [*ids, *ids])
                      for x in r} - gone
        db.execute(f"DELETE FROM copy_pairs WHERE a IN ({m})", ids)
        db.execute(f"DELETE FROM copy_pairs WHERE b IN ({m})", ids)
        db.execute(f"DELETE FROM copy_pending WHERE article_id IN ({m})", ids)
        db.execute(f"DELETE FROM copy_regroup WHERE article_id IN ({m})", ids)
        db.executemany("INSERT OR IGNORE INTO copy_regroup VALUES (?)", [(i,) for i in sorted(neighbours)])
