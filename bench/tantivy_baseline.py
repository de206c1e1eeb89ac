"""The engine to beat: tantivy (Rust, mmap'd segments, BM25, terms aggregations) over the same articles.

Issue 18's target at 1M is "within 3x tantivy's p95 per query kind on the same data": this module builds a
tantivy index from newsfacet's store and answers each bench query the way ``Engine.search`` does -- the
total, the top 20 values of every facet (every day for the date facet), disjunctively (a facet with a
selection is counted without its own filter, one aggregation call per such facet, one for the rest), and the
first page of 10 by BM25 with a highlighted body snippet (browse-all: newest first, no snippet).
Not reproduced, as in the FTS5 baseline: hiding syndicated copies, which only costs newsfacet.

tantivy is a bench-only dependency (``pip install -c requirements.lock '.[bench]'``): without it the scale
bench says so and leaves the tantivy columns empty rather than failing.
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

FACETS = ("person", "org", "place", "region", "country", "source", "date")
FACET_LIMIT = 20  # search.config.FACET_LIMIT_DEFAULT, as in the FTS5 baseline
DATE_LIMIT = 100_000  # the date facet is a complete timeline in newsfacet: every day, not a top 20
PAGE = 10
INSTALL_HINT = "tantivy is not installed: `.venv/bin/pip install -c requirements.lock '.[bench]'` (tantivy==0.27.0)"


def available() -> bool:
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def _schema():
    import tantivy

    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw")
    b.add_text_field("title", stored=True, tokenizer_name="en_stem")
    b.add_text_field("body", stored=True, tokenizer_name="en_stem")
    b.add_integer_field("published", fast=True, indexed=True)  # yyyymmdd: newest-first browsing
    for facet in FACETS:
        # raw keyword values with a columnar (fast) copy: what terms aggregations count from
        b.add_text_field(facet, tokenizer_name="raw", fast=True, index_option="basic")
    return b.build()


def _day_number(published: str | None) -> int:
    try:
        return int((published or "")[:10].replace("-", ""))
    except ValueError:
        return 0


def build(index_dir: Path, tv_dir: Path) -> dict:
    """The tantivy index of the store's articles (once per store; reused while its marker exists)."""
    marker = tv_dir.parent / (tv_dir.name + ".json")  # with_suffix would eat the key's ".1"
    if tv_dir.exists() and marker.exists():
        return dict(json.loads(marker.read_text()), cached=True)
    import tantivy

    from search.store import Store

    shutil.rmtree(tv_dir, ignore_errors=True)
    tv_dir.mkdir(parents=True)
    start = time.perf_counter()
    index = tantivy.Index(_schema(), path=str(tv_dir))
    writer = index.writer(heap_size=256_000_000, num_threads=1)  # one core: the machine is shared
    store = Store(index_dir, readonly=True)
    n = 0
    try:
        for a in store.iter_articles():
            fields: dict = {"id": a.id, "title": a.title or "", "body": a.text(), "published": _day_number(a.published)}
            if a.source:
                fields["source"] = a.source
            for kind in ("person", "org", "place", "region", "country"):
                values = list(a.entity_values(kind))
                if values:
                    fields[kind] = values
            try:
                days = list(a.event_days())
            except (ValueError, TypeError):
                days = []  # the Whoosh schema skips malformed dates the same way
            if days:
                fields["date"] = days
            writer.add_document(tantivy.Document(**fields))
            n += 1
        writer.commit()
        writer.wait_merging_threads()
    finally:
        store.close()
    size = sum(p.stat().st_size for p in tv_dir.rglob("*") if p.is_file())
    info = {"articles": n, "build_seconds": round(time.perf_counter() - start, 1), "size_mb": round(size / 2**20, 1)}
    marker.write_text(json.dumps(info))
    return dict(info, cached=False)


class TantivyBaseline:
    def __init__(self, tv_dir: Path):
        import tantivy

        self.t = tantivy
        self.index = tantivy.Index.open(str(tv_dir))
        self.index.reload()
        self.schema = self.index.schema
        self.searcher = self.index.searcher()

    def close(self) -> None:
        self.searcher = self.index = None

    def _text(self, kind: str, q: str):
        """The bench query as a tantivy query over title and body (None: browse-all)."""
        t = self.t
        if kind == "browse" or not q:
            return None
        if kind == "prefix":
            # expanded through the term dictionary into scored term queries (as Whoosh's Prefix does), so
            # BM25 ranks the page and the snippet generator sees the matched words
            prefix = q.rstrip("*").lower()
            terms = [t.Query.term_query(self.schema, f, term) for f in ("title", "body")
                     for term, _n in self.searcher.terms_with_prefix(f, prefix)]
            if not terms:
                return t.Query.empty_query()
            return t.Query.boolean_query([(t.Occur.Should, term) for term in terms])
        if kind == "or":
            a, b = q.split(" OR ")
            return self.index.parse_query(f"{a} OR {b}", ["title", "body"])
        if kind == "phrase":
            return self.index.parse_query(q, ["title", "body"])
        return self.index.parse_query(" AND ".join(q.split()), ["title", "body"])  # every term required

    def _query(self, text, filters: dict[str, list[str]], skip: str | None = None):
        t = self.t
        must = [text] if text is not None else []
        for facet, values in filters.items():
            if facet == skip:
                continue
            terms = [t.Query.term_query(self.schema, facet, v) for v in values]
            must.append(terms[0] if len(terms) == 1 else
                        t.Query.boolean_query([(t.Occur.Should, q) for q in terms]))
        if not must:
            return t.Query.all_query()
        return must[0] if len(must) == 1 else t.Query.boolean_query([(t.Occur.Must, q) for q in must])

    def _aggregate(self, query, facets: list[str]) -> dict:
        spec = {f: {"terms": {"field": f, "size": DATE_LIMIT if f == "date" else FACET_LIMIT}} for f in facets}
        out = self.searcher.aggregate(query, spec)
        return {f: [(b["key"], b["doc_count"]) for b in out.get(f, {}).get("buckets", [])] for f in facets}

    def search(self, kind: str, q: str, filters: dict[str, list[str]]) -> dict:
        text = self._text(kind, q)
        query = self._query(text, filters)
        facets = self._aggregate(query, [f for f in FACETS if f not in filters])
        for facet in filters:
            if facet in FACETS:
                facets.update(self._aggregate(self._query(text, filters, skip=facet), [facet]))
        if text is None:
            found = self.searcher.search(query, PAGE, count=True, order_by_field="published",
                                         order=self.t.Order.Desc)
            results = [(self.searcher.doc(addr)["id"][0], None) for _score, addr in found.hits]
        else:
            found = self.searcher.search(query, PAGE, count=True)
            snippets = self.t.SnippetGenerator.create(self.searcher, query, self.schema, "body")
            results = []
            for _score, addr in found.hits:
                doc = self.searcher.doc(addr)
                results.append((doc["id"][0], snippets.snippet_from_doc(doc).to_html()))
        return {"total": found.count, "facets": facets, "results": results}
