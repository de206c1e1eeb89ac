"""What `newsfacet index` pays before it reads a file: `indexer.pipeline.sync_index`, old tree vs new (issue 18).

    python -m bench.sync_cost --old /path/to/old/tree --store /work/scale/scale-100000-s1-v7.1 \
        --add /work/scale/scale-add-100000-s1 [--new .] [--work /work/scale]

Each tree gets its own copy of the store directory (store + Whoosh index). On each copy, in this order, old
and new interleaved so load drift hits both alike:

1. ``sync``: sync_index alone in a fresh process of that tree, timed around the call only (wall and the
   process's CPU). On the new tree the first one after the schema upgrade has no mark to agree with, so
   it checks the whole store once; that one-off is reported as such.
2. ``add``: ``newsfacet index`` of the 100 articles in ``--add`` (real NER, 1 worker): wall and CPU of the
   whole run (its own sync included).
3. ``sync`` again: what the next run pays at its start, after a real run has committed (the steady state).

``--sync-only`` replaces the add with a second sync (the modules sync_index needs are imported before the
clock in every child, so these are its own cost).

Every child imports ``search`` and ``indexer`` from its tree (checked).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from .memory import run_child

_SYNC = """
import json, sys, time
from pathlib import Path
import indexer, search
tree = Path(sys.argv[2]).resolve()
assert Path(indexer.__file__).resolve().is_relative_to(tree), (indexer.__file__, tree)
assert Path(search.__file__).resolve().is_relative_to(tree), (search.__file__, tree)
from indexer.pipeline import sync_index
from search import index as _index, whoosh_backend as _backend  # imported before the clock, both trees
from search.store import Store
idx = Path(sys.argv[1])
store = Store(idx)
store.schema_version()  # opens and upgrades the store before the clock starts
c0, t0 = time.process_time(), time.perf_counter()
report = sync_index(idx, store)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
store.close()
print(json.dumps({"seconds": round(wall, 3), "cpu_seconds": round(cpu, 3), "ok": report["ok"],
                  "checked": report.get("checked", True), "store_articles": report.get("store_articles")}))
"""


def _env(tree: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("NEWSFACET_INDEX", None)
    return env


def _sync(tree: Path, idx: Path) -> dict:
    run = run_child([sys.executable, "-c", _SYNC, str(idx), str(tree)], env=_env(tree), timeout=3600, cwd=str(tree))
    if run.returncode != 0:
        raise RuntimeError(f"sync in {tree} failed: {run.stderr.strip().splitlines()[-1:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def _add(tree: Path, idx: Path, add_dir: Path) -> dict:
    argv = [sys.executable, "-m", "indexer.cli", "index", str(add_dir), "--index", str(idx), "--workers", "1", "--json"]
    run = run_child(argv, env=_env(tree), timeout=7200, cwd=str(tree))
    if run.returncode != 0:
        raise RuntimeError(f"index in {tree} failed: {run.stderr.strip().splitlines()[-1:]}")
    return {"seconds": round(run.seconds, 2), "cpu_seconds": round(run.cpu_seconds, 2),
            "articles": json.loads(run.stdout)["articles"], "peak_rss_mb": round(run.peak_rss_mb)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.sync_cost", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--old", type=Path, required=True, help="the tree before the change")
    p.add_argument("--new", type=Path, default=Path(__file__).resolve().parent.parent)
    p.add_argument("--store", type=Path, required=True, help="a store directory (store.sqlite3 + Whoosh index)")
    p.add_argument("--add", type=Path, help="a folder of new articles (e.g. scale mode's add.jsonl)")
    p.add_argument("--work", type=Path, default=Path("/tmp"), help="where the two copies are made")
    p.add_argument("--sync-only", action="store_true", help="no add: sync twice (the second is the steady state)")
    args = p.parse_args(argv)
    if args.add is None and not args.sync_only:
        p.error("--add FOLDER is needed unless --sync-only")
    trees = {"old": args.old.resolve(), "new": args.new.resolve()}
    copies = {side: args.work / f"sync-{side}-{args.store.name}" for side in trees}
    out: dict = {"store": str(args.store), "load_start": os.getloadavg()}
    try:
        for copy in copies.values():
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(args.store, copy, ignore=shutil.ignore_patterns("*.building"))
        add = ("sync_again", _sync) if args.sync_only else ("add", lambda t, c: _add(t, c, args.add))
        for step, func in (("sync_first", _sync), add, ("sync_next", _sync)):
            for side, tree in trees.items():
                out.setdefault(side, {})[step] = func(tree, copies[side])
                print(f"{side} {step}: {out[side][step]}", file=sys.stderr, flush=True)
    finally:
        for copy in copies.values():
            shutil.rmtree(copy, ignore_errors=True)
    out["load_end"] = os.getloadavg()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
