"""What name-spelling expansion (issue 15) costs: the search phase's query mix, and a mix of names typed in
another spelling, each query timed with expansion (the default) and with ``exact=1``, back to back.

The mix is the search phase's own queries (words, phrases, ORs, prefixes, browsing, 0-2 filters): most of
their words are not names, so this is the price every search pays for the look-up. The names mix is what
expansion is for: up to 24 names whose spellings the index holds, typed in a spelling other than the
corpus's usual one (Kiev for Kyiv), so the OR of spellings, its scoring and the wider snippets are paid.
Target: the mix's p95 with expansion at most 1.2x its p95 without.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

from .search_latency import BenchQuery, percentile

TARGET_RATIO = 1.2
NAMES = 24


def name_queries(index_dir: Path, seed: int, names: int = NAMES) -> list[BenchQuery]:
    """Names typed in a spelling that is not their most frequent one in this index."""
    from search.engine import Engine

    rng = random.Random(seed)
    out = []
    with Engine(index_dir) as engine, engine.lock:
        # Which spelling this index holds most is a Whoosh-view question: the bench reads the Whoosh
        # backend's current view directly (a bench may; the engine and web never do).
        view = engine.backend._cache.get()
        if view is None:
            return []
        table = engine._variant_table()
        clusters = list(range(len(table.clusters)))
        rng.shuffle(clusters)
        for i in clusters:
            present = table.present(i, view)
            others = [shown for toks, shown in table.clusters[i].members.items() if toks != present[0][0]] \
                if present else []
            if len(present) >= 1 and others:
                out.append(BenchQuery("name", rng.choice(others)))
            if len(out) >= names:
                break
    return out


def _time(engine, q: BenchQuery, exact: bool) -> tuple[float, bool]:
    params = q.params()
    if exact:
        params["exact"] = ["1"]
    t = time.perf_counter()
    answer = engine.search(params)
    return time.perf_counter() - t, bool(answer.get("expanded"))


def run(index_dir: Path, queries: list[BenchQuery], passes: int = 3, name_count: int = NAMES, seed: int = 1,
        log=print) -> dict:
    from indexer.variants import refresh
    from search.engine import Engine
    from search.store import Store

    with Store(index_dir) as store:  # an index cached by an older bench has no spellings table yet
        rows = refresh(store)
    names = name_queries(index_dir, seed, name_count)
    log(f"spelling: {len(queries)} mix queries, {len(names)} name queries, {rows} variant rows")
    times: dict[tuple[str, bool], list[float]] = {}
    expanded = {"mix": 0, "names": 0}
    with Engine(index_dir) as engine:
        for q in [*queries, *names]:  # warm-up: the table, postings caches, snippet stems
            _time(engine, q, False)
            _time(engine, q, True)
        for p in range(passes):
            for label, mix in (("mix", queries), ("names", names)):
                for q in mix:
                    # alternate which goes first, so neither always meets the warmer cache
                    for exact in ((False, True) if p % 2 == 0 else (True, False)):
                        dt, was_expanded = _time(engine, q, exact)
                        times.setdefault((label, exact), []).append(dt * 1000)
                        if p == 0 and not exact:
                            expanded[label] += was_expanded
    out_rows = []
    for label, mix in (("mix", queries), ("names", names)):
        on, off = times.get((label, False), []), times.get((label, True), [])
        if not on:
            continue
        p95_on, p95_off = percentile(on, 95), percentile(off, 95)
        out_rows.append({"mix": label, "queries": len(mix), "expanded": expanded[label],
                         "p50_ms": round(percentile(on, 50), 2), "p95_ms": round(p95_on, 2),
                         "exact_p50_ms": round(percentile(off, 50), 2), "exact_p95_ms": round(p95_off, 2),
                         "ratio_p95": round(p95_on / p95_off, 3) if p95_off else None})
    head = next((r for r in out_rows if r["mix"] == "mix"), None)
    return {"passes": passes, "variant_rows": rows, "rows": out_rows, "target_ratio": TARGET_RATIO,
            "meets_target": None if head is None or head["ratio_p95"] is None else head["ratio_p95"] <= TARGET_RATIO}
