"""The scale bench's report (issue 18): the issue's table from bench/scale.py's results, one column per size,
the per-kind table of newsfacet, tantivy and SQLite FTS5 on the same queries, and its section of
bench/RESULTS.md. Numbers in, text out: nothing here measures or opens a store."""
from __future__ import annotations

from pathlib import Path

from . import search_latency

TIMED_OUT = 1e12  # a timed-out query's stand-in in percentiles: slower than any answer
ENGINES = ("newsfacet", "tantivy", "fts5")
ALONE = "alone"  # newsfacet answering the mix by itself first (search_latency.run(alone=True))


def _percentile(values: list, q: int, timeout_ms: float) -> float | str:
    """p50/p95 where a timed-out query (None) counts as slower than every answer: "> N s" when it decides."""
    if not values:
        return "-"
    p = search_latency.percentile([TIMED_OUT if v is None else v for v in values], q)
    return f"> {timeout_ms / 1000:g} s" if p > timeout_ms else round(p, 1)


def latency_table(samples: list[dict], timeout_ms: float) -> dict:
    """Per query kind (and the issue's two headline groups): p50 and p95 of each engine on the same queries."""
    groups: dict[str, list[dict]] = {k: [s for s in samples if s["kind"] == k] for k in search_latency.KINDS}
    groups["text + 2 filters"] = [s for s in samples if s["kind"] != "browse" and len(s["filters"]) == 2]
    groups["phrase, no filter"] = [s for s in samples if s["kind"] == "phrase" and not s["filters"]]
    groups["every kind"] = samples
    out = {}
    for name, group in groups.items():
        row = {"n": len(group)}
        for engine in (*ENGINES, ALONE):
            for clock, suffix in (("", "_ms"), ("cpu_", "_cpu_ms")):
                values = [s.get(engine + suffix) for s in group if engine + suffix in s]
                row[clock + engine] = {"p50": _percentile(values, 50, timeout_ms),
                                       "p95": _percentile(values, 95, timeout_ms)}
        for clock in ("", "cpu_"):
            nf, tv = row[clock + "newsfacet"]["p95"], row[clock + "tantivy"]["p95"]
            ok = isinstance(nf, float) and isinstance(tv, float) and tv
            row[clock + "newsfacet_over_tantivy_p95"] = round(nf / tv, 1) if ok else "-"
        out[name] = row
    return out


