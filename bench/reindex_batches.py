"""`reindex` in batches (issue 18): its temporary disk, time and index per batch size, and what k segments cost searches.

    python -m bench.reindex_batches STORE_DIR WORK --batches 0,4000,2000 [--per-kind 6] [--out r.json]

For each batch size (NEWSFACET_REINDEX_BATCH; 0 is one segment, the old rebuild) the store of STORE_DIR is
copied to WORK/b<batch>/ and its index rebuilt there in a child process (search.index.rebuild alone, so the
numbers are the index writer's, not a facet catch-up), while this process sums the bytes under the
building directory every 2 s (what `du -s` reports: allocated blocks) and under its ``MAIN.tmp`` (the
writer's sorting pool). Reported per size: peak building and pool bytes, wall and CPU (user + system, from
the child's rusage), segments, final index bytes. Then each batched index is compared with the one-segment
one by bench/search_ab.py's interleaved mix, this tree on both sides (``--other``): CPU p50/p95 per kind and
any answer that differs (everything but took_ms must be identical).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bytes(path: Path) -> int:
    """Allocated bytes under ``path`` (du -s), 0 when it is gone; files vanishing mid-walk are skipped."""
    if path.is_file():
        return path.stat().st_blocks * 512
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
            except OSError:
                pass
    return total


def _child(index_dir: str) -> None:
    from search import index as search_index

    print(json.dumps(search_index.rebuild(index_dir)), flush=True)


def reindex(store_dir: Path, work: Path, batch: int, log=print) -> dict:
    target = work / f"b{batch}"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy2(store_dir / "store.sqlite3", target / "store.sqlite3")
    env = dict(os.environ, NEWSFACET_REINDEX_BATCH=str(batch), PYTHONPATH=str(ROOT))
    peak = {"building": 0, "pool": 0}
    done = threading.Event()

    def sample():
        while not done.wait(2.0):
            for building in target.glob(".whoosh-*.building"):
                peak["building"] = max(peak["building"], _bytes(building))
                peak["pool"] = max(peak["pool"], _bytes(building / "MAIN.tmp"))

    sampler = threading.Thread(target=sample, daemon=True)
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, __file__, "--child", str(target)], env=env, cwd=ROOT,
                         stdout=subprocess.PIPE, text=True)
    sampler.start()
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    out = p.stdout.read()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise RuntimeError(f"rebuild with batch {batch} failed ({p.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    live = (target / "whoosh").resolve()
    row = {"batch": batch, "articles": result["articles"], "segments": result["segments"],
           "wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
           "max_rss_mb": round(usage.ru_maxrss / 1024),
           "peak_building_mb": round(peak["building"] / 2**20, 1), "peak_pool_mb": round(peak["pool"] / 2**20, 1),
           "index_mb": round(_bytes(live) / 2**20, 1), "store_mb": round(_bytes(target / "store.sqlite3") / 2**20, 1),
           "loadavg": os.getloadavg()}
    log(json.dumps(row))
    return row


def _ratios(per_query: list[dict]) -> dict:
    """Median over queries of this side's CPU / the base's, per kind and unfiltered vs filtered: robust to
    the few queries a busy machine slows down, which move a p95 of 6-18 queries."""
    import statistics

    groups: dict[str, list[float]] = {}
    for q in per_query:
        ratio = q["this_cpu"] / max(q["base_cpu"], 0.01)
        for key in (q["kind"], "every kind", "unfiltered" if not q["filters"] else "filtered"):
            groups.setdefault(key, []).append(ratio)
    return {k: round(statistics.median(v), 3) for k, v in sorted(groups.items())}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store_dir", type=Path)
    ap.add_argument("work", type=Path, nargs="?")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--batches", default="0,4000,2000")
    ap.add_argument("--per-kind", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-build", action="store_true", help="reuse WORK/b<batch>/ indexes already built")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    if args.child:
        _child(str(args.store_dir))
        return
    from . import search_ab

    batches = [int(b) for b in args.batches.split(",")]
    result: dict = {"store": str(args.store_dir), "builds": [], "searches": []}
    if not args.skip_build:
        for batch in batches:
            result["builds"].append(reindex(args.store_dir, args.work, batch))
    one = (args.work / f"b{batches[0]}").resolve()
    for batch in batches[1:]:
        ab = search_ab.run((args.work / f"b{batch}").resolve(), "HEAD", args.per_kind, args.seed, other=one)
        ab["batch"] = batch
        print(f"batch {batch} ('this') vs batch {batches[0]} ('base'): {len(ab['mismatches'])} answers differ")
        print("\n".join(search_ab.render(ab)))
        ab["cpu_ratio_median"] = _ratios(ab["per_query"])
        print("per-query CPU this/base, median:", json.dumps(ab["cpu_ratio_median"]))
        result["searches"].append(ab)
        if args.out:
            args.out.write_text(json.dumps(result, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
