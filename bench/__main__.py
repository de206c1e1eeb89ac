"""`python -m bench` (`make bench`): generate the corpus, then measure indexing, rebuild, search, serving, memory.

Sizes (defaults; each also settable as BENCH_<NAME> in the environment, e.g. BENCH_ARTICLES=5000):
  --articles 20000         the corpus the search and serving numbers are about (newsroom scale)
  --throughput-articles 2000  the subset indexed twice (newsfacet, raw spaCy) for throughput: NER on 2 cores
                           runs ~10-20k tokens/s, so 2,000 articles (~0.7M tokens) take about a minute each
  --per-kind 8             queries of each kind (x 3 filter levels x 6 kinds = 144 timed queries)
  --serve-seconds 20       each serving row, 16 clients (and each half of the hostile row)
  --hostile-article-mb 9   the hostile article added for the serve_hostile row (issue 13)
The tagging phase times entity tagging against NER alone over the seed paragraphs (issue 11: within 1.25x;
`python -m indexer.entities.bench`, in its own process).
The story phase (issue 16: batch of 1,000 lines, entity pages, feeds, same-paragraph search) builds its own
store of the same corpus with mentions found without NER (bench/story.py), so it needs no NER build:
`python -m bench --skip throughput,build,search,search_profile,serve,serve_while_indexing,serve_hostile`.
The 20,000-article index is built once per (articles, seed) and cached in bench/out/ (as are the corpus and
the FTS5 database), so only the first run pays the full indexing time; later runs take a few minutes.
Each phase that fails is reported as FAILED and the others still run; the exit status is then 1.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

from . import (
    fts5_baseline,
    generator,
    hostile,
    indexing,
    profile_search,
    report,
    scale,
    scale_report,
    search_latency,
    serving,
    spelling,
    story,
)
from .memory import index_sizes

OUT = Path(__file__).resolve().parent / "out"
RESULTS_MD = Path(__file__).resolve().parent / "RESULTS.md"
PHASES = ("tagging", "throughput", "build", "reindex_full", "search", "search_profile", "search_spelling", "serve",
          "serve_while_indexing", "serve_hostile", "story")


def _env(name: str, default):
    raw = os.environ.get(f"BENCH_{name.upper()}")
    return type(default)(raw) if raw not in (None, "") else default


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=_env("articles", 20000))
    p.add_argument("--seed", type=int, default=_env("seed", 1))
    p.add_argument("--out", type=Path, default=Path(_env("out", str(OUT / "latest.json"))))
    p.add_argument("--throughput-articles", type=int, default=_env("throughput_articles", 2000))
    p.add_argument("--per-kind", type=int, default=_env("per_kind", 8))
    p.add_argument("--serve-seconds", type=float, default=_env("serve_seconds", 20.0))
    p.add_argument("--serve-requests", type=int, default=_env("serve_requests", 50000),
                   help="cap on requests per serving row (the time bound usually stops it first)")
    p.add_argument("--hostile-article-mb", type=float, default=_env("hostile_article_mb", 9.0),
                   help="size of the hostile article page in the serve_hostile row")
    p.add_argument("--extra-articles", type=int, default=_env("extra_articles", 400),
                   help="articles the indexer adds during the serve-while-indexing row")
    p.add_argument("--reindex-full", action="store_true",
                   help="also time `newsfacet reindex` on the full index (minutes at 20k; the subset's is always timed)")
    p.add_argument("--throughput-json", type=Path, default=None,
                   help="reuse a throughput phase measured earlier on this machine (a JSON object as "
                        "bench.indexing.throughput returns) instead of measuring it again")
    p.add_argument("--skip", default=_env("skip", ""), help=f"comma-separated phases to skip: {', '.join(PHASES)}")
    p.add_argument("--work", type=Path, default=OUT, help="where corpora, indexes and caches live")
    p.add_argument("--results-md", action="store_true", help=f"also write {RESULTS_MD.name} for the README")
    p.add_argument("--scale", default=_env("scale", ""),
                   help="scale mode only (issue 18): comma-separated store sizes, e.g. 20000,100000 "
                        "(synthetic stores without NLP; see bench/scale.py)")
    p.add_argument("--quick", action="store_true", help="smoke run: ~50 articles, short serving, seconds not minutes")
    args = p.parse_args(argv)
    if args.quick:
        args.articles = min(args.articles, 50)
        args.throughput_articles = min(args.throughput_articles, 30)
        args.per_kind = 1
        args.serve_seconds = min(args.serve_seconds, 3.0)
        args.serve_requests = min(args.serve_requests, 300)
        args.extra_articles = min(args.extra_articles, 10)
        args.hostile_article_mb = min(args.hostile_article_mb, 0.5)
        if args.out == OUT / "latest.json":
            args.out = OUT / "quick.json"
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if not args.reindex_full and not args.quick:
        args.skip.add("reindex_full")
    unknown = args.skip - set(PHASES)
    if unknown:
        p.error(f"unknown phase(s) to skip: {', '.join(sorted(unknown))}")
    return args


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    if args.scale:
        return scale_main(args)
    results: dict = {"articles": args.articles, "seed": args.seed, "argv": sys.argv[1:] if argv is None else argv,
                     "machine": report.machine(), "started_at": _now(), "phases": {}}
    phases = results["phases"]
    failed = False

    def phase(name: str, func, *a, **kw):
        nonlocal failed
        if name in args.skip:
            return None
        log(f"{name} ...")
        start = time.perf_counter()
        try:
            value = func(*a, **kw)
        except Exception as exc:  # one broken piece must not hide the other numbers
            failed = True
            traceback.print_exc()
            phases[name] = {"error": f"{type(exc).__name__}: {str(exc).strip()[:500]}"}
            return None
        phases[name] = value
        log(f"{name} done in {time.perf_counter() - start:.1f} s")
        return value

    seeds = generator.load_seeds()
    key = f"{args.articles}-s{args.seed}"
    corpus = generator.write_corpus(work / f"corpus-{key}", args.articles, args.seed, seeds)
    subset = generator.write_corpus(work / f"corpus-{min(args.throughput_articles, args.articles)}-s{args.seed}",
                                    min(args.throughput_articles, args.articles), args.seed, seeds)
    extra = generator.write_corpus(work / f"extra-{args.extra_articles}-s{args.seed + 1}", args.extra_articles,
                                   args.seed + 1, seeds)
    results["corpus"] = {"articles": corpus.articles, "words": corpus.words, "chars": corpus.chars,
                         "words_per_article": round(corpus.words / max(corpus.articles, 1))}
    log(f"corpus: {corpus.articles:,} articles, {corpus.words:,} words in {corpus.path}")

    phase("tagging", indexing.tagging)
    if args.throughput_json:
        import json

        args.skip.add("throughput")
        phases["throughput"] = t = json.loads(args.throughput_json.read_text())
        t["reused_from"] = str(args.throughput_json)
    else:
        t = phase("throughput", indexing.throughput, subset.path, work, subset.articles)
    if t and "reindex" in t:
        phases["reindex"] = t.pop("reindex")
        results["subset_sizes"] = t.pop("sizes")
    index_dir = work / f"index-{key}-{_schema_key()}"
    build = phase("build", indexing.cached_index, corpus.path, index_dir, args.articles, log=log)
    if build is None and not (index_dir / "bench-build.json").exists():
        args.skip |= {"reindex_full", "search", "search_spelling", "serve", "serve_while_indexing", "serve_hostile"}
        log("no full index: skipping the phases that need it")
    phase("reindex_full", indexing.reindex, index_dir, args.articles)
    fts_db = work / f"fts5-{key}-{_schema_key()}.sqlite3"
    search = None
    if "search" not in args.skip:
        if phase("fts5_build", fts5_baseline.build, index_dir, fts_db) is not None:
            search = phase("search", search_latency.run, index_dir, fts_db, args.per_kind, args.seed, log=log)
            phase("search_profile", profile_search.profile, index_dir, fts_db, max(1, args.per_kind // 2), 2,
                  args.seed)
    queries = [search_latency.BenchQuery(s["kind"], s["q"], s["filters"]) for s in (search or {}).get("samples", [])]
    if queries:
        phase("search_spelling", spelling.run, index_dir, queries, passes=1 if args.quick else 3,
              name_count=4 if args.quick else spelling.NAMES, seed=args.seed, log=log)
    if queries:
        phase("serve", serving.run, index_dir, queries, args.serve_seconds, args.serve_requests, log=log)
        phase("serve_while_indexing", serving.run_while_indexing, index_dir, extra.path, work, queries,
              args.serve_seconds, args.serve_requests, log=log)
    if (index_dir / "bench-build.json").exists():
        phase("serve_hostile", hostile.run, index_dir, work, args.serve_seconds, args.serve_requests,
              args.hostile_article_mb, log=log)
    # Issue 16 on its own store (mentions without NER), so it runs without the NER-built index.
    phase("story", story.run, work, args.articles, args.seed, log=log)
    phases["memory"] = memory_summary(results, index_dir, args.articles)
    results["finished_at"] = _now()
    text = report.render(results)
    print(text)
    report.write_json(results, args.out)
    if args.results_md:
        report.write_markdown(results, RESULTS_MD, text)
    log(f"wrote {args.out}")
    return 1 if failed else 0


def scale_main(args: argparse.Namespace) -> int:
    """Scale mode: each size's table column (bench/scale.py), sizes run one after the other."""
    import json

    started = _now()
    results = []
    for n in (int(x.replace("_", "")) for x in args.scale.split(",") if x.strip()):
        log(f"scale {n:,} ...")
        t0 = time.perf_counter()
        try:
            results.append(scale.run(args.work, n, args.seed, args.per_kind, args.serve_seconds, log=log))
        except Exception as exc:  # one size failing must not hide the others
            traceback.print_exc()
            results.append({"articles": n, "error": f"{type(exc).__name__}: {str(exc).strip()[:300]}"})
        log(f"scale {n:,} done in {time.perf_counter() - t0:.0f} s")
    m = report.machine()
    text = scale_report.render(results, f"{started}, {m['nproc']} cores, {m['ram_gib']} GiB, load at end "
                                 f"{[round(x, 1) for x in os.getloadavg()]}")
    print(text)
    out = args.work / f"scale-{args.scale.replace(',', '-')}.json"
    out.write_text(json.dumps({"started_at": started, "finished_at": _now(), "results": results}, indent=1))
    if args.results_md:
        scale_report.write_markdown(RESULTS_MD, text)
    log(f"wrote {out}")
    return 1 if any(r.get("error") for r in results) else 0


