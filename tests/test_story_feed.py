"""A feed for any search (issue 16), read by a real feed parser: new articles appear after the next
``newsfacet index``, newest first by when they were indexed, with stable entry ids."""
from __future__ import annotations

import feedparser
import pytest
from support.ingest import BODY, cli, client, write_jsonl

from web import create_app


def _kupol(tag: str, n: int, title: str | None = None) -> dict:
    # Distinct words throughout, so the copy detector does not group them as one syndicated story.
    words = " ".join(f"{tag}{n}w{i}" for i in range(60))
    return {"id": f"{tag}-{n}", "title": title or f"Kupol report {tag} {n}", "source": "Wire",
            "published": f"2025-06-{10 + n:02d}", "text": f"The Kupol plant in Izhevsk was hit. {words}"}


def _feed(c, query: str = "q=Kupol"):
    r = c.get(f"/feed.atom?{query}")
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    assert r.mimetype == "application/atom+xml"
    parsed = feedparser.parse(r.data)
    assert not parsed.bozo, parsed.bozo_exception  # well-formed XML, a valid Atom document to the parser
    assert parsed.version == "atom10"
    return parsed


def test_a_feed_reader_sees_a_newly_indexed_article_after_the_next_index_run(tmp_path):
    idx, corpus = tmp_path / "idx", tmp_path / "in"
    write_jsonl(corpus / "wire.jsonl", _kupol("a", 1), _kupol("a", 2))
    write_jsonl(corpus / "other.jsonl", {"id": "x", "title": "Grain deal", "source": "Wire",
                                         "text": f"Grain exports resumed from Odesa. {BODY}"})
    cli("index", corpus, "--index", idx)
    first = _feed(client(idx))
    assert sorted(e.title for e in first.entries) == ["Kupol report a 1", "Kupol report a 2"]
    old_ids = {e.title: e.id for e in first.entries}
    assert all(i.startswith("urn:newsfacet:article:") for i in old_ids.values())
    assert all("Kupol" in e.summary for e in first.entries)  # the matching snippet, query word marked
    # The summary is HTML (type="html"); the parser's sanitiser drops <mark>, so look at the document itself.
    assert all(e.summary_detail.type == "text/html" for e in first.entries)
    assert client(idx).get("/feed.atom?q=Kupol").get_data(as_text=True).count("&lt;mark&gt;Kupol&lt;/mark&gt;") == 2

    # A new file, and the old file grows by one article: the second run indexes both.
    write_jsonl(corpus / "later.jsonl", _kupol("b", 1, "Kupol plant hit again"))
    write_jsonl(corpus / "wire.jsonl", _kupol("a", 1), _kupol("a", 2), _kupol("a", 3))
    cli("index", corpus, "--index", idx)
    second = _feed(client(idx))
    titles = [e.title for e in second.entries]
    assert set(titles) == {"Kupol report a 1", "Kupol report a 2", "Kupol report a 3", "Kupol plant hit again"}
    # Newest first by first indexing: the two new articles lead; the old ones keep their place below
    # although their file was rewritten (an article's first-indexed time survives an update of its file).
    assert set(titles[:2]) == {"Kupol report a 3", "Kupol plant hit again"}
    assert set(titles[2:]) == {"Kupol report a 1", "Kupol report a 2"}
    # Stable ids: a reader that saw the old entries does not see them again as new.
    assert {e.title: e.id for e in second.entries if e.title in old_ids} == old_ids
    assert second.feed.updated_parsed >= first.feed.updated_parsed
    assert second.feed.id == first.feed.id  # the same search is the same feed
    assert [e.updated_parsed for e in second.entries] == sorted((e.updated_parsed for e in second.entries),
                                                                reverse=True)
    # The article link leads to the article page; the grain story is not in a Kupol feed.
    link = second.entries[0].link
    assert link.startswith("/articles/")
    assert client(idx).get(link).status_code == 200
    assert "Grain deal" not in titles


def test_the_feed_and_its_json_twin_are_the_same_data(seed_index_dir):
    c = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()
    query = "region=Kharkiv+Oblast&limit=5"
    parsed = _feed(c, query)
    data = c.get(f"/api/feed?{query}").get_json()
    assert len(parsed.entries) == len(data["entries"]) == 5
    assert [e.id for e in parsed.entries] == [e["entry_id"] for e in data["entries"]]
    assert data["total"] == c.get("/api/search?region=Kharkiv+Oblast").get_json()["total"]
    times = [e["indexed_at"] for e in data["entries"]]
    assert times == sorted(times, reverse=True)
    assert all("Kharkiv Oblast" in [r["value"] for r in e["entities"]["region"]] for e in data["entries"])


