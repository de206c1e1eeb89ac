"""Batch search (issue 16): a list of names counted with the current filters equals one search per name."""
from __future__ import annotations

import csv
import io
import json

import pytest

from web import create_app


@pytest.fixture(scope="module")
def names(seed_engine) -> list[str]:
    """50 names from the seeds' facets: people, organisations and places, as a journalist would paste them."""
    facets = seed_engine.search({"facet_limit": ["40"]})["facets"]
    out: list[str] = []
    for kind in ("person", "org", "place"):
        out += [e["value"] for e in facets[kind][:17]]
    assert len(out) >= 50
    return out[:50]


@pytest.fixture()
def c(seed_index_dir):
    return create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()


@pytest.mark.parametrize("filters", [
    {}, {"country": ["Ukraine"]}, {"not_source": ["AFP"], "copies": ["all"]},
    {"date_from": ["2025-06-20"], "date_to": ["2025-06-30"], "region": ["Kharkiv Oblast", "Donetsk Oblast"]},
])
def test_batch_of_50_names_equals_50_separate_searches(seed_engine, names, filters):
    # Bare names (every word), and quoted names (the phrase): both as the search box reads them.
    lines = names[:25] + [f'"{n}"' for n in names[25:]]
    answer = seed_engine.batch(lines, filters)
    assert [row["line"] for row in answer["lines"]] == lines
    separate = [seed_engine.search({"q": [line], **filters, "per_page": ["1"]})["total"] for line in lines]
    assert [row["total"] for row in answer["lines"]] == separate
    assert sum(separate) > 0  # the check compares something


def test_the_api_the_page_and_the_csv_give_the_same_counts(c, seed_engine, names):
    lines = names[:20]
    body = {"lines": lines, "region": "Kharkiv Oblast"}
    api = c.post("/api/batch", json=body).get_json()
    expected = [seed_engine.search({"q": [n], "region": ["Kharkiv Oblast"]})["total"] for n in lines]
    assert [r["total"] for r in api["lines"]] == expected
    assert api["query"]["filters"] == {"region": ["Kharkiv Oblast"]}
    # The same list as a query string (GET), as a form, and as CSV.
    get = c.get("/api/batch", query_string={"lines": "\n".join(lines), "region": "Kharkiv Oblast"}).get_json()
    form = c.post("/api/batch", data={"lines": "\r\n".join(lines) + "\n\n", "region": "Kharkiv Oblast"}).get_json()
    assert get["lines"] == form["lines"] == api["lines"]
    r = c.post("/api/batch.csv", data={"lines": "\n".join(lines), "region": "Kharkiv Oblast"})
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert [(row["line"], int(row["articles"])) for row in rows] == list(zip(lines, expected))
    # Each line links to its own search with the filters; that search shows the same count.
    for row in api["lines"][:5]:
        assert row["search_url"].startswith("/?q=")
        link = row["search_url"].replace("/?", "/api/search?", 1)
        assert c.get(link).get_json()["total"] == row["total"]


def test_the_page_takes_an_upload_and_a_short_list_becomes_a_link(c):
    upload = (io.BytesIO("\ufeffOleh Syniehubov\nKupol\n\nIzhevsk\n".encode("utf-8")), "names.txt")
    r = c.post("/batch", data={"file": upload, "region": "Udmurt Republic"}, content_type="multipart/form-data")
    assert r.status_code == 303
    location = r.headers["Location"]
    assert location.startswith("/batch?lines=Oleh+Syniehubov%0AKupol%0AIzhevsk&region=Udmurt+Republic")
    page = c.get(location, headers={"Accept": "text/html"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert html.count('<tr') == 4  # header + three lines
    assert 'href="/?q=Kupol&amp;region=Udmurt+Republic"' in html
    assert 'action="/api/batch.csv"' in html  # the CSV download works without JavaScript (a form POST)


def test_a_long_list_is_answered_on_the_post(c):
    lines = [f"word{i} Kupol" for i in range(700)]  # ~9 KB: too long for a link
    r = c.post("/batch", data={"lines": "\n".join(lines)}, headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert r.get_data(as_text=True).count("<tr") == 701


def test_hostile_lines_are_escaped(c):
    html = c.get("/batch", query_string={"lines": '<script>alert(1)</script>\n"><img src=x onerror=alert(1)>'},
                 headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("method, path, kwargs, param", [
    ("post", "/api/batch", {"json": {"lines": []}}, "lines"),
    ("post", "/api/batch", {"json": {"lines": ["x"] * 1001}}, "lines"),
    ("post", "/api/batch", {"json": {"lines": ["x" * 1001]}}, "lines"),
    ("post", "/api/batch", {"json": {"lines": ["Kupol"], "date_from": "yesterday"}}, "date_from"),
    ("post", "/api/batch", {"json": {"lines": ["Kupol"], "persn": "x"}}, "persn"),
    ("post", "/api/batch", {"json": {"lines": [{"a": 1}]}}, "lines"),
    ("post", "/api/batch", {"data": "[1, 2]", "content_type": "application/json"}, "body"),
    ("post", "/api/batch", {"data": {"file": (io.BytesIO(b"\xff\xfe\x00bad"), "x.txt")},
                            "content_type": "multipart/form-data"}, "file"),
    ("get", "/api/batch", {}, "lines"),
    ("get", "/api/batch?lines=Kupol&together=sentence", {}, "together"),
    ("get", "/api/batch.csv?lines=Kupol&page=2", {}, "page"),
    ("post", "/batch", {"data": {"lines": "x\x00y"}}, "lines"),
])
def test_bad_batch_input_gets_the_error_envelope(c, method, path, kwargs, param):
    r = getattr(c, method)(path, **kwargs)
    assert r.status_code == 400, r.get_data(as_text=True)[:300]
    error = r.get_json()["error"]
    assert set(error) == {"code", "message", "param"} and error["param"] == param
    assert json.dumps(error).count("Traceback") == 0
