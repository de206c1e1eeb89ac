"""Searches right after a commit (issue 18: "first open after a commit fast at 1M"), for bench/scale.py.

A serving process (a child: an Engine, warmed with the query mix) keeps answering searches while
`newsfacet index` commits new articles beside it, and records each search's wall time and which index
generation answered, until the new generation has answered 20 searches. Run twice on the same archive:

- **background** (the default past NEWSFACET_BACKGROUND_REOPEN articles, search/view_cache.py; forced here,
  so small archives show it too): the old generation answers while the new view is built and warmed on a
  thread; reported: p95 and max of the searches in that window, how long until the new generation
  answered, and its first searches;
- **synchronous** (NEWSFACET_BACKGROUND_REOPEN above the archive size): the first search after the commit
  opens the new view itself; reported: that search and the two after it.

Each also reports the child's resident set before the commit and its high-water mark at the end (while a
view is built in the background, two are alive).

The serving child starts searching when the parent writes a "committed" file, so the window starts when
`newsfacet index` has returned (its segment files saved) and is not blurred by the run's NER.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from .indexing import _env, _last_line, _python

QUERIES = [{"q": ["ceasefire"]}, {"q": ["drone"], "region": ["Kharkiv Oblast"]}, {"q": ["energy"]}, {},
           {"q": ["missile"], "country": ["Ukraine"], "region": ["Donetsk Oblast"]}]
AFTER_NEW = 20      # searches the new generation answers before the child stops
LIMIT_SECONDS = 300.0


def _memory_mb() -> dict:
    """This process's resident set now (its private and its file-backed part) and its high-water mark (/proc;
    Linux)."""
    try:
        rows = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
        return {k: int(rows[key].split()[0]) // 1024 for k, key in
                (("rss_mb", "VmRSS"), ("anon_mb", "RssAnon"), ("file_mb", "RssFile"), ("hwm_mb", "VmHWM"))}
    except (OSError, KeyError, ValueError):
        return {}


def _serve_main(index_dir: str, signal_dir: str) -> None:
    """Child: warm an engine, say so, wait for the commit, then search until the new generation has answered."""
    from search.engine import Engine

    signals = Path(signal_dir)
    engine = Engine(index_dir)
    cache = engine.backend._cache
    for _ in range(3):
        for q in QUERIES:
            engine.search(q)
    before_view = cache.get()
    before, before_dir = before_view.generation, before_view.dir
    del before_view  # held here, the replaced view could never be freed (its ~0.5 GB counted as the worker's)
    memory_before = _memory_mb()
    (signals / "ready").write_text("1")
    while not (signals / "committed").exists():
        time.sleep(0.01)
    rows, start, after = [], time.perf_counter(), 0
    while after < AFTER_NEW and time.perf_counter() - start < LIMIT_SECONDS:
        q = QUERIES[len(rows) % len(QUERIES)]
        t0 = time.perf_counter()
        engine.search(q)
        t1 = time.perf_counter()
        gen = cache._view.generation
        rows.append({"at": round(t0 - start, 4), "ms": round((t1 - t0) * 1000, 2), "generation": gen})
        after += gen != before
    reopens, rebuilt = cache.background_reopens, cache._view.dir != before_dir
    memory_after = _memory_mb()
    engine.close()
    print(json.dumps({"before": before, "rows": rows, "background_reopens": reopens, "rebuilt": rebuilt,
                      "memory": {"before": memory_before, "after": memory_after}}))


def _summary(rows: list[dict], before: int) -> dict:
    old = [r["ms"] for r in rows if r["generation"] == before]
    new = [r for r in rows if r["generation"] != before]
    every = sorted(r["ms"] for r in rows)
    p95 = every[min(len(every) - 1, int(0.95 * len(every)))] if every else None
    return {"searches": len(rows), "answered_by_old": len(old), "p95_ms": p95, "max_ms": max(every) if every else None,
            "new_generation_after_s": round(new[0]["at"] + new[0]["ms"] / 1000, 3) if new else None,
            "first_new_ms": [r["ms"] for r in new[:3]], "first_ms": [r["ms"] for r in rows[:3]]}


def measure(index_dir: Path, articles: Path, signal_dir: Path, background: bool) -> dict:
    """`newsfacet index` of ``articles`` into ``index_dir`` beside a serving child; its searches summarised."""
    signal_dir.mkdir(parents=True, exist_ok=True)
    for name in ("ready", "committed"):
        (signal_dir / name).unlink(missing_ok=True)
    env = _env(NEWSFACET_BACKGROUND_REOPEN="0" if background else str(10**12))  # whatever the archive's size
    child = subprocess.Popen([_python(), "-m", "bench.reopen", "serve", str(index_dir), str(signal_dir)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while not (signal_dir / "ready").exists():
            if child.poll() is not None:
                raise RuntimeError(f"serving child failed: {_last_line(child.stderr.read())}")
            time.sleep(0.05)
        run = subprocess.run([_python(), "-m", "indexer.cli", "index", str(articles), "--index", str(index_dir),
                              "--workers", "1", "--json"], env=_env(), capture_output=True, text=True, timeout=7200)
        if run.returncode != 0:
            raise RuntimeError(f"newsfacet index failed: {_last_line(run.stderr)}")
        (signal_dir / "committed").write_text("1")
        out, err = child.communicate(timeout=LIMIT_SECONDS + 600)
        if child.returncode != 0:
            raise RuntimeError(f"serving child failed: {_last_line(err)}")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    got = json.loads(out.strip().splitlines()[-1])
    return {"mode": "background" if background else "synchronous", "articles": json.loads(run.stdout)["articles"],
            "background_reopens": got["background_reopens"], "rebuilt": got["rebuilt"], "memory": got["memory"], **_summary(got["rows"], got["before"])}


if __name__ == "__main__":
    {"serve": _serve_main}[sys.argv[1]](*sys.argv[2:])


def variant(extra: Path, tag: str) -> Path:
    """Another 100 new articles from the add-100 file: ids and titles tagged, a sentence prepended (later
    dispatches of the same stories; found copies of the first ones, as syndicated rewrites are)."""
    out = extra.parent.parent / f"{extra.parent.name}-{tag}" / f"{tag}.jsonl"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        lines = []
        for line in extra.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            rec.update(id=f"{rec['id']}-{tag}", title=f"{rec['title']} ({tag})", text=f"A later dispatch. {rec['text']}")
            lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
        out.write_text("".join(lines), encoding="utf-8")
    return out


def both(index_dir: Path, extra: Path, work: Path, log=print) -> dict:
    """The background and the synchronous measurement, each on its own commit of 100 articles."""
    got = {}
    for background, tag in ((True, "reopen-bg"), (False, "reopen-sync")):
        row = measure(index_dir, variant(extra, tag), work / f"{tag}-signals", background)
        log(f"after a commit ({row['mode']}): p95 {row['p95_ms']} ms, max {row['max_ms']} ms over {row['searches']} "
            f"searches; new generation answering after {row['new_generation_after_s']} s, first {row['first_new_ms']} ms")
        got[row["mode"]] = row
    return got
