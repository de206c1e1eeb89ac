"""A second corpus of the twentieth fresh held-out set (Newsmax's news-desk stories of 2012-2020 in the AllSides pool
of Baly et al.): the converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that
kept a look-alike host, another year, or a columnist's folder would mix syndicated opinion other papers carried into
one site's news; one that missed the desks' mixed-case folders (/Newsfront/ and /newsfront/) would lose a third of
them; a gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import newsmax
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body):
    row = {"source": "Newsmax", "url": url, "title": "A  headline", "date": date,
           "content": "Tokenised , text .", "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_newsmax_keeps_news_desks_of_its_years_and_drops_columns_copies_short_and_war(tmp_path):
    base = "https://www.newsmax.com"
    _story(tmp_path, "a", base + "/Newsfront/a-story/2014/08/06/id/587282", "2014-08-06",
           "Congress\u00a0has  checked out.\n\n\nA second paragraph." + FILLER)
    _story(tmp_path, "b", base + "/politics/other/2014/08/07/id/1", "2014-08-07", "Another story." + FILLER)
    _story(tmp_path, "c", base + "/newsfront/copy/2014/08/08/id/2", "2014-08-08",
           "Congress\u00a0has  checked out.\n\n\nA second paragraph." + FILLER)
    _story(tmp_path, "d", "https://newsmax.com.example/Newsfront/x/2014/1", "2014-08-06", "A look-alike." + FILLER)
    _story(tmp_path, "e", base + "/patrickbuchanan/a-column/2015/01/01/id/3", "2015-01-01", "A column." + FILLER)
    _story(tmp_path, "f", base + "/Newsfront/old/2011/01/01/id/4", "2011-01-01", "An older story." + FILLER)
    _story(tmp_path, "g", base + "/Newsfront/odd/2019/10/01/id/5", "10/1/2019", "Odd date." + FILLER)
    _story(tmp_path, "h", base + "/Headline/short/2019/01/01/id/6", "2019-01-01", "Too short.")
    _story(tmp_path, "i", base + "/world/war/2019/10/01/id/7", "2019-10-01", "A call to Kyiv." + FILLER)
    articles, dropped = newsmax.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 4, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 2
    first = next(a for a in articles if a["published"] == "2014-08-06")
    assert first["text"].startswith("Congress has checked out.\n\nA second paragraph.")
    assert "Tokenised" not in first["text"] and first["title"] == "A headline"
    assert first["source"] == newsmax.SOURCE and re.fullmatch(r"nmx-[0-9a-f]{12}", first["id"])
    assert newsmax.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_newsmax2015_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("newsmax2015", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 12 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 450
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sen.", "President", "Republicans", "Obamacare", "Brexit",
                                                     "Keystone XL", "Conservative Defeat Project", "Editor's Note")]
    assert all(a["published"][:4] in newsmax.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {newsmax.SOURCE}
    assert all(a["url"].split("/")[3].lower() in newsmax.DESKS for a in corpus.articles)
