"""web/ over the real search.engine.Engine: a small hand-made index (search.testing) and the seeds."""
from __future__ import annotations

import csv
import io
import json

import pytest

from web import create_app
from web.backend import close_engine


@pytest.fixture()
def real_client(sample_index_dir):
    app = create_app({"INDEX_DIR": sample_index_dir, "TESTING": True})
    yield app.test_client()
    close_engine(app)


def html(client, url, status=200):
    r = client.get(url, headers={"Accept": "text/html"})
    assert r.status_code == status, r.data[:400]
    return r.get_data(as_text=True)


def test_search_page_and_json_twin_agree(real_client):
    page = html(real_client, "/?q=kyiv&person=Volodymyr+Zelensky")
    data = real_client.get("/api/search?q=kyiv&person=Volodymyr+Zelensky").get_json()
    assert data["total"] >= 1
    for r in data["results"]:
        assert f'href="/articles/{r["id"]}?q=kyiv"' in page
    assert "Person: <strong><bdi>Volodymyr Zelensky</bdi></strong>" in page


def test_facets_histogram_and_copies_from_the_real_engine(real_client):
    page = html(real_client, "/")
    assert ">People</h2>" in page and ">Dates mentioned</h2>" in page
    assert 'class="bar h20' in page
    assert "Also carried by" in page  # a2 carries copies a3 and a9


def test_hostile_document_text_is_escaped_on_both_pages(real_client):
    page = html(real_client, "/?q=kupol")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    article = html(real_client, "/articles/a1?q=kupol")
    assert "<script>alert(1)" not in article
    assert "<mark>Kupol</mark>" in article
    assert 'href="/?person=Volodymyr+Zelensky"' in article


def test_article_404_and_bad_parameter_envelopes(real_client):
    r = real_client.get("/api/articles/does-not-exist")
    assert r.status_code == 404 and r.get_json()["error"]["code"] == "not_found"
    r = real_client.get("/api/search?date_from=soon")
    assert r.status_code == 400 and r.get_json()["error"]["param"] == "date_from"


def test_exports_return_every_match(real_client):
    total = real_client.get("/api/search?q=kyiv&copies=all&per_page=1").get_json()["total"]
    rows = list(csv.DictReader(io.StringIO(real_client.get("/api/export.csv?q=kyiv&copies=all").get_data(True))))
    assert len(rows) == total > 1
    data = json.loads(real_client.get("/api/export.json?q=kyiv&copies=all").get_data(True))
    assert [r["id"] for r in data] == [r["id"] for r in rows]


def test_healthz_counts_articles(real_client):
    body = real_client.get("/healthz").get_json()
    assert body["ok"] is True and body["articles"] == body["store_articles"] == 9 and body["pending"] == 0


def test_empty_index_dir_shows_how_to_index(tmp_path):
    app = create_app({"INDEX_DIR": tmp_path, "TESTING": True})
    client = app.test_client()
    try:
        assert client.get("/healthz").get_json()["articles"] == 0
        assert "newsfacet index PATH --index DIR" in html(client, "/")
    finally:
        close_engine(app)


def test_seed_index_through_the_lead_fixtures(client):
    health = client.get("/healthz").get_json()
    assert health["ok"] and health["articles"] > 40
    page = client.get("/?q=Luhansk", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "Luhansk" in page.get_data(True)
    first = client.get("/api/search?q=Luhansk").get_json()["results"][0]["id"]
    assert client.get(f"/articles/{first}?q=Luhansk").status_code == 200
