"""A fifteenth fresh held-out set (six UK national papers in the EU referendum week, June 2016): the converter on a
tiny fixture and the committed corpus with its hand-made gold. Upstream files put the headline, the date and the
body on separate lines, with picture credits ("GETTY", "PA/ GETTY") as paragraphs of their own; a converter that
kept the credits would hand the tagger a photo agency as the first org of many stories, one that read the date
line as text would put "2016-6-24" in the body and leave `published` empty; a gold line whose offsets miss its
text would make every held-out number wrong."""
from __future__ import annotations

import re

from eval.convert import ukpress
from tests.corpus_checks import check_heldout_corpus

BODY = ("PA/ GETTY\n\nBoris Johnson said the UK\u00a0would thrive.\n\n\n\nGETTY\n\n"
        "THE BIG QUESTION: WHAT HAPPENS NOW FOR BRITAIN AND THE REST OF EUROPE AFTER THE HISTORIC VOTE ON THURSDAY\n"
        "Nigel Farage  hailed the result.\n" + "More text here. " * 40)


def _write(root, paper, name, title, date, body):
    folder = root / paper
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{date}\n\n{body}\n", encoding="utf-8")


def test_ukpress_drops_credits_reads_dates_and_papers_drops_copies_short_and_war(tmp_path):
    _write(tmp_path, "express", "1", "Leave wins", "2016-6-24", BODY)
    _write(tmp_path, "mirror", "2", "Leave wins again", "2016-06-24", BODY)  # the same text in another paper
    _write(tmp_path, "thesun", "3", "Short", "2016-06-20", "Too short.")
    _write(tmp_path, "inews", "4", "War", "2016-06-21", BODY + " Talks on Ukraine.")
    _write(tmp_path, "theguardian", "5", "Not read", "2016-06-22", BODY + " Guardian only.")
    _write(tmp_path, "dailystar", "6", "Undated", "no date", "Second story, no date line." + " Filler." * 80)
    articles, dropped = ukpress.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 2 and not [a for a in articles if "Guardian only" in a["text"]]
    first = next(a for a in articles if a["text"].startswith("Boris"))
    paragraphs = first["text"].split("\n\n")
    assert paragraphs[0] == "Boris Johnson said the UK would thrive."  # credits gone, no-break space a blank
    assert paragraphs[1].startswith("THE BIG QUESTION")  # a long line in capitals is text, not a credit
    assert paragraphs[2] == "Nigel Farage hailed the result." and "GETTY" not in first["text"]
    assert first["published"] == "2016-06-24" and first["source"] == "Daily Express"  # the first paper read wins
    assert first["title"] == "Leave wins" and re.fullmatch(r"ukp-[0-9a-f]{12}", first["id"])
    undated = next(a for a in articles if a["source"] == "Daily Star")
    assert undated["published"] is None and undated["text"].startswith("no date\n\nSecond story")
    assert ukpress.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_ukpress2016_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("ukpress2016", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("GETTY", "PA", "Tory", "British", "Brexit")]
    assert all(a["published"] and a["published"].startswith("2016-06-") for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == set(ukpress.PAPERS.values())
    assert not [a["id"] for a in corpus.articles if re.search(r"^(?:[A-Z /.]+)$", a["text"].split("\n\n")[0])
                and len(a["text"].split("\n\n")[0]) <= ukpress.CREDIT_MAX]  # no credit leads a text
