"""What an indexing run reads from the store before it tags (search/migrations.py v9, issue 18): the
known people and the articles a column facet never produced, answered from kept tables and indexes that
agree with a scan of the whole store after every kind of write, not by scanning it."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from search import migrations
from search.model import FACETED_SQL, NO_FACET
from search.store import Store
from search.testing import art

V1 = Path(__file__).resolve().parent / "fixtures" / "store_v1.sqlite3"


def _scanned_people(store_dir: Path) -> list[str]:
    """The pre-v9 answer: every faceted person value, by a scan of the mentions."""
    db = sqlite3.connect(store_dir / "store.sqlite3")
    try:
        return [r[0] for r in db.execute(
            f"SELECT DISTINCT value FROM mentions WHERE kind='person' AND {FACETED_SQL} ORDER BY value")]
    finally:
        db.close()


def _people(aid: str, *names: str, gated: tuple[str, ...] = ()) -> object:
    text = " and ".join(names + gated) + " spoke."
    mentions = [(0, n, "person", n) for n in names]
    mentions += [(0, n, "person", n, {"label": NO_FACET}) for n in gated]
    return art(aid, f"Story {aid}", [text], mentions)


def test_known_people_follow_inserts_rewrites_removals_and_gated_mentions(tmp_path):
    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_people("a1", "Ann Lee", "Bo Diaz"), _people("a2", "Ann Lee")], {})
        store.replace_file("b.jsonl", "1", [_people("b1", "Cy Ray", gated=("Dee Fox",))], {})
        assert store.known_people() == ["Ann Lee", "Bo Diaz", "Cy Ray"] == _scanned_people(tmp_path)
        # a rewrite of a file drops its old mentions (Bo Diaz had no other article) and adds new ones
        store.replace_file("a.jsonl", "2", [_people("a2", "Ann Lee", "Eve Sun")], {})
        assert store.known_people() == ["Ann Lee", "Cy Ray", "Eve Sun"] == _scanned_people(tmp_path)
        # removing a file deletes its articles; the cascade to their mentions keeps the counts
        store.remove_file("b.jsonl")
        assert store.known_people() == ["Ann Lee", "Eve Sun"] == _scanned_people(tmp_path)
        store.remove_file("a.jsonl")
        assert store.known_people() == [] == _scanned_people(tmp_path)


def test_a_mention_updated_in_place_moves_its_count(tmp_path):
    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_people("a1", "Ann Lee", "Bo Diaz")], {})
    db = sqlite3.connect(tmp_path / "store.sqlite3")
    with db:
        db.execute(f"UPDATE mentions SET label='{NO_FACET}' WHERE value='Bo Diaz'")
        db.execute("UPDATE mentions SET value='Ann B. Lee' WHERE value='Ann Lee'")
    db.close()
    with Store(tmp_path) as store:
        assert store.known_people() == ["Ann B. Lee"] == _scanned_people(tmp_path)


def test_the_upgrade_counts_the_people_already_stored(tmp_path, monkeypatch):
    """A store written before v9 (its mentions in place, no table) gets the table filled by the upgrade."""
    shutil.copy(V1, tmp_path / "store.sqlite3")
    before_v9 = {v: f for v, f in migrations.UPGRADES.items() if v < 9}
    monkeypatch.setattr(migrations, "UPGRADES", before_v9)
    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_people("a1", "Ann Lee", gated=("Dee Fox",)), _people("a2", "Cy Ray")], {})
    db = sqlite3.connect(tmp_path / "store.sqlite3")
    assert migrations.version(db) == 8
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name='person_values'").fetchone()
    monkeypatch.undo()
    assert 9 in migrations.upgrade(db)
    db.close()
    with Store(tmp_path) as store:
        assert store.known_people() == ["Ann Lee", "Cy Ray"] == _scanned_people(tmp_path)


def test_unproduced_articles_are_found_through_the_partial_index_not_a_scan(tmp_path):
    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_people("a1", "Ann Lee")], {})
    db = sqlite3.connect(tmp_path / "store.sqlite3")
    with db:
        db.execute("UPDATE articles SET authors = NULL")
    plan = " ".join(str(r) for r in db.execute(
        'EXPLAIN QUERY PLAN SELECT id FROM articles WHERE "authors" IS NULL ORDER BY id LIMIT 500'))
    db.close()
    assert "articles_authors_unproduced" in plan, plan
    with Store(tmp_path) as store:
        assert store.unproduced("author") == ["a1"]


def test_every_column_facet_has_its_unproduced_index(tmp_path):
    """A column facet added later must add its partial index in its own upgrade (see migrations v9)."""
    from search.facet_registry import COLUMN_FACETS

    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_people("a1", "Ann Lee")], {})
    db = sqlite3.connect(tmp_path / "store.sqlite3")
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    db.close()
    assert COLUMN_FACETS and all(f"articles_{f.column}_unproduced" in indexes for f in COLUMN_FACETS)


def _scanned(store_dir: Path, kind: str) -> list[str]:
    db = sqlite3.connect(store_dir / "store.sqlite3")
    try:
        return [r[0] for r in db.execute(
            f"SELECT DISTINCT value FROM mentions WHERE kind=? AND {FACETED_SQL} ORDER BY value", (kind,))]
    finally:
        db.close()


def _bodies(aid: str, *names: str, gated: tuple[str, ...] = ()) -> object:
    text = " and ".join(names + gated) + " agreed."
    mentions = [(0, n, "org", n) for n in names] + [(0, n, "org", n, {"label": NO_FACET}) for n in gated]
    return art(aid, f"Story {aid}", [text], mentions)


def test_known_orgs_follow_inserts_rewrites_removals_and_gated_mentions(tmp_path):
    """org_values (v11) is kept as person_values is: a later run's evidence of the archive's bodies."""
    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_bodies("a1", "Acme", "Bolt Ltd"), _bodies("a2", "Acme")], {})
        store.replace_file("b.jsonl", "1", [_bodies("b1", "Cyma", gated=("Dyna",))], {})
        assert store.known_orgs() == ["Acme", "Bolt Ltd", "Cyma"] == _scanned(tmp_path, "org")
        store.replace_file("a.jsonl", "2", [_bodies("a2", "Acme", "Evo")], {})
        assert store.known_orgs() == ["Acme", "Cyma", "Evo"] == _scanned(tmp_path, "org")
        store.remove_file("b.jsonl")
        assert store.known_orgs() == ["Acme", "Evo"] == _scanned(tmp_path, "org")
        assert store.known_people() == []


def test_known_values_leave_out_what_only_unlinked_articles_gave(tmp_path):
    """A killed run's articles are linked later against the archive that run met, not against themselves."""
    with Store(tmp_path) as store:
        store.replace_file("a.jsonl", "1", [_bodies("a1", "Acme")], {})
        b1 = _bodies("b1", "Acme", "Bolt Ltd")
        store.write_file("b.jsonl", "1", [b1], {}, unlinked=True)
        assert store.known_orgs() == ["Acme", "Bolt Ltd"]
        assert store.known_before_unlinked("org") == {"Acme"}
        assert [a.id for a in store.unlinked_articles()] == ["b1"]
