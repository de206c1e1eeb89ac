"""bench/page_cache.py: the files a timed pass reads are read once before it, each once."""
from __future__ import annotations

from bench import page_cache


def test_warm_reads_every_file_under_the_paths_once(tmp_path):
    index = tmp_path / "whoosh-1"
    index.mkdir()
    (index / "a.seg").write_bytes(b"x" * 1000)
    (index / "sub").mkdir()
    (index / "sub" / "b.npz").write_bytes(b"y" * 500)
    (tmp_path / "whoosh").symlink_to(index)
    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"z" * 250)
    # the link and its target name the same files: read once, not twice
    out = page_cache.warm([tmp_path / "whoosh", index, store, tmp_path / "missing"])
    assert out["files"] == 3
    assert out["bytes"] == 1750 and out["seconds"] >= 0
    assert sorted(f.name for f in page_cache.files_under([tmp_path / "whoosh", store])) == ["a.seg", "b.npz",
                                                                                          "store.sqlite3"]


def test_cached_mb_reads_the_kernel_page_cache_or_says_none():
    mb = page_cache.cached_mb()
    assert mb is None or mb >= 0
