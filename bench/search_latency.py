"""Search latency: a fixed, realistic query mix through ``Engine.search`` and through the FTS5 baseline.

Kinds, as journalists type them: a single rare word, two words, a phrase, an OR, a prefix, and browsing
everything (empty q); each plain, with one facet filter and with two. Filters are drill-downs: a value
among the top ones the previous answer's facets offered (the click a user makes), so they intersect.
The words come from the corpus itself (document frequencies over a sample of the store), chosen by seed.

Measurement hygiene: the query list is built with one Engine, timed with a fresh one (so no answer the
builder computed can be served from a cache), after a warm-up on a different list (so one-off loading,
e.g. facet arrays, shows up as ``first_query_ms`` rather than as p95). Each query runs once per engine per
pass, newsfacet then FTS5 back to back, so both see the same machine load.
"""
from __future__ import annotations

import random
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from .fts5_baseline import Fts5Baseline

KINDS = ("rare", "two_terms", "phrase", "or", "prefix", "browse")
FILTER_FACETS = ("place", "person", "country", "org", "source", "region")
STOPWORDS = set("""about above after again against also among been before being below between both could
did does doing down during each from further have having here into itself just more most other over same
says said should some such than that their them then there these they this those through under until very
were what when where which while will with would your which whose year years last first""".split())
_WORD = re.compile(r"[A-Za-z]{4,}")


@dataclass
class BenchQuery:
    kind: str
    q: str
    filters: dict[str, list[str]] = field(default_factory=dict)

    def params(self) -> dict[str, list[str]]:
        return {"q": [self.q], **{k: list(v) for k, v in self.filters.items()}}

    @property
    def level(self) -> int:
        return len(self.filters)


def _facet_values(answer: dict, facet: str) -> list[str]:
    """Values of one facet in an engine answer, best first, whatever the item shape."""
    out = []
    for item in (answer.get("facets") or {}).get(facet) or []:
        if isinstance(item, dict):
            out.append(item.get("value"))
        elif isinstance(item, (list, tuple)):
            out.append(item[0])
    return [v for v in out if v]


def word_stats(db_path: Path, sample: int, seed: int) -> tuple[dict[str, int], list[str], int]:
    """Document frequency of lowercase words over a sample of articles, and the sampled bodies."""
    import sqlite3

    db = sqlite3.connect(db_path)
    n = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    rowids = sorted(random.Random(seed).sample(range(1, n + 1), min(sample, n)))
    bodies = [db.execute("SELECT body FROM fts WHERE rowid = ?", (r,)).fetchone()[0] for r in rowids]
    db.close()
    df: dict[str, int] = {}
    for body in bodies:
        for w in {w.lower() for w in _WORD.findall(body)}:
            df[w] = df.get(w, 0) + 1
    return df, bodies, len(bodies)


