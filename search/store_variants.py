"""The store's table of name variants: which spellings of an entity value search expands a query to.

A mixin of Store (store.py). The indexer replaces the whole table at the end of every run (it is small:
one row per distinct spelling), so removed articles take their spellings with them. Rows are
``(kind, value, variant, origin)``; origin is ``corpus`` (a spelling the indexer merged into the value,
as written), ``romanised`` (a GeoNames alternate name of a place present in the store, in a country
whose names are romanised from Cyrillic) or ``gazetteer`` (a GeoNames alternate name of another place).
"""
from __future__ import annotations

from collections.abc import Iterable

ORIGINS = ("corpus", "romanised", "gazetteer")


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
                if [tuple(r) for r in old] == rows:
                    return len(rows)  # unchanged: readers keep their cached table
                db.execute("DELETE FROM name_variants")
                db.executemany("INSERT INTO name_variants VALUES (?,?,?,?)", rows)
                self._bump(db)
        return len(rows)

    def name_variants(self) -> list[tuple[str, str, str, str]]:
        return [tuple(r) for r in self._query("SELECT kind, value, variant, origin FROM name_variants")]

    def mention_spellings(self, kinds: Iterable[str] = ("person", "org", "place")) -> list[tuple[str, str, str]]:
        """Distinct (kind, canonical value, text as written) of the entity mentions in the store."""
        kinds = list(kinds)
        return [tuple(r) for r in self._query(
            f"SELECT DISTINCT kind, value, text FROM mentions WHERE kind IN ({','.join('?' * len(kinds))})",
            kinds)]

    def place_values(self) -> list[tuple[str, str | None, str | None]]:
        """Distinct (place value, region, country) of the place mentions in the store."""
        return [tuple(r) for r in self._query(
            "SELECT DISTINCT value, region, country FROM mentions WHERE kind='place'")]
