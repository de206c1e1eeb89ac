"""The seed corpus as the pipeline sees it, tagged: shared by the evaluation, the benchmark and the tests.

Paragraphs come from the extraction module (``indexer.extract.extract_file`` with the manifest), so the
numbers describe what is really indexed; NER runs once over every paragraph of the corpus.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from search.model import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_articles(seeds: Path = SEEDS) -> list[Article]:
    from indexer.extract import extract_file
    from indexer.sources import load_manifest

    out: list[Article] = []
    for path in sorted(seeds.glob("*.txt")):
        out.extend(extract_file(path, manifest=load_manifest(path)).articles)
    return out


def spans_for(articles: list[Article]) -> list[list[list]]:
    """NER spans per article, per paragraph, from one pass over the corpus."""
    from indexer.nlp import ner_spans

    texts = [p.text for a in articles for p in a.paragraphs]
    flat = list(ner_spans(texts))
    out, i = [], 0
    for a in articles:
        out.append(flat[i:i + len(a.paragraphs)])
        i += len(a.paragraphs)
    return out


def tag_corpus(articles: list[Article], spans: list[list[list]], known_people=()) -> list[Article]:
    from . import link_people, tag_entities

    for article, article_spans in zip(articles, spans):
        article.mentions = tag_entities(article, article_spans)
    link_people(articles, known_people)
    return articles


@lru_cache(maxsize=1)
def tagged_seeds() -> tuple[Article, ...]:
    """The seed articles with entity mentions, computed once per process."""
    articles = seed_articles()
    return tuple(tag_corpus(articles, spans_for(articles)))
