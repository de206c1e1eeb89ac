"""The results: one JSON document (bench/out/latest.json) and the same numbers as plain-text tables.

The text form is what `make bench` prints and what bench/RESULTS.md quotes, with the machine described
next to it, because absolute times only mean something on the machine that produced them.
"""
from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal:"))
    except (OSError, StopIteration, ValueError):
        mem_kb = 0
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]}


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    def line(row):
        return "| " + " | ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in cells)])


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("PASS" if ok else "MISS")


def render(results: dict) -> str:
    out: list[str] = []
    m = results.get("machine", {})
    out.append(f"newsfacet bench: {results.get('articles'):,} articles, seed {results.get('seed')}; "
               f"{m.get('nproc')} x {m.get('cpu')}, {m.get('ram_gib')} GiB, Python {m.get('python')}; "
               f"load avg at start {m.get('load_avg_at_start')}")
    c = results.get("corpus") or {}
    if c:
        out.append(f"corpus: {c.get('articles'):,} synthetic articles, {c.get('words'):,} words "
                   f"({c.get('words_per_article')} per article), from the seeds' sentences with swapped entities")
    for name, phase in results.get("phases", {}).items():
        if isinstance(phase, dict) and phase.get("error"):
            out.append(f"\n## {name}: FAILED: {phase['error']}")
    g = results["phases"].get("tagging") or {}
    if "ratio" in g:
        out.append(f"\n## Entity tagging against NER alone ({g['paragraphs']} seed paragraphs, one process, best of 3)")
        out.append(f"NER {g['ner_s']:.3f} s, tagging {g['tagging_s']:.3f} s: (NER + tagging) / NER = {g['ratio']:.3f} "
                   f"(target <= {g['target_ratio']}: {_verdict(g['ratio'] <= g['target_ratio'])})")
    t = results["phases"].get("throughput") or {}
    if "ratio" in t:
        out.append(f"\n## Indexing throughput ({t['articles']:,} articles, {t['tokens']:,} tokens, 2 NER processes)")
        out.append(table(["run", "seconds", "tokens/s", "articles/s", "peak RSS MB"], [
            ["newsfacet index (end to end)", t["newsfacet_seconds"], t["newsfacet_tokens_per_s"],
             t["newsfacet_articles_per_s"], t["newsfacet_peak_rss_mb"]],
            ["spaCy ner-only nlp.pipe (incl. load)", t["spacy_seconds"], t["spacy_tokens_per_s"],
             t["spacy_articles_per_s"], t["spacy_peak_rss_mb"]],
        ]))
        out.append(f"ratio newsfacet/spaCy = {t['ratio']} (target >= {t['target_ratio']}: "
                   f"{_verdict(t['ratio'] >= t['target_ratio'])})")
    b = results["phases"].get("build") or {}
    if "seconds" in b:
        out.append(f"\n## Full index build: {b['articles']:,} articles in {b['seconds']:,} s "
                   f"({b['articles_per_s']} articles/s, peak RSS {b['peak_rss_mb']} MB"
                   f"{', cached from ' + b['built_at'] if b.get('cached') else ''})")
        if b.get("note"):
            out.append(f"note: {b['note']}")
    if t.get("reused_from"):
        out.append(f"(indexing throughput reused from {t['reused_from']})")
    rows = []
    for label, key in (("reindex (subset index)", "reindex"), ("reindex (full index)", "reindex_full")):
        r = results["phases"].get(key) or {}
        if "seconds" in r:
            rows.append([label, r["articles"], r["seconds"], r["seconds_per_1k"], r["peak_rss_mb"]])
    if rows:
        out.append("\n## Rebuild the Whoosh index from the store (no NLP)")
        out.append(table(["run", "articles", "seconds", "s per 1k articles", "peak RSS MB"], rows))
    s = results["phases"].get("search") or {}
    if "rows" in s:
        out.append(f"\n## Search latency, Engine.search with all facets + snippets vs SQLite FTS5 + GROUP BY "
                   f"({s['queries']} queries, first query {s['first_query_ms']} ms)")
        out.append(table(["kind", "filters", "n", "p50 ms", "p95 ms", "max ms", "FTS5 p50", "FTS5 p95",
                          "ratio p50", "ratio p95", "mean hits"],
                         [[r["kind"], r["filters"], r["n"], r["p50_ms"], r["p95_ms"], r["max_ms"], r["fts5_p50_ms"],
                           r["fts5_p95_ms"], r["ratio_p50"], r["ratio_p95"], r["mean_hits"]] for r in s["rows"]]))
        head = next((r for r in s["rows"] if r["kind"] == "ALL text" and r["filters"] == 2), None)
        if head:
            out.append(f"headline (q + 2 filters + all facets + snippets): p95 {head['p95_ms']} ms "
                       f"(target <= 50: {_verdict(head['p95_ms'] <= 50)}), {head['ratio_p95']}x FTS5 "
                       f"(target <= 3: {_verdict(head['ratio_p95'] <= 3)})")
    prof = results["phases"].get("search_profile") or {}
    if "stages_ms_per_query" in prof:
        out.append(f"\n## Where a q + 2 filters search spends its time (cProfile, {prof['queries']} queries, "
                   f"cumulative ms/query; stages overlap: indented rows are inside the row above)")
        out.append(table(["stage", "ms/query"], [[k, v] for k, v in prof["stages_ms_per_query"].items()]))
        out.append(f"opening the index (per worker, and again after every index commit) + first search: "
                   f"{prof['open_index_first_search_ms']} ms")
    sp = results["phases"].get("search_spelling") or {}
    if sp.get("rows"):
        out.append(f"\n## Name-spelling expansion (issue 15): each query with expansion and with exact=1, back to back, "
                   f"{sp['passes']} passes")
        out.append(table(["mix", "queries", "expanded", "p50 ms", "p95 ms", "exact p50 ms", "exact p95 ms",
                          "ratio p95"],
                         [[r["mix"], r["queries"], r["expanded"], r["p50_ms"], r["p95_ms"], r["exact_p50_ms"],
                           r["exact_p95_ms"], r["ratio_p95"]] for r in sp["rows"]]))
        out.append(f"the query mix's p95 with expansion / without: target <= {sp['target_ratio']}x: "
                   f"{_verdict(sp['meets_target'])} ({sp['variant_rows']} spellings in the store)")
    serve_rows = []
    for label, key in (("serve", "serve"), ("serve while indexing", "serve_while_indexing")):
        r = results["phases"].get(key) or {}
        if "requests" in r:
            serve_rows.append([label, r.get("workers", "-"), r["clients"], r["seconds"], r["requests"],
                               r["requests_per_s"], r["p50_ms"], r["p95_ms"], r["max_ms"], r["errors"]])
    if serve_rows:
        out.append("\n## Serving /api/search with gunicorn on 127.0.0.1 (client threads share the 2 cores)")
        out.append(table(["run", "workers", "clients", "seconds", "requests", "req/s", "p50 ms", "p95 ms",
                          "max ms", "errors"], serve_rows))
        w = results["phases"].get("serve_while_indexing") or {}
        if w.get("indexer"):
            out.append(f"while indexing: indexer took {w['indexer'].get('seconds')} s "
                       f"(exit {w['indexer'].get('returncode')}), articles {w.get('articles_before')} -> "
                       f"{w.get('articles_after')}")
    h = results["phases"].get("serve_hostile") or {}
    if "quiet" in h:
        out.append(f"\n## Serving under hostile traffic (issue 13): a plain search, one client, {h['seconds']:g} s each, "
                   f"quiet and beside {h['hostile_clients']} hostile clients")
        q, hot = h["quiet"], h["hostile"]
        out.append(table(["run", "requests", "p50 ms", "p95 ms", "max ms", "errors"], [
            ["plain search, quiet", q["requests"], q["p50_ms"], q["p95_ms"], q["max_ms"], q["errors"]],
            ["plain search, hostile", hot["requests"], hot["p50_ms"], hot["p95_ms"], hot["max_ms"], hot["errors"]],
        ]))
        out.append(f"ratio hostile/quiet p95 = {h['p95_ratio']}x; target p95 < {h['target_p95_ms']:g} ms while "
                   f"hostile: {_verdict(h['meets_target'])}")
        out.append(f"hostile clients: 250 two-letter prefix wildcards, 150 gibberish words, CSV/JSON exports, a "
                   f"{h['article_mb']:g} MB article page; {h['hostile_requests']} requests, p95 {h['hostile_p95_ms']} ms")
        out.append(table(["hostile request", "answers"], [[k, v] for k, v in h["hostile_statuses"].items()]))
    story = results["phases"].get("story") or {}
    if "rows" in story:
        from .story import render as render_story

        out += render_story(story)
    mem = results["phases"].get("memory") or {}
    if mem:
        out.append("\n## Memory and size")
        out.append(table(["measure", "value"], [[k, v] for k, v in mem.items()]))
    return "\n".join(out)


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    tmp.replace(path)


