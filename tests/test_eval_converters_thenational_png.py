"""The eleventh fresh held-out set (The National, Papua New Guinea, August-November 2025): the converter on a tiny
fixture and the committed corpus with its hand-made gold. A converter that kept the upstream project's machine
labels (its People column) would let a model's guesses ride along with the texts the gold judges; one that misread
the DD/MM/YYYY dates would put every story in the wrong month; a gold line whose offsets miss its text would make
every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import thenational_png
from tests.corpus_checks import check_heldout_corpus

BODY = "PRIME Minister James Marape   has thanked the people of Lae. " + "More text here. " * 40
FIELDS = ["Title", "URL", "Date", "Content", "Category", "Sentiment", "People", "Source"]


def _row(url: str, body: str = BODY, date: str = "05/09/2025", title: str = "PM thanks Lae") -> dict:
    return {"Title": title, "URL": url, "Date": date, "Content": body, "Category": "Politics",
            "Sentiment": "Joy", "People": "James Marape", "Source": "The National"}


def test_thenational_png_keeps_site_articles_drops_labels_copies_short_and_war(tmp_path):
    rows = [
        _row("https://www.thenational.com.pg/pm-thanks-lae/"),
        _row("https://www.thenational.com.pg/second-story/", body=BODY + " Again.", date="14/11/2025"),
        _row("https://www.thenational.com.pg/a-copy/"),  # same body as the first
        _row("https://www.thenational.com.pg/short/", body="Too short."),
        _row("https://www.thenational.com.pg/war/", body=BODY + " Kyiv said so."),
        _row("https://www.postcourier.com.pg/other-paper/", body=BODY + " Elsewhere."),
        _row("https://www.thenational.com.pg/no-date/", body=BODY + " Undated.", date="sometime"),
    ]
    path = tmp_path / "national.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # upstream starts with a byte-order mark
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    articles, dropped = thenational_png.convert(path)
    assert dropped == {"other_site": 1, "copy": 1, "short": 1, "ukraine": 1}
    by_url = {a["url"]: a for a in articles}
    assert set(by_url) == {"https://www.thenational.com.pg/pm-thanks-lae/",
                           "https://www.thenational.com.pg/second-story/", "https://www.thenational.com.pg/no-date/"}
    first = by_url["https://www.thenational.com.pg/pm-thanks-lae/"]
    assert first["text"].startswith("PRIME Minister James Marape has thanked")  # whitespace collapsed
    assert first["title"] == "PM thanks Lae" and first["source"] == "The National"
    assert first["published"] == "2025-09-05"  # day first upstream
    assert by_url["https://www.thenational.com.pg/second-story/"]["published"] == "2025-11-14"
    assert by_url["https://www.thenational.com.pg/no-date/"]["published"] is None
    assert not [a for a in articles if {"People", "Sentiment", "Category", "people"} & set(a)]
    assert re.fullmatch(r"png-[0-9a-f]{12}", first["id"])
    assert thenational_png.convert(path)[0] == articles  # same ids and split on every run


def test_thenational_png2025_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("thenational_png2025", min_gold_per_type=80)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert len(corpus.articles) >= 1000 and all(a["published"] for a in corpus.articles)
