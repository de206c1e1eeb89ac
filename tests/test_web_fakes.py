"""A small in-memory stand-in with the ``search.engine.Engine`` interface, for the web tests.

It validates a few parameters the way the engine contract says (InvalidParameter naming the param),
filters by facets, pages, and builds facets with selected/excluded flags, so the pages can be tested
without an index. Its answers have exactly the real engine's shapes (keys of the search answer, results,
facet entries, article, provenance, paragraphs, mentions, export rows): tests/contract/ runs the same
contract against it and against search.engine.Engine. No tests live here; the module name only matches
the web tests' naming rule.
"""
from __future__ import annotations

import html
import math

from search.errors import InvalidParameter, NotFound
from search.facet_registry import ENTITY_FACETS

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
KINDS = ENTITY_FACETS  # every entity facet the registry declares (a fake article may leave one empty)


def make_articles(n: int = 25) -> list[dict]:
    people = ["Volodymyr Zelensky", "Vladimir Putin", "Leonid Pasechnik"]
    arts = []
    for i in range(n):
        arts.append({
            "id": f"{i:016x}",
            "title": f"Article {i} about Luhansk",
            "source": ["AP", "AFP", "ANI"][i % 3],
            "published": f"2025-07-{(i % 9) + 1:02d}",
            "published_source": "manifest" if i % 2 else "inferred",
            "url": f"https://example.org/{i}",
            "person": [people[i % 3]],
            "org": ["Kremlin"] if i % 2 else [],
            "place": ["Luhansk"],
            "region": ["Luhansk Oblast"],
            "country": ["Ukraine"],
            "date": [f"2025-06-{(i % 5) + 20:02d}"],
            "text": [f"Paragraph one of article {i} mentions Luhansk and kupol.", "A second paragraph."],
        })
    if n > 1:
        arts[0]["copies"] = [{"id": arts[1]["id"], "source": "Daily8"}]
        arts[1]["copy_of"] = arts[0]["id"]
    return arts


