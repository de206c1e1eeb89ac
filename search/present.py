"""Shaping stored articles into the JSON-ready dicts of the search and article answers."""
from __future__ import annotations

from .model import Article

ENTITY_FACETS = ("person", "org", "place", "region", "country")


def entities_summary(a: Article) -> dict[str, list[dict]]:
    """Per facet kind: distinct canonical values (first-mention order) with the spellings actually used."""
    out: dict[str, dict[str, list[str]]] = {k: {} for k in ENTITY_FACETS}
    for m in a.mentions:
        if m.kind in ("person", "org", "place"):
            forms = out[m.kind].setdefault(m.value, [])
            if m.text != m.value and m.text not in forms:
                forms.append(m.text)
        if m.kind == "place":
            if m.region:
                out["region"].setdefault(m.region, [])
            if m.country:
                out["country"].setdefault(m.country, [])
    return {k: [{"value": v, "as_written": forms} for v, forms in vals.items()] for k, vals in out.items()}


def mention_dict(m) -> dict:
    return {"kind": m.kind, "value": m.value, "text": m.text, "start": m.start, "end": m.end,
            "region": m.region, "country": m.country, "date_end": m.date_end, "granularity": m.granularity}


def result_dict(a: Article, score: float | None, snippets: list[dict], copies: list[dict]) -> dict:
    return {
        "id": a.id, "title": a.title, "source": a.source, "site": a.site, "published": a.published,
        "published_source": a.published_source, "url": a.url,
        "score": None if score is None else round(float(score), 4),
        "snippets": snippets, "entities": entities_summary(a), "copies": copies, "copy_of": a.copy_of,
    }


def export_dict(a: Article, score: float | None) -> dict:
    try:
        days = a.event_days()
    except (ValueError, TypeError):
        days = []
    return {
        "id": a.id, "title": a.title, "source": a.source, "site": a.site, "published": a.published,
        "url": a.url, "score": None if score is None else round(float(score), 4),
        **{k: a.entity_values(k) for k in ENTITY_FACETS}, "date": days, "copy_of": a.copy_of,
    }
