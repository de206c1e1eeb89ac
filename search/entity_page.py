"""Entity pages (issue 16): one person, organisation, place, region or country across the archive.

How often and when (articles by publication day and by the event days they mention), the spellings seen,
the people, organisations and places most often named in the same paragraphs, and the articles. It is the
search ``<facet>=<value>`` (so its counts are that facet value's counts on the search page) plus what only
the store's mentions know: spellings and same-paragraph neighbours.

Neighbours are counted in articles (and paragraphs) of the entity's result set, so a syndicated copy does
not count twice when copies are grouped, as everywhere else.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from . import budget, cooccur
from .cooccur import ENTITY_FACETS, _args, _where
from .errors import InvalidParameter, NotFound
from .model import FACETED_SQL
from .params import MAX_VALUE_CHARS, parse_params

NEIGHBOURS = 15  # per kind
RELATED = 8  # regions, countries, sources of the entity's articles
SPELLINGS = 30
PAGE_PARAMS = ("page", "per_page", "copies", "sort")


def check(facet: str, value: str) -> str:
    if facet not in ENTITY_FACETS:
        raise NotFound(f"no entity pages for {str(facet)[:40]!r}; expected one of {', '.join(ENTITY_FACETS)}",
                       param="facet")
    if not isinstance(value, str) or not value.strip():
        raise InvalidParameter("value", "expected the entity's name")
    value = value.strip()
    if len(value) > MAX_VALUE_CHARS or "\x00" in value:
        raise InvalidParameter("value", f"expected a name of at most {MAX_VALUE_CHARS} characters without NUL bytes")
    return value


def build(engine, facet: str, value: str, params: Mapping[str, Sequence[str]]) -> dict:
    value = check(facet, value)
    search_params = {k: v for k, v in params.items() if k in PAGE_PARAMS}
    if not search_params.get("sort"):
        search_params["sort"] = ["newest"]
    search_params[facet] = [value]
    answer = engine.search(search_params)  # the articles, the facets (event days), validation of the rest
    # A hand-typed URL (/entity/person/tony blair) names the value the index holds in another case: the page
    # is that value's (its spellings and neighbours are read from mentions holding the stored spelling).
    value = next(iter(engine._guarded(lambda: engine.backend.stored_values(facet, [value])) or [value]))
    # ... and one in another spelling (/entity/region/Zaporizhia Oblast) is the value the search read it as.
    value = next(iter(answer.get("respelled", {}).get(facet, {}).get(search_params[facet][0], [])), value)
    search_params[facet] = [value]
    p = parse_params(search_params)
    published: dict[str, int] = {}
    unknown = 0
    neighbours: dict[str, list[dict]] = {k: [] for k in ("person", "org", "place")}

    def work():
        nonlocal unknown
        days, unknown = engine.backend.published_days(p)
        published.update(days)
        allowed = {aid for aid, _ in engine.backend.ranked(p)}
        neighbours.update(_neighbours(engine.store, facet, value, allowed))

    engine._guarded(work)
    spellings = _spellings(engine.store, facet, value)
    if not answer["total"] and not spellings:
        raise NotFound(f"no article mentions {facet} {value[:80]!r}", param="value")
    # Each article's snippet is the first paragraph naming the entity, its mentions marked.
    shown = cooccur.snippets(engine.store, [r["id"] for r in answer["results"]], [(facet, value)], set())
    for r in answer["results"]:
        r["snippets"] = shown.get(r["id"]) or r["snippets"]
    facets = answer["facets"]
    return {
        "entity": {"facet": facet, "value": value},
        "total": answer["total"],
        "by_publication": [{"value": d, "count": c} for d, c in sorted(published.items())],
        "publication_unknown": unknown,
        "by_event_day": [{"value": e["value"], "count": e["count"]} for e in facets.get("date", [])],
        "spellings": spellings,
        "together": neighbours,
        "related": {k: [e for e in facets.get(k, []) if not (k == facet and e["value"] == value)][:RELATED]
                    for k in ("region", "country", "source")},
        "articles": {k: answer[k] for k in ("query", "total", "page", "per_page", "pages", "results")},
    }


def _spellings(store, facet: str, value: str) -> list[dict]:
    """How the entity was written: for a region or a country, the place mentions naming it itself. Mentions
    labelled NO_FACET are no value of the facet: a value gated everywhere has no page."""
    if facet in ("region", "country"):
        sql = ("SELECT text, count(*), count(DISTINCT article_id) FROM mentions WHERE kind = 'place' AND value = ? "
               f"AND {FACETED_SQL} GROUP BY text ORDER BY count(*) DESC, text LIMIT ?")
        args = (value, SPELLINGS)
    else:
        sql = ("SELECT text, count(*), count(DISTINCT article_id) FROM mentions WHERE kind = ? AND value = ? "
               f"AND {FACETED_SQL} GROUP BY text ORDER BY count(*) DESC, text LIMIT ?")
        args = (facet, value, SPELLINGS)
    return [{"text": t, "mentions": n, "articles": a} for t, n, a in store._query(sql, args)]


def _neighbours(store, facet: str, value: str, allowed: set[str]) -> dict[str, list[dict]]:
    """People, organisations and places named in the same paragraphs as the entity, by articles.

    One SQL query does all of it (at 20,000 articles a busy entity's paragraphs hold ~100k mentions, too many
    to count row by row in Python): the entity's paragraphs within its result set (``allowed``, passed as one
    JSON array so its size meets no parameter limit; copies grouped away are not in it), their mentions,
    paragraphs per (value, article), articles and paragraphs per value, and the first NEIGHBOURS of each
    kind by articles, then paragraphs, then value (the order the page lists them in). A neighbour labelled
    NO_FACET is no facet value (Article.entity_values) and is not listed.
    """
    if facet in ("region", "country"):  # a region's own place mentions name it: not its own neighbour
        itself, itself_args = "m.kind = 'place' AND m.value = ?", (value,)
    else:
        itself, itself_args = "m.kind = ? AND m.value = ?", (facet, value)
    rows = store._query(
        "WITH hits AS (SELECT DISTINCT article_id, paragraph FROM mentions WHERE " + _where(facet) + " "
        "  AND article_id IN (SELECT value FROM json_each(?))), "
        "per_article AS (SELECT m.kind, m.value, count(DISTINCT m.paragraph) AS pars FROM hits h "
        "  JOIN mentions m ON m.article_id = h.article_id AND m.paragraph = h.paragraph "
        "  WHERE m.kind IN ('person', 'org', 'place') AND NOT (" + itself + ") AND m." + FACETED_SQL + " "
        "  GROUP BY m.kind, m.value, m.article_id), "
        "per_value AS (SELECT kind, value, count(*) AS arts, sum(pars) AS pars FROM per_article GROUP BY kind, value), "
        "ranked AS (SELECT kind, value, arts, pars, "
        "  row_number() OVER (PARTITION BY kind ORDER BY arts DESC, pars DESC, value) AS r FROM per_value) "
        "SELECT kind, value, arts, pars FROM ranked WHERE r <= ? ORDER BY kind, r",
        (*_args(facet, value), json.dumps(list(allowed)), *itself_args, NEIGHBOURS))
    budget.check()
    out: dict[str, list[dict]] = {"person": [], "org": [], "place": []}
    for kind, val, arts, pars in rows:
        out[kind].append({"value": val, "articles": arts, "paragraphs": pars})
    return out
