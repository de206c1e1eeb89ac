"""The store's table of indexed files: which files are known, by which key, and removing or moving them.

A mixin of Store (store.py), kept apart so each module holds one concept. File keys are resolved real
paths as text (indexer/paths.py); ``fs_path`` keeps the exact bytes of a name that is not valid UTF-8.
"""
from __future__ import annotations

import json
from datetime import UTC, datetime


def now_iso(timespec: str = "seconds") -> str:
    return datetime.now(UTC).isoformat(timespec=timespec)


class FileTable:
    def remove_file(self, path: str) -> list[str]:
        """Forget a file and its articles (e.g. deleted from disk) in one transaction; returns the removed
        ids. They are queued for the index in the same transaction, so a crash before the index commit is
        finished by the next run."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        with self._lock:
            db = self._db()
            with db:
                ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE file_path=?", (path,))]
                orphaned = self._delete(db, ids)
                db.execute("DELETE FROM files WHERE path=?", (path,))
                self._mark_pending(db, [*ids, *orphaned])
                self._bump(db)
        return ids

    def move_file(self, old: str, new: str, fs_path: bytes | None, origin_path: str | None) -> list[str]:
        """A file renamed or moved with the same content: its articles keep their ids (no NLP again) and
        only their provenance follows it. Returns the article ids (their index documents changed)."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        with self._lock:
            db = self._db()
            with db:
                ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE file_path=?", (old,))]
                db.execute("UPDATE articles SET file_path=?, origin_path=COALESCE(?, origin_path) WHERE file_path=?",
                           (new, origin_path, old))
                db.execute("UPDATE files SET path=?, fs_path=?, indexed_at=? WHERE path=?", (new, fs_path, now_iso(), old))
                self._mark_pending(db, ids)
                self._bump(db)
        return ids

    def file_sha(self, path: str) -> str | None:
        rows = self._query("SELECT sha256 FROM files WHERE path=?", (path,))
        return rows[0][0] if rows else None

    def files(self) -> list[dict]:
        rows = self._query("SELECT path, sha256, indexed_at, article_count, dropped, uid, fs_path FROM files "
                           "ORDER BY path")
        return [{"path": r[0], "sha256": r[1], "indexed_at": r[2], "article_count": r[3],
                 "dropped": json.loads(r[4] or "{}"), "uid": r[5], "fs_path": r[6]} for r in rows]

    def file_row(self, path: str) -> dict | None:
        rows = self._query("SELECT sha256, uid FROM files WHERE path=?", (path,))
        return {"sha256": rows[0][0], "uid": rows[0][1]} if rows else None

    def files_with_sha(self, sha256: str) -> list[dict]:
        """Files stored with this content (where a moved file may have come from)."""
        return [{"path": r[0], "fs_path": r[1]}
                for r in self._query("SELECT path, fs_path FROM files WHERE sha256=? ORDER BY path", (sha256,))]

    def files_under(self, folder: str) -> list[dict]:
        """Stored files at or below ``folder`` (a path key), for finding the ones that vanished."""
        prefix = folder.rstrip("/") + "/"
        return [{"path": r[0], "fs_path": r[1]} for r in self._query(
            "SELECT path, fs_path FROM files WHERE path=? OR substr(path, 1, ?)=? ORDER BY path",
            (folder, len(prefix), prefix))]