METHOD = """
## How these numbers are made

- Corpus: `bench/generator.py`, deterministic by seed. Articles are 3-12 paragraphs of 1-3 seed sentences
  (~275 words) with people (seed names + first-name x surname recombinations), places (the entities
  gazetteer), organisations, numbers and dates swapped; 4% are deliberate syndicated rewrites. The seeds
  have ~1,100 distinct sentences, so common words are more common than in real news (e.g. "drone" is in
  60% of articles): broad queries are harder than they would be on a real archive.
- Sizes: NER on 2 cores runs ~13k tokens/s on an idle machine (~1.3k when the machine is shared with
  test suites), so throughput is measured on the first 2,000 articles (~0.65M tokens, ~2.5 minutes for
  both runs), and the 20,000-article index is built once by `newsfacet index` and cached under
  bench/out/ keyed by size, seed and schema versions (~15-50 minutes depending on load). With the cache
  a full `make bench` takes about 5 minutes; `--quick` (50 articles) under a minute on an idle machine.
- Search: 48 base queries (8 per kind) x {no filter, +1, +2 facet filters picked from the previous
  answer's top facet values} = 144 queries, each timed once through a fresh `Engine` after a warm-up on
  other queries, then the same query through the FTS5 baseline (`bench/fts5_baseline.py`: MATCH into a
  temp table, one semi-join per filter, disjunctive GROUP BY facet counts, bm25 page with `snippet()`).
- Name spellings: the search mix again, each query with expansion (the default) and with `exact=1`, back
  to back, alternating which goes first; plus up to 24 names typed in a spelling the index holds that is
  not the name's most frequent one (`bench/spelling.py`).
- Serving: `newsfacet serve` with its default workers, 16 stdlib client threads on the same 2 cores
  (so requests/s is a floor), 20 s per row; a request over 60 s or any non-200 counts as an error. The
  second row runs `newsfacet index` of 400 new articles into a copy of the index during the load.
- Serving under hostile traffic: on a copy of the index plus one 9 MB article, one client's plain
  searches (two words) for the serving time quiet, then again while 8 threads loop over 250 two-letter
  prefix wildcards, 150 gibberish words, CSV/JSON exports and the 9 MB article's page (issue 13).
- Memory: peak RSS of each child from `os.wait4` (largest single process), PSS of the whole process tree
  sampled every 0.5 s (NER workers included), serving workers' VmHWM from /proc.
"""


def write_markdown(results: dict, path: Path, text: str) -> None:
    m = results.get("machine", {})
    head = (f"# newsfacet benchmark results\n\nProduced by `make bench` (`python -m bench`, "
            f"{' '.join(results.get('argv', [])) or 'defaults'}) on {results.get('finished_at')}.\n\n"
            f"Machine: {m.get('nproc')} cores ({m.get('cpu')}), {m.get('ram_gib')} GiB RAM, Python "
            f"{m.get('python')}, {m.get('platform')}. Shared and noisy: compare the ratios against the "
            f"baselines measured in the same run rather than absolute times.\n\n")
    # Results of single-phase and before/after runs (written by hand from their JSON) survive a full rerun.
    kept = ""
    if path.exists():
        previous = path.read_text(encoding="utf-8")
        if KEPT in previous:
            kept = "\n" + previous[previous.index(KEPT):]
    path.write_text(head + "```\n" + text + "\n```\n" + METHOD + kept, encoding="utf-8")


KEPT = "## Separate runs"


if __name__ == "__main__":  # re-render a saved run: python -m bench.report bench/out/latest.json
    print(render(json.loads(Path(sys.argv[1]).read_text())))
