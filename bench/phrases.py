"""Phrases micro-bench (issue 18): positions against word pairs, on copies of one store, in one run.

    python -m bench.phrases STORE_DIR WORK_DIR --fts5 DB [--tantivy DIR] [--per-kind 20] [--seed 1]

- WORK_DIR/<mode> gets a copy of STORE_DIR's store for each of MODES. ``before`` is indexed the pre-pairs
  way (schema and documents without the pair fields, the text analysed by Whoosh: what `reindex` did before
  issue 18's pairs; its matcher then answers phrases from positions, as an old index does), ``after`` with
  every word pair (NEWSFACET_PAIR_MIN_DF=0, search schema 2), ``common`` with the pairs of common words
  only (today's default, search/pair_words.py). Each `reindex` runs in its own child process, one after
  the other: CPU (user + system) per 1k articles, wall clock and the index's size on disk.
- Then bench/search_latency.py's query mix (the same seed gives the scale bench's queries) through every
  engine in turn, query by query, so all see the same machine load: this thread's CPU time per query
  (wall clock on a shared machine measures the scheduler), p50/p95 per kind, unfiltered and filtered,
  tantivy's on the same queries for the phrase ratio, and whether each engine gave ``before``'s answers
  (total and the first page's ids in order).
- ``python -m bench.phrases evaluate WORK_DIR`` then times the phrase queries' evaluation alone
  (Matcher.evaluate, a fresh matcher per query, so no cached postings): the phrase's own cost without the
  facets, snippets and page that every kind of search pays.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import search_latency
from .memory import dir_size_mb

MODES = ("before", "after", "common")
# the pair setting (search/pair_words.py) of each mode's `reindex`; ``before`` has no pair fields at all
PAIR_MIN_DF = {"after": "0"}


def legacy_schema(common=None):
    """The schema as it was before the word-pair fields (``common``, the pairs' word list, is unused)."""
    from search import schema

    s = schema.build_schema()
    for name in schema.PAIR_FIELDS.values():
        s.remove(name)
    return s


def legacy_document(a) -> dict:
    """The Whoosh document as it was before the pairs: title and body as text, analysed by Whoosh."""
    from search import schema

    doc = schema.article_document(a)
    for name in schema.PAIR_FIELDS.values():
        doc.pop(name)
    doc["title"] = a.title or ""
    doc["body"] = "\n\n".join(p.text for p in a.paragraphs)
    return doc


def use_legacy_index(monkeypatch=None) -> None:
    """Make search.index build pre-pairs indexes (a bench child, or a test through ``monkeypatch``)."""
    from search import index

    for name, value in (("build_schema", legacy_schema), ("article_document", legacy_document)):
        if monkeypatch is not None:
            monkeypatch.setattr(index, name, value)
        else:
            setattr(index, name, value)


def _reindex_main(index_dir: str, mode: str) -> None:
    """Child: one `reindex` of ``index_dir``, the pre-pairs way when mode is "before"."""
    from search import index

    if mode == "before":
        use_legacy_index()
    t0 = time.perf_counter()
    info = index.rebuild(index_dir)
    wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    live = index.current_dir(index_dir)
    print(json.dumps({"articles": info["articles"], "wall_s": round(wall, 1), "cpu_s": round(ru.ru_utime + ru.ru_stime, 1),
                      "cpu_s_per_1k": round((ru.ru_utime + ru.ru_stime) / max(info["articles"], 1) * 1000, 2),
                      "peak_rss_mb": round(ru.ru_maxrss / 1024), "index_mb": round(dir_size_mb(live), 1)}))


def reindex_all(store_dir: Path, work: Path, log=print) -> dict:
    import os

    out = {}
    for mode in MODES:
        d = work / mode
        if not (d / "store.sqlite3").exists():
            d.mkdir(parents=True, exist_ok=True)
            shutil.copy2(store_dir / "store.sqlite3", d / "store.sqlite3")
        env = dict(os.environ)
        if mode in PAIR_MIN_DF:
            env["NEWSFACET_PAIR_MIN_DF"] = PAIR_MIN_DF[mode]
        else:
            env.pop("NEWSFACET_PAIR_MIN_DF", None)
        done = subprocess.run([sys.executable, "-m", "bench.phrases", "reindex", str(d), mode],
                              capture_output=True, text=True, check=True, env=env)
        out[mode] = json.loads(done.stdout.strip().splitlines()[-1])
        log(f"reindex {mode}: {out[mode]}")
    return out


def _cpu(fn):
    c = time.thread_time()
    got = fn()
    return round((time.thread_time() - c) * 1000, 2), got


def _page(answer: dict) -> tuple:
    return answer.get("total"), tuple(r.get("id") for r in answer.get("results") or [])


def latency(work: Path, fts_db: Path, tv_dir: Path | None, per_kind: int, seed: int, log=print) -> dict:
    from search.engine import Engine

    builder = Engine(work / "before")
    try:
        queries = search_latency.with_filters(builder, search_latency.base_queries(fts_db, per_kind, seed), seed)
        warmup = search_latency.with_filters(builder, search_latency.base_queries(fts_db, 1, seed + 1000), seed + 1000)
    finally:
        builder.close()
    engines = {mode: Engine(work / mode) for mode in MODES}
    tv = None
    if tv_dir is not None:
        from .tantivy_baseline import TantivyBaseline

        tv = TantivyBaseline(tv_dir)
    samples = []
    try:
        for q in warmup:
            for e in engines.values():
                e.search(q.params())
            if tv is not None:
                tv.search(q.kind, q.q, q.filters)
        for q in queries:
            s = {"kind": q.kind, "q": q.q, "filters": len(q.filters)}
            pages = {}
            for name, e in engines.items():
                s[name], answer = _cpu(lambda e=e, q=q: e.search(q.params()))
                pages[name] = _page(answer)
            s["same"] = all(pages["before"] == page for page in pages.values())
            s["total"] = pages["before"][0]
            if tv is not None:
                s["tantivy"], _ = _cpu(lambda q=q: tv.search(q.kind, q.q, q.filters))
            samples.append(s)
    finally:
        for e in engines.values():
            e.close()
    log(f"search: {len(samples)} queries, {sum(not s['same'] for s in samples)} with different answers")
    return {"samples": samples, "table": table(samples)}


def evaluation(work: Path) -> dict:
    """CPU ms of Matcher.evaluate for the run's phrase queries in each mode's index, fresh matcher each time."""
    from search import index
    from search.matching import Matcher
    from search.querytext import parse
    from search.searcher import IndexView

    run = json.loads((work / "phrases-bench.json").read_text())
    texts = sorted({s["q"] for s in run["search"]["samples"] if s["kind"] == "phrase"})
    views = {name: IndexView(index.current_dir(work / name)) for name in MODES}
    out: dict = {"phrases": len(texts), "per_query": []}
    try:
        for text in texts:
            row = {"q": text}
            for name, view in views.items():
                query = parse(text, view).query
                ms, (mask, _) = _cpu(lambda v=view, q=query: Matcher(v).evaluate(q))
                row[name], row["docs"] = ms, int(mask.sum())
            out["per_query"].append(row)
    finally:
        for view in views.values():
            view.close()
    for name in MODES:
        vals = [r[name] for r in out["per_query"]]
        out[name] = {"sum": round(sum(vals), 1), **{p: round(search_latency.percentile(vals, p), 1) for p in (50, 95)}}
    return out


def table(samples: list[dict]) -> dict:
    groups = {}
    for s in samples:
        groups.setdefault(f"{s['kind']}, {'no filter' if not s['filters'] else 'filtered'}", []).append(s)
    out = {}
    for name, group in sorted(groups.items()):
        row = {"n": len(group), "differ": sum(not s["same"] for s in group)}
        for col in (*MODES, "tantivy"):
            vals = [s[col] for s in group if col in s]
            if vals:
                row[col] = {p: round(search_latency.percentile(vals, p), 1) for p in (50, 95)}
        if "tantivy" in row:
            for mode in MODES:
                row[f"{mode}_over_tantivy_p95"] = round(row[mode][95] / max(row["tantivy"][95], 0.01), 1)
        out[name] = row
    return out


def main(argv: list[str]) -> None:
    if argv[:1] == ["reindex"]:
        _reindex_main(argv[1], argv[2])
        return
    if argv[:1] == ["evaluate"]:
        print(json.dumps(evaluation(Path(argv[1])), indent=1))
        return
    ap = argparse.ArgumentParser(prog="python -m bench.phrases")
    ap.add_argument("store_dir", type=Path)
    ap.add_argument("work", type=Path)
    ap.add_argument("--fts5", type=Path, required=True, help="the scale bench's FTS5 database (query words)")
    ap.add_argument("--tantivy", type=Path)
    ap.add_argument("--per-kind", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-reindex", action="store_true")
    args = ap.parse_args(argv)
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    result: dict = {"store": str(args.store_dir)}
    import os

    result["load_start"] = os.getloadavg()
    if not args.skip_reindex:
        result["reindex"] = reindex_all(args.store_dir, args.work, log)
    result["load_search"] = os.getloadavg()
    result["search"] = latency(args.work, args.fts5, args.tantivy, args.per_kind, args.seed, log)
    result["load_end"] = os.getloadavg()
    (args.work / "phrases-bench.json").write_text(json.dumps(result, indent=1))
    print(json.dumps({k: v for k, v in result.items() if k != "search"} | {"table": result["search"]["table"]},
                     indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
