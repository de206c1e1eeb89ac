"""Data for each page: one function fetches it (shared by HTML and JSON), one adds links for the HTML.

``search_data``/``article_data`` are what the JSON API returns, unchanged: the engine's answer. The
``*_view`` functions only add presentation (toggle links, pills, pagination) on top, so the HTML page
and its JSON twin can never show different results.
"""
from __future__ import annotations

from flask import current_app

from search.errors import InvalidParameter

from . import display, story_links, urls
from . import params as P
from .backend import get_engine
from .histogram import histogram, human_date
from .marking import mark_paragraph

CHIPS_PER_KIND = 6
_DAYS = P.DAY_FACETS[0]  # the facet drawn as the histogram of days
SNIPPETS_SHOWN = 2


# ---------------------------------------------------------------- data (HTML and JSON)

def search_pairs(args, strict: bool, allowed=P.SEARCH_PARAMS) -> list[tuple[str, str]]:
    """The request's search state. ``strict`` (the JSON API) rejects unknown names; pages ignore them
    so a shared link with tracking parameters still opens."""
    if strict:
        P.check_known(args, allowed)
    pairs = P.pairs_from(args, allowed)
    cfg = current_app.config
    P.check_lengths(pairs, cfg["MAX_QUERY_LENGTH"], cfg["MAX_VALUE_LENGTH"])
    return pairs


def search_data(pairs) -> dict:
    return get_engine().search(P.to_engine(pairs))


def article_data(article_id: str, q: str | None, part: int = 1) -> dict:
    cfg = current_app.config
    if q is not None and len(q) > cfg["MAX_QUERY_LENGTH"]:
        raise InvalidParameter("q", f"too long ({len(q)} characters, at most {cfg['MAX_QUERY_LENGTH']})")
    return get_engine().article(article_id, q=q or None, part=part)


def article_part(args) -> int:
    """``part`` of a long article (1 when absent)."""
    raw = (args.get("part") or "").strip()
    if not raw:
        return 1
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9 or int(raw) < 1:
        raise InvalidParameter("part", f"expected an integer of at least 1, got {raw[:40]!r}")
    return int(raw)


# ---------------------------------------------------------------- presentation (HTML only)

def search_view(answer: dict, pairs) -> dict:
    """Links and groupings the template needs; everything else is read from ``answer`` directly."""
    pairs, respelled = _respelled(answer, pairs)
    params = P.to_engine(pairs)
    q = P.first(params, "q", "")
    copies_all = P.first(params, "copies") == "all"
    facets = answer.get("facets") or {}
    view = {
        "pairs": pairs,
        "q": q,
        "facets": [_facet(name, facets.get(name) or [], pairs) for name in P.FACETS if name not in P.DAY_FACETS],
        "histogram": histogram(facets.get(_DAYS) or [], pairs, _DAYS),
        # The same days as a list: counts as text, exclusion, and fewer tab stops than the bars.
        "date_facet": _facet(_DAYS, facets.get(_DAYS) or [], pairs, limited=False),
        "pills": _pills(pairs),
        "respelled": respelled,
        "results": [_result(r, pairs, q) for r in answer.get("results") or []],
        "pagination": _pagination(answer, pairs),
        "also_searched": _also_searched(answer, pairs),
        "did_you_mean_url": (urls.href("pages.search", urls.replace(pairs, "q", answer["did_you_mean"]))
                             if answer.get("did_you_mean") else None),
        "json_url": urls.href("api.search", pairs),
        "feed_url": story_links.feed_url(pairs),
        "batch_url": story_links.batch_url(pairs),
        "together": story_links.together(pairs),
        "csv_url": urls.href("api.export_csv", urls.only(pairs, P.EXPORT_PARAMS)),
        "export_json_url": urls.href("api.export_json", urls.only(pairs, P.EXPORT_PARAMS)),
        "sort": P.first(params, "sort", "relevance"),
        "sorts": P.SORTS,
        "copies_all": copies_all,
        "copies_url": urls.href("pages.search", urls.replace(pairs, "copies", None if copies_all else "all")),
        # the day the engine read (a date box holds only YYYY-MM-DD: "June 2025" or 2025-06 left it empty,
        # and "Apply dates" then dropped the range)
        "ranges": {name: (answer.get("query") or {}).get(name) or P.first(params, name, "") for name in P.RANGES},
        "range_labels": P.RANGE_LABELS,
        "first_page_url": urls.href("pages.search", urls.replace(pairs, "page", None)),
        "clear_url": urls.href("pages.search", urls.only(pairs, ("q",))),
        "empty_index": False,
    }
    if not answer.get("total"):
        view["empty_index"] = _index_is_empty()
    return view


