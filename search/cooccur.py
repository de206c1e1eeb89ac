"""Same-paragraph co-occurrence (issue 16): entities that appear together in one paragraph.

``together=paragraph`` with two or more entity values ticked keeps only the articles in which one paragraph
mentions every ticked value: "Syniehubov" with "Kharkiv Oblast" in the same paragraph, not one in the lead
and the other in a sidebar of the same page. Every ticked value, not one per facet: ticking two people
asks for the two of them together (without ``together`` the values of one facet are OR-ed, so the answer is
always a subset of the plain search). A region or a country is "in" a paragraph through a place mention
inside it, exactly as the region and country facets are filled.

The paragraphs come from the store's mentions (paragraph number + offsets), so the snippet of each result
is that paragraph, with the entities' mentions and the query's words marked.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from .model import FACETED_SQL
from .params import SearchParams
from .snippets import _html, match_spans  # one windowing and escaping rule for every snippet

ENTITY_FACETS = ("person", "org", "place", "region", "country")
Entity = tuple[str, str]  # (facet, value)


def entity_filters(p: SearchParams) -> list[Entity]:
    """The ticked entity values, facet by facet."""
    return [(f, v) for f in ENTITY_FACETS for v in p.filters.get(f, ())]


def _where(facet: str, alias: str = "", by_article: bool = False) -> str:
    """The SQL condition naming one entity. ``by_article``: for a query already narrowed to a few articles,
    the unary + keeps SQLite from reading the entity's every mention through the (kind, value) index and
    makes it read those articles' mentions through the (article, paragraph, ...) index instead."""
    col = ("+" if by_article else "") + (f"{alias}." if alias else "")
    if facet in ("region", "country"):
        return f"{col}kind = 'place' AND {col}{facet} = ?"
    # a mention labelled NO_FACET is no facet value (Article.entity_values): it names no ticked entity either
    return f"{col}kind = ? AND {col}value = ? AND {col.lstrip('+')}{FACETED_SQL}"


def _args(facet: str, value: str) -> tuple:
    return (value,) if facet in ("region", "country") else (facet, value)


def _mentions_of(store, entity: Entity) -> int:
    """How many mentions name ``entity``, counted in an index alone (to pick the rarest entity first)."""
    facet, value = entity
    if facet in ("region", "country"):  # the partial index on region/country holds only place mentions
        rows = store._query(f"SELECT count(*) FROM mentions WHERE {facet} = ?", (value,))
    else:
        rows = store._query("SELECT count(*) FROM mentions WHERE kind = ? AND value = ?", (facet, value))
    return rows[0][0] if rows else 0


def shared_paragraphs(store, entities: Sequence[Entity], ids: Sequence[str] | None = None) -> dict[str, list[int]]:
    """{article id: paragraph numbers mentioning every entity}, in one query: the rarest entity's
    paragraphs (through the (kind, value) or region/country index), each kept if every other entity has a
    mention in that same paragraph (a point lookup in the (article, paragraph, kind, value) index), so the
    cost follows the rarest entity however common the others are (a country is in most articles)."""
    if not entities:
        return {}
    first, *rest = sorted(dict.fromkeys(entities), key=lambda e: _mentions_of(store, e))
    # A page of results (``ids``): read their mentions, not the rarest entity's whole list.
    lead = _where(first[0], "m0", by_article=ids is not None)
    sql = f"SELECT DISTINCT m0.article_id, m0.paragraph FROM mentions m0 WHERE {lead}"
    args: list = [*_args(*first)]
    for i, (facet, value) in enumerate(rest, 1):
        sql += (f" AND EXISTS (SELECT 1 FROM mentions m{i} WHERE m{i}.article_id = m0.article_id "
                f"AND m{i}.paragraph = m0.paragraph AND {_where(facet, f'm{i}')})")
        args += _args(facet, value)
    if ids is not None:
        sql += " AND m0.article_id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(list(ids)))
    out: dict[str, list[int]] = {}
    for aid, n in sorted(store._query(sql, args)):
        out.setdefault(aid, []).append(n)
    return out


def only_ids(store, p: SearchParams, entities: Sequence[Entity] | None = None) -> frozenset[str] | None:
    """Ids of articles with a paragraph holding every ticked entity (``entities``: those values as stored,
    default as typed); None when not asked for (the backend turns the set into a filter every facet count
    honours)."""
    if p.together != "paragraph":
        return None
    return frozenset(shared_paragraphs(store, entity_filters(p) if entities is None else entities))


def snippets(store, ids: Sequence[str], entities: Sequence[Entity], terms: set[str]) -> dict[str, list[dict]]:
    """{article id: [snippet]}: the first paragraph holding every entity, entity mentions and query words
    marked (``"same_paragraph": true`` says why this paragraph was chosen)."""
    found = shared_paragraphs(store, entities, ids)
    if not found:
        return {}
    wanted = [(aid, ns[0]) for aid, ns in found.items()]
    texts = _paragraph_texts(store, wanted)
    spans = _mention_spans(store, wanted, entities)
    out = {}
    for aid, n in wanted:
        text = texts.get((aid, n))
        if text is None:
            continue
        marks = _merge(spans.get((aid, n), []) + match_spans(text, terms))
        out[aid] = [{"paragraph": n, "html": _html(_Par(n, text), marks), "same_paragraph": True}]
    return out


class _Par:
    __slots__ = ("n", "text")

    def __init__(self, n: int, text: str):
        self.n, self.text = n, text


def _paragraph_texts(store, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    keys = list(keys)
    out = {}
    for i in range(0, len(keys), 400):
        chunk = keys[i:i + 400]
        cond = " OR ".join("(article_id = ? AND n = ?)" for _ in chunk)
        out.update(((a, n), t) for a, n, t in store._query(
            f"SELECT article_id, n, text FROM paragraphs WHERE {cond}", [x for k in chunk for x in k]))
    return out


def _mention_spans(store, keys, entities) -> dict[tuple[str, int], list[tuple[int, int, str]]]:
    keys = set(keys)
    out: dict[tuple[str, int], list] = {}
    ids = sorted({a for a, _ in keys})
    for facet, value in entities:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for aid, n, start, end in store._query(
                    f'SELECT article_id, paragraph, start, "end" FROM mentions WHERE {_where(facet, by_article=True)} '
                    f"AND article_id IN ({','.join('?' * len(chunk))})", (*_args(facet, value), *chunk)):
                if (aid, n) in keys:
                    out.setdefault((aid, n), []).append((start, end, value))
    return out


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping spans (mark() skips overlaps; merging keeps the longest reading)."""
    out: list[tuple[int, int, str]] = []
    for s, e, t in sorted(spans):
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, out[-1][2])
            continue
        out.append((s, e, t))
    return out
