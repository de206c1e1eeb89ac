"""The seed articles the date evaluation and tests run on, with publication dates inferred.

Articles come from the extraction module, exactly as the pipeline indexes them, so the numbers describe
what a journalist searches. Publication dates are inferred with each file's articles as neighbours.
"""
from __future__ import annotations

from pathlib import Path

from search.model import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_articles(seeds: Path = SEEDS) -> list[Article]:
    """Every seed article, publication dates filled by infer_published with its file's neighbours."""
    from indexer.dates.published import infer_published
    from indexer.extract import extract_file
    from indexer.sources import load_manifest

    out: list[Article] = []
    for path in sorted(seeds.glob("*.txt")):
        articles = extract_file(path, manifest=load_manifest(path)).articles
        for article in articles:
            infer_published(article, articles)
        out.extend(articles)
    return out
