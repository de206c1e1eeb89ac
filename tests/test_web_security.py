"""Security headers, limits, laziness and house rules of web/."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

try:
    from test_web_fakes import FakeEngine
except ImportError:  # tests/ turned into a package
    from tests.test_web_fakes import FakeEngine

from web import create_app
from web.export_gate import ExportGate

WEB = Path(__file__).resolve().parent.parent / "web"


@pytest.fixture()
def web_client():
    return create_app({"ENGINE": FakeEngine(), "TESTING": True}).test_client()


@pytest.mark.parametrize("path, status", [
    ("/", 200), ("/?page=x", 400), ("/articles/0000000000000001", 200), ("/api/search", 200),
    ("/api/articles/x", 404), ("/healthz", 200), ("/api/openapi.json", 200), ("/api/export.csv", 200),
    ("/static/app.css", 200), ("/static/app.js", 200), ("/nowhere", 404),
])
def test_security_headers_on_every_response(web_client, path, status):
    r = web_client.get(path)
    r.close()  # static files are streamed from an open file
    assert r.status_code == status
    csp = r.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "same-origin"
    assert r.headers["X-Frame-Options"] == "DENY"


def test_security_headers_on_405_and_500():
    client = create_app({"ENGINE": FakeEngine(fail=RuntimeError("boom")), "TESTING": True}).test_client()
    for r in (client.post("/api/search"), client.get("/api/search")):
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors" in r.headers["Content-Security-Policy"]


def test_long_query_string_is_414(web_client):
    r = web_client.get("/api/search?person=" + "x" * 9000)
    assert r.status_code == 414
    assert r.get_json()["error"]["code"] == "uri_too_long"


def test_long_facet_value_is_400(web_client):
    r = web_client.get("/api/search", query_string={"person": "x" * 301})
    assert r.status_code == 400 and r.get_json()["error"]["param"] == "person"


def test_request_body_limit_is_configurable():
    client = create_app({"ENGINE": FakeEngine(), "TESTING": True, "MAX_CONTENT_LENGTH": 10}).test_client()
    assert client.get("/api/search", data=b"x" * 11).status_code == 413
    assert client.get("/api/search", data=b"x" * 10).status_code == 200


def test_the_export_window_forgets_old_hits_and_is_shared_by_every_worker(tmp_path):
    now = [1000.0]
    # Two gates over one run directory stand for two gunicorn workers of one server.
    first, second = (ExportGate(tmp_path, 2, 60, 1, clock=lambda: now[0]) for _ in range(2))
    assert first.hit("a") == 0 and second.hit("a") == 0
    assert first.hit("a") == 60 and second.hit("a") == 60  # the limit is the server's, not each worker's
    assert second.hit("b") == 0
    now[0] = 1030.5
    assert first.hit("a") == 30
    now[0] = 1060.0
    assert second.hit("a") == 0


def test_export_slots_are_shared_and_freed(tmp_path):
    first, second = ExportGate(tmp_path, 10, 60, 2), ExportGate(tmp_path, 10, 60, 2)
    a, b = first.acquire_slot(), second.acquire_slot()
    assert a is not None and b is not None
    assert first.acquire_slot() is None and second.acquire_slot() is None
    a.release()
    a.release()  # idempotent
    c = second.acquire_slot()
    assert c is not None
    del b, c  # a slot nobody released is freed with its holder
    assert first.acquire_slot() is not None


def test_engine_is_created_lazily_once_per_process():
    made = []

    def factory(index_dir):
        made.append(index_dir)
        return FakeEngine()

    app = create_app({"ENGINE_FACTORY": factory, "INDEX_DIR": "/some/where", "TESTING": True})
    assert made == []  # creating the app opens nothing
    client = app.test_client()
    client.get("/healthz")
    client.get("/api/search")
    assert made == ["/some/where"]


def test_index_dir_defaults_to_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSFACET_INDEX", "/from/env")
    assert create_app().config["INDEX_DIR"] == "/from/env"
    monkeypatch.delenv("NEWSFACET_INDEX")
    assert create_app().config["INDEX_DIR"] == "data"


def test_importing_web_opens_nothing_and_pulls_in_no_whoosh_or_spacy():
    code = ("import sys, web; web.create_app(); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('whoosh', 'spacy', 'search.engine')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=WEB.parent)


def test_web_sources_follow_the_house_rules():
    for path in WEB.rglob("*.py"):
        text = path.read_text()
        assert len(text.splitlines()) < 400, path
        assert "import whoosh" not in text and "from whoosh" not in text, path
        assert "import spacy" not in text, path
        for line in text.splitlines():
            if line.startswith(("import search", "from search")):
                # the engine, its errors, and the facet registry (declarations web derives its names from)
                assert line.startswith(("from search.errors ", "from search.engine ", "from search.facet_registry ",
                                        "from search import facet_registry ")), (path, line)
    for path in (WEB / "templates").glob("*.html"):
        text = path.read_text()
        assert "<script>" not in text and " style=" not in text, path
        # |safe only on the engine's pre-escaped <mark> html
        for m in text.split("|safe")[:-1]:
            assert m.rstrip().endswith(("s.html", "title_html")), path


def test_a_broken_error_page_still_answers_with_the_envelope(monkeypatch):
    import web.errors

    def broken(*a, **kw):
        raise RuntimeError("template exploded")

    monkeypatch.setattr(web.errors, "render_template", broken)
    client = create_app({"ENGINE": FakeEngine(), "TESTING": True}).test_client()
    r = client.get("/articles/missing", headers={"Accept": "text/html"})
    assert r.status_code == 404 and r.get_json()["error"]["code"] == "not_found"
