"""A/B of the search path between two versions of newsfacet on one index, interleaved query by query.

    python -m bench.search_ab INDEX_DIR [--base main] [--per-kind 6] [--build 100000] [--out ab.json]

Issue 18 asks what a change to search/ does at 100k+ articles. Two runs minutes apart on this shared machine
differ by more than most changes, so both versions answer the same queries in the same minutes: a worker
process per version (``--base``: any git ref, exported with ``git archive``; the other is this tree) holds
one Engine; each query goes to both, in alternating order (within each kind and filter level), and each
worker times its own ``Engine.search``. Their answers (everything but ``took_ms``) must be identical: a mismatch is reported.
Also per version: first open + first search in fresh processes (3 each, interleaved) and RSS split into
anonymous memory (the worker's own) and file-backed pages (the mapped index, shared between workers).

The query mix is bench/search_latency.py's (6 kinds x {0, 1, 2} drill-down filters), its words drawn from a
sample of the store (no FTS5 database needed). ``--build N`` first writes a synthetic store of N articles
without NLP (bench/story.py's mention finder; a generator rewrite is marked a copy of the first article
with the same first paragraph) and builds its Whoosh index from the store.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(index_dir: Path, n: int, seed: int = 1, log=print) -> None:
    from search import index as search_index
    from search.model import Article, Paragraph
    from search.store import Store

    from . import generator, story

    seeds = generator.load_seeds()
    kinds, where = story._vocabulary(seeds)
    store = Store(index_dir)
    batch, first_paragraph, copies = [], {}, {}
    for i, rec in enumerate(generator.generate(n, seed, seeds)):
        paragraphs = rec["text"].split("\n\n")
        original = first_paragraph.setdefault(paragraphs[0], rec["id"])
        if original != rec["id"]:
            copies[rec["id"]] = original
        batch.append(Article(id=rec["id"], title=rec["title"], source=rec["source"], published=rec["published"],
                             published_source="metadata", paragraphs=[Paragraph(k, t) for k, t in enumerate(paragraphs)],
                             mentions=story._mentions(paragraphs, date.fromisoformat(rec["published"]), kinds, where),
                             origin_path=f"part-{i // story.SHARD}"))
        if len(batch) == story.SHARD or i == n - 1:
            store.write_file(f"part-{i // story.SHARD:05d}", rec["id"], batch)
            batch = []
    store.set_copies(copies)
    log(f"{n:,} articles stored ({len(copies):,} marked copies); building the index")
    search_index.rebuild(index_dir, store)
    store.close()


def _status() -> dict:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM", "RssAnon", "RssFile")):
                out[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    return out


def worker(index_dir: str) -> None:
    """Child: open an Engine (timed with its first search), then answer JSON lines on stdin."""
    from search.engine import Engine

    from .search_latency import answer_or_refused

    t0 = time.perf_counter()
    engine = Engine(index_dir)
    engine.search({"q": [""]})
    print(json.dumps({"first_s": time.perf_counter() - t0, **_status()}), flush=True)
    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("status"):
            print(json.dumps(_status()), flush=True)
            continue
        c, t = time.thread_time(), time.perf_counter()
        answer = answer_or_refused(engine, msg["params"])  # {} when refused for the CPU budget, as the scale bench
        ms, cpu = (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000
        answer.pop("took_ms", None)
        digest = hashlib.sha1(json.dumps(answer, sort_keys=True).encode()).hexdigest()
        print(json.dumps({"ms": ms, "cpu": cpu, "digest": digest, "total": answer.get("total")}), flush=True)


def _queries(index_dir: Path, per_kind: int, seed: int, fts5: Path | None = None):
    """The mix; with ``fts5`` (the scale bench's FTS5 database of the same store) its words come from there,
    so the queries are exactly the scale mode's for the same seed and per-kind count."""
    from search.engine import Engine
    from search.store import Store

    from . import search_latency as sl

    if fts5 is not None:
        with Engine(index_dir) as builder:
            return (sl.with_filters(builder, sl.base_queries(fts5, per_kind, seed), seed),
                    sl.with_filters(builder, sl.base_queries(fts5, 1, seed + 1000), seed + 1000))

    def word_stats(_db, sample, s):
        store = Store(index_dir, readonly=True)
        ids = sorted(i for i, _ in store.indexed_order())
        bodies = [a.text() for a in store.get_articles(sorted(random.Random(s).sample(ids, min(sample, len(ids)))))]
        store.close()
        df: dict[str, int] = {}
        for body in bodies:
            for w in {w.lower() for w in sl._WORD.findall(body)}:
                df[w] = df.get(w, 0) + 1
        return df, bodies, len(bodies)

    real, sl.word_stats = sl.word_stats, word_stats
    try:
        with Engine(index_dir) as builder:
            return (sl.with_filters(builder, sl.base_queries(None, per_kind, seed), seed),
                    sl.with_filters(builder, sl.base_queries(None, 1, seed + 1000), seed + 1000))
    finally:
        sl.word_stats = real


def _pct(values: list[float], p: int) -> float:
    return values[0] if len(values) == 1 else statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def run(index_dir: Path, base_ref: str, per_kind: int, seed: int = 1, log=print, fts5: Path | None = None,
        tantivy_dir: Path | None = None, other: Path | None = None) -> dict:
    """``tantivy_dir``: also time bench/tantivy_baseline.py on the same queries, in this process, right
    after the two workers answered each (wall and thread CPU, as theirs). ``other``: the base side is this
    tree too, on another index of the same store (``base_ref`` unused): e.g. k segments vs one."""
    with tempfile.TemporaryDirectory(prefix="search-ab-") as tmp:
        if other is None:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", base_ref], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        sides = {"base": str(ROOT) if other else tmp, "this": str(ROOT)}
        dirs = {"base": other or index_dir, "this": index_dir}

        def spawn(side: str):
            env = dict(os.environ, PYTHONPATH=sides[side])
            env.pop("NEWSFACET_INDEX", None)
            # this file as a script (the base may not have it): ``search`` comes from PYTHONPATH, the side's tree
            p = subprocess.Popen([sys.executable, __file__, "--worker", str(dirs[side])], cwd=sides[side],
                                 env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            return p, json.loads(p.stdout.readline())

        def ask(p, msg: dict) -> dict:
            p.stdin.write(json.dumps(msg) + "\n")
            p.stdin.flush()
            return json.loads(p.stdout.readline())

        queries, warmup = _queries(index_dir, per_kind, seed, fts5)
        tv = None
        if tantivy_dir is not None:
            from .tantivy_baseline import TantivyBaseline

            tv = TantivyBaseline(tantivy_dir)
        log(f"{len(queries)} queries; first opens ...")
        opens: dict[str, list[dict]] = {s: [] for s in sides}
        for r in range(3):
            for side in (("base", "this") if r % 2 == 0 else ("this", "base")):
                p, hello = spawn(side)
                opens[side].append(hello)
                p.stdin.close()
                p.wait()
        procs = {s: spawn(s)[0] for s in sides}
        try:
            for q in warmup:
                for p in procs.values():
                    ask(p, {"params": q.params()})
                if tv is not None:
                    tv.search(q.kind, q.q, q.filters)
            samples: dict[str, list[tuple[str, int, float, float]]] = {s: [] for s in sides}
            if tv is not None:
                samples["tantivy"] = []
            per_query = []
            mismatches = []
            turns: dict[tuple[str, int], int] = {}
            for q in queries:
                got = {}
                # whoever answers a query first pays the page faults of its words' postings (the second finds
                # them in the page cache): alternate within each kind and filter level, not by position in
                # the mix, whose layout put every query of some groups on one side (two_terms with 2 filters
                # answered by "this" first in all 20: +3 ms CPU that was the order, not the code)
                turn = turns[q.kind, q.level] = turns.get((q.kind, q.level), -1) + 1
                for side in (("base", "this") if turn % 2 == 0 else ("this", "base")):
                    got[side] = ask(procs[side], {"params": q.params()})
                    samples[side].append((q.kind, q.level, got[side]["ms"], got[side].get("cpu", float("nan"))))
                if tv is not None:
                    c, t = time.thread_time(), time.perf_counter()
                    tv.search(q.kind, q.q, q.filters)
                    samples["tantivy"].append((q.kind, q.level, (time.perf_counter() - t) * 1000,
                                               (time.thread_time() - c) * 1000))
                per_query.append({"kind": q.kind, "q": q.q, "filters": q.filters, "total": got["this"]["total"],
                                  **{f"{s}_{k}": round(rows[-1][j], 2) for s, rows in samples.items()
                                     for j, k in ((2, "ms"), (3, "cpu"))}})
                if got["base"]["digest"] != got["this"]["digest"]:
                    mismatches.append({"kind": q.kind, "q": q.q, "filters": q.filters,
                                       "totals": [got["base"]["total"], got["this"]["total"]]})
            status = {s: ask(p, {"status": True}) for s, p in procs.items()}
        finally:
            for p in procs.values():
                p.stdin.close()
                p.wait()
            if tv is not None:
                tv.close()
    groups: dict[tuple[str, int], dict[str, list[tuple[float, float]]]] = {}
    for side, rows in samples.items():
        for kind, level, ms, cpu in rows:
            keys = {(kind, level), (kind, -1), ("every kind", -1), *((("text", level),) if kind != "browse" else ())}
            for key in keys:
                groups.setdefault(key, {}).setdefault(side, []).append((ms, cpu))
    table = []
    for (kind, level), by_side in sorted(groups.items(), key=lambda kv: (kv[0][0] in ("text", "every kind"), kv[0])):
        row = {"kind": kind, "filters": level, "n": len(by_side["base"])}
        for side, values in by_side.items():
            row[f"{side}_p50"] = round(_pct([v[0] for v in values], 50), 1)
            row[f"{side}_p95"] = round(_pct([v[0] for v in values], 95), 1)
            row[f"{side}_cpu_p50"] = round(_pct([v[1] for v in values], 50), 1)
            row[f"{side}_cpu_p95"] = round(_pct([v[1] for v in values], 95), 1)
        table.append(row)
    return {"index": str(index_dir), "base": f"this tree on {other}" if other else base_ref, "queries": len(queries), "mismatches": mismatches,
            "first_open_s": {s: [round(h["first_s"], 2) for h in hs] for s, hs in opens.items()},
            "first_open_rss_mb": {s: [{k: h[k] for k in ("RssAnon", "RssFile")} for h in hs] for s, hs in opens.items()},
            "after_mix_rss_mb": status, "rows": table, "per_query": per_query,
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "loadavg": os.getloadavg()}


def render(result: dict) -> list[str]:
    tv = any("tantivy_p50" in r for r in result["rows"])
    head = "| kind | filters | n | base p50 / p95 ms (CPU) | this p50 / p95 ms (CPU) |"
    lines = [head + (" tantivy p50 / p95 ms (CPU) | this / tantivy CPU p95 |" if tv else ""),
             "|---|---|---|---|---|" + ("---|---|" if tv else "")]

    def cell(r, side):
        return (f"{r[f'{side}_p50']} / {r[f'{side}_p95']} "
                f"({r.get(f'{side}_cpu_p50', '-')} / {r.get(f'{side}_cpu_p95', '-')})")
    for r in result["rows"]:
        level = "all" if r["filters"] < 0 else r["filters"]
        line = f"| {r['kind']} | {level} | {r['n']} | {cell(r, 'base')} | {cell(r, 'this')} |"
        if tv:
            ratio = r["this_cpu_p95"] / max(r["tantivy_cpu_p95"], 0.01)
            line += f" {cell(r, 'tantivy')} | {ratio:.1f} |"
        lines.append(line)
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index_dir", type=Path)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--base", default="main", help="git ref of the version to compare with (default: main)")
    ap.add_argument("--per-kind", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--build", type=int, default=0, help="first write a synthetic store of N articles and index it")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--fts5", type=Path, help="the scale bench's FTS5 database: take its words (the scale mix)")
    ap.add_argument("--tantivy", type=Path, help="a tantivy index of the same store: time it beside")
    ap.add_argument("--other", type=Path, help="base = this tree on this other index of the same store (not --base)")
    args = ap.parse_args(argv)
    args.index_dir = args.index_dir.resolve()  # the workers run in their own trees
    if args.worker:
        worker(str(args.index_dir))
        return
    if args.build and not (args.index_dir / "whoosh").exists():
        build(args.index_dir, args.build, args.seed)
    result = run(args.index_dir, args.base, args.per_kind, args.seed, fts5=args.fts5, tantivy_dir=args.tantivy,
                 other=args.other.resolve() if args.other else None)
    print("\n".join(render(result)))
    print(json.dumps({k: v for k, v in result.items() if k not in ("rows", "per_query")}, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