def _respelled(answer: dict, pairs) -> tuple[list[tuple[str, str]], list[dict]]:
    """A filter the engine read in the facet's own spelling (``region=Zaporizhia Oblast`` is Zaporizhzhia
    Oblast): the page's links carry the facet's value, so the ticked box unticks it, and a line says so."""
    respelled = answer.get("respelled") or {}
    out, notes = [], []
    for name, value in pairs:
        got = (respelled.get(name) or {}).get(value.strip())
        if got:
            notes.append({"param": name, "typed": value.strip(), "value": got[0]})
            value = got[0]
        out.append((name, value))
    return out, notes


def _also_searched(answer: dict, pairs) -> dict | None:
    """The "Also searched: Kyiv, Київ — search only 'Kiev'" line (issue 15), or with exact=1 the way back."""
    if any(k == "exact" and v.strip().lower() in ("1", "true", "yes", "on") for k, v in pairs):
        return {"exact": True, "url": urls.href("pages.search", urls.replace(pairs, "exact", None))}
    expanded = answer.get("expanded") or {}
    items = [{"typed": str(typed), "others": [str(s) for s in spellings if s != typed]}
             for typed, spellings in expanded.items()]
    items = [i for i in items if i["others"]]
    if not items:
        return None
    return {"exact": False, "items": items,
            "url": urls.href("pages.search", urls.replace(pairs, "exact", "1"))}


def _index_is_empty() -> bool:
    try:
        return get_engine().health().get("articles") == 0
    except Exception:  # the empty state is a hint; never let it turn a page into a 500
        current_app.logger.exception("health check failed while rendering an empty result")
        return False


def _facet(name: str, values: list[dict], pairs, limited: bool = True) -> dict:
    selected = {v for k, v in pairs if k == name}
    excluded = {v for k, v in pairs if k == f"not_{name}"}
    entries = [_facet_value(name, v, pairs, selected, excluded) for v in values]
    # A value in the URL must stay visible (and removable) even when it fell out of the top N.
    listed = {e["value"] for e in entries}
    for value in [*sorted(selected), *sorted(excluded)]:
        if value not in listed:
            entries.append(_facet_value(name, {"value": value, "count": None}, pairs, selected, excluded))
    limit = P.int_or(P.first(P.to_engine(pairs), "facet_limit"), P.DEFAULT_FACET_LIMIT)
    more_url = None
    if limited and len(values) >= limit and limit < P.MAX_FACET_LIMIT:
        more_url = urls.href("pages.search", urls.replace(pairs, "facet_limit",
                                                         str(min(P.MAX_FACET_LIMIT, limit * 5))))
    singular, plural = P.FACET_LABELS[name]
    return {"name": name, "label": plural, "singular": singular, "values": entries,
            "more_url": more_url, "active": bool(selected or excluded)}


def _facet_value(name, item: dict, pairs, selected, excluded) -> dict:
    value = str(item.get("value"))
    is_selected = bool(item.get("selected")) or value in selected
    is_excluded = bool(item.get("excluded")) or value in excluded
    return {
        "value": value,
        "label": human_date(value) if name in P.DAY_FACETS else value,
        "spellings": [str(s) for s in item.get("spellings") or []],
        "count": item.get("count"),
        "selected": is_selected,
        "excluded": is_excluded,
        "toggle_url": urls.href("pages.search", urls.toggle(pairs, name, value)),
        "exclude_url": urls.href("pages.search", urls.toggle(pairs, f"not_{name}", value)),
        "entity_url": story_links.entity_url(name, value),
    }


def _pills(pairs) -> list[dict]:
    pills = []
    for name, value in pairs:
        if name in P.FACETS:
            label, shown = P.FACET_LABELS[name][0], human_date(value) if name in P.DAY_FACETS else value
        elif name in P.EXCLUDES:
            label = f"Not {P.FACET_LABELS[name[4:]][0].lower()}"
            shown = human_date(value) if name[4:] in P.DAY_FACETS else value
        elif name in P.RANGES:
            label, shown = P.RANGE_LABELS[name], human_date(value)
        elif name == "copies" and value == "all":
            label, shown = "Copies", "all shown"
        elif name == "together" and value == "paragraph":
            label, shown = "Together", "in the same paragraph"
        else:
            continue
        pills.append({"name": name, "value": value, "label": label, "shown": shown,
                      "excluded": name in P.EXCLUDES,
                      "remove_url": urls.href("pages.search", urls.without(pairs, name, value))})
    return pills