def memory_summary(results: dict, index_dir: Path, articles: int) -> dict:
    p = results["phases"]
    out: dict = {}
    t = p.get("throughput") or {}
    if "newsfacet_peak_rss_mb" in t:
        out["indexing peak RSS MB, largest process (subset, newsfacet index)"] = t["newsfacet_peak_rss_mb"]
        out["indexing peak RSS MB, largest process (subset, raw spaCy)"] = t["spacy_peak_rss_mb"]
        if t.get("newsfacet_peak_tree_rss_mb"):
            out["indexing peak RSS MB, process + NER workers (PSS) (subset, newsfacet index)"] = t["newsfacet_peak_tree_rss_mb"]
            out["indexing peak RSS MB, process + NER workers (PSS) (subset, raw spaCy)"] = t["spacy_peak_tree_rss_mb"]
    b = p.get("build") or {}
    if "peak_rss_mb" in b:
        out[f"indexing peak RSS MB, largest process (full build{', cached run' if b.get('cached') else ''})"] = b["peak_rss_mb"]
        if b.get("peak_tree_rss_mb"):
            out["indexing peak RSS MB, process + NER workers (PSS) (full build)"] = b["peak_tree_rss_mb"]
    s = p.get("serve") or {}
    if s.get("worker_peak_rss_mb"):
        out["serving worker peak RSS MB (VmHWM)"] = round(s["worker_peak_rss_mb"], 1)
    if (index_dir / "bench-build.json").exists():
        sizes = index_sizes(index_dir, articles)
        out.update({"store MB": sizes["store_mb"], "Whoosh index MB": sizes["index_mb"],
                    "store MB per 1k articles": sizes["store_mb_per_1k"],
                    "index MB per 1k articles": sizes["index_mb_per_1k"],
                    "index dir on disk MB (all generations)": sizes["on_disk_mb"]})
    return out


def _schema_key() -> str:
    """Store and Whoosh schema versions: a cached index built by an older layout must not be reused."""
    try:
        from search import schema, store

        return f"v{store.SCHEMA_VERSION}.{schema.SCHEMA_VERSION}"
    except (ImportError, AttributeError):
        return "v0"


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


if __name__ == "__main__":
    sys.exit(main())
