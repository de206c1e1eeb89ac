"""A thirteenth fresh held-out set (RNZ Pacific stories on Solomon Islands, 2016-2019): the converter on a tiny fixture
and the committed corpus with its hand-made gold. The scraper glued the paragraphs inside each line ("Island.Wind") and
kept photo credit lines; a converter that left the seams would hand the tagger words like "RSIPF.According", one that
cut at every stop would split "Mr. Mua" from his name or give a quotation's closing quote to the next paragraph; a
gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import rnz_solomons
from tests.corpus_checks import check_heldout_corpus

BODY = ("Police in Honiara have arrested a man.\nThe RSIPF central watch house.\nPhoto: RNZ Pacific / Koroi Hawkins\n"
        "The RSIPF.According to Mr. Mua, he said \"it is done.\"The case is before the court.\"We will appeal,\" said"
        " Bintan Mining Ltd.Its lawyer left.")
FILLER = " More text here." * 40


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["", "url", "news", "date"])
        for n, (news, date) in enumerate(rows):
            out.writerow([n, f"https://www.rnz.co.nz/international/pacific-news/{n}/police-arrest-man-{n}", news, date])


def test_rnz_solomons_cuts_seams_drops_credits_other_years_copies_short_and_war(tmp_path):
    path = tmp_path / "solomon_islands_rnz_news.csv"
    _write(path, [(BODY + FILLER, "2017-05-02"),
                  (BODY + FILLER, "2017-05-03"),  # the same story twice
                  (BODY + FILLER + " Later.", "2021-01-01"),  # outside 2016-2019
                  ("Too short.", "2018-01-01"),
                  (BODY + FILLER + " Aid to Kyiv.", "2019-03-01")])
    articles, dropped = rnz_solomons.convert(path)
    assert dropped == {"year": 1, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    paragraphs = articles[0]["text"].split("\n\n")
    assert paragraphs[:2] == ["Police in Honiara have arrested a man.", "The RSIPF central watch house."]
    assert not [p for p in paragraphs if p.startswith("Photo")]  # the credit line is gone
    assert paragraphs[2:6] == [
        "The RSIPF.",  # two capitals before a glued stop: a seam
        'According to Mr. Mua, he said "it is done."',  # "Mr." is no seam; the open quotation closes here
        "The case is before the court.",
        '"We will appeal," said Bintan Mining Ltd.']  # no quotation open: the quote opens the next paragraph
    assert paragraphs[6].startswith("Its lawyer left. More text")  # "Ltd." ends a sentence in these texts
    first = articles[0]
    assert first["published"] == "2017-05-02" and first["source"] == "RNZ Pacific"
    assert first["title"] == "Police arrest man 0" and re.fullmatch(r"rnzsi-[0-9a-f]{12}", first["id"])
    assert rnz_solomons.convert(path)[0] == articles  # same ids and split on every run


def test_rnz_solomons2018_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("rnz_solomons2018", min_gold_per_type=90)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s?$", g.text)]
    assert not [a["id"] for a in corpus.articles if re.search(r"[a-z]\.[A-Z][a-z]", a["text"])]  # no seam left
    assert not [a["id"] for a in corpus.articles if re.search(r"(?m)^Photo\s*:", a["text"])]
    assert all(re.fullmatch(r"201[6-9]-\d\d-\d\d", a["published"]) for a in corpus.articles)
