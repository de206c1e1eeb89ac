"""A twelfth fresh held-out set (Vanuatu Business Review, Port Vila, 2020-2023): the converter on a tiny fixture and
the committed corpus with its hand-made gold. The scraper glued every paragraph to the next ("Tarianga.Many"); a
converter that left the seams would hand the tagger words like "Nickly.Dynamic", one that cut at every full stop
would split "Mr. Winji" from his name; a gold line whose offsets miss its text would make every held-out number
wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import vbr_vanuatu
from tests.corpus_checks import check_heldout_corpus

BODY = ("By Jason AbelThe Vanuatu Post Ltd has paid a dividend to the government, said Mr. Winji."
        "It was the first since 2017. Minister Ngwele welcomed it.“We are pleased,” he said.”“More will come.")
FILLER = " More text here." * 40


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["", "url", "date", "title", "news"])
        for n, (news, date) in enumerate(rows):
            out.writerow([n, f"https://vbr.vu/news/story-{n}/", date, f"Story {n}", news])


def test_vbr_vanuatu_cuts_glued_paragraphs_keeps_dates_drops_copies_short_and_war(tmp_path):
    path = tmp_path / "vbr_news.csv"
    _write(path, [(BODY + FILLER, "2021-02-04 23:31:00"),
                  (BODY + FILLER, "2021-02-05 08:00:00"),  # the same story twice
                  ("By Ezra Toara.Too short.", "2022-01-01 00:00:00"),
                  (BODY + FILLER + " Aid to Kyiv.", "2022-03-01 10:00:00"),
                  ("Second story.\xa0Nothing  glued here." + FILLER, "")])
    articles, dropped = vbr_vanuatu.convert(path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    first = next(a for a in articles if a["text"].startswith("By Jason Abel"))
    paragraphs = first["text"].split("\n\n")
    assert paragraphs[:4] == [
        "By Jason Abel",
        "The Vanuatu Post Ltd has paid a dividend to the government, said Mr. Winji.",  # "Mr." is no seam
        "It was the first since 2017. Minister Ngwele welcomed it.",  # a stop with a blank is inside a paragraph
        "“We are pleased,” he said.”"]
    assert paragraphs[4].startswith("“More will come. More text here.") and len(paragraphs) == 5
    assert first["published"] == "2021-02-04" and first["source"] == "Vanuatu Business Review"
    assert re.fullmatch(r"vbr-[0-9a-f]{12}", first["id"]) and first["url"] == "https://vbr.vu/news/story-0/"
    second = next(a for a in articles if a["text"].startswith("Second"))
    assert second["published"] is None and "\xa0" not in second["text"] and "\n" not in second["text"]
    assert vbr_vanuatu.convert(path)[0] == articles  # same ids and split on every run


def test_vbr_vanuatu2021_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("vbr_vanuatu2021", min_gold_per_type=80)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if re.search(r"[a-z]\.[A-Z][a-z]", a["text"].split("\n\n")[0])
                and a["text"].startswith("By ")]  # no byline left glued to the first sentence
    assert all(a["published"] for a in corpus.articles)
