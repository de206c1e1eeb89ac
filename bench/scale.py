"""Scale mode (issue 18): `python -m bench --scale 20000,100000[,300000,1000000]`.

For each size, a synthetic store is written directly (bench/generator.py's articles with their mentions
found without NER, as bench/story.py does: minutes instead of hours), its copy index is built, its Whoosh
index is built with `newsfacet reindex`, and then, on that one archive:

- **add 100**: the next 100 generated articles (the generator plants rewrites of recent stories among them,
  so they include copies of archived articles) as one JSONL file through `newsfacet index` with real NER,
  on a copy of the store: wall time, peak RSS, and the copy grouping's own part (the run's summary);
- **old grouping at the same size**: the whole-store pass (indexer.dedupe.find_copies over every article,
  what `newsfacet index` ran before issue 18) on that same store after the add, in its own process (time,
  peak RSS), and its answer compared with the incremental one: precision and recall of {copy: original};
  skipped above OLD_GROUPING_MAX articles (it needs ~33 MB per 1k);
- **search**: bench/search_latency.py's query mix (6 kinds x 3 filter levels) through newsfacet, SQLite
  FTS5 (stopped after NEWSFACET_BENCH_FTS5_TIMEOUT seconds per query, shown as "> N s") and tantivy
  (bench/tantivy_baseline.py; the optional `bench` dependency, its columns empty without it) on the same
  documents, query by query; p50/p95 per kind in wall clock and in the query thread's CPU time, which is
  what to compare on a shared machine (wall clock there measures the scheduler as much as the engine);
- **after a commit**: searches of a warmed serving process while `newsfacet index` commits 100 more
  articles beside it, with the background reopen and without (bench/reopen.py);
- **first open + first search** in a fresh process, and **serving memory** per gunicorn worker (VmHWM).
- `reindex` and the add-100 run report their CPU time (user + system) beside the wall clock, for the same
  reason.

Stores are cached under bench/out/ (or --work) by (size, seed, schema); the add-100 always runs on a fresh
copy. A store, FTS5 database or tantivy index another process is building beside the run is waited for.
This module measures; bench/scale_report.py turns its results into the tables of bench/RESULTS.md.
"""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sys
import time
from datetime import date
from pathlib import Path

from . import fts5_baseline, generator, page_cache, reopen, search_latency, serving, story
from .indexing import _env, _last_line, _python, reindex
from .memory import dir_size_mb, run_child
from .scale_report import latency_table

ADD = 100
SHARD = 250
FTS5_TIMEOUT = 10.0  # seconds per FTS5 query (NEWSFACET_BENCH_FTS5_TIMEOUT); past it the cell says "> 10 s"
# The whole-store grouping needs ~33 MB per 1k articles (10 GB at 300k, issue 18): past this size the
# comparison is not run unless NEWSFACET_BENCH_OLD_GROUPING_MAX allows it (it only proves the old cost).
OLD_GROUPING_MAX = 100_000
WRITTEN = "scale-written.json"  # the articles are in: a build interrupted after this resumes from here


def _key(n: int, seed: int) -> str:
    from search import schema
    from search import store as store_mod

    return f"{n}-s{seed}-v{store_mod.SCHEMA_VERSION}.{schema.SCHEMA_VERSION}"


