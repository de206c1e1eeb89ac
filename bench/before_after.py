"""Before/after: the search bench of two source trees on the same corpus, in one run, old and new interleaved.

Issue 17 asks that the facet registry, the Whoosh adapter and the backend seam regress no benchmark. Absolute
times on a shared machine drift by tens of percent within minutes, so the two trees are timed back to back
(old, new, old, new, ...) and only the ratios new/old are reported.

Each tree gets its own store and Whoosh index, built by its own code from the same generated articles with the
same mentions (bench/story.py's NER-free mention finder, so both stores hold identical data whatever their
schema version). The query list (bench/search_latency.py's mix: 6 kinds x 3 filter levels) is built once,
with the new tree, and replayed verbatim by both. Reindex is `newsfacet reindex` of each tree on its own
index; one untimed reindex each first (the new tree's first one also backfills the author facet, a one-off).

Each timing runs in a child process whose ``search`` is the tree under test (its path first on sys.path,
checked); the bench package (generator and mention finder) always comes from this tree. ``--new`` points the
new side at another worktree (e.g. a clean checkout of HEAD while this one has uncommitted work).

    python -m bench.before_after --old /path/to/old/worktree [--articles 20000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .search_latency import KINDS, BenchQuery, percentile

HERE = Path(__file__).resolve().parent.parent  # this tree: its bench package runs on both sides
OUT = HERE / "bench" / "out"

# Run in the child: ``search``/``indexer`` from TREE, ``bench`` from this tree (registered before TREE's own).
_PRELUDE = """
import importlib.util, json, sys, time
from pathlib import Path
tree, new = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree)
spec = importlib.util.spec_from_file_location("bench", new + "/bench/__init__.py",
                                              submodule_search_locations=[new + "/bench"])
sys.modules["bench"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sys.modules["bench"])
import search
assert Path(search.__file__).resolve().is_relative_to(Path(tree).resolve()), (search.__file__, tree)
"""

_BUILD = _PRELUDE + """
from bench import story
print(story.build_store(Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), log=lambda m: None))
"""

# The query list, built against the new tree's index by the new tree's code (this process's ``search`` may
# be a third version, e.g. one whose store migrations would upgrade the new tree's store on open).
_QUERIES = _PRELUDE + """
from bench import fts5_baseline
from bench.search_latency import base_queries, with_filters
from search.engine import Engine
index_dir, fts_db, per_kind, seed = Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
if not fts_db.exists():
    fts5_baseline.build(index_dir, fts_db)
with Engine(index_dir, time_budget=0) as engine:
    lists = [with_filters(engine, base_queries(fts_db, k, s), s) for k, s in ((per_kind, seed), (1, seed + 1000))]
print(json.dumps([[[q.kind, q.q, q.filters] for q in qs] for qs in lists]))
"""

_TIME = _PRELUDE + """
from search.engine import Engine
index_dir, queries, warmup = sys.argv[3], json.loads(sys.argv[4]), json.loads(sys.argv[5])
out = []
with Engine(index_dir, time_budget=0) as engine:
    for p in warmup:
        engine.search(p)
    for p in queries:
        t0 = time.perf_counter()
        answer = engine.search(p)
        out.append([(time.perf_counter() - t0) * 1000, answer["total"]])
