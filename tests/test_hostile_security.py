"""Security: stored and reflected markup stays text, every response carries the security headers, article
ids cannot reach the filesystem, and the limits answer with clear 4xx envelopes.

The hostile corpus is indexed two ways into a temporary index: written straight to the store (so person,
org, place, region, country and source *values* carry payloads, whatever NER would make of them) and
through the real pipeline from a JSONL file (title, text, source, byline and a hostile JSONL id).
"""
from __future__ import annotations

import json
import re

import pytest
from support.robust import assert_envelope, assert_inert_html, assert_no_trace, assert_only_mark

P1 = "<script>alert(1)</script>"
P2 = '"><img src=x onerror=alert(1)>'
P3 = "'><svg onload=alert(1)>"
PAYLOADS = (P1, P2, P3)


def _direct_article():
    from search.model import Article, Mention, Paragraph

    p0 = f"Officials said {P2} met {P1} in Kyiv after the Kupol strike, robustxss."
    p1 = f"The governor {P3} said the depot burned on June 27, 2025. </mark><b>bold</b> robustxss again."
    s = p0.index(P1)
    s2 = p0.index(P2)
    s3 = p1.index(P3)
    d = p1.index("June 27, 2025")
    return Article(
        id="xssdirect0000001",
        title=f"{P1} Kupol {P2} strike",
        paragraphs=[Paragraph(0, p0), Paragraph(1, p1)],
        source=P2, site=P1, published="2025-06-28", published_source="metadata",
        url="javascript:alert(1)", byline=f"By {P1}", dateline=P3, note=f"Editor's note: {P2}",
        title_source="metadata",
        mentions=[
            Mention(0, s, s + len(P1), P1, "person", P1),
            Mention(0, s2, s2 + len(P2), P2, "org", P2),
            Mention(1, s3, s3 + len(P3), P3, "place", P3, region=P1, country=P2),
            Mention(1, d, d + len("June 27, 2025"), "June 27, 2025", "date", "2025-06-27",
                    date_end="2025-06-27", granularity="day"),
        ],
        metadata={"evil": P1},
    )


JSONL = [
    {"id": "xss-jsonl-1", "title": f"{P1} Drones hit Kupol {P2}", "source": P2, "author": P1,
     "url": "javascript:alert(1)", "published": "2025-07-02",
     "text": f"President {P1} Zelensky said drones hit the Kupol plant in Izhevsk. robustxss.\n\n"
             f"Governor Oleh {P2} Syniehubov said Kharkiv was shelled overnight. {P3} robustxss."},
    {"id": "<script>alert(1)</script>../../etc/passwd", "title": "A hostile id", "source": "Evil Wire",
     "text": "An article whose JSONL id tries markup and a path. robustxss hostileid."},
    {"id": "formula-1", "title": '=HYPERLINK("http://evil.example","click")', "source": "+Evil Wire",
     "author": "@SUM(1+1)", "text": "=1+1 is how a spreadsheet formula starts. robustxss formula."},
]


@pytest.fixture(scope="module")
def xss_index(tmp_path_factory):
    from indexer.pipeline import index_paths
    from search import index as search_index
    from search.store import Store

    base = tmp_path_factory.mktemp("xss")
    index_dir = base / "idx"
    folder = base / "in"
    folder.mkdir()
    (folder / "xss.jsonl").write_text("".join(json.dumps(r) + "\n" for r in JSONL), encoding="utf-8")
    summary = index_paths([folder], index_dir)
    assert not summary.skipped, summary.skipped
    store = Store(index_dir)
    try:
        added, _ = store.replace_file("direct/xss", "0" * 64, [_direct_article()], {})
        search_index.update(index_dir, store, added, [])
    finally:
        store.close()
    return index_dir


@pytest.fixture()
def xss_client(xss_index):
    from web import create_app

    app = create_app({"INDEX_DIR": str(xss_index), "TESTING": True})
    return app.test_client()


def _html(client, path, **params):
    response = client.get(path, query_string=params, headers={"Accept": "text/html"})
    body = response.get_data(as_text=True)
    assert_no_trace(body)
    return response, body


