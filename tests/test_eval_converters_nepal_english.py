"""A fifteenth fresh held-out set (Nepal's English press about 2020: Onlinekhabar English and The Kathmandu Post):
the converter on a tiny fixture and the committed corpus with its hand-made gold. The Kathmandu Post scrape glued
its paragraphs with two blanks; a converter that kept them would hand the tagger one paragraph per story, one that
cut at every sentence would split a quote from its speaker. Onlinekhabar's scrape holds every page twice; a
converter that kept both would count each page's names twice. A gold line whose offsets miss its text would make
every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import nepal_english
from tests.corpus_checks import check_heldout_corpus

OKH_BODY = "\nThe cabinet met on Sunday.\nMinister\u00a0Yogesh Bhattarai   said so.\n" + "More text here. " * 40
TKP_BODY = "Oli said it. He left.  “We will see,” said Dahal.  " + "More text here. " * 40


def _write(folder, okh_rows, tkp_rows):
    with open(folder / "onlinekhabar_english.csv", "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["text"])
        out.writerows([row] for row in okh_rows)
    with open(folder / "news_articles.csv", "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["", "Title", "date", "Article", "Category", "PageLinks"])
        for n, (body, date) in enumerate(tkp_rows):
            out.writerow([n, f"Story  {n}", date, body, "Politics", f"https://kathmandupost.com/politics/{n}"])


def test_nepal_english_splits_paragraphs_keeps_dates_drops_copies_short_and_war(tmp_path):
    _write(tmp_path, [OKH_BODY, OKH_BODY, "\nToo short.", OKH_BODY + " Aid to Kyiv."],
           [(TKP_BODY, "September 6, 2020"), (TKP_BODY + " Again.", "no date")])
    articles, dropped = nepal_english.convert(tmp_path)
    assert dropped == {"okh_copy": 1, "okh_short": 1, "okh_ukraine": 1, "tkp_copy": 0, "tkp_short": 0,
                       "tkp_ukraine": 0}
    okh = next(a for a in articles if a["source"] == "Onlinekhabar English")
    assert okh["text"].split("\n\n")[:2] == ["The cabinet met on Sunday.", "Minister Yogesh Bhattarai said so."]
    assert okh["title"] == "" and okh["published"] is None and re.fullmatch(r"okh-[0-9a-f]{12}", okh["id"])
    tkp = sorted((a for a in articles if a["source"] == "The Kathmandu Post"), key=lambda a: len(a["text"]))
    assert tkp[0]["text"].split("\n\n")[:2] == ["Oli said it. He left.", "“We will see,” said Dahal."]
    assert tkp[0]["published"] == "2020-09-06" and tkp[1]["published"] is None
    assert tkp[0]["title"] == "Story 0" and tkp[0]["url"].endswith("/politics/0") and tkp[0]["desk"] == "Politics"
    assert nepal_english.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_nepal_english2020_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("nepal_english2020", min_gold_per_type=90)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert {a["id"][:3] for a in corpus.articles if a["id"] in annotated} == {"okh", "tkp"}  # both newsrooms read
    assert not [a["id"] for a in corpus.articles if "  " in a["text"]]  # no glued paragraphs left
    assert all(a["published"] for a in corpus.articles if a["source"] == "The Kathmandu Post")
