"""Issue 16 at newsroom scale: batch search of 1,000 lines, entity pages, feeds and same-paragraph search
on a 20,000-article store, each as a ratio against a baseline timed in the same run.

The store is the bench corpus (bench/generator.py, same seed and size) with its entity mentions found
without NER: every person, organisation and place name the generator can write (its pools) is looked up
as a run of capitalised words, a surname alone after its full name in the same article is that person, and
the generator's day forms ("June 30, 2025", "30 June") are event days. That builds in about a minute what
the NER build takes half an hour for, with the same names, paragraph structure and facet spread, so the
paragraph-level features (co-occurrence, neighbours) are measured over realistic mention counts.
Built once per (size, seed, schema) and cached under bench/out/.

Baselines: a batch is timed against the same lines as separate ``Engine.search`` calls (what a client
without batch search does); an entity page against the plain search for that entity (its search page); a
feed against the search it is the feed of; ``together=paragraph`` against the same search without it.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import statistics
import time
from datetime import date
from pathlib import Path

from . import generator

_CAPS = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|the|de|al)?\s*[A-Z][\w'’.-]*){0,4}")
_MONTHS = {m: i + 1 for i, m in enumerate(generator.MONTHS)}
SHARD = 250


def _vocabulary(seeds) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """name -> kind, and place name -> (region, country) spread deterministically over the seeds' regions."""
    kinds: dict[str, str] = {}
    for (kind, _slot), names in sorted(seeds.pools.items()):
        for name in names:
            kinds.setdefault(name, kind)
    regions = sorted(seeds.pools.get(("place", "region"), [])) or ["Region"]
    countries = ["Ukraine", "Russia", "Belarus", "Poland", "Moldova", "Georgia", "Turkey", "Iran"]
    where = {}
    for name, kind in kinds.items():
        if kind == "place":
            h = int(hashlib.sha1(name.encode()).hexdigest()[:8], 16)
            where[name] = (regions[h % len(regions)], countries[(h // 7) % len(countries)])
    return kinds, where


def _mentions(paragraphs: list[str], published: date, kinds, where):
    from search.model import Mention

    out, surnames = [], {}
    for n, text in enumerate(paragraphs):
        for m in _CAPS.finditer(text):
            words = m.group().split()
            i = 0
            while i < len(words):  # longest known name starting at each word
                for j in range(len(words), i, -1):
                    name = " ".join(words[i:j]).rstrip(".,’'")
                    kind = kinds.get(name)
                    value = name
                    if kind is None and j == i + 1 and name in surnames:
                        kind, value = "person", surnames[name]
                    if kind:
                        start = text.index(name, m.start() + len(" ".join(words[:i])))
                        region, country = where.get(value, (None, None)) if kind == "place" else (None, None)
                        out.append(Mention(n, start, start + len(name), name, kind, value, region, country))
                        if kind == "person" and " " in value:
                            surnames[value.split()[-1]] = value
                        i = j - 1
                        break
                i += 1
        for m in generator._DATE_RE.finditer(text):
            month = _MONTHS[m.group("m1") or m.group("m2")]
            day = int(m.group("d1") or m.group("d2"))
            try:
                d = date(published.year, month, day)
            except ValueError:
                continue
            out.append(Mention(n, m.start(), m.end(), m.group(), "date", d.isoformat(), date_end=d.isoformat(),
                               granularity="day"))
    return out


def build_store(work: Path, n: int, seed: int, log=print) -> Path:
    from search import index as search_index
    from search import schema
    from search import store as store_mod
    from search.model import Article, Paragraph

    index_dir = work / f"story-{n}-s{seed}-v{store_mod.SCHEMA_VERSION}.{schema.SCHEMA_VERSION}"
    marker = index_dir / "story-build.json"
    if marker.exists():
        return index_dir
    shutil.rmtree(index_dir, ignore_errors=True)
    start = time.perf_counter()
    seeds = generator.load_seeds()
    kinds, where = _vocabulary(seeds)
    store = store_mod.Store(index_dir)
    batch: list = []
    for i, rec in enumerate(generator.generate(n, seed, seeds)):
        paragraphs = rec["text"].split("\n\n")
        published = date.fromisoformat(rec["published"])
        batch.append(Article(id=rec["id"], title=rec["title"], source=rec["source"], published=rec["published"],
                             published_source="metadata", paragraphs=[Paragraph(k, t) for k, t in enumerate(paragraphs)],
                             mentions=_mentions(paragraphs, published, kinds, where), origin_path=f"part-{i // SHARD}"))
        if len(batch) == SHARD:
            store.write_file(f"part-{i // SHARD:04d}", rec["id"], batch)
            batch = []
    if batch:
        store.write_file("part-last", "last", batch)
    search_index.rebuild(index_dir, store)
    store.close()
    marker.write_text(json.dumps({"articles": n, "seconds": round(time.perf_counter() - start, 1)}))
    log(f"story: built the {n:,}-article store without NER in {time.perf_counter() - start:.0f} s")
    return index_dir


def _time(func, *args) -> float:
    t0 = time.perf_counter()
    func(*args)
    return (time.perf_counter() - t0) * 1000


def _stats(ms) -> dict:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95, 1)}


def _row(name: str, ours, base, baseline: str, **extra) -> dict:
    a, b = _stats(ours), _stats(base)
    return {"what": name, **a, "baseline": baseline, "baseline_p50_ms": b["p50_ms"], "baseline_p95_ms": b["p95_ms"],
            "ratio_p50": round(a["p50_ms"] / max(b["p50_ms"], 0.01), 2), **extra}


def run(work: Path, n: int, seed: int, lines: int = 1000, log=print) -> dict:
    from search.engine import Engine

    index_dir = build_store(work, n, seed, log=log)
    rng = random.Random(seed)
    with Engine(index_dir, time_budget=0) as engine:
        facets = engine.search({"facet_limit": ["1000"]})["facets"]
        names = [e["value"] for k in ("person", "org", "place") for e in facets[k]]
        words = ["drone", "ceasefire", "sanctions", "grain", "missile", "refinery", "mobilisation", "talks"]
        pool = names + [f'"{v}"' for v in names[:200]] + [f"{rng.choice(names)} {w}" for w in words * 20]
        batch_lines = [rng.choice(pool) for _ in range(lines)]
        country = facets["country"][0]["value"]
        filters = {"country": [country]}
        engine.batch(batch_lines[:20], filters)  # warm postings and facet arrays before any timing
        batch_ms, separate_ms = [], []
        for _ in range(3):
            batch_ms.append(_time(engine.batch, batch_lines, filters))
            t0 = time.perf_counter()
            for line in batch_lines:
                engine.search({"q": [line], **filters, "per_page": ["1"]})
            separate_ms.append((time.perf_counter() - t0) * 1000)
        rows = [_row(f"batch search, {lines:,} lines + 1 filter", batch_ms, separate_ms,
                     f"{lines:,} separate searches")]

        picks = [(k, e["value"]) for k in ("person", "org", "place", "region", "country")
                 for e in facets[k][:3] + facets[k][len(facets[k]) // 2:len(facets[k]) // 2 + 1]]
        ent, plain, totals = [], [], []
        for kind, value in picks:
            plain.append(_time(engine.search, {kind: [value]}))
            t0 = time.perf_counter()
            totals.append(engine.entity(kind, value)["total"])
            ent.append((time.perf_counter() - t0) * 1000)
        rows.append(_row("entity page (5 kinds x top 3 + 1 mid)", ent, plain, "search for the entity",
                         max_articles=max(totals)))

        # Each item and its baseline back to back, so a burst of load on the shared machine hits both.
        queries = [{"q": [w]} for w in words] + [{k: [v]} for k, v in picks[:8]]
        feed, search = zip(*((_time(engine.feed, q), _time(engine.search, q)) for q in queries))
        rows.append(_row("feed (50 newest by indexing)", feed, search, "the same search"))

        pairs = [({"person": [facets["person"][i]["value"]], "place": [facets["place"][j]["value"]]})
                 for i in range(4) for j in range(3)]
        with_t, without = zip(*((_time(engine.search, {**p, "together": ["paragraph"]}), _time(engine.search, p))
                                for p in pairs))
        rows.append(_row("search with together=paragraph (person + place)", with_t, without, "the same search"))
    return {"articles": n, "rows": rows}


def render(phase: dict) -> list[str]:
    from .report import table

    out = [f"\n## Follow a story (issue 16): {phase['articles']:,}-article store, mentions without NER; "
           "ratios against baselines timed in the same run"]
    out.append(table(["what", "n", "p50 ms", "p95 ms", "baseline", "base p50 ms", "base p95 ms", "ratio p50"],
                     [[r["what"], r["n"], r["p50_ms"], r["p95_ms"], r["baseline"], r["baseline_p50_ms"],
                       r["baseline_p95_ms"], r["ratio_p50"]] for r in phase["rows"]]))
    return out
