"""Indexing throughput: end-to-end ``newsfacet index`` against raw spaCy NER over the same text.

NER is the irreducible cost of indexing, so the number that matters is how close the whole pipeline
(extraction, NER, entity and date tagging, people linking, store, Whoosh, dedupe) gets to spaCy alone on the
same paragraphs and the same cores. Both run as fresh subprocesses with two NER processes, back to back, so
they see the same machine load; each one's peak RSS comes from wait4 on it alone.

Also here: building the full-size index once (cached by N and seed, the search and serving benchmarks reuse
it) and rebuilding the Whoosh index from the store (``newsfacet reindex``, no NLP).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .memory import index_sizes, run_child

ROOT = Path(__file__).resolve().parent.parent
N_PROCESS = 2
BATCH_SIZE = 64  # indexer.nlp.ner_spans' default, so the two runs batch identically


def _python() -> str:
    return sys.executable


def _last_line(text: str) -> str:
    """The exception line of a child's traceback (the rest is in the child's stderr, not worth a report)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip()[:400] if lines else "(no stderr)"


def _env(**extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    env.pop("NEWSFACET_INDEX", None)
    return env


def newsfacet_index(corpus_dir: Path, index_dir: Path, workers: int = N_PROCESS, timeout: float = 7200) -> dict:
    """One ``newsfacet index`` run as a subprocess: wall time, peak RSS and its JSON summary."""
    argv = [_python(), "-m", "indexer.cli", "index", str(corpus_dir), "--index", str(index_dir),
            "--workers", str(workers), "--json"]
    run = run_child(argv, env=_env(), timeout=timeout, cwd=str(ROOT))
    if run.returncode != 0:
        raise RuntimeError(f"newsfacet index failed ({run.returncode}): {_last_line(run.stderr)}")
    return {"seconds": run.seconds, "peak_rss_mb": run.peak_rss_mb, "peak_tree_rss_mb": run.peak_tree_rss_mb,
            "summary": json.loads(run.stdout)}


def raw_ner(corpus_dir: Path, n_process: int = N_PROCESS, timeout: float = 7200) -> dict:
    """spaCy's ner-only ``nlp.pipe`` over the corpus paragraphs, in its own subprocess (see ``_raw_main``)."""
    argv = [_python(), "-m", "bench.indexing", "raw-ner", str(corpus_dir), str(n_process)]
    run = run_child(argv, env=_env(), timeout=timeout, cwd=str(ROOT))
    if run.returncode != 0:
        raise RuntimeError(f"raw NER failed ({run.returncode}): {_last_line(run.stderr)}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result["peak_rss_mb"] = run.peak_rss_mb
    result["peak_tree_rss_mb"] = run.peak_tree_rss_mb
    result["process_seconds"] = run.seconds
    return result


def corpus_paragraphs(corpus_dir: Path) -> list[str]:
    """The paragraphs the indexer will tag: through the real extractor when it exists, else blank-line split."""
    try:
        from indexer.extract import extract_file
    except ImportError:
        extract_file = None
    texts: list[str] = []
    for shard in sorted(Path(corpus_dir).glob("part-*.jsonl")):
        if extract_file is not None:
            texts += [p.text for a in extract_file(shard, shard.read_bytes(), {}).articles for p in a.paragraphs]
        else:
            for line in shard.read_text(encoding="utf-8").splitlines():
                texts += [p for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    return texts


def _raw_main(corpus_dir: str, n_process: str) -> None:
    """Subprocess body: time model load + pipe over every paragraph; print one JSON line."""
    texts = corpus_paragraphs(Path(corpus_dir))
    start = time.perf_counter()
    from indexer.nlp import load_nlp

    nlp = load_nlp()
    loaded = time.perf_counter()
    tokens = entities = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=int(n_process)):
        tokens += len(doc)
        entities += len(doc.ents)
    end = time.perf_counter()
    print(json.dumps({"paragraphs": len(texts), "chars": sum(map(len, texts)), "tokens": tokens,
                      "entities": entities, "load_seconds": loaded - start, "seconds": end - start}))


def tagging() -> dict:
    """Entity tagging against NER alone over the seed paragraphs (issue 11: within 1.25x), in its own process so
    the bench's process never loads spaCy: ``python -m indexer.entities.bench --json``."""
    out = subprocess.run([sys.executable, "-m", "indexer.entities.bench", "--json"], check=True,
                         capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["target_ratio"] = 1.25
    return result


def throughput(corpus_dir: Path, work_dir: Path, articles: int) -> dict:
    """Index a fresh copy of the subset corpus and run raw NER over it; report both and the ratio."""
    index_dir = work_dir / "throughput-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    raw = raw_ner(corpus_dir)
    full = newsfacet_index(corpus_dir, index_dir)
    tokens = raw["tokens"]
    nf_tps = tokens / full["seconds"]
    raw_tps = tokens / raw["seconds"]
    result = {
        "articles": articles,
        "paragraphs": raw["paragraphs"],
        "tokens": tokens,
        "newsfacet_seconds": round(full["seconds"], 2),
        "newsfacet_tokens_per_s": round(nf_tps),
        "newsfacet_articles_per_s": round(articles / full["seconds"], 2),
        "newsfacet_peak_rss_mb": round(full["peak_rss_mb"], 1),
        "newsfacet_peak_tree_rss_mb": round(full["peak_tree_rss_mb"], 1),
        "spacy_peak_tree_rss_mb": round(raw["peak_tree_rss_mb"], 1),
        "spacy_seconds": round(raw["seconds"], 2),
        "spacy_load_seconds": round(raw["load_seconds"], 2),
        "spacy_tokens_per_s": round(raw_tps),
        "spacy_articles_per_s": round(articles / raw["seconds"], 2),
        "spacy_peak_rss_mb": round(raw["peak_rss_mb"], 1),
        "ratio": round(nf_tps / raw_tps, 3),
        "target_ratio": 0.8,
        "indexed_articles": full["summary"].get("articles"),
        "copies": full["summary"].get("copies"),
        "entities": full["summary"].get("entities"),
    }
    result["reindex"] = reindex(index_dir, articles)
    result["sizes"] = index_sizes(index_dir, articles)
    shutil.rmtree(index_dir, ignore_errors=True)
    return result


def reindex(index_dir: Path, articles: int) -> dict:
    """``newsfacet reindex`` (Whoosh from the store, no NLP): seconds per 1,000 articles."""
    argv = [_python(), "-m", "indexer.cli", "reindex", "--index", str(index_dir)]
    # 10 s per 1k wall at 100k on the loaded shared machine: a flat hour would kill a 300k rebuild half done
    run = run_child(argv, env=_env(), timeout=max(3600.0, articles * 0.06), cwd=str(ROOT))
    if run.returncode != 0:
        raise RuntimeError(f"newsfacet reindex failed: {_last_line(run.stderr)}")
    return {"articles": articles, "seconds": round(run.seconds, 2),
            "seconds_per_1k": round(run.seconds * 1000 / max(articles, 1), 2),
            "cpu_seconds_per_1k": round(run.cpu_seconds * 1000 / max(articles, 1), 2),
            "peak_rss_mb": round(run.peak_rss_mb, 1), "load": os.getloadavg()}


def cached_index(corpus_dir: Path, index_dir: Path, articles: int, log=print) -> dict:
    """The full-size index for the search benchmarks, built once per (N, seed) and reused by later runs."""
    marker = index_dir / "bench-build.json"
    if marker.exists():
        info = json.loads(marker.read_text())
        info["cached"] = True
        return info
    shutil.rmtree(index_dir, ignore_errors=True)
    log(f"building the {articles:,}-article index once (cached in {index_dir}) ...")
    run = newsfacet_index(corpus_dir, index_dir)
    info = {"articles": articles, "seconds": round(run["seconds"], 1),
            "articles_per_s": round(articles / run["seconds"], 2), "peak_rss_mb": round(run["peak_rss_mb"], 1),
            "peak_tree_rss_mb": round(run["peak_tree_rss_mb"], 1),
            "indexed_articles": run["summary"].get("articles"), "copies": run["summary"].get("copies"),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    marker.write_text(json.dumps(info))
    info["cached"] = False
    return info


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "raw-ner":
        _raw_main(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: python -m bench.indexing raw-ner CORPUS_DIR N_PROCESS")
