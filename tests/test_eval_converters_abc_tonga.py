"""The nineteenth fresh held-out set (ABC News, Australia, stories tagged Tonga, 2003-2023): the converter on a tiny
fixture and the committed corpus with its hand-made gold. The scraper glued each story's paragraphs ("Tonga.The");
a converter that left the seams would hand the tagger words like "Tonga.The", one that kept 2006 or the ABC Rural
desk would mix in the year and newsroom `abc_rural` already holds, and a gold line whose offsets miss its text would
make every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import abc_tonga
from tests.corpus_checks import check_heldout_corpus

BODY = "The King of Tonga opened parliament.The Prime Minister, Mr. Sevele, spoke.\u00a0Nuku'alofa was calm."
FILLER = " More text here." * 40
NEWS = "https://www.abc.net.au/news"


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["", "url", "news", "tags", "date"])
        for n, (url, news, stamp) in enumerate(rows):
            out.writerow([n, url, news, "Tonga, ", stamp])


def test_abc_tonga_cuts_seams_drops_2006_rural_desk_copies_short_and_war(tmp_path):
    path = tmp_path / "tonga_abc_news.csv"
    _write(path, [(f"{NEWS}/2010-11-26/tonga-opens-parliament/123", BODY + FILLER, "2010-11-25 21:00:00+00:00"),
                  (f"{NEWS}/2010-11-27/tonga-opens-parliament-again/124", BODY + FILLER, "2010-11-27 01:00:00+00:00"),
                  (f"{NEWS}/2006-11-17/riots-in-nukualofa/125", BODY + FILLER + " Riots.", "2006-11-17 01:00:00"),
                  (f"{NEWS}/rural/2016-02-25/vanilla-crop/126", BODY + FILLER + " Vanilla.", "2016-02-25 01:00:00"),
                  (f"{NEWS}/science/2023-05-25/plasma-bubble/127", BODY + FILLER + " GPS.", "2023-05-24 22:00:00"),
                  (f"{NEWS}/2012-01-01/short/128", "Too short.", "2012-01-01 01:00:00"),
                  (f"{NEWS}/2022-03-01/aid/129", BODY + FILLER + " Aid to Kyiv.", "2022-03-01 01:00:00")])
    articles, dropped = abc_tonga.convert(path)
    assert dropped == {"year": 1, "desk": 1, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 2
    first = next(a for a in articles if a["url"].endswith("/123"))
    paragraphs = first["text"].split("\n\n")
    assert paragraphs[0] == "The King of Tonga opened parliament."  # a glued stop is a seam, "Mr." is none
    assert paragraphs[1].startswith("The Prime Minister, Mr. Sevele, spoke. Nuku'alofa was calm. More")  # no-break
    # space after a stop: a blank inside the paragraph, as the scraper kept only the paragraph breaks glued
    assert first["published"] == "2010-11-26"  # the URL's (Australian) day, not the UTC stamp's
    assert first["title"] == "Tonga opens parliament" and first["source"] == abc_tonga.SOURCE
    assert re.fullmatch(r"abcto-[0-9a-f]{12}", first["id"])
    science = next(a for a in articles if a["url"].endswith("/127"))
    assert science["title"] == "Plasma bubble" and science["published"] == "2023-05-25"
    assert abc_tonga.convert(path)[0] == articles  # same ids and split on every run


def test_abc_tonga2013_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("abc_tonga2013", min_gold_per_type=60)
    annotated = corpus.annotated()
    assert len(annotated) >= 20 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 450
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s?$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sir", "King", "Tongan", "Tongans", "Pacific Beat", "Mr")]
    assert not [a["id"] for a in corpus.articles if re.search(r"[a-z]{2}\.[A-Z][a-z]", a["text"])]  # no seam left
    assert not [a["id"] for a in corpus.articles if a["published"][:4] == "2006" or "/news/rural/" in a["url"]]
    assert {a["source"] for a in corpus.articles} == {abc_tonga.SOURCE}