def _ids(client):
    answer = client.get("/api/search", query_string={"q": "robustxss", "copies": "all", "per_page": "100"}).get_json()
    return [r["id"] for r in answer["results"]]


def test_the_hostile_corpus_is_indexed_and_the_hostile_jsonl_id_is_sanitised(xss_client):
    ids = _ids(xss_client)
    # A JSONL id is scoped to its file: "xss-jsonl-1.<file>" (and /articles/xss-jsonl-1 still opens it)
    assert "xssdirect0000001" in ids and any(i.startswith("xss-jsonl-1.") for i in ids)
    assert len(ids) == 4, ids
    for i in ids:
        assert re.fullmatch(r"[\w.:@+-]{1,200}", i), f"unsafe article id {i!r}"
        response = xss_client.get(f"/api/articles/{i}")
        assert response.status_code == 200, (i, response.get_data(as_text=True)[:300])


PAGE_REQUESTS = [
    ("/", {}),
    ("/", {"q": "robustxss"}),
    ("/", {"q": "robustxss", "copies": "all", "per_page": "100", "facet_limit": "1000"}),
    ("/", {"q": P1}),
    ("/", {"q": P2}),
    ("/", {"q": P3}),
    ("/", {"person": P1}),
    ("/", {"org": P2, "not_person": P1}),
    ("/", {"source": P2}),
    ("/", {"region": P1, "country": P2}),
    ("/", {"q": "script alert img onerror svg onload"}),
    ("/", {"q": f"person:\"{P1}\""}),
    ("/", {"date_from": P1}),
    ("/", {"sort": P2}),
    ("/", {"page": P3}),
]


@pytest.mark.parametrize("path,params", PAGE_REQUESTS)
def test_search_pages_render_every_payload_as_text(xss_client, path, params):
    response, body = _html(xss_client, path, **params)
    assert response.status_code in (200, 400), response.status_code
    assert_inert_html(body)
    for payload in PAYLOADS:
        assert payload not in body


@pytest.mark.parametrize("article_id", ["xssdirect0000001", "xss-jsonl-1"])
@pytest.mark.parametrize("q", [None, "robustxss", "script", P1, "alert onerror img"])
def test_article_pages_render_every_payload_as_text(xss_client, article_id, q):
    params = {"q": q} if q else {}
    response, body = _html(xss_client, f"/articles/{article_id}", **params)
    assert response.status_code == 200
    assert_inert_html(body)
    for payload in PAYLOADS:
        assert payload not in body
    assert "javascript:" not in body.lower().replace("&#34;", '"').split("<body", 1)[-1] or \
        not re.search(r"href=[\"']?\s*javascript:", body, re.I)


