"""The store's list of the articles an indexing run stored unlinked (``run_links``, schema version 10).

A mixin of Store (store.py). The corpus pass that links names across articles (indexer/entities/linking.py)
reads every article it is given at once; a run writes its articles in chunks, so linked chunk by chunk an
archive of 1,300 articles would get three separate readings and, say, "Drexel Burnham Lambert" in one chunk
and "Drexel Burnham Lambert Inc" in another as two facet values. A run of several chunks stores each article
with its mentions as tagged and names it here, in the article's transaction; at its end it links them all
(indexer/run_links.py) and stores what changed, deleting the rows; a run killed before that leaves its rows
for the next run (or ``newsfacet reindex``) to link. Here too: what a run's link meets of earlier runs, the
archive's faceted people and organisations.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

from .model import FACETED_SQL, Article, Mention
from .store_queue import chunks

MENTION_COLS = (
    "paragraph", "start", "end", "text", "kind", "value", "region", "country", "date_end", "granularity", "label",
)


class RunLinks:
    @staticmethod
    def _mark_unlinked(db: sqlite3.Connection, ids: list[str]) -> None:
        """Called by write_file inside its transaction, for the articles it just inserted."""
        db.executemany("INSERT OR IGNORE INTO run_links (article_id) VALUES (?)", [(i,) for i in ids])

    def unlinked_count(self) -> int:
        rows = self._query("SELECT count(*) FROM run_links")
        return rows[0][0] if rows else 0

    def unlinked_articles(self) -> list[Article]:
        """The articles stored unlinked, in the order they were written (their mentions are as tagged)."""
        return self.get_articles(r[0] for r in self._query("SELECT article_id FROM run_links ORDER BY seq"))

    def settle_links(self, changed: Mapping[str, list[Mention]], linked: Iterable[str]) -> None:
        """Store the ``changed`` articles' linked mentions and forget the ``linked`` ones' rows, in one
        transaction; the changed articles are queued for the index."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        insert = f"INSERT INTO mentions VALUES ({','.join('?' * (len(MENTION_COLS) + 1))})"
        with self._lock:
            db = self._db()
            with db:
                for aid, mentions in changed.items():
                    db.execute("DELETE FROM mentions WHERE article_id=?", (aid,))
                    db.executemany(insert, [(aid, *(getattr(m, c) for c in MENTION_COLS)) for m in mentions])
                for chunk in chunks(list(linked)):
                    db.execute(f"DELETE FROM run_links WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
                if changed:
                    self._mark_pending(db, list(changed))
                    self._bump(db)

    def known_orgs(self) -> list[str]:
        """Faceted organisation values (org_values, kept by triggers: migrations v11)."""
        return [r[0] for r in self._query("SELECT value FROM org_values WHERE n > 0 ORDER BY value")]

    def known_before_unlinked(self, kind: str) -> set[str]:
        """known_people / known_orgs without what only the articles a killed run left unlinked gave them
        (this table): the archive those articles' run met, so linking them now reads them as it would have."""
        if kind not in ("person", "org"):
            raise ValueError(f"no table of known {kind!r} values")
        counts = dict(self._query(f"SELECT value, n FROM {kind}_values WHERE n > 0"))
        for value, n in self._query(
                "SELECT m.value, count(*) FROM mentions m JOIN run_links r ON r.article_id = m.article_id "
                f"WHERE m.kind = ? AND m.{FACETED_SQL} GROUP BY m.value", (kind,)):
            counts[value] = counts.get(value, 0) - n
        return {v for v, n in counts.items() if n > 0}
