"""Engine: the one facade web/ and the CLI use. Opens nothing until the first call.

Per process: one read-only Store connection and one SearcherCache (a Whoosh searcher + numpy caches per
index generation, reopened when the index changes). Calls are serialised by the cache lock because
Whoosh's file readers are not safe to share across threads; gunicorn scales with worker processes.
"""
from __future__ import annotations

import math
import re
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from . import budget, config, facets, health, ranking, snippets
from .errors import InvalidParameter, NotFound, SearchError
from .expansion import Expander
from .export import export_rows
from .params import SearchParams, parse_params
from .present import entities_summary, mention_dict, result_dict
from .querytext import parse as parse_query
from .searcher import SearcherCache
from .spelling import did_you_mean
from .store import Store
from .variants import KINDS as VARIANT_KINDS
from .variants import VariantTable

# Ids are content hashes or sanitised JSONL ids; anything else cannot exist, so it is a 404 up front.
_ID_RE = re.compile(r"^[\w.:@+-]{1,200}$", re.UNICODE)


class Engine:
    def __init__(self, index_dir: str | Path, time_budget: float | None = None):
        self.index_dir = Path(index_dir)
        # Seconds of work one call may do once it holds the lock (config.time_budget, NEWSFACET_TIME_BUDGET).
        self.time_budget = config.time_budget() if time_budget is None else time_budget
        self.store = Store(self.index_dir, readonly=True)
        self._cache = SearcherCache(self.index_dir)
        self._variants: tuple[int, VariantTable] | None = None  # (store generation, table)

    def close(self) -> None:
        self._cache.close()
        self.store.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- health ---------------------------------------------------------------------------------------------
    def health(self) -> dict:
        """The store and the index open and agree; {"ok": False, "error": {...}} names what to run."""
        try:
            return health.check(self.store, self._cache, self.index_dir)
        except health.Unavailable as exc:
            return {"ok": False, "error": exc.to_dict()}

    def _usable(self, view) -> None:
        """Before answering from ``view``: a missing store or index is a 503 that says what to run."""
        if view is None:
            stored = self._stored()
            if stored:
                raise health.unavailable(health.INDEX_MISSING, stored=stored)
        elif not self.store.path.exists() and view.count:
            raise health.unavailable(health.STORE_MISSING, indexed=view.count)

    def _stored(self) -> int:
        try:
            return self.store.count_articles()
        except sqlite3.DatabaseError:
            raise health.unavailable(health.STORE_DAMAGED) from None

    # -- search ---------------------------------------------------------------------------------------------
    def _variant_table(self) -> VariantTable | None:
        """The name spellings of the store's current generation (read again after every indexing run)."""
        try:
            gen = self.store.generation()
            if self._variants is None or self._variants[0] != gen:
                self._variants = (gen, VariantTable(self.store.name_variants()))
        except sqlite3.DatabaseError:
            raise health.unavailable(health.STORE_DAMAGED) from None
        return self._variants[1]

    def _expander(self, view, q: str, exact: bool) -> Expander | None:
        """Called inside the time budget: the table was loaded before it (``_variant_table``)."""
        if exact or not q or view is None or self._variants is None:
            return None
        table = self._variants[1]
        return Expander(table, view, q) if table.clusters else None

    def _match(self, view, p: SearchParams, expander: Expander | None = None):
        """(parsed query, grouped final mask, base mask, facet selection masks)."""
        pq = parse_query(p.q, view, expand=expander)
        if pq.query is None:
            text, score = view.live, None
        else:
            text, score = view.matcher.evaluate(pq.query)
        base = facets.base_mask(view, p, text)
        masks = facets.selection_masks(view, p)
        final = facets.apply(base, masks)
        if p.copies == "group":
            final = view.group(final)
        return pq, score, final, base, masks

    def _order(self, view, pq, score, p: SearchParams, final, limit: int | None) -> list[tuple[int, float | None]]:
        if p.sort == "relevance" and pq.query is not None:
            docs, scores = ranking.by_relevance(view, final, score)
            docs, scores = (docs, scores) if limit is None else (docs[:limit], scores[:limit])
            return list(zip(docs.tolist(), scores.tolist()))
        # browse-all has no relevance: newest first is the useful default
        docs = ranking.by_published(view, final, newest=p.sort != "oldest")
        docs = docs if limit is None else docs[:limit]
        return [(d, None) for d in docs.tolist()]

    def search(self, params: Mapping[str, Sequence[str]]) -> dict:
        t0 = time.perf_counter()
        p = parse_params(params)
        answer = {"query": p.echo(), "total": 0, "page": p.page, "per_page": p.per_page, "pages": 0,
                  "took_ms": 0.0, "did_you_mean": None, "expanded": {}, "results": [], "facets": {}}
        with self._cache.lock:
            for attempt in (1, 2):
                view = self._cache.get()  # opening a new index generation is not this query's cost
                self._usable(view)
                if view is not None:
                    self._variant_table()  # nor is reading the spellings of a new store generation
                if view is None:
                    answer["facets"] = _empty_facets(p)
                    break
                try:
                    with budget.spend(self.time_budget):
                        self._search(view, p, answer)
                    break
                except SearchError:
                    raise
                except sqlite3.DatabaseError:
                    raise health.unavailable(health.STORE_DAMAGED) from None
                except Exception:  # noqa: BLE001
                    # A rebuild may have removed the generation this view still reads from: reopen once.
                    if attempt == 2:
                        raise
                    self._cache.close()
        answer["took_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        return answer

    def _search(self, view, p: SearchParams, answer: dict) -> None:
        expander = self._expander(view, p.q, p.exact)
        pq, score, final, base, masks = self._match(view, p, expander)
        answer["expanded"] = expander.expanded if expander else {}
        total = int(final.sum())
        answer["total"] = total
        answer["pages"] = math.ceil(total / p.per_page)
        start = (p.page - 1) * p.per_page
        if start < total:
            ranked = self._order(view, pq, score, p, final, start + p.per_page)[start:]
            answer["results"] = self._results(view, ranked, pq, p)
        group = view.group if p.copies == "group" else (lambda m: m)
        answer["facets"] = facets.facet_counts(view, p, base, masks, final, group)
        table = self._variants[1] if self._variants else None
        if table is not None and table.clusters:
            _annotate_spellings(answer["facets"], table)
        if pq.words and total < config.DID_YOU_MEAN_BELOW:
            answer["did_you_mean"] = did_you_mean(view, p.q, pq.words, lambda d: self._texts(view, d))

    def _texts(self, view, docnum: int) -> list[str]:
        a = self.store.get_article(view.ids[docnum]) if 0 <= docnum < view.n and view.ids[docnum] else None
        return [a.title or "", *(p.text for p in a.paragraphs)] if a else []

    def _results(self, view, ranked, pq, p: SearchParams) -> list[dict]:
        ids = [view.ids[d] for d, _ in ranked]
        group_ids = {d: [view.ids[m] for m in view.members.get(int(view.leader[d]), []) if m != d]
                     for d, _ in ranked}
        heads = self.store.heads([i for g in group_ids.values() for i in g])
        arts = {a.id: a for a in self.store.get_articles(ids, cards=True)}  # light read: no per-mention rows
        out = []
        for d, score in ranked:
            budget.check()
            a = arts.get(view.ids[d])
            if a is None:  # index ahead of the store (mid-reindex): skip rather than fail
                continue
            copies = [{"id": i, "source": heads[i]["source"]} for i in group_ids[d] if i in heads]
            out.append(result_dict(a, score, snippets.snippets(a, pq.text_terms, phrases=pq.phrases), copies))
        return out

    # -- export ---------------------------------------------------------------------------------------------
    def export(self, params: Mapping[str, Sequence[str]]) -> Iterator[dict]:
        """Every match in result order, streamed (validation errors raise before the first row)."""
        p = parse_params(params)
        with self._cache.lock:
            view = self._cache.get()
            self._usable(view)
            if view is None:
                return iter(())
            self._variant_table()
            with budget.spend(self.time_budget):
                pq, score, final, _, _ = self._match(view, p, self._expander(view, p.q, p.exact))
                ranked = self._order(view, pq, score, p, final, None)
            ids = [(view.ids[d], s) for d, s in ranked]
        return _store_guarded(export_rows(self.store, ids))

    # -- article --------------------------------------------------------------------------------------------
    def article(self, article_id, q: str | None = None, part: int = 1, exact: bool = False) -> dict:
        """One article. A long one comes in parts of about config.ARTICLE_PART_CHARS characters
        (``part``/``parts`` in the answer): a 9 MB scrape must not become a 35 MB page."""
        if not isinstance(part, int) or part < 1:
            raise InvalidParameter("part", f"expected an integer of at least 1, got {part!r}")
        if not isinstance(article_id, str) or not _ID_RE.match(article_id):
            raise NotFound("no such article", param="id")
        try:
            a = self.store.get_article(article_id)
            if a is None:  # a harvester's own id, when only one file uses it (ids are scoped per file)
                found = self.store.ids_by_record_key(article_id)
                a = self.store.get_article(found[0]) if len(found) == 1 else None
        except sqlite3.DatabaseError:
            raise health.unavailable(health.STORE_DAMAGED) from None
        if a is None:
            with self._cache.lock:
                self._usable(self._cache.get())
            raise NotFound(f"no article with id {article_id!r}", param="id")
        terms: set[str] = set()
        if q:
            p = parse_params({"q": [q]})
            with self._cache.lock:
                view = self._cache.get()
                if view is not None:
                    self._variant_table()
                with budget.spend(self.time_budget):
                    terms = parse_query(p.q, view, expand=self._expander(view, p.q, exact)).text_terms
        pieces = article_parts(a.paragraphs, config.ARTICLE_PART_CHARS)
        if part > max(len(pieces), 1):
            raise InvalidParameter("part", f"this article has {len(pieces)} part(s), got {part}")
        shown = pieces[part - 1] if pieces else []
        wanted = {n for n, _, _ in shown}
        by_par: dict[int, list] = {}
        for m in a.mentions:
            if m.paragraph in wanted:
                by_par.setdefault(m.paragraph, []).append(mention_dict(m))
        copies = self.store.copies_of(a.id)
        return {
            "id": a.id, "title": a.title, "title_html": snippets.paragraph_html(a.title or "", terms),
            "source": a.source, "site": a.site, "published": a.published,
            "published_source": a.published_source, "url": a.url, "byline": a.byline, "dateline": a.dateline,
            "note": a.note, "title_source": a.title_source,
            "provenance": {"path": public_path(a.origin_path), "sha256": a.origin_sha256, "position": a.origin_position,
                           "extractor": a.extractor},
            "part": part, "parts": max(len(pieces), 1),
            "paragraphs": [_piece(n, start, text, terms, by_par.get(n, [])) for n, start, text in shown],
            "entities": entities_summary(a), "copies": copies, "copy_of": a.copy_of,
        }


def public_path(path: str | None) -> str | None:
    """Provenance as shown publicly: relative to the indexed folder. Stores written before that rule hold
    absolute paths; of those only the file name is shown, never the machine's folders."""
    if not path:
        return path
    return Path(path).name if path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", path) else path


def _store_guarded(rows: Iterator[dict]) -> Iterator[dict]:
    try:
        yield from rows
    except sqlite3.DatabaseError:
        raise health.unavailable(health.STORE_DAMAGED) from None


def article_parts(paragraphs, limit: int) -> list[list[tuple[int, int, str]]]:
    """Paragraphs as parts of at most ``limit`` characters: ``[(n, start, text)]`` per part.

    A paragraph longer than ``limit`` is cut into pieces (at a space when there is one near the cut), each
    starting a part of its own, so no part is ever much bigger than ``limit``.
    """
    parts: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    size = 0
    for par in paragraphs:
        text, start = par.text, 0
        while True:
            end = len(text) if len(text) - start <= limit else _cut(text, start, start + limit)
            piece = (par.n, start, text[start:end])
            if current and size + (end - start) > limit:
                parts.append(current)
                current, size = [], 0
            current.append(piece)
            size += end - start
            if end >= len(text):
                break
            start = end
    if current:
        parts.append(current)
    return parts


def _cut(text: str, start: int, end: int) -> int:
    space = text.rfind(" ", start + (end - start) // 2, end)
    return space + 1 if space > start else end


def _piece(n: int, start: int, text: str, terms: set[str], mentions: list[dict]) -> dict:
    """One shown paragraph (or piece of one): mention offsets made relative to the piece."""
    ents = []
    for e in mentions:
        if start <= e["start"] and e["end"] <= start + len(text):
            ents.append({**e, "start": e["start"] - start, "end": e["end"] - start})
    ents.sort(key=lambda e: (e["start"], e["end"]))
    return {"n": n, "offset": start, "text": text, "html": snippets.paragraph_html(text, terms), "entities": ents}


def _annotate_spellings(facet_answer: dict, table: VariantTable) -> None:
    """Facet values learn their other spellings (``"spellings"``), so the sidebar's filter boxes find
    Zaporizhzhia Oblast when Zaporozhye is typed. Only values that have some; the key is absent otherwise."""
    for name, entries in facet_answer.items():
        if name not in VARIANT_KINDS:
            continue
        for e in entries:
            spellings = table.spellings_of(name, e["value"])
            if spellings:
                e["spellings"] = spellings


def _empty_facets(p: SearchParams) -> dict:
    out = {name: [] for name in facets.REGISTRY}
    for name in out:
        for v in [*p.filters.get(name, ()), *p.exclude.get(name, ())]:
            out[name].append({"value": v, "count": 0, "selected": v in p.filters.get(name, ()),
                              "excluded": v in p.exclude.get(name, ())})
    return out
