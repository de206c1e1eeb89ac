"""Issue 18: a run that only adds articles inserts their name-variant rows instead of rebuilding the table
from every mention; the table must still be exactly what a full rebuild (``variant_rows``) gives, and a run
that removes articles or rewrites one's mentions rebuilds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.ingest import write_jsonl

from indexer.pipeline import index_paths
from indexer.variants import variant_rows
from search.store import Store

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
KHARKIV = "Ukrainian President Volodymyr Zelensky met officials in Kharkiv on Friday. Zelensky said Kharkiv would be rebuilt."
ODESA = "Russian missiles struck the port city of Odesa on Monday, the governor of the Odesa region said."
NO_ODESA = "Russian missiles struck the port city on Monday, the governor said."
LVIV = "Officials in Lviv said power was restored on Tuesday after a strike near the city of Lviv."


def record(rid: str, text: str) -> dict:
    return {"id": rid, "title": f"Report {rid}", "source": "Wire", "text": text}


@pytest.fixture
def rebuilds(monkeypatch):
    """Counts full rebuilds of the table, so a test knows which path a run took."""
    calls = []
    real = Store.replace_name_variants

    def spy(self, rows):
        calls.append(1)
        return real(self, rows)
    monkeypatch.setattr(Store, "replace_name_variants", spy)
    return calls


def table(idx: Path) -> tuple[list, list]:
    """(the stored table, a full rebuild's rows) of the store in ``idx``."""
    store = Store(idx)
    try:
        return sorted(store.name_variants()), variant_rows(store)
    finally:
        store.close()


def test_adding_files_inserts_their_rows_and_equals_a_full_rebuild(tmp_path, rebuilds):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    corpus.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, corpus)
    index_paths([corpus], idx)
    assert len(rebuilds) == 1  # the first run fills an empty table
    first, rebuilt = table(idx)
    assert first and first == rebuilt

    for seed in SEEDS[2:]:
        shutil.copy(seed, corpus)
    index_paths([corpus], idx)
    assert len(rebuilds) == 1  # an add only inserts
    added, rebuilt = table(idx)
    assert set(first) < set(added)  # the new files brought spellings or places of their own
    assert added == rebuilt

    index_paths([corpus], idx)  # nothing new: nothing written
    assert table(idx)[0] == added and len(rebuilds) == 1


def test_a_removal_rebuilds_and_drops_the_rows_only_the_removed_articles_had(tmp_path, rebuilds):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "keep.jsonl", record("1", KHARKIV))
    write_jsonl(corpus / "gone.jsonl", record("1", ODESA))
    index_paths([corpus], idx)
    before, _ = table(idx)
    assert any(r[1] == "Odesa" for r in before)
    (corpus / "gone.jsonl").unlink()
    index_paths([corpus], idx)
    after, rebuilt = table(idx)
    assert len(rebuilds) == 2 and after == rebuilt
    assert not any(r[1] == "Odesa" for r in after)


def test_a_record_rewritten_under_its_id_without_a_place_rebuilds(tmp_path, rebuilds):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "feed.jsonl", record("1", KHARKIV),
                record("2", ODESA))
    index_paths([corpus], idx)
    assert any(r[1] == "Odesa" for r in table(idx)[0])
    # the harvester's id stays, the text loses Odesa: no article is removed, yet its rows must go
    write_jsonl(corpus / "feed.jsonl", record("1", KHARKIV),
                record("2", NO_ODESA),
                record("3", LVIV))
    index_paths([corpus], idx)
    after, rebuilt = table(idx)
    assert len(rebuilds) == 2 and after == rebuilt
    assert not any(r[1] == "Odesa" for r in after)


def test_a_feed_that_grows_inserts_the_new_records_rows(tmp_path, rebuilds):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    old = record("1", KHARKIV)
    write_jsonl(corpus / "feed.jsonl", old)
    index_paths([corpus], idx)
    first, _ = table(idx)
    write_jsonl(corpus / "feed.jsonl", old, record("2", ODESA))
    index_paths([corpus], idx)  # the file is rewritten, its old record unchanged: still only an insert
    after, rebuilt = table(idx)
    assert len(rebuilds) == 1 and after == rebuilt and set(first) < set(after)


def test_a_run_killed_before_its_refresh_is_caught_up_by_the_next(tmp_path, monkeypatch):
    from indexer import variants

    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", record("1", KHARKIV))
    index_paths([corpus], idx)
    write_jsonl(corpus / "b.jsonl", record("1", ODESA))

    def killed(store, added=None):
        raise KeyboardInterrupt
    monkeypatch.setattr(variants, "refresh", killed)
    with pytest.raises(KeyboardInterrupt):
        index_paths([corpus], idx)  # b.jsonl is stored, its rows are not
    monkeypatch.undo()
    index_paths([corpus], idx)  # b.jsonl is unchanged now: only a rebuild finds its rows
    after, rebuilt = table(idx)
    assert after == rebuilt and any(r[1] == "Odesa" for r in after)