class FakeEngine:
    def __init__(self, articles: list[dict] | None = None, fail: Exception | None = None):
        self.articles = make_articles() if articles is None else articles
        self.fail = fail
        self.calls: list[tuple] = []

    # ------------------------------------------------------------ helpers
    def _check(self, params):
        if self.fail is not None:
            raise self.fail
        for name in ("page", "per_page", "facet_limit"):
            for v in params.get(name, []):
                if not v.isdigit() or int(v) < 1:
                    raise InvalidParameter(name, "must be a positive integer")
        per_page = int((params.get("per_page") or ["10"])[-1])
        if per_page > 100:
            raise InvalidParameter("per_page", "must be between 1 and 100")
        for v in params.get("sort", []):
            if v not in ("relevance", "newest", "oldest"):
                raise InvalidParameter("sort", "must be relevance, newest or oldest")
        for name in ("date_from", "date_to", "published_from", "published_to"):
            for v in params.get(name, []):
                if len(v) != 10 or v[4] != "-":
                    raise InvalidParameter(name, "must be an ISO day like 2025-07-01")

    def _matches(self, params):
        q = (params.get("q") or [""])[-1].lower()
        out = []
        for a in self.articles:
            if q and q not in (a["title"] + " " + " ".join(a["text"])).lower():
                continue
            ok = True
            for facet in (*KINDS, "source", "date"):
                values = a.get(facet, ()) if facet != "source" else [a["source"]]
                wanted = params.get(facet) or []
                if wanted and not set(wanted) & set(values):
                    ok = False
                if set(params.get(f"not_{facet}") or []) & set(values):
                    ok = False
            if ok:
                out.append(a)
        return out

    def _facets(self, matches, params, limit):
        facets = {}
        for facet in (*KINDS, "source", "date"):
            counts: dict[str, int] = {}
            for a in matches:
                for v in (a.get(facet, ()) if facet != "source" else [a["source"]]):
                    counts[v] = counts.get(v, 0) + 1
            items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            if facet == "date":
                items = sorted(counts.items())
            else:
                items = items[:limit]
            facets[facet] = [{"value": v, "count": c, "selected": v in (params.get(facet) or []),
                              "excluded": v in (params.get(f"not_{facet}") or [])} for v, c in items]
        return facets

    # ------------------------------------------------------------ interface
    def search(self, params):
        self.calls.append(("search", dict(params)))
        self._check(params)
        matches = self._matches(params)
        page = int((params.get("page") or ["1"])[-1])
        per_page = int((params.get("per_page") or ["10"])[-1])
        limit = int((params.get("facet_limit") or ["20"])[-1])
        q = (params.get("q") or [None])[-1]
        chunk = matches[(page - 1) * per_page: page * per_page]
        return {
            "query": {"q": q, "filters": {}, "exclude": {}, "date_from": None, "date_to": None,
                      "published_from": None, "published_to": None,
                      "sort": (params.get("sort") or ["relevance"])[-1], "copies": "group"},
            "total": len(matches), "page": page, "per_page": per_page,
            "pages": math.ceil(len(matches) / per_page), "took_ms": 3,
            "did_you_mean": "luhansk" if q == "luhnask" else None, "expanded": {},
            "results": [self._result(a, q) for a in chunk],
            "facets": self._facets(matches, params, limit),
        }

    def _result(self, a, q):
        snippet = html.escape(a["text"][0])
        if q:
            snippet = snippet.replace(html.escape(q), f"<mark>{html.escape(q)}</mark>")
        return {
            "id": a["id"], "title": a["title"], "source": a["source"], "site": None, "published": a["published"],
            "published_source": a["published_source"], "url": a["url"], "score": 1.0,
            "snippets": [{"paragraph": 0, "html": snippet}],
            "entities": {k: [{"value": v, "as_written": [v.split()[-1]]} for v in a.get(k, ())] for k in KINDS},
            "copies": a.get("copies", []), "copy_of": a.get("copy_of"),
        }

    def _export_row(self, a):
        return {"id": a["id"], "title": a["title"], "source": a["source"], "site": None,
                "published": a["published"], "url": a["url"], "score": None,
                **{k: list(a.get(k, ())) for k in KINDS}, "date": list(a["date"]), "copy_of": a.get("copy_of")}

    def article(self, article_id, q=None, part=1):
        self.calls.append(("article", article_id, q))
        if self.fail is not None:
            raise self.fail
        for a in self.articles:
            if a["id"] == article_id:
                break
        else:
            raise NotFound(f"no article with id {article_id!r}", param="id")
        paragraphs = []
        for n, text in enumerate(a["text"]):
            marked = html.escape(text)
            if q:
                marked = marked.replace(html.escape(q), f"<mark>{html.escape(q)}</mark>")
            ents = []
            for kind in ("person", "place"):
                for v in a[kind]:
                    word = v.split()[-1]
                    start = text.find(word)
                    if start >= 0:
                        ents.append({"kind": kind, "value": v, "text": word, "start": start,
                                     "end": start + len(word), "region": None, "country": None,
                                     "date_end": None, "granularity": None, "facet": True})
            paragraphs.append({"n": n, "offset": 0, "text": text, "html": marked, "entities": ents})
        if part != 1:
            raise InvalidParameter("part", f"this article has 1 part(s), got {part}")
        return {
            "id": a["id"], "title": a["title"], "title_html": html.escape(a["title"]), "source": a["source"],
            "site": "Daily8", "published": a["published"], "published_source": a["published_source"],
            "url": a["url"], "byline": "By Someone", "dateline": None, "note": None, "title_source": "page",
            "provenance": {"path": "seeds/x.txt", "sha256": "0" * 64, "position": 0, "extractor": "fake"},
            "part": 1, "parts": 1, "paragraphs": paragraphs,
            "entities": {k: [{"value": v, "as_written": [v]} for v in a.get(k, ())] for k in KINDS},
            "copies": [{**c, "site": None} for c in a.get("copies", [])], "copy_of": a.get("copy_of"),
        }

    def export(self, params):
        self._check(params)  # validation before the first row, as the engine does
        return (self._export_row(a) for a in self._matches(params))

    def health(self):
        if self.fail is not None:
            raise self.fail
        return {"ok": True, "articles": len(self.articles)}

    # ------------------------------------------------------------ issue 16: feed, batch, entity pages
    def feed(self, params):
        self.calls.append(("feed", dict(params)))
        self._check(params)
        entries = [{**self._result(a, None), "entry_id": f"urn:newsfacet:article:{a['id']}",
                    "indexed_at": f"2025-07-0{i % 9 + 1}T00:00:00+00:00"} for i, a in enumerate(self._matches(params))]
        return {"query": {}, "feed_id": "urn:newsfacet:search:fake", "total": len(entries),
                "updated": entries[0]["indexed_at"] if entries else None, "entries": entries[:50]}

    def batch(self, lines, params):
        self.calls.append(("batch", list(lines), dict(params)))
        self._check(params)
        if not lines:
            raise InvalidParameter("lines", "expected at least one line")
        return {"query": {}, "count": len(lines),
                "lines": [{"line": line, "total": len(self._matches({**params, "q": [line]}))} for line in lines]}

    def entity(self, facet, value, params=None):
        self.calls.append(("entity", facet, value, dict(params or {})))
        self._check(params or {})
        answer = self.search({**(params or {}), facet: [value]})
        if not answer["total"]:
            raise NotFound(f"no article mentions {facet} {value!r}", param="value")
        return {"entity": {"facet": facet, "value": value}, "total": answer["total"],
                "by_publication": [], "publication_unknown": 0, "by_event_day": answer["facets"]["date"],
                "spellings": [{"text": value, "mentions": 1, "articles": 1}],
                "together": {"person": [], "org": [], "place": []}, "related": {},
                "articles": {k: answer[k] for k in ("query", "total", "page", "per_page", "pages", "results")}}
