"""Replacement names from indexer/entities' gazetteer, so swapped-in places and people are ones the entity
tagger can resolve to facet values (region, country), as real names in real news would be."""
from __future__ import annotations

from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "indexer" / "entities" / "data"


def pools() -> dict[tuple[str, str], set[str]]:
    """(kind, slot) -> names; empty until the gazetteer lands."""
    return {}
