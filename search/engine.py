"""Engine: the one facade web/ and the CLI use. Opens nothing until the first call.

Per process: one read-only Store connection and one search backend (backend.py; Whoosh today: a searcher
+ numpy caches per index generation, reopened when the index changes). The backend answers ids, counts and
highlight terms; the engine turns them into the JSON-ready answers (store reads, snippets, parts, health).
Calls are serialised by the backend's lock because Whoosh's file readers are not safe to share across
threads; gunicorn scales with worker processes.
"""
from __future__ import annotations

import math
import re
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from . import batch, budget, config, cooccur, entity_page, facets, feed, health, snippets
from .backend import IndexStatus, SearchBackend, search_backend
from .background import Background
from .errors import InvalidParameter, NotFound
from .export import export_rows
from .params import SearchParams, parse_params
from .present import entities_summary, mention_dict, result_dict
from .store import Store
from .variants import KINDS as VARIANT_KINDS
from .variants import VariantTable

# Ids are content hashes or sanitised JSONL ids; anything else cannot exist, so it is a 404 up front.
_ID_RE = re.compile(r"^[\w.:@+-]{1,200}$", re.UNICODE)


class Engine:
    def __init__(self, index_dir: str | Path, time_budget: float | None = None, backend: SearchBackend | None = None):
        self.index_dir = Path(index_dir)
        # Seconds of work one call may do once it holds the lock (config.time_budget, NEWSFACET_TIME_BUDGET).
        self.time_budget = config.time_budget() if time_budget is None else time_budget
        self.store = Store(self.index_dir, readonly=True)
        self.backend = backend if backend is not None else search_backend(self.index_dir, self._texts)
        self.lock = self.backend.lock
        self._variants: tuple[int, VariantTable] | None = None  # (store generation, table)
        self._variants_next: Background | None = None  # the next one, being built (large archives)
        self.background_from = config.background_reopen()

    def close(self) -> None:
        if self._variants_next is not None:
            self._variants_next.abandon()
        self.backend.close()
        self.store.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- health ---------------------------------------------------------------------------------------------
    def health(self) -> dict:
        """The store and the index open and agree; {"ok": False, "error": {...}} names what to run."""
        try:
            return health.check(self.store, self.backend, self.index_dir)
        except health.Unavailable as exc:
            return {"ok": False, "error": exc.to_dict()}

    def _usable(self, status: IndexStatus | None) -> None:
        """Before answering: a missing store or index is a 503 that says what to run."""
        if status is None:
            stored = self._stored()
            if stored:
                raise health.unavailable(health.INDEX_MISSING, stored=stored)
        elif not self.store.path.exists() and status.articles:
            raise health.unavailable(health.STORE_MISSING, indexed=status.articles)

    def _stored(self) -> int:
        try:
            return self.store.count_articles()
        except sqlite3.DatabaseError:
            raise health.unavailable(health.STORE_DAMAGED) from None

    # -- search ---------------------------------------------------------------------------------------------
    def _variant_table(self) -> VariantTable | None:
        """The name spellings of the store's current generation (read again after every indexing run; past
        NEWSFACET_BACKGROUND_REOPEN articles on a thread, as the index view is, the previous table answering
        meanwhile: at 1M the read and clustering were ~0.2 s of the first search after each commit)."""
        try:
            gen = self.store.generation()
            if self._variants is not None and self._variants[0] != gen:
                if self._variants_next is not None and self._variants_next.done():
                    built, self._variants_next = self._variants_next.take(), None
                    if built is not None:
                        self._variants = built
                if self._variants[0] != gen and self._large():
                    if self._variants_next is None:
                        previous = self._variants[1]
                        self._variants_next = Background(lambda: self._read_variants(previous), after=self.lock,
                                                         what="the name-variant table")
                    return self._variants[1]
            if self._variants is None or self._variants[0] != gen:
                previous = self._variants[1] if self._variants is not None else None  # unchanged names kept
                self._variants = (gen, VariantTable(self.store.name_variants(), previous))
        except sqlite3.DatabaseError:
            raise health.unavailable(health.STORE_DAMAGED) from None
        return self._variants[1]

    def _large(self) -> bool:
        status = self.backend.status()
        return status is not None and status.articles >= self.background_from

    def _read_variants(self, previous: VariantTable) -> tuple[int, VariantTable]:
        """On the background thread: its own read-only connection (a connection stays in its thread)."""
        store = Store(self.index_dir, readonly=True)
        try:
            gen = store.generation()
            return gen, VariantTable(store.name_variants(), previous)
        finally:
            store.close()

    def variants_for(self, p: SearchParams) -> VariantTable | None:
        """The table the backend expands names with; None with ``exact=1``. An empty table still expands
        initialisms and diacritics (expansion.py), which need no spellings from the store.
        Loaded by ``_variant_table`` before the time budget starts (reading it is not the query's cost)."""
        if p.exact or not p.q or self._variants is None:
            return None
        return self._variants[1]

    def search(self, params: Mapping[str, Sequence[str]]) -> dict:
        t0 = time.perf_counter()
        p = parse_params(params)
        answer = {"query": p.echo(), "total": 0, "page": p.page, "per_page": p.per_page, "pages": 0,
                  "took_ms": 0.0, "did_you_mean": None, "expanded": {}, "results": [], "facets": {}}
        with self.lock:
            status = self.backend.status()  # opening a new index generation is not this query's cost
            self._usable(status)
            if status is None:
                answer["facets"] = _empty_facets(p)
            else:
                self._variant_table()  # nor is reading the spellings of a new store generation
                respelled = self.respell_filters(p)
                if respelled:
                    answer["query"] = p.echo()
                    answer["respelled"] = respelled
                try:
                    with budget.spend(self.time_budget):
                        self._search(p, answer)
                except sqlite3.DatabaseError:
                    raise health.unavailable(health.STORE_DAMAGED) from None
        answer["took_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        return answer

    def respell_filters(self, p: SearchParams) -> dict[str, dict[str, list[str]]]:
        """Entity filters written in a spelling no article's facet value has (``region=Zaporizhia Oblast``,
        ``place=Kiev``, ``person=Зеленський``) become the values the name-variant table reads them as, in
        ``p`` (filters and exclusions) -- a script must not get 0 results because the archive's facet spells
        an oblast otherwise. Returns {parameter: {typed: [value]}} for the answer's ``respelled`` (``not_region``
        for an exclusion). A value the index holds (in any case) is never respelled; one the table cannot read,
        or reads as several values, stays as typed (0 hits). Call under the lock with the table loaded
        (``_variant_table``)."""
        table = self._variants[1] if self._variants is not None else None
        out: dict[str, dict[str, list[str]]] = {}
        if table is None or not table.clusters:
            return out
        for prefix, chosen in (("", p.filters), ("not_", p.exclude)):
            for facet, values in chosen.items():
                if facet not in VARIANT_KINDS:
                    continue
                kept: list[str] = []
                for v in values:
                    got = [] if self.backend.held_values(facet, [v]) else \
                        self.backend.held_values(facet, table.values_named(facet, v))
                    if len(got) > 1:
                        got = []  # "Brown" spelling two people's names: not for the engine to choose
                    if got:
                        out.setdefault(prefix + facet, {})[v] = got
                    kept.extend(x for x in got or [v] if x not in kept)
                chosen[facet] = kept
        return out

    def _search(self, p: SearchParams, answer: dict) -> None:
        start = (p.page - 1) * p.per_page
        hits = self.backend.search(p, start, start + p.per_page, self.only_ids(p), self.variants_for(p))
        answer["total"] = hits.total
        answer["pages"] = math.ceil(hits.total / p.per_page)
        answer["results"] = self._results(hits, p)
        answer["expanded"] = hits.expanded
        answer["facets"] = hits.facets or _empty_facets(p)
        table = self._variants[1] if self._variants else None
        if table is not None and table.clusters:
            _annotate_spellings(answer["facets"], table)
        answer["did_you_mean"] = hits.suggestion

    def _texts(self, article_id: str) -> list[str]:
        """An article's title and paragraphs (the backend respells queries from them)."""
        a = self.store.get_article(article_id)
        return [a.title or "", *(p.text for p in a.paragraphs)] if a else []

    def _results(self, hits, p: SearchParams) -> list[dict]:
        heads = self.store.heads([i for h in hits.hits for i in h.copies])
        arts = {a.id: a for a in self.store.get_articles([h.id for h in hits.hits], cards=True)}  # no mention rows
        terms, phrases = set(hits.highlight.terms), list(hits.highlight.phrases)
        # With together=paragraph the snippet is the paragraph the entities share.
        shared = cooccur.snippets(self.store, [h.id for h in hits.hits], self.entities(p), terms) \
            if p.together else {}
        out = []
        for h in hits.hits:
            budget.check()
            a = arts.get(h.id)
            if a is None:  # index ahead of the store (mid-reindex): skip rather than fail
                continue
            copies = [{"id": i, "source": heads[i]["source"]} for i in h.copies if i in heads]
            snips = shared.get(a.id) or snippets.snippets(a, terms, phrases=phrases)
            out.append(result_dict(a, h.score, snips, copies))
        return out

    # -- issue 16: a feed for any search, batch search, entity pages (the logic lives in those modules) ------
    def feed(self, params: Mapping[str, Sequence[str]]) -> dict:
        return feed.build(self, params)

    def batch(self, lines: Sequence[str], params: Mapping[str, Sequence[str]]) -> dict:
        return batch.run(self, lines, params)

    def entity(self, facet: str, value: str, params: Mapping[str, Sequence[str]] | None = None) -> dict:
        return entity_page.build(self, facet, value, params or {})

    def _guarded(self, work, budget_seconds: float | None = None):
        """``work()`` under the backend lock and the time budget; None when nothing is indexed yet; a damaged
        index or store is a 503 (the feed, batch and entity modules call the backend through this)."""
        with self.lock:
            status = self.backend.status()
            self._usable(status)
            if status is None:
                return None
            try:
                with budget.spend(self.time_budget if budget_seconds is None else budget_seconds):
                    return work()
            except sqlite3.DatabaseError:
                raise health.unavailable(health.STORE_DAMAGED) from None

    def only_ids(self, p: SearchParams) -> frozenset[str] | None:
        """The articles ``together=paragraph`` allows (from the store's mentions), None when not asked."""
        return cooccur.only_ids(self.store, p, self.entities(p))

    def entities(self, p: SearchParams) -> list[cooccur.Entity]:
        """The ticked entity values as the index stores them: the store's mentions hold those spellings, so
        ``person=tony blair`` finds Tony Blair's paragraphs as its filter finds his articles."""
        return [(f, v) for f in cooccur.ENTITY_FACETS if p.filters.get(f)
                for v in self.backend.stored_values(f, p.filters[f])]

    # -- export ---------------------------------------------------------------------------------------------
    def export(self, params: Mapping[str, Sequence[str]]) -> Iterator[dict]:
        """Every match in result order, streamed (validation errors raise before the first row)."""
        p = parse_params(params)
        with self.lock:
            status = self.backend.status()
            self._usable(status)
            if status is None:
                return iter(())
            self._variant_table()
            self.respell_filters(p)
            with budget.spend(self.time_budget):
                ids = self.backend.ranked(p, self.only_ids(p), self.variants_for(p))
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
            with self.lock:
                self._usable(self.backend.status())
            raise NotFound(f"no article with id {article_id!r}", param="id")
        terms: set[str] = set()
        if q:
            p = parse_params({"q": [q]})
            with self.lock:
                if self.backend.status() is not None:  # a changed index is reopened outside the budget
                    self._variant_table()
                with budget.spend(self.time_budget):
                    terms = set(self.backend.highlight(p.q, None if exact else self.variants_for(p)).terms)
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
