"""discover() and load_manifest()."""
from __future__ import annotations

import json
import os

from indexer.sources import Skipped, discover, load_manifest


def _tree(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b" / "c.txt").write_text("c")
    (tmp_path / "b" / "manifest.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / "z.html").write_text("<p>z</p>")
    return tmp_path


def test_discover_sorted_recursive_skips_hidden_and_manifest(tmp_path):
    root = _tree(tmp_path)
    found = [p.relative_to(root).as_posix() for p in discover([root])]
    assert found == ["a.txt", "b/c.txt", "z.html"]


def test_discover_symlink_loop_and_duplicates(tmp_path):
    root = _tree(tmp_path)
    os.symlink(root, root / "b" / "loop")  # b/loop -> root: a cycle
    os.symlink(root / "a.txt", root / "b" / "alias.txt")  # the same file twice
    found = list(discover([root, root / "a.txt"]))
    names = [p.relative_to(root).as_posix() for p in found]
    assert names == ["a.txt", "b/c.txt", "z.html"]


def test_discover_reports_missing_broken_looping_and_special(tmp_path):
    os.symlink(tmp_path / "nowhere", tmp_path / "broken.txt")
    os.symlink("loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink("loop-a.txt", tmp_path / "loop-b.txt")
    os.mkfifo(tmp_path / "fifo.txt")  # reading it would block forever
    out = list(discover([tmp_path / "missing", tmp_path]))
    assert all(isinstance(x, Skipped) for x in out)
    assert [(x.path.name, x.reason) for x in out] == [
        ("missing", "no such file or folder"), ("broken.txt", "broken link"), ("fifo.txt", "not a regular file"),
        ("loop-a.txt", "symlink loop"), ("loop-b.txt", "symlink loop")]


def test_discover_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("x")
    # Tests may run as root, who can read anything, so permission is denied by the check itself.
    monkeypatch.setattr("indexer.sources.os.access", lambda p, mode: False)
    (item,) = discover([tmp_path])
    assert isinstance(item, Skipped) and "unreadable" in item.reason


def test_load_manifest(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"_comment": "x", "files": {"a.txt": {"source": "AP", "site": "Japan Today"}}}))
    assert load_manifest(tmp_path / "a.txt") == {"source": "AP", "site": "Japan Today"}
    assert load_manifest(tmp_path / "other.txt") == {}
    assert load_manifest(tmp_path / "sub" / "a.txt") == {}
    (tmp_path / "manifest.json").write_text("{broken")
    os.utime(tmp_path / "manifest.json", ns=(1, 1))  # a new version is re-read, even if broken
    assert load_manifest(tmp_path / "a.txt") == {}


def test_load_manifest_seeds():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    entry = load_manifest(seeds / "002_18df5c88638922ef.txt")
    assert entry["source"] == "ANI" and entry["published"] == "2025-07-03"
