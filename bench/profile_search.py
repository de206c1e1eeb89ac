"""Where a search's time goes: cProfile over the bench query mix, grouped by search/ stage.

    python -m bench.profile_search INDEX_DIR FTS5_DB [--per-kind 4] [--filters 2] [--top 25]

The stages are the engine's own functions (query parsing, matching, facet counting, ranking, store reads,
snippets, did-you-mean), so the output says which one to make cheaper rather than which Whoosh internal
is hot. Opening the index (IndexView's numpy caches) is profiled separately: it is paid once per worker
and again after every index commit, which is what serving-while-indexing feels.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path

# (label, file fragment, function name): cumulative time of each, per query.
STAGES = [
    ("parse params + query text", "search/querytext.py", "parse"),
    ("text match (docs_for_query)", "whoosh/searching.py", "docs_for_query"),
    ("facet masks + counts", "search/facets.py", "facet_counts"),
    ("  top-k counts (broad docsets)", "search/facet_topk.py", "top"),
    ("  counts over every value", "search/searcher.py", "counts"),
    ("copy grouping", "search/searcher.py", "group"),
    ("ranking", "search/ranking.py", "by_relevance"),
    ("ranking (browse)", "search/ranking.py", "by_published"),
    ("results: store reads + snippets", "search/engine.py", "_results"),
    ("  store.get_articles", "search/store.py", "get_articles"),
    ("  store.heads", "search/store.py", "heads"),
    ("  snippets", "search/snippets.py", "snippets"),
    ("did_you_mean", "search/spelling.py", "did_you_mean"),
    ("whole Engine.search", "search/engine.py", "search"),
]


def stage_table(stats: pstats.Stats, calls: int) -> list[tuple[str, float]]:
    rows = []
    for label, fragment, name in STAGES:
        cum = sum(v[3] for (file, _line, func), v in stats.stats.items() if func == name and file.endswith(fragment))
        rows.append((label, cum * 1000 / max(calls, 1)))
    return rows


def profile(index_dir: Path, fts_db: Path, per_kind: int = 4, filters: int = 2, seed: int = 1,
            keep: bool = False) -> dict:
    """Stage breakdown (ms/query) over the mix's queries with ``filters`` filters, plus the index open."""
    from search.engine import Engine

    from .search_latency import base_queries, with_filters

    builder = Engine(index_dir)
    try:
        queries = with_filters(builder, base_queries(fts_db, per_kind, seed), seed)
    finally:
        builder.close()
    queries = [q for q in queries if filters < 0 or q.level == filters]
    engine = Engine(index_dir)
    try:
        open_prof = cProfile.Profile()
        t0 = time.perf_counter()
        open_prof.runcall(engine.search, {"q": [""], "per_page": ["1"]})
        open_ms = (time.perf_counter() - t0) * 1000
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        for q in queries:
            prof.runcall(engine.search, q.params())
        per_query = (time.perf_counter() - t0) * 1000 / max(len(queries), 1)
    finally:
        engine.close()
    out = {"queries": len(queries), "filters": filters, "open_index_first_search_ms": round(open_ms, 1),
           "ms_per_query_under_profiler": round(per_query, 2),
           "stages_ms_per_query": {label: round(ms, 2) for label, ms in stage_table(pstats.Stats(prof), len(queries))}}
    if keep:
        out["_profiles"] = (open_prof, prof)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index_dir", type=Path)
    ap.add_argument("fts_db", type=Path)
    ap.add_argument("--per-kind", type=int, default=4)
    ap.add_argument("--filters", type=int, default=2, help="only queries with this many filters (-1: all)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    result = profile(args.index_dir, args.fts_db, args.per_kind, args.filters, args.seed, keep=True)
    open_prof, prof = result.pop("_profiles")
    print(f"open index + first search: {result['open_index_first_search_ms']:.0f} ms")
    _print_top(open_prof, 12)
    print(f"\n{result['queries']} queries with {args.filters} filters, "
          f"{result['ms_per_query_under_profiler']:.1f} ms each under the profiler")
    for label, ms in result["stages_ms_per_query"].items():
        print(f"  {label:<34} {ms:8.2f} ms/query")
    _print_top(prof, args.top)


def _print_top(prof: cProfile.Profile, n: int) -> None:
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(n)
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


if __name__ == "__main__":
    main()