def render(results: list[dict], started: str) -> str:
    """The issue's table, one column per size (a size whose phase failed shows its error)."""
    cols = [f"{r['articles']:,}" for r in results]

    def get(r, *path):
        for k in path:
            r = (r or {}).get(k) if isinstance(r, dict) else None
        return "-" if r is None else r

    rows = [
        ("add 100 new articles (`newsfacet index`, real NER, 1 worker), s", ("add", "new", "seconds")),
        ("... its CPU time (user + system, NER model load included), s", ("add", "new", "cpu_seconds")),
        ("... of which copy grouping (incremental), s", ("add", "new", "copy_seconds")),
        ("... its peak RSS, MB (largest process)", ("add", "new", "peak_rss_mb")),
        ("... texts read by copy grouping (signed + verified)", None),
        ("old whole-store copy grouping on the same store, s", ("add", "old", "seconds")),
        ("... its peak RSS, MB", ("add", "old", "peak_rss_mb")),
        ("add 100 with the old grouping (estimate: run - new grouping + old), s", ("add", "add_with_old_grouping_seconds")),
        ("incremental vs whole-store groups: precision", ("add", "old", "precision")),
        ("... recall", ("add", "old", "recall")),
        ("... copies (incremental / whole-store)", None),
        ("read into the page cache before the timed passes (index, store, tantivy), MB", ("search", "page_cache", "mb")),
        ("q + 2 filters + all facets + snippets, p95 ms: wall (CPU)", "text_2_filters_p95_ms"),
        ("every query kind together, p95 ms: wall (CPU)", "every_kind_p95_ms"),
        ("slowest query kind's p95, ms: wall (CPU)", "max_kind_p95_ms"),
        ("phrases without filters, p95 ms: wall (CPU)", "phrase_no_filter_p95_ms"),
        ("browse (no query), p50 ms: wall (CPU)", "browse_p50_ms"),
        ("newsfacet alone (before the other engines), q + 2 filters p95 ms: wall (CPU)", "alone_text_2_filters_p95_ms"),
        ("... every query kind together, p95 ms: wall (CPU)", "alone_every_kind_p95_ms"),
        ("... slowest query kind's p95, ms: wall (CPU)", "alone_max_kind_p95_ms"),
        ("queries refused for the CPU budget (NEWSFACET_TIME_BUDGET), of all timed", ("search", "refused")),
        ("first open + first search (fresh process), s", ("search", "first_open_search_s")),
        ("after a commit of 100 beside a warm worker, background reopen: searches p95 / max ms", None),
        ("... new generation answering after, s (its first searches, ms)", None),
        ("after a commit, reopened before answering: first three searches, ms", ("add", "reopen", "synchronous", "first_ms")),
        ("serving worker peak RSS, MB (VmHWM)", ("search", "serving_worker_peak_rss_mb")),
        ("... beyond the mapped index files all workers share, MB (RSS at the end of the load)",
         ("search", "serving_worker_beyond_index_mb")),
        ("store write without NLP, s", ("build", "write_seconds")),
        ("copy index first build (every article queued), s", ("build", "copy_index_seconds")),
        ("`reindex`, wall s per 1k (peak RSS MB)", None),
        ("`reindex`, CPU s per 1k (user + system)", ("build", "reindex", "cpu_seconds_per_1k")),
        ("store + index on disk, MB", ("build", "store_mb")),
    ]
    lines = [f"## Scale mode (issue 18): synthetic stores, mentions without NER, indexes by `reindex`; {started}",
             "", "| | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for label, path in rows:
        cells = []
        for r in results:
            if isinstance(path, str):  # a search row: wall clock, then the query thread's CPU time
                cells.append(f"{get(r, 'search', path)} ({get(r, 'search', 'cpu', path)})")
            elif path is not None:
                cells.append(str(get(r, *path)))
            elif label.startswith("... texts read"):
                c = get(r, "add", "new", "copy_run")
                cells.append(f"{c.get('signed', '-')} + {c.get('verified_reads', '-')}" if isinstance(c, dict) else "-")
            elif label.startswith("after a commit of 100"):
                cells.append(f"{get(r, 'add', 'reopen', 'background', 'p95_ms')} / {get(r, 'add', 'reopen', 'background', 'max_ms')}")
            elif label.startswith("... new generation"):
                cells.append(f"{get(r, 'add', 'reopen', 'background', 'new_generation_after_s')} "
                             f"({get(r, 'add', 'reopen', 'background', 'first_new_ms')})")
            elif label.startswith("... copies"):
                cells.append(f"{get(r, 'add', 'old', 'copies_new')} / {get(r, 'add', 'old', 'copies_old')}")
            else:
                cells.append(f"{get(r, 'build', 'reindex', 'seconds_per_1k')} ({get(r, 'build', 'reindex', 'peak_rss_mb')})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += kind_table(results)
    errors = [f"- {r['articles']:,}: {r['error']}" for r in results if r.get("error")]
    notes = [
        "",
        "How to read it: each column is one archive; \"add 100\" is `newsfacet index` of the next 100 generated",
        "articles (planted rewrites of archived stories among them) on a copy of that store, with the incremental",
        "copy grouping of issue 18; the old whole-store pass (`indexer.dedupe.find_copies` over every article, what",
        "`newsfacet index` ran before) is then timed on the same store in its own process, and its {copy: original}",
        "is the reference for precision (incremental mappings it agrees with) and recall (its mappings the",
        "incremental run also has). Times on this shared 2-core machine move with the other processes' load:",
        "compare old and new within a column, not across runs.",
    ]
    return "\n".join(lines + ([""] + errors if errors else []) + notes) + "\n"


def kind_table(results: list[dict]) -> list[str]:
    """Per query kind, newsfacet / tantivy / FTS5 p50 and p95 on the same queries in the same minutes."""
    lines = []
    for r in results:
        table = ((r.get("search") or {}).get("per_kind")) or {}
        if not table:
            continue
        s = r["search"]
        cache = s.get("page_cache")
        warmed = (f"; first read into the page cache: {cache['mb']:,.0f} MB of newsfacet's index and store and "
                  f"tantivy's index in {cache['seconds']} s, page cache {cache['cached_mb_after']:,.0f} MB after"
                  if cache else "")
        lines += ["", f"Per query kind at {r['articles']:,} articles ({s['queries']} queries, each kind x 0/1/2 filters; "
                      f"FTS5 stopped after {s['fts5_timeout_s']:g} s per query, {s['fts5_timeouts']} times; "
                      f"load {[round(x, 1) for x in s['load_at_search']]}{warmed}), p50 / p95 ms, wall clock then the "
                      "query thread's CPU time; \"alone\" is newsfacet answering the whole mix by itself first:", "",
                  "| kind | n | newsfacet | tantivy 0.27 | SQLite FTS5 | newsfacet / tantivy p95 | newsfacet alone |",
                  "|---|---|---|---|---|---|---|"]
        for name, row in table.items():
            cells = [f"{row[e]['p50']} / {row[e]['p95']} (CPU {row['cpu_' + e]['p50']} / {row['cpu_' + e]['p95']})"
                     for e in ENGINES]
            ratio = f"{row['newsfacet_over_tantivy_p95']} (CPU {row['cpu_newsfacet_over_tantivy_p95']})"
            alone = (f"{row[ALONE]['p50']} / {row[ALONE]['p95']} (CPU {row['cpu_' + ALONE]['p50']} / "
                     f"{row['cpu_' + ALONE]['p95']})" if ALONE in row else "-")
            lines.append(f"| {name} | {row['n']} | " + " | ".join(cells) + f" | {ratio} | {alone} |")
    return lines


MARK_START, MARK_END = "<!-- scale mode: start -->", "<!-- scale mode: end -->"


def write_markdown(path: Path, text: str) -> None:
    """Put the scale table into RESULTS.md between its markers (the rest of the file is `make bench`'s)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{MARK_START}\n{text}{MARK_END}\n"
    if MARK_START in old and MARK_END in old:
        head, rest = old.split(MARK_START, 1)
        new = head + block + rest.split(MARK_END, 1)[1].lstrip("\n")
    else:
        new = old.rstrip("\n") + "\n\n" + block
    path.write_text(new, encoding="utf-8")
