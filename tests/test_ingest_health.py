"""Issue 12, cases 7 and 8, and the store's schema upgrade.

/healthz checks that the store and the index open and agree, answering 503 with a reason (the JSON
envelope) otherwise; pages over a missing or damaged store or index say what the operator should run.
A full disk is reported with the advice that works, and a plain re-run after it loses nothing.
"""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from support.ingest import BODY, check, cli, client, index_json, numbered, search, stored_ids, write_jsonl
from support.robust import assert_envelope

DATA = Path(__file__).parent / "fixtures"


def _indexed(tmp_path) -> Path:
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", *numbered("health"))
    index_json(corpus, "--index", idx)
    return idx


def _html(c, path="/?q=healthword1"):
    response = c.get(path, headers={"Accept": "text/html"})
    return response.status_code, response.get_data(as_text=True)


def test_healthy_store_and_index_agree(tmp_path):
    idx = _indexed(tmp_path)
    body = client(idx).get("/healthz").get_json()
    assert body["ok"] is True and body["articles"] == body["store_articles"] == 3 and body["pending"] == 0


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_truncated_store_is_a_503_with_the_reason_even_for_a_server_that_had_it_open(tmp_path):
    idx = _indexed(tmp_path)
    c = client(idx)
    assert c.get("/healthz").status_code == 200 and search(idx, "healthword1")["total"] == 1
    store_file = idx / "store.sqlite3"
    with open(store_file, "r+b") as fh:
        fh.truncate(4096)  # the header page survives, the tables do not
    for fresh in (False, True):  # the running server, and one started after the damage
        c = client(idx) if fresh else c
        err = assert_envelope(c.get("/healthz"), (503,))
        assert err["code"] == "store_damaged" and "newsfacet index" in err["message"], err
        err = assert_envelope(c.get("/api/search", query_string={"q": "healthword1"}), (503,))
        assert err["code"] == "store_damaged"
        status, page = _html(c)
        assert status == 503 and "newsfacet index" in page and "store.sqlite3" in page
        assert str(tmp_path) not in page


def test_a_deleted_store_is_a_503_not_pages_that_promise_articles(tmp_path):
    idx = _indexed(tmp_path)
    for name in ("store.sqlite3", "store.sqlite3-wal", "store.sqlite3-shm"):
        (idx / name).unlink(missing_ok=True)
    c = client(idx)
    err = assert_envelope(c.get("/healthz"), (503,))
    assert err["code"] == "store_missing" and "3 articles" in err["message"]
    status, page = _html(c, "/")
    assert status == 503 and "newsfacet index" in page
    assert "the store is missing" in cli("check", "--index", idx, ok=(1,)).output


def test_a_dangling_index_link_is_a_503_that_says_reindex_and_reindex_repairs_it(tmp_path):
    idx = _indexed(tmp_path)
    shutil.rmtree(idx / os.readlink(idx / "whoosh"))
    c = client(idx)
    err = assert_envelope(c.get("/healthz"), (503,))
    assert err["code"] == "index_missing" and "newsfacet reindex" in err["message"] and "3 articles" in err["message"]
    status, page = _html(c, "/")
    assert status == 503 and "newsfacet reindex" in page and "nothing has been indexed" not in page.lower()
    cli("reindex", "--index", idx)
    assert c.get("/healthz").status_code == 200 and search(idx, "healthword2")["total"] == 1


def test_an_index_that_disagrees_with_the_store_is_a_503(tmp_path):
    idx = _indexed(tmp_path)
    with sqlite3.connect(idx / "store.sqlite3") as db:  # an article the index never saw
        db.execute("INSERT INTO articles (id, title, file_path) VALUES ('stray', 'Stray', 'nowhere')")
    err = assert_envelope(client(idx).get("/healthz"), (503,))
    assert err["code"] == "index_out_of_sync" and "newsfacet reindex" in err["message"]
    cli("reindex", "--index", idx)
    assert client(idx).get("/healthz").status_code == 200


def test_an_empty_index_directory_is_healthy_and_says_nothing_is_indexed(tmp_path):
    c = client(tmp_path / "nothing")
    assert c.get("/healthz").get_json()["articles"] == 0
    status, page = _html(c, "/")
    assert status == 200


# --- 8. disk full -------------------------------------------------------------------------------------------

def _corpus(tmp_path) -> Path:
    corpus = tmp_path / "in"
    for n in range(4):
        write_jsonl(corpus / f"f{n}.jsonl", *numbered(f"disk{n}x", 2))
    return corpus


