"""The store's table of name variants: which spellings of an entity value search expands a query to.

A mixin of Store (store.py). A run that removed articles (and ``newsfacet reindex``) replaces the whole
table, so removed articles take their spellings with them; a run that only added articles inserts the
rows of the new articles' mentions (issue 18: rebuilding from every mention cost seconds per run at 100k). Rows are
``(kind, value, variant, origin)``; origin is ``corpus`` (a spelling the indexer merged into the value,
as written), ``romanised`` (a GeoNames alternate name of a place present in the store, in a country
whose names are romanised from Cyrillic) or ``gazetteer`` (a GeoNames alternate name of another place).
"""
from __future__ import annotations

from collections.abc import Iterable

from .model import FACETED_SQL

ORIGINS = ("corpus", "romanised", "gazetteer")
_CHUNK = 500  # ids per IN (...): under SQLite's bound-parameter limit
_BEHIND = "name_variants_behind"  # meta key: a run began writing articles; cleared with the table's update


class NameVariants:
    def replace_name_variants(self, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """Replace every row in one transaction; bumps the generation so readers reload. Returns the count."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        rows = sorted(set(rows))
        with self._lock:
            db = self._db()
            with db:
                old = db.execute("SELECT kind, value, variant, origin FROM name_variants "
                                 "ORDER BY kind, value, variant, origin").fetchall()
                db.execute("DELETE FROM meta WHERE key=?", (_BEHIND,))
                if [tuple(r) for r in old] == rows:
                    return len(rows)  # unchanged: readers keep their cached table
                db.execute("DELETE FROM name_variants")
                db.executemany("INSERT INTO name_variants VALUES (?,?,?,?)", rows)
                self._bump(db)
        return len(rows)

    def add_name_variants(self, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """Insert the rows the table lacks (in one transaction); bumps the generation only when one was
        new, so a run that added no new spelling leaves readers' cached table alone. Returns how many."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        rows = sorted(set(rows))
        with self._lock:
            db = self._db()
            with db:
                before = db.total_changes
                db.executemany("INSERT OR IGNORE INTO name_variants VALUES (?,?,?,?)", rows)
                added = db.total_changes - before
                db.execute("DELETE FROM meta WHERE key=?", (_BEHIND,))
                if added:
                    self._bump(db)
        return added

    def mark_name_variants_behind(self) -> bool:
        """Note that articles are about to be written before the table is updated; returns whether an
        earlier run had noted it and never updated the table (it was killed): its articles' rows are
        missing, and only a full rebuild finds them, since its files will not be written again."""
        if self.readonly:
            raise RuntimeError("store opened read-only")
        with self._lock:
            db = self._db()
            with db:
                was = db.execute("SELECT 1 FROM meta WHERE key=?", (_BEHIND,)).fetchone() is not None
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (_BEHIND,))
        return was

    def has_name_variants(self) -> bool:
        return bool(self._query("SELECT 1 FROM name_variants LIMIT 1"))

    def name_variants(self) -> list[tuple[str, str, str, str]]:
        return [tuple(r) for r in self._query("SELECT kind, value, variant, origin FROM name_variants")]

    def mention_spellings(self, kinds: Iterable[str] = ("person", "org", "place"),
                          article_ids: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
        """Distinct (kind, canonical value, text as written) of the entity mentions in the store, or only
        in the given articles; not those labelled NO_FACET, whose values are no facet value to expand to."""
        kinds = list(kinds)
        sql = (f"SELECT DISTINCT kind, value, text FROM mentions WHERE {FACETED_SQL} "
               f"AND {{kind}} IN ({','.join('?' * len(kinds))})")
        return self._distinct(sql, kinds, article_ids)

    def place_values(self, article_ids: Iterable[str] | None = None) -> list[tuple[str, str | None, str | None]]:
        """Distinct (place value, region, country) of the place mentions in the store (not NO_FACET), or only
        in the given articles."""
        return self._distinct(f"SELECT DISTINCT value, region, country FROM mentions WHERE {FACETED_SQL} "
                              "AND {kind}='place'", [],
                              article_ids)

    def _distinct(self, sql: str, params: list, article_ids: Iterable[str] | None) -> list[tuple]:
        if article_ids is None:
            return [tuple(r) for r in self._query(sql.format(kind="kind"), params)]
        # "+kind" keeps SQLite off the (kind, value) index, which would scan every mention of the kind;
        # the article's own index (mentions_paragraph) reads only the given articles' rows
        sql = sql.format(kind="+kind")
        ids = sorted(set(article_ids))
        out: set[tuple] = set()
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            out.update(tuple(r) for r in self._query(
                f"{sql} AND article_id IN ({','.join('?' * len(chunk))})", [*params, *chunk]))
        return sorted(out, key=repr)
