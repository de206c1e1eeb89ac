"""A second US set of the seventeenth round (CBN News's stories of 2016-2019 in the same AllSides pool as
csmonitor2015): the converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that
kept every cbn.com-looking url (a USA Today story filed under CBN upstream) or the Monitor's years would blur the
two newsrooms, and a gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import cbn_news
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body):
    row = {"source": "CBN", "url": url, "title": "A headline", "date": date, "content": "Tokenised , text .",
           "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_cbn_news_keeps_cbn_stories_of_its_years_and_drops_copies_short_and_war(tmp_path):
    _story(tmp_path, "a", "http://www1.cbn.com/cbnnews/politics/2018/june/a", "2018-06-21",
           "WASHINGTON –  First lady\u00a0spoke." + FILLER)
    _story(tmp_path, "b", "http://www1.cbn.com/cbnnews/politics/2018/june/b", "2018-06-22",
           "WASHINGTON –  First lady\u00a0spoke." + FILLER)  # the same text: a copy
    _story(tmp_path, "c", "https://www.usatoday.com/story/news/2018/a", "2018-06-21", "A USA Today story." + FILLER)
    _story(tmp_path, "d", "http://www1.cbn.com/cbnnews/2015/old", "2015-03-01", "An older CBN story." + FILLER)
    _story(tmp_path, "e", "http://www1.cbn.com/cbnnews/2019/short", "2019-01-01", "Too short.")
    _story(tmp_path, "f", "http://www1.cbn.com/cbnnews/2019/war", "2019-10-01", "Talks on Ukraine." + FILLER)
    articles, dropped = cbn_news.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 2, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    assert articles[0]["text"].startswith("WASHINGTON – First lady spoke.")
    assert articles[0]["published"] == "2018-06-21" and articles[0]["source"] == cbn_news.SOURCE
    assert re.fullmatch(r"cbn-[0-9a-f]{12}", articles[0]["id"])
    assert cbn_news.convert(tmp_path)[0] == articles


def test_cbn2018_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("cbn2018", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 12 and annotated <= heldout
    assert len([g for g in corpus.gold if g.article in heldout]) >= 320
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sen.", "Rep.", "Republicans", "Democrat", "American",
                                                     "First Lady", "Obamacare")]
    assert all(a["published"][:4] in cbn_news.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {cbn_news.SOURCE}
