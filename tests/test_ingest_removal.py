"""Issue 12, case 3: files that vanish leave. Re-indexing a folder removes the articles of its deleted
files (``--keep-missing`` keeps and lists them); ``newsfacet remove`` removes a file's articles; the store,
the index, copy groups and facets stay consistent (``newsfacet check``)."""
from __future__ import annotations

from support.ingest import BODY, check, cli, client, index_json, numbered, search, stored_ids, write_jsonl

ORIGINAL = {"id": "orig", "title": "Overnight attack on the city", "source": "AP", "published": "2025-07-01",
            "text": BODY + " " + BODY + "\n\nThe mayor said schools would stay closed on Wednesday."}
COPY = {"id": "copy", "title": "City attacked overnight, governor says", "source": "ANI",
        "published": "2025-07-02", "text": BODY + " " + BODY + "\n\n(With inputs from AP)"}


def test_delete_a_file_then_reindex_removes_its_articles_everywhere(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "keep.jsonl", *numbered("keep"))
    write_jsonl(corpus / "sub" / "gone.jsonl", {**numbered("gone", 1)[0], "source": "Gone Wire"})
    index_json(corpus, "--index", idx)
    assert search(idx, "goneword1")["total"] == 1
    (corpus / "sub" / "gone.jsonl").unlink()
    summary = index_json(corpus, "--index", idx)
    assert (summary["files_removed"], summary["removed"], summary["files_unchanged"]) == (1, 1, 1), summary
    assert search(idx, "goneword1")["total"] == 0
    sources = {v["value"] for v in search(idx)["facets"]["source"]}
    assert "Gone Wire" not in sources  # facets follow the removal
    assert len(stored_ids(idx)) == 3 and check(idx)["ok"]


def test_keep_missing_keeps_and_lists_vanished_files(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", *numbered("kept"))
    write_jsonl(corpus / "b.jsonl", *numbered("other", 1))
    index_json(corpus, "--index", idx)
    (corpus / "a.jsonl").unlink()
    summary = index_json(corpus, "--index", idx, "--keep-missing")
    assert summary["files_removed"] == 0 and summary["missing"] == [str((corpus / "a.jsonl").resolve())]
    assert search(idx, "keptword1")["total"] == 1
    summary = index_json(corpus, "--index", idx)  # the default removes them
    assert summary["files_removed"] == 1 and search(idx, "keptword1")["total"] == 0 and check(idx)["ok"]


def test_a_missing_root_folder_removes_nothing(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", *numbered("mount"))
    index_json(corpus, "--index", idx)
    corpus.rename(tmp_path / "unmounted")
    result = cli("index", corpus, "--index", idx, ok=(1,))
    assert "no such file or folder" in result.stderr
    assert len(stored_ids(idx)) == 3  # an unmounted share is not a deleted archive


def test_remove_command_removes_a_files_articles_and_regroups_copies(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "ap.jsonl", ORIGINAL)
    write_jsonl(corpus / "ani.jsonl", COPY)
    write_jsonl(corpus / "other.jsonl", *numbered("other"))
    index_json(corpus, "--index", idx)
    grouped = search(idx, "mayor", copies="group")
    assert grouped["total"] == 1  # the copy is grouped under its original
    result = cli("remove", corpus / "ap.jsonl", "--index", idx)
    assert "files removed:    1" in result.output and "articles removed: 1" in result.output
    assert (corpus / "ap.jsonl").exists()  # remove forgets the file; it does not delete it
    answer = search(idx, "mayor", copies="group")
    assert answer["total"] == 0
    answer = search(idx, "inputs", copies="group")
    assert answer["total"] == 1 and answer["results"][0]["source"] == "ANI"
    assert answer["results"][0].get("copy_of") is None  # no copy points at an article that is gone
    from search.store import Store

    with Store(idx, readonly=True) as store:
        assert store.dangling_copies() == []
    assert check(idx)["ok"]
    # A whole folder, and a path that was never indexed
    result = cli("remove", corpus, tmp_path / "never", "--index", idx, ok=(1,))
    assert "not indexed: " in result.stderr and "never" in result.stderr
    assert stored_ids(idx) == set() and check(idx)["ok"]


def test_remove_a_file_already_deleted_from_disk(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "a.jsonl", *numbered("deleted"))
    write_jsonl(corpus / "b.jsonl", *numbered("stays", 1))
    index_json(corpus, "--index", idx)
    (corpus / "a.jsonl").unlink()
    cli("remove", corpus / "a.jsonl", "--index", idx)
    assert len(stored_ids(idx)) == 1 and check(idx)["ok"]
    assert client(idx).get("/healthz").status_code == 200