@pytest.mark.parametrize("where", ["store", "index", "index-masked"])
def test_disk_full_says_free_space_and_rerun_and_the_rerun_loses_nothing(tmp_path, monkeypatch, where):
    from search import index as search_index
    from search.store import Store

    corpus, idx = _corpus(tmp_path), tmp_path / "idx"
    calls = []
    if where == "store":
        real = Store._insert

        def failing(db, a, path, sha):
            calls.append(a.id)
            if len(calls) == 5:  # the third file's store transaction
                raise sqlite3.OperationalError("database or disk is full")
            return real(db, a, path, sha)

        monkeypatch.setattr(Store, "_insert", staticmethod(failing))
    else:
        real_update = search_index.update

        def failing_update(*args, **kwargs):
            calls.append(1)
            if len(calls) == 1:
                if where == "index":
                    raise OSError(errno.ENOSPC, "No space left on device")
                try:  # as Whoosh does: its cleanup fails again and hides the ENOSPC behind its own error
                    raise OSError(errno.ENOSPC, "No space left on device")
                except OSError:
                    raise RuntimeError("This writer is closed")  # noqa: B904
            return real_update(*args, **kwargs)

        monkeypatch.setattr(search_index, "update", failing_update)
    result = cli("index", corpus, "--index", idx, ok=(1,))
    message = result.stderr.strip().splitlines()[-1]
    assert "free space and re-run" in message and "resumes" in message, message
    assert "backup" not in message and "new directory" not in message
    monkeypatch.undo()
    summary = index_json(corpus, "--index", idx)  # the plain re-run the message advises
    assert len(stored_ids(idx)) == 8 and check(idx)["ok"]
    assert summary["files_new"] + summary["files_unchanged"] == 4
    for n in range(4):
        assert search(idx, f"disk{n}xword2")["total"] == 1


# --- the store upgrades in place ------------------------------------------------------------------------------

def test_a_store_built_by_schema_version_1_upgrades_in_place(tmp_path):
    from search import migrations
    from search.store import Store

    idx = tmp_path / "idx"
    idx.mkdir()
    shutil.copy(DATA / "store_v1.sqlite3", idx / "store.sqlite3")
    with sqlite3.connect(idx / "store.sqlite3") as db:
        assert migrations.version(db) == 1
    cli("reindex", "--index", idx)  # the first writer upgrades it
    with sqlite3.connect(idx / "store.sqlite3") as db:
        assert migrations.version(db) == migrations.latest()
        assert db.execute("SELECT record_key FROM articles WHERE id='old-1'").fetchone() == ("old-1",)
        # reindex fills the name spellings (version 3) from the old mentions, without NLP
        assert ("place", "Izhevsk", "ijevsk", "romanised") in db.execute("SELECT * FROM name_variants").fetchall()
        assert db.execute("SELECT uid FROM files").fetchone()[0]
        # version 3: an old article's first-indexed time is its file's indexing time (the feed's order)
        assert db.execute("SELECT a.indexed_at = f.indexed_at FROM articles a JOIN files f ON f.path = a.file_path "
                          "WHERE a.id='old-1'").fetchone() == (1,)
    assert check(idx)["ok"]
    c = client(idx)
    assert c.get("/healthz").get_json()["articles"] == 2
    article = c.get("/api/articles/old-1").get_json()
    assert article["title"] == "Drones hit the Kupol plant"
    assert article["provenance"]["path"] == "wire.jsonl"  # the old absolute path is not shown
    # New files index into the upgraded store next to the old articles.
    write_jsonl(tmp_path / "in" / "new.jsonl", {"id": "n", "title": "New", "text": f"newstoreword. {BODY}"})
    index_json(tmp_path / "in", "--index", idx)
    assert search(idx, "oldstoreword")["total"] == 2 and search(idx, "newstoreword")["total"] == 1
    with Store(idx, readonly=True) as store:
        assert store.schema_version() == migrations.latest()


def test_a_reader_upgrades_an_old_store_it_may_write(tmp_path):
    idx = tmp_path / "idx"
    idx.mkdir()
    shutil.copy(DATA / "store_v1.sqlite3", idx / "store.sqlite3")
    from search import migrations
    from search.store import Store

    with Store(idx, readonly=True) as store:
        assert store.count_articles() == 2 and store.get_article("old-2").record_key == "old-2"
        assert store.schema_version() == migrations.latest()


def test_an_upgraded_store_keyed_by_typed_paths_is_taken_over_not_duplicated(tmp_path, monkeypatch):
    """Schema 1 keyed files by the path as typed (``scrapes/wire.jsonl``). Re-indexing the same folder after
    the upgrade must replace those articles, not add a second copy of each under the real-path key."""
    idx = tmp_path / "idx"
    idx.mkdir()
    shutil.copy(DATA / "store_v1.sqlite3", idx / "store.sqlite3")
    with sqlite3.connect(idx / "store.sqlite3") as db:  # as if the old run had been given a relative path
        db.execute("UPDATE files SET path='scrapes/wire.jsonl'")
        db.execute("UPDATE articles SET file_path='scrapes/wire.jsonl'")
    cli("reindex", "--index", idx)
    write_jsonl(tmp_path / "scrapes" / "wire.jsonl",
                {"id": "old-1", "title": "Drones hit the Kupol plant", "text": f"oldstoreword, now edited. {BODY}"})
    monkeypatch.chdir(tmp_path)
    summary = index_json("scrapes", "--index", idx)
    assert (summary["files_updated"], summary["files_new"], summary["removed"]) == (1, 0, 2), summary
    assert len(stored_ids(idx)) == 1 and search(idx, "oldstoreword")["total"] == 1
    assert check(idx)["ok"]
    again = index_json(tmp_path / "scrapes", "--index", idx)  # the absolute spelling: the same file
    assert again["files_unchanged"] == 1 and len(stored_ids(idx)) == 1
