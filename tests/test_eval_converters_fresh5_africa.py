"""The fifth fresh held-out set (eval/convert/africa_newswire.py; eval/corpora/africa_newswire2022): the converter
on a tiny fixture and the committed corpus with its hand-made gold. A converter that read another region's files
would mix outlets the corpus does not claim; one that kept the URL line as text would put a link into every
article's first paragraph; a date guessed from a URL with no day would put every event date of a story off; a gold
line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import re

from eval.convert import africa_newswire
from tests.corpus_checks import check_heldout_corpus

PARA = "Cyril Ramaphosa   met the Kenya Power board in Nairobi. " * 12


def _write(root, name, url, paras):
    (root / "original_articles" / name).write_text(url + "\n\n" + "\n".join(paras) + "\n", encoding="utf-8")


def test_africa_newswire_reads_only_african_files_and_takes_url_slug_and_date_from_the_first_line(tmp_path):
    (tmp_path / "original_articles").mkdir()
    iol = ("https://www.iol.co.za/the-star/news/ramaphosa-meets-kenya-power-board-"
           "0b6c5a8e-1f2d-4e3a-9b8c-7d6e5f4a3b2c")
    _write(tmp_path, "sa_iol_1.txt", iol, ["SIYABONGA SITHOLE", PARA, "", "  Second   paragraph here. "])
    _write(tmp_path, "sa_iol_2.txt", iol, ["SIYABONGA SITHOLE", PARA, "", "  Second   paragraph here. "])
    _write(tmp_path, "af_allaf_1.txt", "https://allafrica.com/stories/202207260123.html", [PARA + "Allaf."])
    _write(tmp_path, "af_africanews_1.txt",
           "https://www.africanews.com/2022/06/30/ghana-cocoa-farmers-protest/", [PARA + "Africanews."])
    _write(tmp_path, "kenya_nation_1.txt", "https://nation.africa/kenya/news/short-one-3871234", ["A caption."])
    _write(tmp_path, "ghana_ng_1.txt", "https://newsghana.com.gh/ghana-and-kyiv/", [PARA + "Kyiv wheat."])
    _write(tmp_path, "in_hindu_1.txt", "https://www.thehindu.com/news/india-story/", [PARA + "Hindu."])
    articles, dropped = africa_newswire.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    by_file = {a["file"]: a for a in articles}
    assert set(by_file) == {"sa_iol_1.txt", "af_allaf_1.txt", "af_africanews_1.txt"}  # no Indian file
    a = by_file["sa_iol_1.txt"]
    # the URL is metadata; whitespace inside a line collapses; blank lines make one paragraph break
    assert a["text"] == ("SIYABONGA SITHOLE\n\n" + " ".join(PARA.split()) + "\n\nSecond paragraph here.")
    assert a["url"] == iol and a["source"] == "www.iol.co.za" and a["country"] == "South Africa"
    assert a["title"] == "Ramaphosa meets kenya power board" and a["published"] is None  # IOL uuid dropped
    assert by_file["af_allaf_1.txt"]["published"] == "2022-07-26" and by_file["af_allaf_1.txt"]["title"] == ""
    assert by_file["af_africanews_1.txt"]["published"] == "2022-06-30"
    assert by_file["af_africanews_1.txt"]["title"] == "Ghana cocoa farmers protest"
    assert by_file["af_africanews_1.txt"]["country"] == "Africa"
    assert all(re.fullmatch(r"afnw-[0-9a-f]{12}", a["id"]) for a in articles)
    assert africa_newswire.convert(tmp_path)[0] == articles  # same ids and split on every run
    # a URL with a year and month but no day gives no date
    assert africa_newswire.published_of("https://www.egypttoday.com/2022/07/story-slug") is None


def test_committed_africa_newswire2022_is_mostly_heldout_with_consistent_hand_gold():
    corpus, heldout = check_heldout_corpus("africa_newswire2022", min_gold_per_type=40)
    texts = {a["id"]: a["text"] for a in corpus.articles}
    assert len(set(texts.values())) == len(texts)  # no story twice
    assert len(corpus.annotated()) == 16 and corpus.annotated() <= heldout
    assert sum(1 for g in corpus.gold if g.article in heldout) >= 300
    for g in corpus.gold:
        assert texts[g.article][g.start:g.end] == g.text
        # our span convention: no leading article, no possessive
        assert not re.match(r"(?i)the\s", g.text), g
        assert not re.search(r"['’]s$", g.text), g
