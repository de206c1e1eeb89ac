"""QA round 9: what a journalist hit using the product on the seeds and a foreign archive (HTML pages, JSONL
and .txt scrapes). Each test is a problem seen in use, written before its fix."""
from __future__ import annotations

import re

import pytest

try:
    from test_web_fakes import FakeEngine, make_articles
except ImportError:  # tests/ turned into a package
    from tests.test_web_fakes import FakeEngine, make_articles

from web import create_app


def html_page(engine, url: str) -> str:
    client = create_app({"ENGINE": engine, "TESTING": True}).test_client()
    r = client.get(url, headers={"Accept": "text/html"})
    assert r.status_code == 200, r.data[:300]
    return r.get_data(as_text=True)


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("source, words", [
    ("inferred", "date guessed from the text"),
    ("dateline", "date from the dateline"),
    ("caption", "date from a photo caption"),
])
def test_where_a_publication_date_came_from_reads_as_english(source, words):
    # Seen: "1 Jul 2025 (date from inferred)" under a result and "2025-07-01 (from inferred)" on the article.
    arts = make_articles(2)
    for a in arts:
        a["published_source"] = source
    engine = FakeEngine(arts)
    results = visible_text(html_page(engine, "/?q=Luhansk"))
    article = visible_text(html_page(engine, f"/articles/{arts[0]['id']}"))
    for text in (results, article):
        assert words in text
        assert f"from {source})" not in text
