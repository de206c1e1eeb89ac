"""The JSON API over a fake engine: happy paths, the error envelope, exports, the OpenAPI document."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from search.errors import InvalidParameter

try:
    from test_web_fakes import FakeEngine, make_articles
except ImportError:  # tests/ turned into a package
    from tests.test_web_fakes import FakeEngine, make_articles

from web import create_app


@pytest.fixture()
def fake():
    return FakeEngine()


@pytest.fixture()
def web_client(fake):
    return create_app({"ENGINE": fake, "TESTING": True}).test_client()


def assert_envelope(response, status, code=None, param=None):
    assert response.status_code == status, response.data[:300]
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "param"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    assert body["error"]["param"] == param
    return body["error"]


def test_search_returns_the_engine_answer(web_client, fake):
    r = web_client.get("/api/search?q=Luhansk&person=Vladimir+Putin&person=Leonid+Pasechnik&per_page=5")
    assert r.status_code == 200
    body = r.get_json()
    assert body == fake.search({"q": ["Luhansk"], "person": ["Vladimir Putin", "Leonid Pasechnik"],
                                "per_page": ["5"]}) | {"took_ms": body["took_ms"]}
    assert list(body)[:3] == ["query", "total", "page"]  # engine key order kept, not sorted
    assert fake.calls[0][1]["person"] == ["Vladimir Putin", "Leonid Pasechnik"]


def test_search_drops_empty_values_from_forms(web_client, fake):
    web_client.get("/api/search?q=&date_from=&person=Vladimir+Putin")
    assert fake.calls[0][1] == {"person": ["Vladimir Putin"]}


@pytest.mark.parametrize("query, param", [
    ("page=abc", "page"), ("per_page=500", "per_page"), ("sort=best", "sort"),
    ("date_from=yesterday", "date_from"), ("facet_limit=0", "facet_limit"),
])
def test_bad_parameters_are_400_naming_the_parameter(web_client, query, param):
    assert_envelope(web_client.get(f"/api/search?{query}"), 400, "invalid_parameter", param)


def test_unknown_parameter_is_400_in_the_api(web_client):
    err = assert_envelope(web_client.get("/api/search?persn=Putin"), 400, "invalid_parameter", "persn")
    assert "unknown" in err["message"]


def test_overlong_query_is_400_before_the_engine(web_client, fake):
    assert_envelope(web_client.post("/api/search", json={"q": "x" * 10_001}), 400, "invalid_parameter", "q")
    assert_envelope(web_client.get("/api/search", query_string={"q": "x" * 7001}), 414, "uri_too_long")
    assert fake.calls == []


def test_article_and_its_404(web_client, fake):
    r = web_client.get("/api/articles/0000000000000002?q=kupol")
    assert r.status_code == 200
    assert r.get_json()["id"] == "0000000000000002"
    assert fake.calls[-1] == ("article", "0000000000000002", "kupol")
    assert_envelope(web_client.get("/api/articles/nope"), 404, "not_found", "id")


def test_healthz(web_client):
    r = web_client.get("/healthz")
    assert r.status_code == 200 and r.get_json() == {"ok": True, "articles": 25}


def test_healthz_not_ok_is_503(fake):
    fake.health = lambda: {"ok": False, "error": {"code": "index_missing", "message": "run `newsfacet reindex`"}}
    r = create_app({"ENGINE": fake, "TESTING": True}).test_client().get("/healthz")
    assert r.status_code == 503
    assert r.get_json() == {"error": {"code": "index_missing", "message": "run `newsfacet reindex`", "param": None}}


# ---------------------------------------------------------------- exports

def test_csv_export_streams_every_match_with_a_header(web_client):
    r = web_client.get("/api/export.csv?q=Luhansk")
    assert r.status_code == 200
    assert r.is_streamed
    assert r.mimetype == "text/csv"
    assert "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert len(rows) == 25  # every match, not one page
    assert rows[0]["id"] == "0000000000000000" and rows[0]["person"] == "Volodymyr Zelensky"
    assert rows[1]["copy_of"] == "0000000000000000"  # the engine's export row names a copy's original


def test_csv_export_joins_multi_values_and_defuses_formulas():
    arts = make_articles(2)
    arts[0]["person"] = ["Vladimir Putin", "Volodymyr Zelensky"]
    arts[0]["title"] = "=HYPERLINK(\"http://evil\")"
    client = create_app({"ENGINE": FakeEngine(arts), "TESTING": True}).test_client()
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").get_data(as_text=True))))
    assert rows[0]["person"] == "Vladimir Putin; Volodymyr Zelensky"
    assert rows[0]["title"].startswith("'=")


def test_csv_export_of_nothing_is_just_the_header():
    client = create_app({"ENGINE": FakeEngine([]), "TESTING": True}).test_client()
    text = client.get("/api/export.csv").get_data(as_text=True)
    assert text.splitlines() == [text.splitlines()[0]] and text.startswith('"id","title",')


def test_json_export_is_one_valid_array_one_article_per_line(web_client):
    r = web_client.get("/api/export.json?source=AP")
    assert r.status_code == 200 and r.is_streamed
    text = r.get_data(as_text=True)
    rows = json.loads(text)
    assert len(rows) == 9 and all(row["source"] == "AP" for row in rows)
    lines = text.strip().splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 11
    assert json.loads(create_app({"ENGINE": FakeEngine([]), "TESTING": True})
                      .test_client().get("/api/export.json").get_data(as_text=True)) == []


@pytest.mark.parametrize("path", ["/api/export.csv", "/api/export.json"])
def test_export_bad_parameter_is_a_400_envelope_not_a_broken_stream(web_client, path):
    # An engine may validate lazily (a generator): the API pulls the first row before answering 200.
    assert_envelope(web_client.get(f"{path}?sort=best"), 400, "invalid_parameter", "sort")
    assert_envelope(web_client.get(f"{path}?page=2"), 400, "invalid_parameter", "page")


def test_export_is_rate_limited_per_client(fake):
    client = create_app({"ENGINE": fake, "TESTING": True, "EXPORT_RATE_LIMIT": 2}).test_client()
    assert client.get("/api/export.csv").status_code == 200
    assert client.get("/api/export.json").status_code == 200
    r = client.get("/api/export.csv")
    assert_envelope(r, 429, "rate_limited")
    assert int(r.headers["Retry-After"]) >= 1
    other = client.get("/api/export.csv", environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200


# ---------------------------------------------------------------- the envelope on every endpoint

def _routes(app):
    return sorted({r.rule for r in app.url_map.iter_rules() if r.endpoint != "static"})


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule)


def _concrete(rule: str) -> str:
    return rule.replace("<id>", "0000000000000001")


def test_every_route_is_covered_here():
    app = create_app({"ENGINE": FakeEngine(), "TESTING": True})
    assert _routes(app) == ["/", "/api/articles/<id>", "/api/batch", "/api/batch.csv",
                            "/api/entities/<facet>/<path:value>", "/api/export.csv", "/api/export.json",
                            "/api/feed", "/api/openapi.json", "/api/search", "/articles/<id>", "/batch",
                            "/entities/<facet>/<path:value>", "/feed.atom", "/healthz"]


ROUTES = ["/", "/api/articles/0000000000000001", "/api/batch?lines=Luhansk", "/api/batch.csv?lines=Luhansk",
          "/api/entities/person/Vladimir%20Putin", "/api/export.csv", "/api/export.json", "/api/feed",
          "/api/openapi.json", "/api/search", "/articles/0000000000000001", "/batch?lines=Luhansk",
          "/entities/person/Vladimir%20Putin", "/feed.atom", "/healthz"]


@pytest.mark.parametrize("path", ROUTES)
def test_405_envelope_on_every_endpoint(web_client, path):
    r = web_client.delete(path)
    assert_envelope(r, 405, "method_not_allowed")
    assert "GET" in r.headers["Allow"]


@pytest.mark.parametrize("path", ROUTES)
def test_413_envelope_on_every_endpoint(web_client, path):
    r = web_client.get(path, data=b"x" * (16 * 1024 + 1))
    assert_envelope(r, 413, "payload_too_large")


@pytest.mark.parametrize("path", [p for p in ROUTES if p != "/api/openapi.json"])
def test_500_envelope_on_every_endpoint_without_a_stack_trace(path, caplog):
    client = create_app({"ENGINE": FakeEngine(fail=RuntimeError("secret /etc/passwd detail")),
                         "TESTING": True}).test_client()
    r = client.get(path)
    err = assert_envelope(r, 500, "internal_error")
    assert "secret" not in r.get_data(as_text=True) and "Traceback" not in r.get_data(as_text=True)
    assert "internal" in err["message"]
    assert any("unhandled error" in rec.message for rec in caplog.records)  # but operators see it


@pytest.mark.parametrize("path", [p for p in ROUTES if p != "/api/openapi.json"])
def test_400_envelope_from_the_engine_on_every_endpoint(path):
    client = create_app({"ENGINE": FakeEngine(fail=InvalidParameter("q", "nope")),
                         "TESTING": True}).test_client()
    assert_envelope(client.get(path), 400, "invalid_parameter", "q")


@pytest.mark.parametrize("path", ["/nope", "/api/nope", "/articles/", "/api/articles/"])
def test_404_envelope_for_unknown_urls(web_client, path):
    assert_envelope(web_client.get(path), 404, "not_found")


@pytest.mark.parametrize("path", ["/api/articles/missing", "/articles/missing"])
def test_404_envelope_for_unknown_articles(web_client, path):
    assert_envelope(web_client.get(path), 404, "not_found", "id")


def test_429_envelope(fake):
    client = create_app({"ENGINE": fake, "TESTING": True, "EXPORT_RATE_LIMIT": 1}).test_client()
    client.get("/api/export.json")
    assert_envelope(client.get("/api/export.json"), 429, "rate_limited")


# ---------------------------------------------------------------- OpenAPI

def test_openapi_describes_every_route_and_nothing_else(web_client):
    spec = web_client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    app = create_app({"ENGINE": FakeEngine(), "TESTING": True})
    routes = {_openapi_path(r) for r in _routes(app)}
    assert set(spec["paths"]) == routes
    methods: dict[str, set] = {}  # one path may have several rules (GET and POST views of "/")
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = _openapi_path(rule.rule)
        methods.setdefault(path, set()).update(m.lower() for m in rule.methods - {"HEAD", "OPTIONS"})
    for path, allowed in methods.items():
        assert set(spec["paths"][path]) == allowed, path


def test_openapi_documents_every_parameter_and_the_error_envelope(web_client):
    from web import params as P

    spec = web_client.get("/api/openapi.json").get_json()
    documented = {ref["$ref"].rsplit("/", 1)[1] for ref in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert documented == set(P.SEARCH_PARAMS)
    export = {ref["$ref"].rsplit("/", 1)[1] for ref in spec["paths"]["/api/export.csv"]["get"]["parameters"]}
    assert export == set(P.EXPORT_PARAMS)
    error = spec["components"]["schemas"]["Error"]["properties"]["error"]
    assert set(error["required"]) == {"code", "message", "param"}
    for path, item in spec["paths"].items():
        for op in item.values():
            for status, resp in op["responses"].items():
                if status.startswith(("4", "5")) and "application/json" in resp.get("content", {}):
                    schema = json.dumps(resp["content"]["application/json"]["schema"])
                    assert "#/components/schemas/Error" in schema, (path, status)


def test_unknown_parameter_message_is_one_quoted_line(web_client):
    err = assert_envelope(web_client.get("/api/search", query_string=[("a\nb<x>", "1")]), 400,
                          "invalid_parameter", "a\nb<x>")
    assert "\n" not in err["message"] and "'a\\nb<x>'" in err["message"]
