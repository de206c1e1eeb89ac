"""A sixteenth fresh held-out set (Ghanaian news sites, 8-14 January 2026, from a news-feed app's snapshots): the
converter on a tiny fixture and the committed corpus with its hand-made gold. Upstream bodies are HTML with
paragraphs in <p> (and, on some sites, blank lines inside one <p>), a story sits in several snapshots with a
longer body in a later one, and the date is the app's stamp ("Jan 10, 7:30 PM", "9 hours ago"): a converter that
kept the tags would hand the tagger "<p>Kofi", one that kept the first copy of a story would lose its body, one
that read a relative stamp as text would leave `published` empty; a gold line whose offsets miss its text would
make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import ghana_feed
from tests.corpus_checks import check_heldout_corpus

FILLER = "More text here. " * 40


def _snapshot(root, name, generated_at, stories):
    (root / name).write_text(json.dumps({"generated_at": generated_at, "stories": stories}), encoding="utf-8")


def _story(link, content, time="Jan 10, 7:30 PM", source="GhanaWeb", title="A title"):
    return {"id": link, "source": source, "title": title, "link": link, "time": time, "section": "News",
            "content": content}


def test_ghana_feed_strips_html_keeps_longest_body_reads_stamps_and_drops_copies_short_and_war(tmp_path):
    long_body = "<p>Kofi Tonto spoke in Accra &amp; Kumasi.\n\nHe said more.</p><p>" + FILLER + "</p>"
    _snapshot(tmp_path, "a.json", "2026-01-11T01:21:17.084Z", [
        _story("https://x/1", "<p>Kofi Tonto spoke.</p>"),  # headline-length body, a longer one comes later
        _story("https://x/2", None, time="Recent"),  # the scraper got no body at all
        _story("https://x/6", "<p>Short teaser.</p>" + "x" * 20),
        _story("https://x/3", "<p>Talks on Ukraine.</p><p>" + FILLER + "</p>"),
        _story("https://x/4", "<p>Second story.</p><br/><p>" + FILLER + "</p>", time="9 hours ago",
               source="MyJoyOnline")])
    _snapshot(tmp_path, "b.json", "2026-01-14T16:44:34Z", [
        _story("https://x/1", long_body, time="Jan 10, 7:30 PM"),
        _story("https://x/5", long_body, time="2 days ago")])  # the same text under another link
    articles, dropped = ghana_feed.convert(tmp_path)
    assert dropped == {"no_body": 1, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 2
    first = next(a for a in articles if a["text"].startswith("Kofi"))
    paragraphs = first["text"].split("\n\n")
    assert paragraphs[:2] == ["Kofi Tonto spoke in Accra & Kumasi.", "He said more."]  # a blank line in a <p>
    assert "<" not in first["text"] and first["published"] == "2026-01-10" and first["source"] == "GhanaWeb"
    assert first["title"] == "A title" and re.fullmatch(r"gh-[0-9a-f]{12}", first["id"])
    second = next(a for a in articles if a["text"].startswith("Second"))
    assert second["published"] == "2026-01-10" and second["source"] == "MyJoyOnline"  # 9 hours before 01:21
    assert ghana_feed.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_ghana_feed_stamps():
    assert ghana_feed.published("Jan 8, 11:02 AM", "2026-01-11T01:21:17Z") == "2026-01-08"
    assert ghana_feed.published("1 days ago", "2026-01-14T16:44:34Z") == "2026-01-13"
    assert ghana_feed.published("59 minutes ago", "2026-01-14T00:30:00Z") == "2026-01-13"
    assert ghana_feed.published("Recent", "2026-01-14T16:44:34Z") is None


def test_ghana_news2026_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("ghana_news2026", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Ghanaian", "Ghanaians", "Vice President", "Dr", "Prof")]
    assert not [a["id"] for a in corpus.articles if "<p" in a["text"] or "&amp;" in a["text"]]
    assert all(a["published"] is None or a["published"].startswith("2026-01-") for a in corpus.articles)
