"""The scale mode's query mix through newsfacet alone on a warmed index: what a server answering all day sees.

``python -m bench.alone INDEX_DIR FTS5_DB [PER_KIND] [SEED] [ROUNDS]`` (defaults 8, 1, 2): builds the same
queries as the scale mode (search_latency.base_queries + with_filters, same seed), reads the index and the
store into the page cache (page_cache.py), then times the mix ROUNDS times, each with a fresh Engine after the
same warm-up list, and prints each round's p50/p95 per kind, wall clock and CPU, as JSON lines. No other engine
runs in between (the scale mode's interleaved pass runs FTS5 and tantivy between two newsfacet queries).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def run(index_dir: Path, fts_db: Path, per_kind: int = 8, seed: int = 1, rounds: int = 2, log=print) -> list[dict]:
    from search.engine import Engine

    from . import page_cache, search_latency
    from .scale_report import latency_table

    builder = Engine(index_dir)
    try:
        queries = search_latency.with_filters(builder, search_latency.base_queries(fts_db, per_kind, seed), seed)
        warmup = search_latency.with_filters(builder, search_latency.base_queries(fts_db, 1, seed + 1000), seed + 1000)
    finally:
        builder.close()
    log(json.dumps({"page_cache": page_cache.warm(page_cache.newsfacet_files(index_dir))}))
    out = []
    for n in range(1, rounds + 1):
        engine = Engine(index_dir)
        try:
            for q in warmup:
                search_latency.answer_or_refused(engine, q.params())
            samples = [{"kind": q.kind, "q": q.q, "filters": q.filters, "newsfacet_ms": ms, "newsfacet_cpu_ms": cpu}
                       for q, (ms, cpu) in zip(queries, search_latency.time_each(engine, queries))]
        finally:
            engine.close()
        table = latency_table(samples, float("inf"))
        row = {"round": n, "queries": len(samples),
               "p95_ms": {k: {"wall": v["newsfacet"]["p95"], "cpu": v["cpu_newsfacet"]["p95"]} for k, v in table.items()},
               "p50_ms": {k: {"wall": v["newsfacet"]["p50"], "cpu": v["cpu_newsfacet"]["p50"]} for k, v in table.items()}}
        log(json.dumps(row))
        out.append(row)
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit("usage: python -m bench.alone INDEX_DIR FTS5_DB [PER_KIND] [SEED] [ROUNDS]")
    run(Path(args[0]), Path(args[1]), *(int(a) for a in args[2:5]))
