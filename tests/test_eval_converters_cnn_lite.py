"""A fourteenth fresh held-out set (CNN's text-only edition, March 2026): the converter on a tiny fixture and the
committed corpus with its hand-made gold. The scraper dropped the blanks around every in-text link ("she was
beingremoved as attorney general, CNNreported"); a converter that left them would hand the tagger words like
"CNNreported", one that cut at every anchor would split "whole" around a link on "who"; a gold line whose offsets
miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import cnn_lite
from tests.corpus_checks import check_heldout_corpus

FILLER = "\n\n" + "The whole story was being reported by CNN and more was said. " * 12
BODY = ("Source: CNN\n\nThe senator was beingremoved from the panel, CNNreported on Tuesday.\n\n"
        "The whole\xa0committee   met." + FILLER + "\n\nSee Full Web Article")
LINKS = [{"url": "https://example.com/a", "text": "removed"}, {"url": "https://cnn.com/b", "text": "CNN"},
         {"url": "https://example.com/c", "text": "who"}]


def _write(folder, name, url, text, scraped_at, links=LINKS, title="A story | CNN Politics"):
    doc = {"url": url, "title": title, "date": "2026-04-01", "authors": [], "text": text, "links": links,
           "hash": name, "scraped_at": scraped_at}
    (folder / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")


def test_cnn_lite_unglues_link_anchors_drops_frame_keeps_march_and_latest_version(tmp_path):
    folder = tmp_path / "cnn-lite-articles"
    folder.mkdir()
    url = "https://lite.cnn.com/2026/03/14/politics/senator-panel/index.html"
    _write(folder, "a1", url, "An older version." + FILLER, "2026-03-14T10:00:00")
    _write(folder, "a2", url, BODY, "2026-03-15T10:00:00")  # the later scrape of the same story wins
    _write(folder, "b", "https://lite.cnn.com/2026/04/02/us/april-story/index.html", BODY, "2026-04-02T10:00:00")
    _write(folder, "c", "https://lite.cnn.com/2026/03/20/world/short/index.html", "Too short.", "2026-03-20T10:00:00")
    _write(folder, "d", "https://lite.cnn.com/2026/03/21/europe/war/index.html", BODY + "\n\nAid to Kyiv.",
           "2026-03-21T10:00:00")
    articles, dropped = cnn_lite.convert(folder)
    assert dropped == {"other month": 1, "short": 1, "ukraine": 1, "copy": 0}
    assert len(articles) == 1
    story = articles[0]
    paragraphs = story["text"].split("\n\n")
    assert paragraphs[0] == "The senator was being removed from the panel, CNN reported on Tuesday."
    assert paragraphs[1] == "The whole committee met."  # "who" inside "whole" is no seam; no-break space gone
    assert "Source: CNN" not in story["text"] and "See Full Web Article" not in story["text"]
    assert story["title"] == "A story" and story["published"] == "2026-03-14" and story["source"] == "CNN"
    assert story["section"] == "politics" and story["url"] == url
    assert re.fullmatch(r"cnn-[0-9a-f]{12}", story["id"])
    assert cnn_lite.convert(folder)[0] == articles  # same ids and split on every run


def test_cnn2026_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("cnn2026", min_gold_per_type=80)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert all(a["published"].startswith("2026-03-") for a in corpus.articles)
    assert not [a["id"] for a in corpus.articles if "CNNreported" in a["text"] or a["text"].startswith("Source: CNN")]
