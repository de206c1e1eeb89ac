"""The twentieth fresh held-out set (the Scottish Government's news releases, gov.scot, 2020-2023): the converter
on a tiny fixture and the committed corpus with its hand-made gold. The upstream file was scraped three times, so
a converter that did not drop cross-blob copies would count one release up to three times; one blob was saved as
cp1252 with day/month/year dates, so one that read it as UTF-8 would fail, and one that kept its dates raw would
file 14/03/2023 under no year. A gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import govscot
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the release follow here." * 20


def _blob(path, rows, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["", "texts", "dates", "titles"])
        for n, (text, date, title) in enumerate(rows, 1):
            out.writerow([n, text, date, title])


def test_govscot_merges_blobs_reads_cp1252_and_drops_copies_short_and_war(tmp_path):
    release = "\n      \n   Standfirst\u00a0line.  \n\nMinister  said:\n“We act.”" + FILLER
    _blob(tmp_path / "a.csv", [(release, "2022-12-21", "Agreement  on rents"),
                               ("Too short.", "2022-12-22", "Short"),
                               ("A call to Kyiv." + FILLER, "2022-12-23", "War")])
    _blob(tmp_path / "b.csv", [(release, "2022-12-21", "Agreement on rents"),
                               ("The UK Government’s Spring Budget." + FILLER, "14/03/2023", "Budget")],
          encoding="cp1252")
    articles, dropped = govscot.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    assert [a["published"] for a in articles] == ["2022-12-21", "2023-03-14"]
    first, second = articles
    assert first["text"].startswith("Standfirst line.\n\nMinister said:\n\n“We act.”")
    assert first["title"] == "Agreement on rents" and first["source"] == govscot.SOURCE
    assert second["text"].startswith("The UK Government’s Spring Budget.")
    assert re.fullmatch(r"govscot-[0-9a-f]{12}", first["id"])
    assert govscot.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_govscot2022_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("govscot2022", min_gold_per_type=60)
    annotated = corpus.annotated()
    assert len(annotated) >= 25 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 400
    names = {g.text for g in corpus.gold}  # a possessive is a name's ’s; Barnardo’s is an org's own spelling
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or (g.text[-2:] in ("'s", "’s") and
                                                                            g.text[:-2] in names)]
    assert not [g for g in corpus.gold if g.text in ("First Minister", "Scottish Child Payment", "Scots",
                                                     "Scottish Budget", "Universal Credit", "Brexit")]
    assert all(re.fullmatch(r"20(20|21|22|23)-\d\d-\d\d", a["published"]) for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {govscot.SOURCE}
