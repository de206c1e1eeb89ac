"""The newsfacet command line, driven through click's runner on small corpora made here."""
from __future__ import annotations

import json

from indexer.cli import main

STORY = {
    "id": "kupol-1",
    "title": "Drones hit the Kupol plant in Izhevsk",
    "source": "Test Wire",
    "published": "2025-07-02",
    "text": "Ukrainian drones struck the Kupol plant in Izhevsk on July 1, the SBU said.\n\n"
            "Governor Oleh Syniehubov said Kharkiv was shelled overnight.",
}
OTHER = {
    "id": "odesa-1",
    "title": "Port attack in Odesa",
    "source": "Test Wire",
    "published": "2025-07-03",
    "text": "A missile hit port infrastructure in Odesa, regional governor Oleh Kiper said.",
}


def write_corpus(folder, *records, extra=None):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    for name, data in (extra or {}).items():
        (folder / name).write_bytes(data)
    return folder


def test_index_then_search_from_the_shell(runner, tmp_path):
    corpus = write_corpus(tmp_path / "in", STORY, OTHER)
    index_dir = tmp_path / "idx"
    result = runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "articles:        2" in result.output

    result = runner.invoke(main, ["search", "Kupol", "--index", str(index_dir), "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["total"] == 1
    assert answer["results"][0]["title"] == STORY["title"]

    result = runner.invoke(main, ["search", "Odesa", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert "Port attack in Odesa" in result.output


def test_reindexing_the_same_files_does_not_duplicate(runner, tmp_path):
    corpus = write_corpus(tmp_path / "in", STORY, OTHER)
    index_dir = tmp_path / "idx"
    for _ in range(2):
        assert runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)]).exit_code == 0
    result = runner.invoke(main, ["search", "", "--index", str(index_dir), "--json"])
    assert json.loads(result.output)["total"] == 2
    second = runner.invoke(main, ["index", str(corpus), "--index", str(index_dir), "--json"])
    assert json.loads(second.output)["files_unchanged"] == 1


def test_a_bad_file_is_named_with_its_reason_and_the_rest_still_indexes(runner, tmp_path):
    corpus = write_corpus(tmp_path / "in", STORY, extra={"photo.bin": b"\x89PNG\x00\x00\x01binary", "empty.txt": b""})
    index_dir = tmp_path / "idx"
    result = runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 2 and any("photo.bin" in line for line in lines) and any("empty.txt" in line for line in lines)
    answer = json.loads(runner.invoke(main, ["search", "Kupol", "--index", str(index_dir), "--json"]).output)
    assert answer["total"] == 1


def test_a_json_file_with_no_usable_record_is_skipped_with_its_reason(runner, tmp_path):
    """A .json file that is not JSON at all yields no article and only its problem: skipped, named, exit 1 -- not
    counted as indexed with the run passing (round 43, found indexing a broken file by hand)."""
    corpus = write_corpus(tmp_path / "in", STORY, extra={"broken.json": b'{"title": "T", "text": "unterminated'})
    index_dir = tmp_path / "idx"
    result = runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 1 and "broken.json" in lines[0] and "not valid JSON" in lines[0]
    answer = json.loads(runner.invoke(main, ["search", "Kupol", "--index", str(index_dir), "--json"]).output)
    assert answer["total"] == 1


def test_filters_and_bad_parameters_from_the_shell(runner, tmp_path):
    corpus = write_corpus(tmp_path / "in", STORY, OTHER)
    index_dir = tmp_path / "idx"
    runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)])
    answer = json.loads(runner.invoke(main, ["search", "--index", str(index_dir), "--json",
                                             "--person", "Oleh Kiper"]).output)
    assert [r["title"] for r in answer["results"]] == [OTHER["title"]]
    result = runner.invoke(main, ["search", "x", "--index", str(index_dir), "--date-from", "2025-13-45"])
    assert result.exit_code != 0
    assert "date_from" in result.output


def test_check_and_reindex(runner, tmp_path):
    corpus = write_corpus(tmp_path / "in", STORY, OTHER)
    index_dir = tmp_path / "idx"
    runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)])
    result = runner.invoke(main, ["check", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["reindex", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output
    answer = json.loads(runner.invoke(main, ["search", "Izhevsk", "--index", str(index_dir), "--json"]).output)
    assert answer["total"] == 1
