"""Shaping stored articles into the JSON-ready dicts of the search and article answers."""
from __future__ import annotations

from .facet_registry import BY_NAME, ENTITY_FACETS, FACETS
from .model import NO_FACET, Article


def entities_summary(a: Article) -> dict[str, list[dict]]:
    """Per entity facet: distinct canonical values (first-mention order) with the spellings actually used
    (spellings are known for values read off mentions; a facet of other values lists none)."""
    written: dict[str, dict[str, list[str]]] = {}
    for m in a.mentions:
        if m.kind in ENTITY_FACETS:
            forms = written.setdefault(m.kind, {}).setdefault(m.value, [])
            if m.text != m.value and m.text not in forms:
                forms.append(m.text)
    out = {}
    for name in ENTITY_FACETS:
        forms = written.get(name, {})
        out[name] = [{"value": v, "as_written": forms.get(v, [])} for v in BY_NAME[name].values(a)]
    return out


def mention_dict(m) -> dict:
    """One mention for highlighting; ``facet`` False for a mention labelled NO_FACET, which is highlighted as
    what it is but names no facet value (so no entity page to link to)."""
    return {"kind": m.kind, "value": m.value, "text": m.text, "start": m.start, "end": m.end,
            "region": m.region, "country": m.country, "date_end": m.date_end, "granularity": m.granularity,
            "facet": m.label != NO_FACET}


def result_dict(a: Article, score: float | None, snippets: list[dict], copies: list[dict]) -> dict:
    return {
        "id": a.id, "title": a.title, "source": a.source, "site": a.site, "published": a.published,
        "published_source": a.published_source, "url": a.url,
        "score": None if score is None else round(float(score), 4),
        "snippets": snippets, "entities": entities_summary(a), "copies": copies, "copy_of": a.copy_of,
    }


def export_dict(a: Article, score: float | None) -> dict:
    row = {
        "id": a.id, "title": a.title, "source": a.source, "site": a.site, "published": a.published,
        "url": a.url, "score": None if score is None else round(float(score), 4),
    }
    for f in FACETS:
        row.setdefault(f.name, f.values(a))
    row["copy_of"] = a.copy_of
    return row
