"""The store's queue of articles whose index document is behind the store (table ``pending_index``).

A mixin of Store (store.py), kept apart so each module holds one concept. Every store write queues the ids
it touched in the same transaction as the write, so a crash before the index commit is finished by the
next run; the index clears them only after its commit applied them (search/index.py).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

# SQLite's host-parameter limit is large nowadays, but chunking keeps every statement small and portable.
CHUNK = 500


def chunks(seq: list, n: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class PendingIndex:
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
                for chunk in chunks(ids):
                    db.execute(f"DELETE FROM pending_index WHERE id IN ({','.join('?' * len(chunk))})", chunk)
