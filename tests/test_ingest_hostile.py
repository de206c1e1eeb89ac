"""Issue 12, cases 5 and 6: a symlink out of the indexed folder is not followed onto the web, provenance
never shows the machine's paths, and a huge file is refused from its ``stat`` before any byte is read."""
from __future__ import annotations

import json
import subprocess
import sys

from support.ingest import BODY, check, cli, client, index_json, search, write_jsonl
from support.robust import ROOT, child_env


def test_a_symlink_to_a_file_outside_is_skipped_with_a_reason_unless_followed(tmp_path):
    corpus, idx, outside = tmp_path / "in", tmp_path / "idx", tmp_path / "private"
    write_jsonl(corpus / "good.jsonl", {"id": "g", "title": "Good", "text": f"goodword. {BODY}"})
    outside.mkdir()
    (outside / "shadow.txt").write_text(f"Secret notes\n\nsecretword in the private file. {BODY}\n")
    (outside / "dir").mkdir()
    (outside / "dir" / "more.txt").write_text(f"More secrets\n\nsecretdirword in a private folder. {BODY}\n")
    (corpus / "x.txt").symlink_to(outside / "shadow.txt")
    (corpus / "linked").symlink_to(outside / "dir")
    result = cli("index", corpus, "--index", idx, ok=(1,))
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 2 and all("outside the indexed folders" in line for line in skipped), skipped
    assert any(line.startswith(f"skipped {corpus / 'x.txt'}:") for line in skipped)
    assert search(idx, "secretword")["total"] == 0 and search(idx, "secretdirword")["total"] == 0
    assert search(idx, "goodword")["total"] == 1
    # On purpose, the operator may follow them.
    summary = index_json(corpus, "--index", idx, "--follow-symlinks")
    assert summary["files_new"] == 2 and not summary["skipped"]
    assert search(idx, "secretword")["total"] == 1 and check(idx)["ok"]


def test_a_symlink_inside_the_folder_is_indexed_once(tmp_path):
    corpus, idx = tmp_path / "in", tmp_path / "idx"
    write_jsonl(corpus / "real.jsonl", {"id": "r", "title": "Real", "text": f"insideword. {BODY}"})
    (corpus / "alias.jsonl").symlink_to(corpus / "real.jsonl")
    summary = index_json(corpus, "--index", idx)
    assert summary["articles"] == 1 and not summary["skipped"]


def test_provenance_on_public_pages_is_relative_to_the_indexed_folder(tmp_path):
    corpus, idx = tmp_path / "scrapes", tmp_path / "idx"
    write_jsonl(corpus / "2025" / "wire.jsonl", {"id": "p", "title": "Provenance", "source": "Wire",
                                                 "text": f"provword. {BODY}"})
    index_json(corpus, "--index", idx)
    c = client(idx)
    (hit,) = search(idx, "provword")["results"]
    article = c.get(f"/api/articles/{hit['id']}").get_json()
    assert article["provenance"]["path"] == "scrapes/2025/wire.jsonl"
    machine = str(tmp_path)
    for path in (f"/articles/{hit['id']}", f"/api/articles/{hit['id']}", "/api/export.csv?q=provword",
                 "/api/export.json?q=provword", "/?q=provword"):
        body = c.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        assert machine not in body, path
    assert "scrapes/2025/wire.jsonl" in c.get(f"/articles/{hit['id']}", headers={"Accept": "text/html"}).get_data(
        as_text=True).replace("<wbr>", "")


def test_an_absolute_provenance_from_an_older_store_shows_only_the_file_name():
    from search.engine import public_path

    assert public_path("/home/reporter/scrapes/a.txt") == "a.txt"
    assert public_path("C:\\Users\\me\\a.txt") == "a.txt" or public_path("C:\\Users\\me\\a.txt").endswith("a.txt")
    assert public_path("scrapes/a.txt") == "scrapes/a.txt"


_MEASURE = r"""
import json, resource, sys
from indexer.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
    code = 0
except SystemExit as exc:
    code = exc.code
print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "code": code}),
      file=sys.__stdout__)
"""


def _measured_index(folder, index_dir) -> tuple[dict, str]:
    proc = subprocess.run([sys.executable, "-c", _MEASURE, "index", str(folder), "--index", str(index_dir)],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=300)
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


def test_a_sparse_2_gb_file_is_refused_from_stat_for_far_less_memory_than_its_size(tmp_path):
    small, huge = tmp_path / "small", tmp_path / "huge"
    for folder in (small, huge):
        write_jsonl(folder / "good.jsonl", {"id": "g", "title": "Good", "text": f"goodword. {BODY}"})
    size = 2 * 1024 ** 3
    with open(huge / "dump.txt", "wb") as fh:
        fh.truncate(size)  # sparse: costs no disk, but a whole read would cost 2 GB of memory
    baseline, _ = _measured_index(small, tmp_path / "idx-small")
    measured, stderr = _measured_index(huge, tmp_path / "idx-huge")
    assert baseline["code"] == 0 and measured["code"] == 1, (baseline, measured, stderr[-1000:])
    (line,) = [line for line in stderr.splitlines() if line.startswith("skipped ")]
    assert "dump.txt" in line and "file too large (2048.0 MB > 50 MB)" in line, line
    cost = (measured["maxrss_kb"] - baseline["maxrss_kb"]) * 1024
    print(f"\nsparse {size / 2**30:.0f} GB file: peak RSS {measured['maxrss_kb'] / 1024:.0f} MB vs "
          f"{baseline['maxrss_kb'] / 1024:.0f} MB without it (cost {cost / 2**20:.1f} MB)")
    assert cost < 64 * 1024 ** 2, (baseline, measured)  # far less than its size (it was 2.1 GB)
    assert search(tmp_path / "idx-huge", "goodword")["total"] == 1
