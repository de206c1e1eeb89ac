"""Scale mode of the benchmark (`python -m bench --scale N`, issue 18) end to end on a small store: it
builds the synthetic store, adds 100 articles with real NER, compares the incremental copy grouping with the
whole-store pass and measures search. Only that it works and agrees is asserted, never how fast."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import scale, scale_report

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_scale_mode_runs_and_the_groupings_agree(tmp_path):
    work = tmp_path / "work"
    proc = subprocess.run([sys.executable, "-m", "bench", "--scale", "400", "--per-kind", "1", "--serve-seconds", "2",
                           "--work", str(work)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    [result] = json.loads((work / "scale-400.json").read_text())["results"]
    add = result["add"]
    assert add["new"]["articles"] == scale.ADD and add["new"]["copy_run"]["signed"] == scale.ADD
    assert add["old"]["copies_old"] > 0 and add["old"]["identical"]
    assert add["old"]["precision"] == add["old"]["recall"] == 1.0
    assert result["build"]["copy_index_run"]["signed"] == 400
    assert result["search"]["every_kind_p95_ms"] > 0 and result["search"]["serving_worker_peak_rss_mb"] > 0
    # newsfacet also answered the same mix by itself, before the engines were interleaved
    assert all(s["alone_ms"] > 0 and s["alone_cpu_ms"] >= 0 for s in result["search"]["samples"])
    assert result["search"]["alone_every_kind_p95_ms"] > 0 and result["search"]["cpu"]["alone_every_kind_p95_ms"] > 0
    assert "| newsfacet alone (before the other engines)" in proc.stdout
    # the index, the store (and tantivy's index where installed) were read once before timing
    cache = result["search"]["page_cache"]
    store_mb = (work / f"scale-{scale._key(400, 1)}" / "store.sqlite3").stat().st_size / 1e6
    assert cache["files"] >= 2 and cache["bytes"] / 1e6 >= store_mb
    assert "| read into the page cache before the timed passes" in proc.stdout
    # the same mix through newsfacet alone (bench/alone.py), on the store the run built
    from bench import alone

    key, lines = scale._key(400, 1), []
    [row] = alone.run(work / f"scale-{key}", work / f"scale-fts5-{key}.sqlite3", per_kind=1, rounds=1, log=lines.append)
    assert json.loads(lines[0])["page_cache"]["bytes"] >= store_mb * 1e6
    assert row["queries"] == len([s for s in result["search"]["samples"]])
    assert row["p95_ms"]["every kind"]["wall"] > 0 and row["p95_ms"]["text + 2 filters"]["cpu"] > 0
    assert 0 < result["search"]["serving_worker_beyond_index_mb"] <= result["search"]["serving_worker_peak_rss_mb"]
    assert "| add 100 new articles" in proc.stdout
    # a warm worker beside two more commits: one reopened in the background (at 400 articles it may be done
    # before the first search ends), one before answering (its very first search was the new generation's)
    bg, sync = add["reopen"]["background"], add["reopen"]["synchronous"]
    assert bg["articles"] == sync["articles"] == scale.ADD
    assert bg["background_reopens"] >= 1 and bg["new_generation_after_s"] is not None and len(bg["first_new_ms"]) == 3
    assert sync["background_reopens"] == 0 and sync["answered_by_old"] == 0 and len(sync["first_ms"]) == 3
    assert "| after a commit of 100 beside a warm worker" in proc.stdout


def test_the_scale_table_replaces_its_own_section_of_results_md(tmp_path):
    md = tmp_path / "RESULTS.md"
    md.write_text("# results\n\nthe main bench's tables\n")
    rows = [{"articles": 1000, "add": {"new": {"seconds": 20.5}}}, {"articles": 5000, "error": "RuntimeError: x"}]
    scale_report.write_markdown(md, scale_report.render(rows, "today"))
    first = md.read_text()
    assert first.startswith("# results\n\nthe main bench's tables\n") and "| 1,000 | 5,000 |" in first
    assert "| 20.5 | - |" in first and "- 5,000: RuntimeError: x" in first
    scale_report.write_markdown(md, scale_report.render(rows[:1], "tomorrow"))
    second = md.read_text()
    assert second.count(scale_report.MARK_START) == 1 and "tomorrow" in second and "today" not in second


def test_stores_of_an_older_store_schema_are_taken_over_not_rebuilt(tmp_path):
    """A store-schema upgrade (migrations run in place) must not cost hours of rebuilding 300k stores; a
    store another process is still building is left alone."""
    key = scale._key(400, 1)
    store_v, whoosh_v = key.rsplit("-v", 1)[1].split(".")
    old_key = f"400-s1-v{int(store_v) - 1}.{whoosh_v}"
    (tmp_path / f"scale-{old_key}").mkdir()
    (tmp_path / f"scale-{old_key}" / "scale-build.json").write_text("{}")
    (tmp_path / f"scale-fts5-{old_key}.sqlite3").write_text("")
    (tmp_path / f"scale-tantivy-{old_key}").mkdir()
    (tmp_path / f"scale-400-s1-v{int(store_v) - 1}.{int(whoosh_v) + 1}").mkdir()  # another Whoosh schema: not ours
    lock = tmp_path / f"scale-400-s1-v{int(store_v) - 1}.building"
    lock.write_text(str(os.getpid()))  # still being built (this process is alive)
    assert scale.adopt_older(tmp_path, 400, 1, log=lambda m: None) is None
    assert not (tmp_path / f"scale-{key}").exists()
    lock.unlink()
    assert scale.adopt_older(tmp_path, 400, 1, log=lambda m: None) == old_key
    assert (tmp_path / f"scale-{key}" / "scale-build.json").exists()
    assert (tmp_path / f"scale-fts5-{key}.sqlite3").exists() and (tmp_path / f"scale-tantivy-{key}").is_dir()
    assert not (tmp_path / f"scale-{old_key}").exists()
    assert (tmp_path / f"scale-400-s1-v{int(store_v) - 1}.{int(whoosh_v) + 1}").exists()
    assert scale.adopt_older(tmp_path, 400, 1, log=lambda m: None) is None  # the current one is there now


def test_stores_of_an_older_whoosh_schema_are_taken_over_and_only_reindexed(tmp_path, monkeypatch):
    """A new index field (the word pairs) must not cost rewriting and regrouping a 300k store: the store,
    FTS5 database and tantivy index are taken over and the Whoosh index alone is rebuilt, once."""
    key = scale._key(400, 1)
    store_v, whoosh_v = key.rsplit("-v", 1)[1].split(".")
    old_key = f"400-s1-v{store_v}.{int(whoosh_v) - 1}"
    (tmp_path / f"scale-{old_key}").mkdir()
    built = {"articles": 400, "write_seconds": 9.0, "reindex": {"cpu_seconds_per_1k": 1.0}}
    (tmp_path / f"scale-{old_key}" / "scale-build.json").write_text(json.dumps(built))
    (tmp_path / f"scale-fts5-{old_key}.sqlite3").write_text("")
    assert scale.adopt_older(tmp_path, 400, 1, log=lambda m: None) == old_key
    assert (tmp_path / f"scale-fts5-{key}.sqlite3").exists()
    calls = []
    monkeypatch.setattr(scale, "reindex", lambda d, n: calls.append((d, n)) or {"cpu_seconds_per_1k": 2.0})
    index_dir, info = scale.build_store(tmp_path, 400, 1, log=lambda m: None)
    assert calls == [(tmp_path / f"scale-{key}", 400)] and not info["cached"]
    assert info["write_seconds"] == 9.0 and info["reindex"] == {"cpu_seconds_per_1k": 2.0}
    assert info["reindex_before"] == {"cpu_seconds_per_1k": 1.0}
    _, again = scale.build_store(tmp_path, 400, 1, log=lambda m: None)  # rebuilt once: cached from now on
    assert again["cached"] and len(calls) == 1


def test_an_interrupted_store_write_resumes_where_it_stopped(tmp_path, monkeypatch):
    """A 1M store takes hours to write: a killed write keeps its committed shards and the next build writes
    only the rest, ending with the same articles as an uninterrupted build."""
    from search.store import Store

    monkeypatch.setattr(scale, "reindex", lambda d, n: {"cpu_seconds_per_1k": 0.0})
    clean, _ = scale.build_store(tmp_path / "clean", 600, 1, log=lambda m: None)
    with Store(clean) as store:
        want = store.article_ids()
    assert len(want) == 600

    real_write, calls = Store.write_file, []

    def dies_after_two_shards(self, path, *a, **kw):
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(path)
        return real_write(self, path, *a, **kw)

    monkeypatch.setattr(Store, "write_file", dies_after_two_shards)
    with pytest.raises(KeyboardInterrupt):
        scale.build_store(tmp_path / "resumed", 600, 1, log=lambda m: None)
    monkeypatch.setattr(Store, "write_file", real_write)
    written = []
    monkeypatch.setattr(Store, "write_file", lambda self, path, *a, **kw: written.append(path) or real_write(self, path, *a, **kw))
    index_dir, info = scale.build_store(tmp_path / "resumed", 600, 1, log=lambda m: None)
    assert written == ["part-00002"]  # 600 articles = shards 0, 1 (committed before the kill) and 2
    with Store(index_dir) as store:
        assert store.article_ids() == want
    assert info["copy_index_run"]["signed"] == 600
