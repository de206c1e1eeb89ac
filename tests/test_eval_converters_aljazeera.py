"""The ninth fresh held-out set, Gulf/Europe region (Al Jazeera English, Doha, 13-19 May 2025): the converter on a
tiny fixture and the committed corpus with its hand-made gold. A converter that kept the site footer would pad every
text with a line no reporter wrote; one that read the second scrape's copy of a url again would count a story twice;
a gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import aljazeera
from tests.corpus_checks import check_heldout_corpus

BODY = "Doha, Qatar –  Emir Tamim bin Hamad Al Thani met the delegation on Tuesday.   " + "More text here. " * 40
FIELDS = ["category", "title", "date", "author", "content", "url"]


def _write(path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(dict(zip(FIELDS, row)) for row in rows)


def test_aljazeera_reads_both_scrapes_once_drops_footer_short_and_war(tmp_path):
    first, second = aljazeera.FILES
    _write(tmp_path / first, [
        ("news", "Emir meets  delegation", "15 May 2025", "NA", BODY + "         Follow Al Jazeera English:", "u1"),
        ("news", "Video", "15 May 2025", "NA", "Watch the report. Follow Al Jazeera English:", "u2"),
        ("news", "Talks", "16 May 2025", "NA", BODY + " Delegations from Kyiv arrived.", "u3"),
    ])
    _write(tmp_path / second, [
        ("news", "Emir meets delegation", "19 May 2025", "NA", BODY + "Changed later.", "u1"),  # same url
        ("features", "A feature", "NA", "Someone", BODY + "A feature.", "u4"),
    ])
    articles, dropped = aljazeera.convert(tmp_path)
    assert dropped == {"same url": 1, "copy": 0, "short": 1, "ukraine": 1}
    by_url = {a["url"]: a for a in articles}
    assert set(by_url) == {"u1", "u4"}
    a = by_url["u1"]
    assert a["text"] == " ".join(BODY.split())  # footer gone, whitespace collapsed, first scrape wins
    assert a["title"] == "Emir meets delegation" and a["published"] == "2025-05-15" and a["section"] == "news"
    assert a["source"] == "Al Jazeera English" and re.fullmatch(r"aj-[0-9a-f]{12}", a["id"])
    assert by_url["u4"]["published"] is None
    assert aljazeera.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_aljazeera2025_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("aljazeera2025", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if g.type == "org" and re.match(r"(?i)the\s", g.text)]
    assert not [g for g in corpus.gold if re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if "Follow Al Jazeera English" in a["text"]]