def base_queries(db_path: Path, per_kind: int, seed: int) -> list[BenchQuery]:
    """``per_kind`` unfiltered queries of each kind, deterministic by seed."""
    rng = random.Random(seed)
    df, bodies, n = word_stats(db_path, 2000, seed)
    content = sorted(w for w in df if w not in STOPWORDS)
    rare = [w for w in content if 2 <= df[w] <= max(3, n // 500)]  # ~0.1% of articles: a name, a village
    mid = [w for w in content if n // 50 <= df[w] <= n // 8]  # 2-12%: "drone", "ceasefire"
    queries: list[BenchQuery] = []
    for _ in range(per_kind):
        queries.append(BenchQuery("rare", rng.choice(rare)))
        queries.append(BenchQuery("two_terms", " ".join(_cooccurring(rng, bodies, df, n))))
        queries.append(BenchQuery("phrase", f'"{_phrase(rng, bodies)}"'))
        a, b = rng.sample(mid, 2)
        queries.append(BenchQuery("or", f"{a} OR {b}"))
        queries.append(BenchQuery("prefix", rng.choice([w for w in mid if len(w) >= 7])[:5] + "*"))
        queries.append(BenchQuery("browse", ""))
    return queries


def _cooccurring(rng: random.Random, bodies: list[str], df: dict[str, int], n: int) -> list[str]:
    """Two content words from one paragraph: a pair people search together."""
    while True:
        para = rng.choice(rng.choice(bodies).split("\n\n"))
        words = sorted({w.lower() for w in _WORD.findall(para)} - STOPWORDS)
        words = [w for w in words if df.get(w, 0) <= n // 4]
        if len(words) >= 2:
            return rng.sample(words, 2)


def _phrase(rng: random.Random, bodies: list[str]) -> str:
    """Two or three consecutive plain words from a paragraph, starting on a content word."""
    while True:
        words = rng.choice(rng.choice(bodies).split("\n\n")).split()
        if len(words) < 4:
            continue
        i = rng.randrange(len(words) - 3)
        span = [w.strip(",.;:") for w in words[i:i + rng.choice((2, 3))]]
        if all(w.isalpha() for w in span) and span[0].lower() not in STOPWORDS and len(span[0]) >= 4:
            return " ".join(span).lower()


def answer_or_refused(engine, params: dict) -> dict:
    """The engine's answer, or {} when the engine refuses the query for its CPU budget (OverBudget: at
    1M on a loaded machine a cold broad query can pass NEWSFACET_TIME_BUDGET); the mix is still built."""
    from search.budget import OverBudget

    try:
        return engine.search(params)
    except OverBudget:
        return {}


def with_filters(engine, base: list[BenchQuery], seed: int) -> list[BenchQuery]:
    """Each base query plain, +1 and +2 facet filters taken from the previous answer's top facet values."""
    rng = random.Random(seed)
    out: list[BenchQuery] = []
    for query in base:
        out.append(query)
        current = query
        for _ in range(2):
            answer = answer_or_refused(engine, current.params())
            if not answer.get("total"):
                answer = answer_or_refused(engine, {**current.params(), "q": [""]})  # drill from all articles
            options = [(f, v) for f in FILTER_FACETS if f not in current.filters
                       for v in _facet_values(answer, f)[:5]]
            if not options:
                break
            facet, value = rng.choice(options)
            current = BenchQuery(query.kind, query.q, {**current.filters, facet: [value]})
            out.append(current)
    return out


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def time_each(engine, queries: list[BenchQuery]) -> list[tuple[float, float]]:
    """(wall ms, this thread's CPU ms) of each query answered by ``engine`` alone, in order."""
    out = []
    for q in queries:
        c0, t0 = time.thread_time(), time.perf_counter()
        answer_or_refused(engine, q.params())
        out.append((_ms(time.perf_counter() - t0), _ms(time.thread_time() - c0)))
    return out


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def run(index_dir: Path, fts_db: Path, per_kind: int, seed: int, log=print, tantivy_dir: Path | None = None,
        fts5_timeout: float | None = None, alone: bool = False, warm: list[Path] | None = None) -> dict:
    """Time the mix through newsfacet and FTS5 (and tantivy when ``tantivy_dir`` is given), query by query.
    With ``fts5_timeout`` an FTS5 query past it is recorded as ``fts5_ms = None, fts5_timed_out = True``.
    With ``alone`` newsfacet first answers the whole mix by itself (``alone_ms``, ``alone_cpu_ms``): in the
    interleaved pass each engine's reads evict the others' pages (at 1M the three hold ~22 GB on a 23.5 GB
    machine, FTS5 scanning for up to its timeout between two newsfacet queries), which is not how a
    newsfacet server runs. ``warm`` lists files and directories read once before the timed passes
    (bench/page_cache.py: a serving machine's page cache holds its index); what that read is in
    ``page_cache``."""
    from search.engine import Engine

    from . import page_cache
    from .fts5_baseline import Fts5Timeout

    builder = Engine(index_dir)
    try:
        queries = with_filters(builder, base_queries(fts_db, per_kind, seed), seed)
        warmup = with_filters(builder, base_queries(fts_db, 1, seed + 1000), seed + 1000)
    finally:
        builder.close()
    engine = Engine(index_dir)
    fts = Fts5Baseline(fts_db, timeout=fts5_timeout)
    tv = None
    if tantivy_dir is not None:
        from .tantivy_baseline import TantivyBaseline

        tv = TantivyBaseline(tantivy_dir)

    def fts5(q: BenchQuery) -> tuple[float | None, float | None, int | None]:
        c, t = time.thread_time(), time.perf_counter()
        try:
            total = fts.search(q.kind, q.q, q.filters)["total"]
        except Fts5Timeout:
            return None, None, None
        return _ms(time.perf_counter() - t), _ms(time.thread_time() - c), total

    cache = page_cache.warm(warm) if warm else None
    if cache:
        log(f"search: page cache warmed with {cache['mb']:,} MB in {cache['seconds']} s")
    try:
        start = time.perf_counter()
        answer_or_refused(engine, warmup[0].params())
        first_ms = _ms(time.perf_counter() - start)
        for q in warmup[1:]:
            answer_or_refused(engine, q.params())
            fts5(q)
            if tv is not None:
                tv.search(q.kind, q.q, q.filters)
        by_itself = time_each(engine, queries) if alone else []
        samples = []
        for q in queries:
            # wall time and this thread's CPU time: each engine answers in the calling thread (SQLite and
            # tantivy's searcher too), so CPU time is the query's own work, which a loaded machine's wall
            # clock (other processes, nice levels) inflates many times over
            c0, t0 = time.thread_time(), time.perf_counter()
            answer = answer_or_refused(engine, q.params())
            t1, c1 = time.perf_counter(), time.thread_time()
            fts_ms, fts_cpu, fts_total = fts5(q)
            sample = {"kind": q.kind, "q": q.q, "filters": q.filters, "newsfacet_ms": _ms(t1 - t0),
                      "newsfacet_cpu_ms": _ms(c1 - c0), "fts5_ms": fts_ms, "fts5_cpu_ms": fts_cpu,
                      "total": answer.get("total"), "fts5_total": fts_total, "snippets": _has_snippets(answer)}
            if by_itself:
                sample["alone_ms"], sample["alone_cpu_ms"] = by_itself[len(samples)]
            if fts_ms is None:
                sample["fts5_timed_out"] = True
            if not answer:  # refused for its CPU budget: its time is the time to the refusal
                sample["newsfacet_refused"] = True
            if tv is not None:
                c2, t2 = time.thread_time(), time.perf_counter()
                sample["tantivy_total"] = tv.search(q.kind, q.q, q.filters)["total"]
                sample["tantivy_ms"] = _ms(time.perf_counter() - t2)
                sample["tantivy_cpu_ms"] = _ms(time.thread_time() - c2)
            samples.append(sample)
    finally:
        engine.close()
        fts.close()
        if tv is not None:
            tv.close()
    log(f"search: {len(samples)} timed queries")
    rows = summarise(samples) if fts5_timeout is None else []  # the scale table summarises timeouts itself
    return {"first_query_ms": first_ms, "queries": len(samples), "rows": rows, "samples": samples,
            "page_cache": cache}


def _has_snippets(answer: dict) -> bool:
    return any(r.get("snippets") or r.get("snippet") for r in answer.get("results") or [])


def summarise(samples: list[dict]) -> list[dict]:
    """p50/p95/max per (kind, filter count), then the headline row: text queries with two filters."""
    groups: dict[tuple[str, int], list[dict]] = {}
    for s in samples:
        groups.setdefault((s["kind"], len(s["filters"])), []).append(s)
        if s["kind"] != "browse":
            groups.setdefault(("ALL text", len(s["filters"])), []).append(s)
    rows = []
    for (kind, level), group in sorted(groups.items(), key=lambda kv: (kv[0][0] == "ALL text", kv[0])):
        nf = [s["newsfacet_ms"] for s in group]
        fts = [s["fts5_ms"] for s in group]
        rows.append({
            "kind": kind, "filters": level, "n": len(group),
            "p50_ms": round(percentile(nf, 50), 1), "p95_ms": round(percentile(nf, 95), 1), "max_ms": round(max(nf), 1),
            "fts5_p50_ms": round(percentile(fts, 50), 1), "fts5_p95_ms": round(percentile(fts, 95), 1),
            "ratio_p50": round(percentile(nf, 50) / max(percentile(fts, 50), 0.01), 2),
            "ratio_p95": round(percentile(nf, 95) / max(percentile(fts, 95), 0.01), 2),
            "mean_hits": round(statistics.mean(s["total"] or 0 for s in group)),
        })
    return rows
