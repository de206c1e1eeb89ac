"""Issue 18: a `newsfacet index` run skips the whole-store id check when the index's last commit recorded the
store as it still is (search/index_mark.py); anything that happened behind that commit's back must still
be caught: a run killed between the store write and the index commit (a new, a removed and a rewritten
article), a run killed between the commit and its mark, an older index put back, a hand edit of the store."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from support.ingest import write_jsonl

from indexer.pipeline import index_paths, sync_index
from search import index as search_index
from search import index_mark
from search.store import Store

TEXT = "Officials in Lviv said power was restored on Tuesday after a strike near the city."


def record(rid: str, title: str) -> dict:
    return {"id": rid, "title": title, "source": "Wire", "text": f"{title}. {TEXT}"}


@pytest.fixture
def checks(monkeypatch):
    """Counts whole-store checks, so a test knows which path a run's sync took."""
    calls = []
    real = search_index.check

    def spy(index_dir):
        calls.append(1)
        return real(index_dir)
    monkeypatch.setattr(search_index, "check", spy)
    return calls


def indexed(idx: Path) -> dict[str, int]:
    """{article id: documents} of the live index."""
    counts: dict[str, int] = {}
    ix = search_index.open_current(idx)
    try:
        with ix.reader() as reader:
            for _n, fields in reader.iter_docs():
                counts[fields["id"]] = counts.get(fields["id"], 0) + 1
    finally:
        ix.close()
    return counts


def titled(idx: Path, word: str) -> set[str]:
    """Ids of the live index's documents whose title has ``word`` (the index's text, not the store's)."""
    from whoosh.qparser import QueryParser

    ix = search_index.open_current(idx)
    try:
        with ix.searcher() as searcher:
            hits = searcher.search(QueryParser("title", ix.schema).parse(word), limit=None)
            return {h["id"] for h in hits}
    finally:
        ix.close()


def in_line(idx: Path) -> bool:
    """The index holds every stored article exactly once and nothing else."""
    counts = indexed(idx)
    return set(counts) == stored(idx) and set(counts.values()) <= {1}


def stored(idx: Path) -> set[str]:
    with Store(idx) as store:
        return store.article_ids()


def sync(idx: Path) -> dict:
    with Store(idx) as store:
        return sync_index(idx, store)


def corpus_of(tmp_path: Path) -> tuple[Path, Path]:
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", record("1", "Lviv power restored"), record("2", "Kharkiv market reopens"))
    write_jsonl(corpus / "b.jsonl", record("3", "Odesa port busy"))
    index_paths([corpus], idx)
    return corpus, idx


def test_a_run_after_a_run_checks_nothing_and_a_run_that_adds_keeps_the_marks_agreeing(tmp_path, checks):
    corpus, idx = corpus_of(tmp_path)
    before = len(checks)
    report = sync(idx)
    assert report["checked"] is False and len(checks) == before
    write_jsonl(corpus / "c.jsonl", record("4", "Dnipro bridge repaired"))
    index_paths([corpus], idx)  # adds, groups copies, refreshes variants: every index change is committed
    assert sync(idx)["checked"] is False and len(checks) == before
    assert in_line(idx) and len(stored(idx)) == 4


def _killed_before_the_index_commit(monkeypatch, corpus: Path, idx: Path) -> None:
    def killed(*args, **kwargs):
        raise KeyboardInterrupt
    with monkeypatch.context() as m:
        m.setattr(search_index, "update", killed)
        with pytest.raises(KeyboardInterrupt):
            index_paths([corpus], idx)  # the store is written, the index commit never happens


@pytest.mark.parametrize("change", ["new", "removed", "rewritten"])
def test_a_run_killed_between_store_and_index_is_caught_by_the_next(tmp_path, monkeypatch, checks, change):
    corpus, idx = corpus_of(tmp_path)
    if change == "new":
        write_jsonl(corpus / "c.jsonl", record("4", "Dnipro bridge repaired"))
    elif change == "removed":
        (corpus / "b.jsonl").unlink()
    else:  # the harvester's id kept, the text rewritten
        write_jsonl(corpus / "a.jsonl", record("1", "Lviv blackout ends"), record("2", "Kharkiv market reopens"))
    _killed_before_the_index_commit(monkeypatch, corpus, idx)
    if change == "rewritten":  # the store has the change, the index does not
        assert not titled(idx, "blackout") and titled(idx, "restored")
    else:
        assert set(indexed(idx)) != stored(idx)
    before = len(checks)
    assert sync(idx)["checked"] is True and len(checks) == before + 1
    assert in_line(idx)
    if change == "rewritten":
        assert len(titled(idx, "blackout")) == 1 and not titled(idx, "restored")
    assert sync(idx)["checked"] is False  # and the repair left marks that agree


def test_a_run_killed_between_the_commit_and_its_mark_checks_next_time(tmp_path, monkeypatch, checks):
    corpus, idx = corpus_of(tmp_path)
    write_jsonl(corpus / "c.jsonl", record("4", "Dnipro bridge repaired"))
    monkeypatch.setattr(index_mark, "write", lambda ix_dir, mark: None)
    index_paths([corpus], idx)  # every commit lands, no mark is written for them
    monkeypatch.undo()
    assert sync(idx)["checked"] is True and in_line(idx)
    assert sync(idx)["checked"] is False


def test_an_older_index_put_back_is_checked_and_repaired(tmp_path, checks):
    corpus, idx = corpus_of(tmp_path)
    backup = tmp_path / "backup"
    live = search_index.current_dir(idx)
    shutil.copytree(live, backup)
    write_jsonl(corpus / "c.jsonl", record("4", "Dnipro bridge repaired"))
    (corpus / "b.jsonl").unlink()
    index_paths([corpus], idx)
    live = search_index.current_dir(idx)
    shutil.rmtree(live)
    shutil.copytree(backup, live)  # the index as it was, its mark with it
    assert len(indexed(idx)) == 3 and set(indexed(idx)) != stored(idx)
    assert sync(idx)["checked"] is True
    assert in_line(idx)


def test_a_hand_edit_of_the_store_moves_its_mark(tmp_path, checks):
    corpus, idx = corpus_of(tmp_path)
    with sqlite3.connect(idx / "store.sqlite3") as db:  # no outbox row: only the trigger sees it
        db.execute("DELETE FROM articles WHERE title = 'Odesa port busy'")
    assert sync(idx)["checked"] is True
    assert in_line(idx) and len(stored(idx)) == 2
    assert sync(idx)["checked"] is False


def test_another_store_with_the_same_count_is_not_taken_for_this_one(tmp_path, checks):
    corpus, idx = corpus_of(tmp_path)
    with sqlite3.connect(idx / "store.sqlite3") as db:
        db.execute("UPDATE meta SET value = 'feedface' WHERE key = 'store_uid'")
    assert sync(idx)["checked"] is True
    assert sync(idx)["checked"] is False  # the check found the index in line and recorded it (no commit needed)