def test_the_not_found_page_escapes_the_id(xss_client):
    response, body = _html(xss_client, "/articles/" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert response.status_code == 404
    assert_inert_html(body)
    assert P1 not in body


@pytest.mark.parametrize("q", ["robustxss", "script", "alert", "img onerror", "svg onload", "Kupol", "mark", "b bold"])
def test_api_snippets_carry_only_mark(xss_client, q):
    answer = xss_client.get("/api/search", query_string={"q": q, "copies": "all", "per_page": "100"}).get_json()
    for result in answer["results"]:
        for snippet in result["snippets"]:
            assert_only_mark(snippet["html"])
    if q == "robustxss":
        assert any(s["html"] for r in answer["results"] for s in r["snippets"])
    for article_id in ("xssdirect0000001", "xss-jsonl-1"):
        article = xss_client.get(f"/api/articles/{article_id}", query_string={"q": q}).get_json()
        assert_only_mark(article["title_html"])
        for paragraph in article["paragraphs"]:
            assert_only_mark(paragraph["html"])


def test_api_json_is_json_not_sniffable_html(xss_client):
    response = xss_client.get("/api/search", query_string={"q": "robustxss", "copies": "all"})
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response = xss_client.get("/api/articles/xssdirect0000001")
    assert response.mimetype == "application/json"
    assert response.get_json()["title"].startswith(P1)  # JSON carries the raw text; consumers escape


def test_exports_defuse_spreadsheet_formulas_and_stay_text(xss_client):
    import csv
    import io

    response = xss_client.get("/api/export.csv", query_string={"q": "robustxss", "copies": "all"})
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers.get("Content-Disposition", "").startswith("attachment")
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == 1 + 4
    for row in rows[1:]:
        for cell in row:  # a cell a spreadsheet would evaluate starts with = + - @ (or tab/CR)
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
    response = xss_client.get("/api/export.json", query_string={"q": "robustxss", "copies": "all"})
    data = json.loads(response.get_data(as_text=True))
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers.get("Content-Disposition", "").startswith("attachment")
    assert len(data) == 4


# --- headers on every response ----------------------------------------------------------------------------

HEADER_REQUESTS = [
    ("GET", "/", {}, None),
    ("GET", "/", {"q": "Kupol"}, None),
    ("GET", "/api/search", {"q": "Kupol"}, None),
    ("GET", "/api/search", {"per_page": "0"}, None),
    ("GET", "/api/search", {"nope": "1"}, None),
    ("GET", "/api/articles/doesnotexist", {}, None),
    ("GET", "/articles/doesnotexist", {}, None),
    ("GET", "/no/such/page", {}, None),
    ("POST", "/api/search", {}, None),
    ("DELETE", "/", {}, None),
    ("GET", "/static/app.css", {}, None),
    ("GET", "/static/app.js", {}, None),
    ("GET", "/static/nope.js", {}, None),
    ("GET", "/healthz", {}, None),
    ("GET", "/api/openapi.json", {}, None),
    ("GET", "/api/export.csv", {"q": "Kupol"}, None),
    ("GET", "/api/export.json", {"q": "Kupol"}, None),
    ("GET", "/api/search", {}, b"x" * (64 * 1024)),
    ("GET", "/api/search", {"q": "x" * 9000}, None),
    ("HEAD", "/", {}, None),
    ("OPTIONS", "/api/search", {}, None),
]


@pytest.mark.parametrize("method,path,params,body", HEADER_REQUESTS)
@pytest.mark.parametrize("accept", ["application/json", "text/html"])
def test_every_response_carries_the_security_headers(client, method, path, params, body, accept):
    response = client.open(path, method=method, query_string=params, data=body, headers={"Accept": accept})
    assert response.status_code < 500, (method, path, response.status_code)
    assert_no_trace(response.get_data(as_text=True))
    response.close()  # static files are served from an open file
    h = response.headers
    csp = h.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp or "frame-ancestors 'self'" in csp, csp
    assert "default-src" in csp and "object-src 'none'" in csp, csp
    script_src = re.search(r"script-src ([^;]*)", csp)
    assert script_src and "'unsafe-inline'" not in script_src.group(1) and "'unsafe-eval'" not in script_src.group(1)
    assert h.get("X-Content-Type-Options") == "nosniff"
    assert h.get("Referrer-Policy") in ("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
    if response.status_code >= 400 and (accept == "application/json" or path.startswith("/api/")):
        assert_envelope(response, (response.status_code,))


# --- article ids never reach the filesystem ---------------------------------------------------------------

TRAVERSALS = [
    "/articles/..%2F..%2Fetc%2Fpasswd",
    "/api/articles/..%2F..%2Fetc%2Fpasswd",
    "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/articles/..%252F..%252Fetc%252Fpasswd",
    "/articles/....%2F%2F....%2F%2Fetc%2Fpasswd",
    "/articles/..",
    "/api/articles/..",
    "/articles/%2Fetc%2Fpasswd",
    "/api/articles/%2Fetc%2Fpasswd",
    "/articles/..%5C..%5Cwindows%5Cwin.ini",
    "/articles/store.sqlite3",
    "/api/articles/whoosh",
    "/articles/%00",
    "/api/articles/a%00b",
    "/articles/" + "a" * 5000,
    "/api/articles/" + "%F0%9F%94%A5",
    "/static/..%2Fsearch%2Fconfig.py",
    "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static/../../pyproject.toml",
    "/static/..%2F..%2Fpyproject.toml",
    "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_article_ids_and_static_paths_cannot_reach_the_filesystem(client, path):
    for accept in ("application/json", "text/html"):
        response = client.get(path, headers={"Accept": accept})
        body = response.get_data(as_text=True)
        assert response.status_code in (400, 404), (path, response.status_code, body[:200])
        for leak in ("root:", "[project]", "DEFAULT_INDEX_DIR", "SQLite format", "[fonts]"):
            assert leak not in body, (path, leak)
        assert_no_trace(body)
        if accept == "application/json" or "/api/" in path:
            assert_envelope(response, (400, 404))


def test_traversal_in_the_article_id_is_a_404_envelope(client):
    response = client.get("/articles/..%2F..%2Fetc%2Fpasswd", headers={"Accept": "application/json"})
    err = assert_envelope(response, (404,))
    assert err["code"] == "not_found"


# --- limits -----------------------------------------------------------------------------------------------

def test_a_request_body_is_refused_with_413(client):
    for method in ("GET", "POST", "PUT"):
        response = client.open("/api/search", method=method, data=b"x" * (1024 * 1024),
                               headers={"Accept": "application/json"})
        err = assert_envelope(response, (413,) if method == "GET" else (405, 413))
        assert err["code"] in ("payload_too_large", "method_not_allowed")


def test_a_huge_query_string_is_refused_with_414(client):
    response = client.get("/api/search", query_string={"q": "a" * 20000})
    err = assert_envelope(response, (414,))
    assert err["code"] == "uri_too_long"
    response = client.get("/", query_string={"person": "b" * 20000}, headers={"Accept": "application/json"})
    assert_envelope(response, (414,))


def test_query_length_and_per_page_limits_name_their_parameter(client):
    err = assert_envelope(client.post("/api/search", json={"q": "a" * 10_001}))
    assert err["param"] == "q"
    err = assert_envelope(client.get("/api/search", query_string={"per_page": "101"}))
    assert err["param"] == "per_page"
    err = assert_envelope(client.get("/api/search", query_string={"facet_limit": "100000"}))
    assert err["param"] == "facet_limit"
    err = assert_envelope(client.get("/api/search", query_string={"person": "p" * 301}))
    assert err["param"] == "person"


def test_a_page_far_beyond_the_results_is_empty_or_refused(client):
    for page in ("1000000", str(10 ** 17)):
        response = client.get("/api/search", query_string={"page": page, "per_page": "100"})
        if response.status_code == 200:
            assert response.get_json()["results"] == []
        else:
            assert assert_envelope(response)["param"] == "page"


def test_exports_are_rate_limited_with_429_and_retry_after(app):
    client = app.test_client()
    limit = app.config["EXPORT_RATE_LIMIT"]
    statuses = []
    for _ in range(limit):
        response = client.get("/api/export.csv", query_string={"q": "Kupol"})
        response.get_data()  # a streamed body is consumed, as a real client would
        statuses.append(response.status_code)
    assert statuses == [200] * limit
    response = client.get("/api/export.json", query_string={"q": "Kupol"})
    err = assert_envelope(response, (429,))
    assert err["code"] == "rate_limited"
    assert int(response.headers["Retry-After"]) >= 1
    assert client.get("/api/search", query_string={"q": "Kupol"}).status_code == 200  # search is not limited


def test_a_spoofed_forwarded_for_header_does_not_reset_the_export_limit(app):
    client = app.test_client()
    for _ in range(app.config["EXPORT_RATE_LIMIT"]):
        client.get("/api/export.csv", query_string={"q": "Kupol"}).get_data()
    for fake in ("1.2.3.4", "10.0.0.1, 127.0.0.1"):
        response = client.get("/api/export.csv", query_string={"q": "Kupol"},
                              headers={"X-Forwarded-For": fake, "X-Real-IP": fake, "Forwarded": f"for={fake}"})
        assert_envelope(response, (429,))


def test_a_hostile_host_header_never_ends_up_in_links(client):
    for path in ("/", "/?q=Kupol", "/no/such/page"):
        response = client.get(path, headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example",
                                             "Accept": "text/html"})
        assert "evil.example" not in response.get_data(as_text=True), path
        assert "evil.example" not in response.headers.get("Location", "")
