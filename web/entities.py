"""Entity pages: ``/entities/<facet>/<value>`` and their JSON twin ``/api/entities/<facet>/<value>``.

``entity_data`` is the engine's answer (search/entity_page.py) and is what the JSON returns; ``entity_view``
only adds links: to the search for the entity, to each neighbour's own page, to the article pages.
"""
from __future__ import annotations

from flask import jsonify, render_template, request

from . import params as P
from . import urls
from .api import bp as api_bp
from .backend import get_engine
from .histogram import histogram, human_date
from .pages import _result, search_pairs
from .story_links import ENTITY_FACETS, entity_url
from .views import bp as pages_bp

PAGE_PARAMS = ("page", "per_page", "copies", "sort")


def entity_data(facet: str, value: str, pairs) -> dict:
    return get_engine().entity(facet, value, P.to_engine(pairs))


def entity_view(data: dict, pairs) -> dict:
    facet, value = data["entity"]["facet"], data["entity"]["value"]
    search = [(facet, value)]
    articles = data["articles"]
    pages = int(articles.get("pages") or 0)
    page = int(articles.get("page") or 1)

    def page_url(n: int) -> str:
        return urls.href("pages.entity", urls.replace(pairs, "page", str(n) if n > 1 else None),
                         facet=facet, value=value)

    together = {kind: [{**item, "url": entity_url(kind, item["value"]),
                        "together_url": urls.href("pages.search", [*search, (kind, item["value"]),
                                                                   ("together", "paragraph")])}
                       for item in items] for kind, items in data["together"].items()}
    return {
        "label": P.FACET_LABELS[facet][0],
        "search_url": urls.href("pages.search", search),
        "feed_url": urls.href("pages.feed", search),
        "json_url": urls.href("api.entity_json", pairs, facet=facet, value=value),
        "publication": _bars(data["by_publication"], search),
        "events": histogram(data["by_event_day"], search),
        "together": together,
        "related": {k: [{**e, "url": entity_url(k, e["value"]) if k in ENTITY_FACETS else
                         urls.href("pages.search", [*search, (k, e["value"])])} for e in items]
                    for k, items in data["related"].items()},
        "related_labels": {k: P.FACET_LABELS[k][1] for k in data["related"]},
        "kind_labels": {k: P.FACET_LABELS[k][1] for k in ("person", "org", "place")},
        "results": [_result(r, search, "") for r in articles.get("results") or []],
        "prev_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if page < pages else None,
        "page": page, "pages": pages,
    }


def _bars(days: list[dict], search) -> dict | None:
    """Articles by publication day, as the same CSS bars as the event-day histogram; each bar links to
    the entity's search published that day."""
    if not days:
        return None
    top = max(d["count"] for d in days) or 1
    bars = [{"value": d["value"], "count": d["count"], "label": human_date(d["value"]),
             "step": max(1, round(d["count"] / top * 20)),
             "url": urls.href("pages.search", [*search, ("published_from", d["value"]), ("published_to", d["value"])])}
            for d in days]
    return {"bars": bars, "first": bars[0]["label"], "last": bars[-1]["label"], "days": len(bars)}


@pages_bp.get("/entities/<facet>/<path:value>")
def entity(facet: str, value: str):
    pairs = search_pairs(request.args, strict=False, allowed=PAGE_PARAMS)
    data = entity_data(facet, value, pairs)
    view = entity_view(data, pairs)
    return render_template("entity.html", data=data, view=view)


@api_bp.get("/api/entities/<facet>/<path:value>")
def entity_json(facet: str, value: str):
    return jsonify(entity_data(facet, value, search_pairs(request.args, strict=True, allowed=PAGE_PARAMS)))