print(json.dumps({"search": search.__file__, "samples": out}))
"""


def _child(code: str, tree: Path, *args: str, timeout: float = 7200) -> tuple[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("NEWSFACET_INDEX", None)
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", code, str(tree), str(HERE), *args], env=env, cwd=str(tree),
                         capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - t0
    if run.returncode != 0:
        raise RuntimeError(f"child in {tree} failed: {run.stderr.strip()[-800:]}")
    return run.stdout.strip().splitlines()[-1], seconds


def _reindex(tree: Path, index_dir: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("NEWSFACET_INDEX", None)
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "indexer.cli", "reindex", "--index", str(index_dir)], env=env,
                         cwd=str(tree), capture_output=True, text=True, timeout=7200)
    if run.returncode != 0:
        raise RuntimeError(f"reindex in {tree} failed: {run.stderr.strip()[-800:]}")
    return time.perf_counter() - t0


def _stats(ms: list[float]) -> tuple[float, float]:
    return round(percentile(ms, 50), 1), round(percentile(ms, 95), 1)


def run(old: Path, n: int, seed: int, rounds: int, per_kind: int, reindex_rounds: int, work: Path,
        log=print, new: Path = HERE) -> dict:
    trees = {"old": old.resolve(), "new": new.resolve()}
    dirs: dict[str, Path] = {}
    for side in ("old", "new"):
        # Both in one folder: build_store names it by the tree's schema versions, so the two never clash
        # (and the new tree's is the story phase's own store).
        work.mkdir(parents=True, exist_ok=True)
        path, seconds = _child(_BUILD, trees[side], str(work), str(n), str(seed))
        dirs[side] = Path(path)
        log(f"{side}: store + index at {path} ({seconds:.0f} s, cached after the first run)")
    out: dict = {"articles": n, "seed": seed, "rounds": rounds, "old_tree": str(old), "new_tree": str(new),
                 "rows": []}
    if rounds:
        out.update(_search(trees, dirs, work, n, seed, rounds, per_kind, log))
    reindex: dict[str, list[float]] = {"old": [], "new": []}
    if reindex_rounds:
        for side in ("old", "new"):
            log(f"{side}: untimed reindex ({_reindex(trees[side], dirs[side]):.0f} s)")
        for r in range(reindex_rounds):
            for side in ("old", "new"):
                reindex[side].append(round(_reindex(trees[side], dirs[side]), 1))
                log(f"reindex round {r + 1} {side}: {reindex[side][-1]} s")
    out["reindex_seconds"] = reindex
    if reindex_rounds:
        # Load on a shared machine swings within minutes: each new run against the old run just before it,
        # and the fastest of each side (the run least disturbed), rather than medians of drifting samples.
        pairs = [nw / o for o, nw in zip(reindex["old"], reindex["new"])]
        out["reindex_ratio"] = round(statistics.median(pairs), 2)
        out["reindex_ratio_fastest"] = round(min(reindex["new"]) / min(reindex["old"]), 2)
    return out


def _search(trees: dict, dirs: dict, work: Path, n: int, seed: int, rounds: int, per_kind: int, log) -> dict:
    """The query mix, timed ``rounds`` times per side in fresh processes, old and new alternating."""
    fts_db = work / f"fts5-ba-{n}-s{seed}.sqlite3"
    line, _ = _child(_QUERIES, trees["new"], str(dirs["new"]), str(fts_db), str(per_kind), str(seed))
    queries, warmup = ([BenchQuery(*q) for q in qs] for qs in json.loads(line))
    qs, ws = json.dumps([q.params() for q in queries]), json.dumps([q.params() for q in warmup])

    ms: dict[str, list[list[float]]] = {"old": [], "new": []}
    totals: dict[str, list[int]] = {}
    for r in range(rounds):
        for side in ("old", "new"):  # A B A B: drift in machine load falls on both sides alike
            line, _ = _child(_TIME, trees[side], str(dirs[side]), qs, ws)
            answer = json.loads(line)
            ms[side].append([s[0] for s in answer["samples"]])
            totals[side] = [s[1] for s in answer["samples"]]
            log(f"round {r + 1} {side}: median {statistics.median(ms[side][-1]):.1f} ms ({answer['search']})")
    mismatched = [q.params() for q, a, b in zip(queries, totals["old"], totals["new"]) if a != b]

    # Per kind over every filter level, then the text kinds by filter level, then everything.
    groups = [(k, None) for k in KINDS] + [("ALL text", lv) for lv in (0, 1, 2, None)] + [("ALL", None)]
    rows = []
    for kind, level in groups:
        idx = [i for i, q in enumerate(queries)
               if (kind == "ALL" or q.kind == kind or (kind == "ALL text" and q.kind != "browse"))
               and (level is None or q.level == level)]
        old_s = [ms["old"][r][i] for r in range(rounds) for i in idx]
        new_s = [ms["new"][r][i] for r in range(rounds) for i in idx]
        (o50, o95), (n50, n95) = _stats(old_s), _stats(new_s)
        rows.append({"kind": kind, "filters": "all" if level is None else level, "n": len(old_s),
                     "old_p50_ms": o50, "new_p50_ms": n50, "ratio_p50": round(n50 / max(o50, 0.01), 2),
                     "old_p95_ms": o95, "new_p95_ms": n95, "ratio_p95": round(n95 / max(o95, 0.01), 2)})

    return {"queries": len(queries), "rows": rows, "totals_differ": mismatched}


def render(result: dict) -> str:
    from .report import table

    lines = [f"{result['articles']:,} articles (store built without NER); old tree {result['old_tree']}, new tree "
             f"{result['new_tree']}"]
    if result["rows"]:
        lines += [f"search: {result['queries']} queries x {result['rounds']} rounds per side, each round a fresh "
                  "process per side, old and new alternating", ""]
        lines.append(table(["kind", "filters", "n", "old p50", "new p50", "p50 new/old", "old p95", "new p95",
                            "p95 new/old"],
                           [[r["kind"], r["filters"], r["n"], r["old_p50_ms"], r["new_p50_ms"], r["ratio_p50"],
                             r["old_p95_ms"], r["new_p95_ms"], r["ratio_p95"]] for r in result["rows"]]))
        lines.append(f"queries whose totals differ between old and new: {len(result['totals_differ'])}")
    if result.get("reindex_ratio") is not None:
        lines.append(f"reindex (`newsfacet reindex`, {result['articles']:,} articles) seconds, alternating: old "
                     f"{result['reindex_seconds']['old']}, new {result['reindex_seconds']['new']}; new/old: median "
                     f"of the paired runs {result['reindex_ratio']}, fastest run {result['reindex_ratio_fastest']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.before_after", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--old", type=Path, required=True, help="a worktree of the commit to compare against")
    p.add_argument("--new", type=Path, default=HERE, help="the tree to compare (default: this one)")
    p.add_argument("--articles", type=int, default=20000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--rounds", type=int, default=3, help="timed passes over the query list per side")
    p.add_argument("--per-kind", type=int, default=8)
    p.add_argument("--reindex-rounds", type=int, default=2)
    p.add_argument("--work", type=Path, default=OUT)
    p.add_argument("--out", type=Path, default=OUT / "before-after.json")
    args = p.parse_args(argv)
    result = run(args.old, args.articles, args.seed, args.rounds, args.per_kind, args.reindex_rounds, args.work,
                 log=lambda m: print(f"[before/after {time.strftime('%H:%M:%S')}] {m}", file=sys.stderr,
                                     flush=True), new=args.new)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
