"""The store's syndicated-copy groups: which article is a copy of which original (set by indexer/dedupe.py).

A mixin of Store (store.py), like store_files.py and store_variants.py: it uses the Store's connection,
lock, generation bump and pending-index marks.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping


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

    def copies_of(self, article_id: str) -> list[dict]:
        """Articles marked as syndicated copies of ``article_id``."""
        return [{"id": r[0], "source": r[1], "site": r[2]} for r in self._query(
            "SELECT id, source, site FROM articles WHERE copy_of=? ORDER BY id", (article_id,))]

    def dangling_copies(self) -> list[str]:
        """Copies whose original is not in the store (a removal the copy grouping has not caught up with)."""
        return [r[0] for r in self._query("SELECT a.id FROM articles a LEFT JOIN articles o ON o.id = a.copy_of "
                                          "WHERE a.copy_of IS NOT NULL AND o.id IS NULL ORDER BY a.id")]

    def dedupe_docs(self, batch: int = 500) -> Iterator[tuple[str, str | None, str | None, str]]:
        """(id, source, published, full text) for the copy detector, streamed."""
        for a in self.iter_articles(batch):
            yield a.id, a.source, a.published, a.text()
