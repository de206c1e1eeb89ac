"""Where a filtered query's CPU goes, per stage, from the scale bench's own samples (issue 18).

    python -m bench.profile_filtered INDEX_DIR SCALE_JSON [--size 1000000] [--filters 2] [--top 40]

Takes the slowest ``--top`` queries with ``--filters`` filters of one size of a scale run
(``python -m bench --scale ...`` writes their samples: query, filters, wall and CPU ms), and answers each
as the bench did, right after the same query with fewer filters (the mix drills down: q, q + 1 filter,
q + 2 filters), then once more (warm: the counts' cache and the page cache hold it). Each stage's time is
this thread's CPU clock (a loaded machine inflates wall time many times over), summed inside the stage's
function: query parsing, facet selection masks, text matching, ordering, facet counting (each facet, the
top-k path and the date facet apart), store reads + snippets. Per query: the stages over 1 ms.
"""
from __future__ import annotations

import argparse
import collections
import json
import time
from pathlib import Path

STAGES = [  # (module, owner or None, function, label)
    ("search.whoosh_backend", None, "parse_query", "parse query"),
    ("search.facets", None, "selection_masks", "filter masks"),
    ("search.facets", None, "scope", "filter scope"),
    ("search.matching", "Matcher", "evaluate", "text match"),
    ("search.whoosh_backend", "WhooshBackend", "_match", "match (all of it)"),
    ("search.searcher", "IndexView", "group", "copy grouping"),
    ("search.whoosh_backend", "WhooshBackend", "_order", "order (scores of the answer)"),
    ("search.facets", None, "facet_counts", "facet counts (all of it)"),
    ("search.facets", None, "_cached_top", "  top-k counts"),
    ("search.facets", "DateFacet", "entries", "  date facet"),
    ("search.engine", "Engine", "_results", "store reads + snippets"),
    ("search.engine", "Engine", "search", "whole Engine.search"),
]


def _instrument(acc: collections.Counter) -> None:
    import importlib

    def wrap(owner, name, label):
        f = getattr(owner, name)

        def timed(*a, **k):
            t = time.thread_time_ns()
            try:
                return f(*a, **k)
            finally:
                acc[label] += time.thread_time_ns() - t
        setattr(owner, name, timed)

    for module, owner, name, label in STAGES:
        m = importlib.import_module(module)
        wrap(getattr(m, owner) if owner else m, name, label)
    facets = importlib.import_module("search.facets")
    entries = facets.Facet.entries

    def per_facet(self, view, mask, params, *a, **k):
        t = time.thread_time_ns()
        try:
            return entries(self, view, mask, params, *a, **k)
        finally:
            acc[f"  facet {self.name}{' (selected)' if self.name in params.filters else ''}"] += time.thread_time_ns() - t
    facets.Facet.entries = per_facet


def profile(index_dir: Path, samples: list[dict], filters: int = 2, top: int = 40) -> dict:
    from search.engine import Engine

    chosen = sorted((s for s in samples if len(s["filters"]) == filters and s["q"]),
                    key=lambda s: -s["newsfacet_cpu_ms"])[:top]
    acc: collections.Counter = collections.Counter()
    _instrument(acc)
    engine = Engine(index_dir, time_budget=600)  # a view's first text query builds its caches: not refused
    out: dict = {"queries": len(chosen), "filters": filters}
    try:
        engine.search({"q": [""]})
        engine.search({"q": ["the"]})  # field lengths and the top-k counters, as the mix's first queries do
        for rnd in ("first", "again"):
            stages: collections.Counter = collections.Counter()
            rows = []
            for s in chosen:
                params = {"q": [s["q"]], **{k: list(v) for k, v in s["filters"].items()}}
                if rnd == "first":  # the drill-down before it, as in the mix
                    for level in range(filters):
                        engine.search({"q": [s["q"]], **{k: params[k] for k in list(s["filters"])[:level]}})
                acc.clear()
                engine.search(params)
                stages.update(acc)
                rows.append({"q": s["q"], "filters": s["filters"], "bench_cpu_ms": s["newsfacet_cpu_ms"],
                             "stages_ms": {k: round(v / 1e6, 1) for k, v in acc.items() if v >= 1e6}})
            cpu = sorted(r["stages_ms"].get("whole Engine.search", 0.0) for r in rows)
            out[rnd] = {"cpu_p50_ms": cpu[len(cpu) // 2] if cpu else None,
                        "cpu_p95_ms": cpu[min(len(cpu) - 1, int(len(cpu) * 0.95))] if cpu else None,
                        "stages_ms_per_query": {k: round(v / 1e6 / max(len(rows), 1), 2)
                                                for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
                        "slowest": sorted(rows, key=lambda r: -r["stages_ms"].get("whole Engine.search", 0))[:8]}
    finally:
        engine.close()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index_dir", type=Path)
    ap.add_argument("scale_json", type=Path, help="a scale run's JSON (bench/scale.py): its per-size samples")
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--filters", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    run = json.loads(args.scale_json.read_text())
    sizes = [r for r in run["results"] if r.get("articles") == args.size] or run["results"][-1:]
    print(json.dumps(profile(args.index_dir, sizes[0]["search"]["samples"], args.filters, args.top), indent=1))


if __name__ == "__main__":
    main()
