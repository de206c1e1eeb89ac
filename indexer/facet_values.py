"""Runs the producers of the facets that own a store column (search/facet_registry.py).

``fill`` gives freshly extracted articles their values before they are stored. ``backfill`` produces them
for articles stored before such a facet existed (their column is NULL after the migration that added it):
producers read only the stored article (its byline, metadata, text), never the source file or spaCy, so an
archive gains a new facet on its next `newsfacet index` or `newsfacet reindex` without NLP.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from search.facet_registry import COLUMN_FACETS, FacetSpec
from search.model import Article

BATCH = 500


def producer(spec: FacetSpec) -> Callable[[Article], list[str]]:
    """The function a spec's ``producer`` ("module:function") names."""
    module, _, name = spec.producer.partition(":")
    return getattr(importlib.import_module(module), name)


def fill(articles: Iterable[Article]) -> None:
    producers = [(spec.name, producer(spec)) for spec in COLUMN_FACETS]
    for article in articles:
        for name, produce in producers:
            article.facet_values[name] = list(dict.fromkeys(produce(article)))


def backfill(store) -> int:
    """Produce every column facet for stored articles that lack it; returns how many were updated (their
    index documents are queued in the store's outbox, applied by the caller's next index sync)."""
    done = 0
    for spec in COLUMN_FACETS:
        produce = producer(spec)
        while ids := store.unproduced(spec.name, BATCH):
            produced = {a.id: list(dict.fromkeys(produce(a))) for a in store.get_articles(ids)}
            if not produced:  # ids gone between the two reads: nothing left to produce
                break
            store.set_facet_values(spec.name, produced)
            done += len(produced)
    return done