def adopt_older(work: Path, n: int, seed: int, log=print) -> str | None:
    """Take over this size's stores built under an older store or Whoosh schema instead of building them
    again: the store upgrades itself in place on its first open (search/migrations.py), its FTS5 database
    and tantivy index hold the same documents, and a Whoosh index of an older schema is rebuilt by
    `reindex` alone (build_store), so a new column, trigger or index field does not cost the next session
    hours of writing and grouping at 300k. Nothing another process is still building is touched (its lock
    is alive). Returns the key taken over, if any."""
    key = _key(n, seed)
    store_v, whoosh_v = (int(v) for v in key.rsplit("-v", 1)[1].split("."))
    if (work / f"scale-{key}").exists():
        return None
    older = []
    for d in work.glob(f"scale-{n}-s{seed}-v*.*"):
        m = re.fullmatch(rf"scale-{n}-s{seed}-v(\d+)\.(\d+)", d.name)
        if m and d.is_dir() and (int(m.group(1)), int(m.group(2))) < (store_v, whoosh_v) \
                and int(m.group(1)) <= store_v and int(m.group(2)) <= whoosh_v:
            older.append((int(m.group(1)), int(m.group(2)), d))
    if not older:
        return None
    old_v, old_whoosh, old_dir = max(older)
    old_key = f"{n}-s{seed}-v{old_v}.{old_whoosh}"
    locks = (old_dir.with_suffix(".building"), work / f"scale-fts5-{old_key}.sqlite3.building",
             work / f"scale-tantivy-{old_key}.building")
    if any(lock.exists() and _alive(lock.read_text()) for lock in locks):
        return None
    for name in ("scale-{}", "scale-fts5-{}.sqlite3", "scale-fts5-{}.json", "scale-tantivy-{}", "scale-tantivy-{}.json"):
        if (work / name.format(old_key)).exists():
            os.rename(work / name.format(old_key), work / name.format(key))
    marker = work / f"scale-{key}" / "scale-build.json"
    if old_whoosh != whoosh_v and marker.exists():  # its Whoosh index is of an older schema: `reindex` it
        marker.write_text(json.dumps(dict(json.loads(marker.read_text()), reindex_for=f"whoosh schema {whoosh_v}")))
    log(f"scale {n:,}: took over the stores of store schema v{old_v}, Whoosh schema {old_whoosh} "
        f"(the store upgraded in place on first open{', the Whoosh index rebuilt' if old_whoosh != whoosh_v else ''})")
    return old_key


def _article(rec: dict, kinds, where, shard: str):
    from search.model import Article, Paragraph

    paragraphs = rec["text"].split("\n\n")
    return Article(id=rec["id"], title=rec["title"], source=rec["source"], published=rec["published"],
                   published_source="metadata", paragraphs=[Paragraph(k, t) for k, t in enumerate(paragraphs)],
                   mentions=story._mentions(paragraphs, date.fromisoformat(rec["published"]), kinds, where),
                   origin_path=shard)


def build_store(work: Path, n: int, seed: int, log=print) -> tuple[Path, dict]:
    """The synthetic store (through Store.write_file, no NLP), its copy index, its Whoosh index."""
    index_dir = work / f"scale-{_key(n, seed)}"
    marker = index_dir / "scale-build.json"
    lock = index_dir.with_suffix(".building")
    while not marker.exists() and lock.exists() and _alive(lock.read_text()):
        time.sleep(10)  # another bench process is building this store (a prebuild run beside this one)
    if marker.exists():
        info = json.loads(marker.read_text())
        if not info.get("reindex_for"):
            return index_dir, dict(info, cached=True)
        lock.write_text(str(os.getpid()))
        try:  # taken over from an older Whoosh schema (adopt_older): the store stays, the index is rebuilt
            info["reindex_before"], info["reindex"] = info.get("reindex"), reindex(index_dir, n)
            info["reindexed_for"] = info.pop("reindex_for")
            info["store_mb"] = round(dir_size_mb(index_dir), 1)
            marker.write_text(json.dumps(info))
        finally:
            lock.unlink(missing_ok=True)
        log(f"scale {n:,}: reindexed for {info['reindexed_for']}: {info['reindex']}")
        return index_dir, dict(info, cached=False)
    index_dir.mkdir(parents=True, exist_ok=True)  # an interrupted write resumes (_build): 1M takes hours
    lock.write_text(str(os.getpid()))
    try:
        return index_dir, _build(index_dir, marker, n, seed, log)
    finally:
        lock.unlink(missing_ok=True)


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def _build(index_dir: Path, marker: Path, n: int, seed: int, log) -> dict:
    from indexer.copy_update import update_copies
    from search.store import Store

    written = index_dir / WRITTEN
    store = Store(index_dir)
    if written.exists():  # an interrupted build: the articles are in, the copy index and Whoosh are not
        write_s = json.loads(written.read_text()).get("write_seconds")
    else:
        seeds = generator.load_seeds()
        kinds, where = story._vocabulary(seeds)
        done = {f["path"] for f in store.files()}  # each shard is one transaction: a killed write lost at most one
        if done:
            log(f"scale {n:,}: resuming after {len(done):,} shards already in the store")
        t0 = time.perf_counter()
        batch: list = []
        for i, rec in enumerate(generator.generate(n, seed, seeds)):
            shard = f"part-{i // SHARD:05d}"
            if shard in done:
                continue  # the generator still runs: its records depend on every earlier one
            batch.append(_article(rec, kinds, where, shard))
            if batch and (len(batch) == SHARD or i == n - 1):
                store.write_file(shard, f"{shard}-{seed}", batch)
                batch = []
            if (i + 1) % 20000 == 0:
                log(f"scale {n:,}: {i + 1:,} articles written")
        write_s = round(time.perf_counter() - t0, 1)
        written.write_text(json.dumps({"write_seconds": write_s}))
    t1 = time.perf_counter()
    _changes, first = update_copies(store)  # the copy index's first build: every article is queued
    store.close()
    copies_s = time.perf_counter() - t1
    log(f"scale {n:,}: store written in {write_s} s, copy index built in {copies_s:.0f} s")
    rebuilt = reindex(index_dir, n)
    info = {"articles": n, "write_seconds": write_s, "copy_index_seconds": round(copies_s, 1),
            "copy_index_run": first.as_dict(), "reindex": rebuilt, "store_mb": round(dir_size_mb(index_dir), 1)}
    marker.write_text(json.dumps(info))
    return dict(info, cached=False)