def test_every_search_page_links_its_feed_with_the_same_filters(seed_index_dir):
    c = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()
    html = c.get("/?q=drones&region=Kharkiv+Oblast&page=1&sort=newest").get_data(as_text=True)
    href = "/feed.atom?q=drones&amp;region=Kharkiv+Oblast"
    assert f'<link rel="alternate" type="application/atom+xml" title="Feed of this search" href="{href}">' in html
    assert f'<a href="{href}" data-no-swap type="application/atom+xml">Feed</a>' in html


def test_hostile_titles_and_urls_stay_inert_and_the_feed_stays_parseable(tmp_path):
    idx, corpus = tmp_path / "idx", tmp_path / "in"
    write_jsonl(corpus / "evil.jsonl", {
        "id": "evil", "title": "Kupol <script>alert(1)</script> \x0b\x1b ]]> & more", "source": "Wire <b>",
        "url": "javascript:alert(1)", "text": f"Kupol <img src=x onerror=alert(1)> \x0c strikes. {BODY}"})
    cli("index", corpus, "--index", idx)
    c = client(idx)
    raw = c.get("/feed.atom?q=Kupol").get_data(as_text=True)
    assert "<script>" not in raw and "<img" not in raw and "javascript:" not in raw
    parsed = _feed(c)
    (entry,) = parsed.entries
    assert "<script>" in entry.title  # the text as written, as text: the parser unescapes the XML
    assert "<img" not in entry.summary and "&lt;img" in entry.summary


@pytest.mark.parametrize("page", [7, 2000])  # the walk over several pages, and in one
def test_the_newest_matches_are_the_stores_order_of_first_indexing_on_either_path(seed_index_dir, tmp_path,
                                                                                   monkeypatch, page):
    """newest() reads few matches by id and walks the indexed_at index for many: both must give the store's
    whole order filtered, including ties (by id) and articles without a time (last)."""
    import random
    import shutil
    import sqlite3

    from search import feed
    from search.feed import newest
    from search.store import STORE_FILE, Store

    monkeypatch.setattr(feed, "_PAGE", page)
    shutil.copy(seed_index_dir / STORE_FILE, tmp_path / STORE_FILE)
    rng = random.Random(16)
    db = sqlite3.connect(tmp_path / STORE_FILE)
    ids = [r[0] for r in db.execute("SELECT id FROM articles")]
    times = [None, "2026-01-01T00:00:00.000001Z", "2026-01-01T00:00:00.000002Z", "2026-02-01T10:00:00.000000Z"]
    db.executemany("UPDATE articles SET indexed_at=? WHERE id=?", [(rng.choice(times), i) for i in ids])
    db.commit()
    db.close()
    with Store(tmp_path, readonly=True) as store:
        order = store.indexed_order()
        assert len(order) == len(ids) > 40
        paths = set()
        for limit in (1, 3, 50, 200):
            for size in (1, 2, 5, len(ids) // 4, len(ids) // 2, len(ids) - 1, len(ids)):
                matched = set(rng.sample(ids, size))
                expected = [(i, t) for i, t in order if i in matched][:limit]
                assert [tuple(r) for r in newest(store, matched, limit)] == expected, (limit, size)
                paths.add(size ** 2 <= 4 * limit * len(ids))
        assert paths == {True, False}  # both ways were taken
        assert newest(store, set(), 5) == []


@pytest.mark.parametrize("path, param", [
    ("/feed.atom?limit=0", "limit"), ("/feed.atom?limit=201", "limit"), ("/api/feed?limit=abc", "limit"),
    ("/api/feed?date_from=yesterday", "date_from"), ("/api/feed?together=sentence", "together"),
    ("/api/feed?sort=newest", "sort"), ("/api/feed?bogus=1", "bogus"),
])
def test_bad_feed_parameters_get_the_error_envelope(seed_index_dir, path, param):
    c = create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True}).test_client()
    r = c.get(path)
    assert r.status_code == 400 and r.mimetype == "application/json"
    assert r.get_json()["error"]["param"] == param
    assert set(r.get_json()["error"]) == {"code", "message", "param"}
