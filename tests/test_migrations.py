"""Store migrations run by version, one function each, from the frozen version-1 store upward."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from search import migrations
from search.store import Store

V1 = Path(__file__).resolve().parent / "fixtures" / "store_v1.sqlite3"


def _layout(db: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every table's columns (name, type, not null, default) and every index: what a store looks like."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    out = {t: [tuple(c[1:5]) for c in db.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    out["indexes"] = sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index' "
                                                     "AND name NOT LIKE 'sqlite_%'"))
    return out


@pytest.fixture()
def v1_store(tmp_path) -> Path:
    shutil.copy(V1, tmp_path / "store.sqlite3")
    return tmp_path


def test_versions_are_contiguous_one_function_each():
    assert sorted(migrations.UPGRADES) == list(range(2, migrations.latest() + 1))
    assert all(callable(f) for f in migrations.UPGRADES.values())
    with pytest.raises(ValueError):
        migrations.upgrade_to(2)(lambda db: None)  # a version is taken once
    with pytest.raises(ValueError):
        migrations.upgrade_to(migrations.latest() + 2)(lambda db: None)  # no gaps


def test_the_v1_fixture_walks_every_upgrade_in_order_to_the_fresh_layout(v1_store, tmp_path):
    db = sqlite3.connect(v1_store / "store.sqlite3")
    assert migrations.version(db) == 1
    assert migrations.upgrade(db) == list(range(2, migrations.latest() + 1))
    assert migrations.upgrade(db) == []  # idempotent
    fresh = sqlite3.connect(tmp_path / "fresh.sqlite3")
    migrations.upgrade(fresh)
    assert _layout(db) == _layout(fresh)  # an old store ends where a new one starts
    db.close()
    fresh.close()
    with Store(v1_store) as store:
        assert store.schema_version() == migrations.latest()
        assert {a.id for a in store.iter_articles()} == {"old-1", "old-2"}


def test_each_version_step_from_v1_commits_with_its_bump(v1_store, monkeypatch):
    """Upgrade one version at a time: after each step the store reads as exactly that version."""
    all_upgrades = dict(migrations.UPGRADES)
    for target in range(2, migrations.latest() + 1):
        monkeypatch.setattr(migrations, "UPGRADES", {v: f for v, f in all_upgrades.items() if v <= target})
        db = sqlite3.connect(v1_store / "store.sqlite3")
        assert migrations.upgrade(db) == [target]
        assert migrations.version(db) == target
        db.close()


def test_a_failing_upgrade_leaves_the_previous_version_and_is_retried(v1_store, monkeypatch):
    def broken(db):
        db.execute("ALTER TABLE articles ADD COLUMN half_done TEXT")
        raise RuntimeError("disk pulled mid-upgrade")

    monkeypatch.setitem(migrations.UPGRADES, 2, broken)
    db = sqlite3.connect(v1_store / "store.sqlite3")
    with pytest.raises(RuntimeError):
        migrations.upgrade(db)
    assert migrations.version(db) == 1
    assert "half_done" not in [c[1] for c in db.execute("PRAGMA table_info(articles)")]  # rolled back
    db.close()
    monkeypatch.undo()
    db = sqlite3.connect(v1_store / "store.sqlite3")
    assert migrations.upgrade(db)[0] == 2 and migrations.version(db) == migrations.latest()
    db.close()


def test_a_store_from_a_newer_newsfacet_is_refused_with_a_clear_error(tmp_path):
    with Store(tmp_path) as store:
        assert store.count_articles() == 0
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(migrations.latest() + 1),))
    for readonly in (False, True):
        with pytest.raises(migrations.StoreTooNew, match="newer than this newsfacet"):
            Store(tmp_path, readonly=readonly).count_articles()


def test_health_reports_the_store_schema_version(v1_store):
    from search.engine import Engine
    from search.index import rebuild

    rebuild(v1_store)  # the writer upgrades the old store, then the index is built from it
    with Engine(v1_store) as engine:
        health = engine.health()
    assert health["ok"] and health["schema_version"] == migrations.latest()