def _extra(work: Path, n: int, seed: int) -> Path:
    """The 100 articles that follow the archive in the generator's sequence, as one JSONL file."""
    path = work / f"scale-add-{n}-s{seed}" / "add.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # streamed past the archive: a list of n + 100 articles would hold GBs in the bench process at 1M
        records = list(itertools.islice(generator.generate(n + ADD, seed), n, None))
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def add_hundred(work: Path, index_dir: Path, n: int, seed: int, log=print) -> dict:
    """`newsfacet index` of 100 new articles (real NER) on a copy of the store, then the old whole-store
    grouping on that same store for comparison."""
    scratch = work / f"scale-scratch-{n}"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(index_dir, scratch, symlinks=True)  # the live `whoosh` link stays a link, as served
    try:
        extra = _extra(work, n, seed)
        argv = [_python(), "-m", "indexer.cli", "index", str(extra.parent), "--index", str(scratch),
                "--workers", "1", "--json"]
        run = run_child(argv, env=_env(), timeout=7200)
        if run.returncode != 0:
            raise RuntimeError(f"newsfacet index failed: {_last_line(run.stderr)}")
        summary = json.loads(run.stdout)
        grouping = summary.get("copy_grouping") or {}
        new = {"seconds": round(run.seconds, 2), "cpu_seconds": round(run.cpu_seconds, 2), "peak_rss_mb": round(run.peak_rss_mb),
               "peak_tree_rss_mb": round(run.peak_tree_rss_mb), "articles": summary["articles"],
               "copy_seconds": grouping.get("seconds"), "copy_run": grouping}
        log(f"scale {n:,}: add {ADD} in {run.seconds:.1f} s (copy grouping {grouping.get('seconds')} s), "
            f"peak {run.peak_rss_mb:.0f} MB")
        limit = int(os.environ.get("NEWSFACET_BENCH_OLD_GROUPING_MAX", OLD_GROUPING_MAX))
        if n > limit:
            log(f"scale {n:,}: old whole-store grouping not run (over {limit:,} articles)")
            return {"new": new, "old": {"skipped": f"not run above {limit:,} articles (NEWSFACET_BENCH_OLD_GROUPING_MAX)"},
                    "reopen": reopen.both(scratch, extra, work, log=lambda m: log(f"scale {n:,}: {m}"))}
        old_run = run_child([_python(), "-m", "bench.scale", "old-grouping", str(scratch)], env=_env(), timeout=7200)
        if old_run.returncode != 0:
            raise RuntimeError(f"old grouping failed: {_last_line(old_run.stderr)}")
        old = json.loads(old_run.stdout.strip().splitlines()[-1])
        old.update(wall_seconds=round(old_run.seconds, 2), peak_rss_mb=round(old_run.peak_rss_mb))
        log(f"scale {n:,}: old whole-store grouping {old['seconds']} s, peak {old_run.peak_rss_mb:.0f} MB; "
            f"precision {old['precision']} recall {old['recall']}")
        return {"new": new, "old": old,
                "add_with_old_grouping_seconds": round(new["seconds"] - (new["copy_seconds"] or 0) + old["seconds"], 2),
                "reopen": reopen.both(scratch, extra, work, log=lambda m: log(f"scale {n:,}: {m}"))}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _old_grouping_main(index_dir: str) -> None:
    """Child: the whole-store pass over the store, timed, and compared with the store's incremental groups."""
    from indexer.dedupe import find_copies
    from search.store import Store

    store = Store(index_dir, readonly=True)
    t0 = time.perf_counter()
    old = find_copies(store.dedupe_docs())
    seconds = time.perf_counter() - t0
    new = store.copy_map()
    store.close()
    same = sum(1 for c, o in new.items() if old.get(c) == o)
    grouped = len(set(new) & set(old))
    print(json.dumps({
        "seconds": round(seconds, 2), "copies_old": len(old), "copies_new": len(new),
        "precision": round(same / len(new), 4) if new else 1.0, "recall": round(same / len(old), 4) if old else 1.0,
        "same_copy_articles": grouped, "identical": old == new}))


