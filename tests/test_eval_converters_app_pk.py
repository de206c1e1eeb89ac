"""The sixth fresh held-out set (APP, Pakistan, March 2025): the converter on a tiny fixture and the committed
corpus with its hand-made gold. A converter that kept the page's ad-slot script as a paragraph would pad every
text; one that kept a copy, a one-line caption or a war story would pad or taint the facet counts; a gold line
whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import app_pk
from tests.corpus_checks import check_heldout_corpus

AD = "(adsbygoogle=window.adsbygoogle||[]).push({});"
BODY = "ISLAMABAD, Mar 12 (APP):The  Federal Investigation Agency arrested two men.\n" + "More  text here. " * 40


def _page(root, day: str, name: str, title: str, content: str) -> None:
    folder = root / day
    folder.mkdir(exist_ok=True)
    (folder / f"2025-03-{day}_{name}.json").write_text(json.dumps({
        "title": title, "content": content, "source": "APP", "dateList": f"2025-03-{day}",
        "date_published": f"2025-03-{day}T20:00:00.000Z",
        "link": f"https://www.app.com.pk/national/{name}/"}), encoding="utf-8")


def test_app_pk_keeps_the_body_without_the_ad_script_and_drops_copies_briefs_and_war_stories(tmp_path):
    _page(tmp_path, "12", "a1", "FIA arrests two", BODY + "\n\n" + AD + "\n")
    _page(tmp_path, "13", "a2", "Same story again", BODY + "\n" + AD)  # the same body once the ad line is gone
    _page(tmp_path, "14", "a3", "Caption", "ISLAMABAD: A view of the city.")
    _page(tmp_path, "15", "a4", "War", BODY.replace("two men", "two men in Kyiv"))
    articles, dropped = app_pk.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    [a] = articles
    assert a["title"] == "FIA arrests two" and a["published"] == "2025-03-12"  # the local list day, not UTC
    assert "adsbygoogle" not in a["text"] and a["text"].endswith("More text here.")
    # whitespace inside a paragraph collapses; the dateline stays at the head of the first paragraph
    assert a["text"].startswith("ISLAMABAD, Mar 12 (APP):The Federal Investigation Agency arrested two men.\n\nMore")
    assert re.fullmatch(r"app-[0-9a-f]{12}", a["id"]) and a["source"] == "Associated Press of Pakistan"
    assert app_pk.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_app_pk2025_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("app_pk2025", min_gold_per_type=90)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if "adsbygoogle" in a["text"]]
    assert not [a["id"] for a in corpus.articles if a["title"] and a["text"].startswith(a["title"])]