def _result(r: dict, pairs, q: str) -> dict:
    entities = r.get("entities") or {}
    chips = []
    for kind in P.CHIP_FACETS:
        for item in (entities.get(kind) or [])[:CHIPS_PER_KIND]:
            value, written = entity_value(item)
            chips.append({
                "kind": kind, "value": value,
                "title": _written_title(P.FACET_LABELS[kind][0], value, written),
                "selected": (kind, value) in pairs,
                "entity_url": story_links.entity_url(kind, value),
                # A chip only ever adds its filter; removing is what pills are for.
                "url": urls.href("pages.search", urls.toggle(pairs, kind, value)
                                 if (kind, value) not in pairs else urls.without(pairs, "page")),
            })
    copies = [{"source": c.get("source") or "another outlet",
               "url": urls.href("pages.article", _q(q), id=c.get("id"))}
              for c in r.get("copies") or [] if c.get("id")]
    copy_of = r.get("copy_of")
    return {
        "url": urls.href("pages.article", _q(q), id=r.get("id")),
        "copy_of_url": urls.href("pages.article", _q(q), id=copy_of) if copy_of else None,
        "published_label": human_date(r.get("published")),
        "snippets": (r.get("snippets") or [])[:SNIPPETS_SHOWN],
        "chips": chips,
        "copies": copies,
    }


def _q(q: str | None) -> list[tuple[str, str]]:
    return [("q", q)] if q else []


def entity_value(item) -> tuple[str, list[str]]:
    """Engines give ``{"value", "as_written"}``; tolerate a bare string too."""
    if isinstance(item, dict):
        return str(item.get("value")), [str(w) for w in item.get("as_written") or []]
    return str(item), []


def _written_title(label: str, value: str, written: list[str]) -> str:
    others = [w for w in written if w != value]
    return f"{label}: {value}" + (f" — written as {', '.join(others)}" if others else "")


def _pagination(answer: dict, pairs) -> dict | None:
    pages = int(answer.get("pages") or 0)
    page = int(answer.get("page") or 1)
    if pages <= 1:
        return None

    def link(n):
        return urls.href("pages.search", urls.replace(pairs, "page", str(n)))

    shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    items, last = [], 0
    for n in shown:
        if n - last > 1:
            items.append({"gap": True})
        items.append({"n": n, "url": link(n), "current": n == page})
        last = n
    return {"items": items, "page": page, "pages": pages,
            "prev_url": link(page - 1) if page > 1 else None,
            "next_url": link(page + 1) if page < pages else None}


def article_view(article: dict, q: str | None) -> dict:
    part, parts = int(article.get("part") or 1), int(article.get("parts") or 1)

    def part_url(n: int) -> str:
        return urls.href("pages.article", _q(q) + ([("part", str(n))] if n > 1 else []), id=article.get("id"))

    entities = article.get("entities") or {}
    groups = []
    for kind in P.FACETS:
        items = entities.get(kind) or []
        if not items:
            continue
        chips = []
        for item in items:
            value, written = entity_value(item)
            chips.append({"value": value, "title": _written_title(P.FACET_LABELS[kind][0], value, written),
                          "url": urls.href("pages.search", [(kind, value)]),
                          "entity_url": story_links.entity_url(kind, value)})
        groups.append({"kind": kind, "label": P.FACET_LABELS[kind][1], "chips": chips})
    paragraphs = [mark_paragraph(p, entity_url) for p in article.get("paragraphs") or []]
    copies = [{"source": c.get("source") or "another outlet",
               "url": urls.href("pages.article", _q(q), id=c["id"])}
              for c in article.get("copies") or [] if c.get("id")]
    copy_of = article.get("copy_of")
    first = (article.get("paragraphs") or [{}])[0]
    dateline = article.get("dateline")
    if dateline and first.get("n") == 0 and (first.get("text") or "").startswith(dateline):
        dateline = None  # the lead opens with it (stores since round 57): printed once, where the wire put it
    return {
        "q": q or "",
        "dateline": dateline,
        "paragraphs": paragraphs,
        "groups": groups,
        "copies": copies,
        "copy_of_url": urls.href("pages.article", _q(q), id=copy_of) if copy_of else None,
        "published_label": human_date(article.get("published")),
        "back_url": urls.href("pages.search", _q(q)),
        "json_url": urls.href("api.article", _q(q), id=article.get("id")),
        "external_url": _safe_external(article.get("url")),
        "part": part,
        "parts": parts,
        "prev_part_url": part_url(part - 1) if part > 1 else None,
        "next_part_url": part_url(part + 1) if part < parts else None,
    }


def entity_url(kind: str, value: str) -> str:
    return urls.href("pages.search", [(kind, value)])


def _safe_external(url) -> str | None:
    # Only web links: a scraped "javascript:" URL must not become a clickable href. Invisible and bidi
    # controls are dropped from the href as from its text, so the link goes where it says.
    url = display.clean(url) if isinstance(url, str) else None
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None
