"""The fifth fresh held-out set: converters on tiny fixtures and the committed corpora with their hand-made gold.
A converter that kept the headline inside the text would count every headline name twice; one that kept a page
twice, a one-line brief or a war story would pad or taint the facet counts; a gold line whose offsets miss its
text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import dailymirror
from tests.corpus_checks import check_heldout_corpus

BODY = "Colombo, March 4 (Daily Mirror) - The Fort Magistrate granted bail.\n\n" + "More  text here. " * 40


def _doc(root, name: str, title: str, body: str, lang: str = "en") -> None:
    folder = root / name
    folder.mkdir()
    date = name[:10]
    (folder / "doc.json").write_text(json.dumps({"doc_id": name, "date_str": date, "description": title,
                                                 "url_metadata": f"https://www.dailymirror.lk/x/{name}",
                                                 "lang": lang}), encoding="utf-8")
    (folder / "doc.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")


def test_dailymirror_keeps_one_month_of_one_outlet_with_the_headline_cut_from_the_text(tmp_path):
    _doc(tmp_path, "2024-03-04-dailymirrorlk-aaaa0001", "Duo granted bail", BODY)
    _doc(tmp_path, "2024-03-05-dailymirrorlk-aaaa0002", "Same story again", BODY)  # a copy of the body
    _doc(tmp_path, "2024-03-06-dailymirrorlk-aaaa0003", "Brief", "Colombo - One line.")
    _doc(tmp_path, "2024-03-07-dailymirrorlk-aaaa0004", "War", BODY.replace("bail", "bail in Kyiv"))
    _doc(tmp_path, "2024-03-08-dailymirrorlk-aaaa0005", "Sinhala page", BODY + " x", lang="si")
    _doc(tmp_path, "2024-04-01-dailymirrorlk-aaaa0006", "April", BODY + " April")  # outside the month
    _doc(tmp_path, "2024-03-09-dailyftlk-aaaa0007", "Other paper", BODY + " FT")  # another outlet
    articles, dropped = dailymirror.convert(tmp_path)
    assert dropped == {"lang": 1, "copy": 1, "short": 1, "ukraine": 1}
    [a] = articles
    assert a["title"] == "Duo granted bail" and a["published"] == "2024-03-04"
    # the headline paragraph is gone; whitespace inside a paragraph collapses, paragraph breaks stay
    assert a["text"].startswith("Colombo, March 4 (Daily Mirror) - The Fort Magistrate granted bail.\n\nMore text")
    assert re.fullmatch(r"dmlk-[0-9a-f]{12}", a["id"]) and a["source"] == "Daily Mirror (Sri Lanka)"
    assert dailymirror.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_dailymirror_lk2024_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("dailymirror_lk2024", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    # headlines are kept apart from the text, so no text opens with its own title
    assert not [a["id"] for a in corpus.articles if a["title"] and a["text"].startswith(a["title"])]