def _first_search_main(index_dir: str) -> None:
    """Child: a fresh process opens the engine and answers one search (what a new worker pays)."""
    from search.engine import Engine

    t0 = time.perf_counter()
    with Engine(index_dir) as engine:
        engine.search({"q": ["ceasefire"]})
        seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": round(seconds, 3)}))


def search_rows(work: Path, index_dir: Path, n: int, seed: int, per_kind: int, serve_seconds: float, log=print) -> dict:
    from . import tantivy_baseline

    fts_db = work / f"scale-fts5-{_key(n, seed)}.sqlite3"
    tv_dir = work / f"scale-tantivy-{_key(n, seed)}"
    for path in (fts_db, tv_dir):  # a prebuild process beside this run may be building them (as build_store)
        lock = path.parent / (path.name + ".building")
        while lock.exists() and _alive(lock.read_text()):
            time.sleep(10)
    fts = fts5_baseline.build(index_dir, fts_db)
    log(f"scale {n:,}: FTS5 database {fts}")
    tv_build = {"error": tantivy_baseline.INSTALL_HINT}
    if tantivy_baseline.available():
        tv_build = tantivy_baseline.build(index_dir, tv_dir)
        log(f"scale {n:,}: tantivy index {tv_build}")
    else:
        tv_dir = None
        log(f"scale {n:,}: {tantivy_baseline.INSTALL_HINT}; its columns stay empty")
    timeout = float(os.environ.get("NEWSFACET_BENCH_FTS5_TIMEOUT", FTS5_TIMEOUT))
    # newsfacet's index and store and tantivy's index read once first (page_cache.py: what a serving
    # machine holds); FTS5's 6 GB at 1M would not fit beside them and stays cold
    warm = [p for p in (*page_cache.newsfacet_files(index_dir), tv_dir) if p is not None and p.exists()]
    lat = search_latency.run(index_dir, fts_db, per_kind, seed, log=log, tantivy_dir=tv_dir, fts5_timeout=timeout,
                             alone=True, warm=warm)
    samples = lat["samples"]
    table = latency_table(samples, timeout * 1000)

    def p(values, q):
        return round(search_latency.percentile(values, q), 1)

    out = {
        "fts5_build": fts, "tantivy_build": tv_build, "fts5_timeout_s": timeout, "load_at_search": os.getloadavg(),
        "fts5_timeouts": sum(1 for s in samples if s.get("fts5_timed_out")), "queries": len(samples),
        "page_cache": lat.get("page_cache"),
        "refused": f"{sum(1 for s in samples if s.get('newsfacet_refused'))} / {len(samples)}",
        "per_kind": table,
        "text_2_filters_p95_ms": table["text + 2 filters"]["newsfacet"]["p95"],
        "every_kind_p95_ms": table["every kind"]["newsfacet"]["p95"],
        "max_kind_p95_ms": max(table[k]["newsfacet"]["p95"] for k in search_latency.KINDS if table[k]["n"]),
        "phrase_no_filter_p95_ms": table["phrase, no filter"]["newsfacet"]["p95"],
        "browse_p50_ms": p([s["newsfacet_ms"] for s in samples if s["kind"] == "browse" and not s["filters"]], 50),
        "cpu": {"text_2_filters_p95_ms": table["text + 2 filters"]["cpu_newsfacet"]["p95"],
                "every_kind_p95_ms": table["every kind"]["cpu_newsfacet"]["p95"],
                "max_kind_p95_ms": max(table[k]["cpu_newsfacet"]["p95"] for k in search_latency.KINDS if table[k]["n"]),
                "phrase_no_filter_p95_ms": table["phrase, no filter"]["cpu_newsfacet"]["p95"],
                "browse_p50_ms": table["browse"]["cpu_newsfacet"]["p50"]},
        "samples": samples,
    }
    for clock, into in (("", out), ("cpu_", out["cpu"])):  # the same rows for newsfacet answering by itself
        into["alone_text_2_filters_p95_ms"] = table["text + 2 filters"][clock + "alone"]["p95"]
        into["alone_every_kind_p95_ms"] = table["every kind"][clock + "alone"]["p95"]
        into["alone_max_kind_p95_ms"] = max((table[k][clock + "alone"]["p95"] for k in search_latency.KINDS
                                             if isinstance(table[k][clock + "alone"]["p95"], float)), default="-")
    first = run_child([_python(), "-m", "bench.scale", "first-search", str(index_dir)], env=_env(), timeout=600)
    if first.returncode == 0:
        out["first_open_search_s"] = json.loads(first.stdout.strip().splitlines()[-1])["seconds"]
        out["first_open_search_peak_rss_mb"] = round(first.peak_rss_mb)
    queries = [search_latency.BenchQuery(s["kind"], s["q"], s["filters"]) for s in samples]
    served = serving.run(index_dir, queries, serve_seconds, 20000, log=log)
    out["serving_worker_peak_rss_mb"] = round(served.get("worker_peak_rss_mb") or 0)
    # what a worker holds beyond the index files every worker maps and shares (issue 18's per-worker target):
    # its resident pages minus the resident part of the mapped .seg/.npy/.npz files, at the end of the load
    out["serving_worker_memory"] = served.get("worker_memory")
    beyond = [m["rss_mb"] - sum(f["rss_mb"] for f in m.get("mapped", {}).values())
              for m in served.get("worker_memory") or [] if m and "rss_mb" in m]
    out["serving_worker_beyond_index_mb"] = round(max(beyond)) if beyond else None
    out["serving_p95_ms"] = served.get("p95_ms")
    return out


def run(work: Path, n: int, seed: int, per_kind: int, serve_seconds: float, log=print) -> dict:
    adopt_older(work, n, seed, log=log)
    index_dir, build = build_store(work, n, seed, log=log)
    result = {"articles": n, "build": build, "load": {"add": os.getloadavg()}}
    result["add"] = add_hundred(work, index_dir, n, seed, log=log)
    result["load"]["search"] = os.getloadavg()
    result["search"] = search_rows(work, index_dir, n, seed, per_kind, serve_seconds, log=log)
    result["load"]["end"] = os.getloadavg()
    return result


if __name__ == "__main__":
    {"old-grouping": _old_grouping_main, "first-search": _first_search_main}[sys.argv[1]](*sys.argv[2:])
