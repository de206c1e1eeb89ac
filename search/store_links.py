"""The store's table of an indexing run's pre-link mentions (``run_links``, schema version 10).

A mixin of Store (store.py). The corpus pass that links names across articles (indexer/entities/linking.py)
reads every article it is given at once; a run writes its articles in chunks, so linked chunk by chunk an
archive of 1,300 articles would get three separate readings and, say, "Drexel Burnham Lambert" in one chunk
and "Drexel Burnham Lambert Inc" in another as two facet values. The run keeps each article's mentions as
they were before linking here, in the same transaction as the article, and at its end links the whole run
from them (indexer/run_links.py) and stores what changed; a run killed before that leaves its rows for the
next run (or ``newsfacet reindex``) to link. The rows are then deleted:
they are scratch for one run, not a second copy of the archive, so the run costs what it adds (issue 18).
Here too: what a run's link meets of earlier runs, the archive's faceted people and organisations.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from .model import FACETED_SQL, Article, Mention
from .store_queue import chunks

MENTION_COLS = (
    "paragraph", "start", "end", "text", "kind", "value", "region", "country", "date_end", "granularity", "label",
)


def _encode(mentions: list[Mention]) -> str:
    return json.dumps([[getattr(m, c) for c in MENTION_COLS] for m in mentions], ensure_ascii=False)


def _decode(text: str) -> list[Mention]:
    return [Mention(**dict(zip(MENTION_COLS, row))) for row in json.loads(text)]


class RunLinks:
    @staticmethod
    def _keep_unlinked(db: sqlite3.Connection, prelinked: Mapping[str, list[Mention]]) -> None:
        """Called by write_file inside its transaction, for the articles it just inserted."""
        db.executemany("INSERT OR REPLACE INTO run_links (article_id, mentions) VALUES (?, ?)",
                       [(aid, _encode(mentions)) for aid, mentions in prelinked.items()])

    def unlinked_count(self) -> int:
        rows = self._query("SELECT count(*) FROM run_links")
        return rows[0][0] if rows else 0

    def unlinked_articles(self) -> list[Article]:
        """The articles with run_links rows, in the order they were written, each with its pre-link mentions."""
        rows = self._query("SELECT article_id, mentions FROM run_links ORDER BY seq")
        stored = {a.id: a for a in self.get_articles([r[0] for r in rows])}
        out = []
        for aid, text in rows:
            if (article := stored.get(aid)) is not None:
                article.mentions = _decode(text)
                out.append(article)
        return out

    def settle_links(self, linked: Mapping[str, list[Mention]]) -> list[str]:
        """Store each article's linked mentions where they differ from the stored ones and delete the run's
        rows, in one transaction; returns the ids whose mentions changed (queued for the index)."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        cols = ",".join(f'"{c}"' for c in MENTION_COLS)
        changed: list[str] = []
        with self._lock:
            db = self._db()
            with db:
                for aid, mentions in linked.items():
                    rows = [(aid, *(getattr(m, c) for c in MENTION_COLS)) for m in mentions]
                    old = db.execute(f"SELECT article_id, {cols} FROM mentions WHERE article_id=? ORDER BY rowid",
                                     (aid,)).fetchall()
                    if old == rows or not db.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
                        continue
                    db.execute("DELETE FROM mentions WHERE article_id=?", (aid,))
                    db.executemany(f"INSERT INTO mentions VALUES ({','.join('?' * (len(MENTION_COLS) + 1))})", rows)
                    changed.append(aid)
                for chunk in chunks(list(linked)):
                    db.execute(f"DELETE FROM run_links WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
                if changed:
                    self._mark_pending(db, changed)
                    self._bump(db)
        return changed

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

    def forget_unlinked(self) -> None:
        """The run's own chunk linking was already the whole run's (it was one chunk): nothing to redo."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        with self._lock:
            db = self._db()
            with db:
                db.execute("DELETE FROM run_links")
