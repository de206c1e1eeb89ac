"""The seed articles the date evaluation and tests run on, with publication dates inferred.

Uses the extraction module when it is importable, so the numbers describe what the pipeline really
indexes. Before it exists (it is being written alongside) a plain line split stands in: one paragraph
per non-empty line, the Kyiv Independent dump cut where a teaser line (the run-together opening of the
next article) repeats the line after it, and aggregator "Related Articles" blocks set apart with no date.
"""
from __future__ import annotations

import json
from pathlib import Path

from search.model import Article, Paragraph

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _manifest() -> dict:
    path = SEEDS / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")).get("files", {}) if path.exists() else {}


def _is_teaser(line: str, nxt: str) -> bool:
    return len(line) > len(nxt) >= 40 and line.startswith(nxt[:200]) or len(line) >= 400 and nxt.startswith(line)


def _split_lines(path: Path, entry: dict) -> list[Article]:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    groups: list[tuple[str | None, list[str]]] = [(entry.get("published"), [])]
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _is_teaser(line, nxt):
            groups.append((None, []))
            continue
        if line == "Related Articles":
            groups.append((None, []))
            continue
        groups[-1][1].append(line)
    articles = []
    for pos, (published, paras) in enumerate(g for g in groups if g[1]):
        articles.append(Article(
            id=f"{path.stem}-{pos}", title=paras[0][:80], source=entry.get("source"),
            paragraphs=[Paragraph(n, t) for n, t in enumerate(paras)],
            published=published, published_source="manifest" if published else None,
            origin_path=str(path), origin_position=pos,
        ))
    return articles


def seed_articles(seeds: Path = SEEDS) -> list[Article]:
    """Every seed article, publication dates filled by infer_published with file neighbours."""
    from indexer.dates.published import infer_published

    try:
        from indexer.extract import extract_file
        from indexer.sources import load_manifest
    except ImportError:
        extract_file = None
    manifest = _manifest()
    out: list[Article] = []
    for path in sorted(seeds.glob("*.txt")):
        if extract_file is not None:
            articles = extract_file(path, manifest=load_manifest(path)).articles
        else:
            articles = _split_lines(path, manifest.get(path.name, {}))
        for article in articles:
            infer_published(article, articles)
        out.extend(articles)
    return out
