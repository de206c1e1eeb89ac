"""Streaming every match for CSV/JSON export: articles are loaded from the store a batch at a time."""
from __future__ import annotations

from collections.abc import Iterator

from .present import export_dict

BATCH = 200


def export_rows(store, ranked_ids: list[tuple[str, float | None]]) -> Iterator[dict]:
    for i in range(0, len(ranked_ids), BATCH):
        chunk = ranked_ids[i:i + BATCH]
        arts = {a.id: a for a in store.get_articles([aid for aid, _ in chunk])}
        for aid, score in chunk:
            if aid in arts:
                yield export_dict(arts[aid], score)
