"""The eighth fresh held-out set, Latin American half (English news sites of Latin America and the Caribbean,
April-July 2022): the converter on a tiny fixture and the committed corpus with its hand-made gold. A converter
that read other regions would mix this corpus with africa_newswire2022; one that kept a Rich Text file would index
markup as prose; one that kept war stories would break the held-out rule; a gold line whose offsets miss its text
would make every held-out number wrong."""
from __future__ import annotations

import re

from eval.convert import latam_newswire
from tests.corpus_checks import check_heldout_corpus

BODY = "Gustavo Petro won the  runoff in Bogotá on Sunday. " * 15


def _file(root, name: str, content: str) -> None:
    (root / "original_articles").mkdir(exist_ok=True)
    (root / "original_articles" / name).write_text(content, encoding="utf-8")


def test_latam_newswire_reads_latin_american_files_only_and_drops_rtf_copies_short_and_war(tmp_path):
    _file(tmp_path, "col_bogotapost_1.txt", "https://thebogotapost.com/2022/06/19/petro-wins/\n\n" + BODY)
    _file(tmp_path, "col_bogotapost_2.txt", "https://thebogotapost.com/petro-again/\n" + BODY)  # same text
    _file(tmp_path, "kenya_nation_1.txt", "https://nation.africa/kenya/x\n" + BODY + "Nairobi.")  # other region
    _file(tmp_path, "arg_buenosairestimes_1.txt", "{\\rtf1\\ansi\n" + BODY)
    _file(tmp_path, "pan_newsroompanama_1.txt", "https://www.newsroompanama.com/short\nA caption.")
    _file(tmp_path, "mex_mexicodailypost_1.txt", "https://mexicodailypost.com/w\n" + BODY + "Kyiv asked for aid.")
    articles, dropped = latam_newswire.convert(tmp_path)
    assert dropped == {"copy": 1, "rtf": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    a = articles[0]
    assert a["text"] == " ".join(BODY.split())  # whitespace collapsed, URL line is metadata
    assert a["country"] == "Colombia" and a["published"] == "2022-06-19" and a["source"] == "thebogotapost.com"
    assert a["title"] == "Petro wins" and re.fullmatch(r"lanw-[0-9a-f]{12}", a["id"])
    assert latam_newswire.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_latam_newswire2022_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("latam_newswire2022", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if a["text"].startswith("{\\rtf")]
