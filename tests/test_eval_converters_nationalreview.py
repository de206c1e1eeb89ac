"""The eighteenth fresh held-out set (National Review's stories of 2017-2020 in the AllSides pool of Baly et al.):
the converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that kept a
look-alike host (nationalreview.com.example) or the Monitor's years would mix newsrooms and periods, one that read
the tokenised `content` would hand the tagger blanks before every comma, and a gold line whose offsets miss its text
would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import nationalreview
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body):
    row = {"source": "National Review", "url": url, "title": "A  headline", "date": date,
           "content": "Tokenised , text .", "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_nationalreview_keeps_its_stories_of_its_years_and_drops_copies_short_and_war(tmp_path):
    url = "https://www.nationalreview.com/2018/03/a-column/"
    _story(tmp_path, "a", url, "2018-03-30", "Two and a half\u00a0cheers for  Justice Stevens!\n\n\nAdvertisement" + FILLER)
    _story(tmp_path, "b", url + "again", "2018-03-31", "Two and a half\u00a0cheers for  Justice Stevens!\n\n\nAdvertisement" + FILLER)
    _story(tmp_path, "c", "https://nationalreview.com.example/2018/x", "2018-03-30", "A look-alike host." + FILLER)
    _story(tmp_path, "d", "https://www.nationalreview.com/2016/05/old/", "2016-05-01", "An older story." + FILLER)
    _story(tmp_path, "e", "https://www.nationalreview.com/2019/01/short/", "2019-01-01", "Too short.")
    _story(tmp_path, "f", "https://www.nationalreview.com/2019/10/war/", "2019-10-01", "A call to Kyiv." + FILLER)
    articles, dropped = nationalreview.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 2, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    assert articles[0]["text"].startswith("Two and a half cheers for Justice Stevens!\n\nAdvertisement")
    assert "Tokenised" not in articles[0]["text"] and articles[0]["title"] == "A headline"
    assert articles[0]["published"] == "2018-03-30" and articles[0]["source"] == nationalreview.SOURCE
    assert re.fullmatch(r"nr-[0-9a-f]{12}", articles[0]["id"])
    assert nationalreview.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_nationalreview2018_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("nationalreview2018", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 12 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 320
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sen.", "Rep", "Representative", "Democrats", "American",
                                                     "Advertisement", "Morning Joe", "U.S. Attorney")]
    assert all(a["published"][:4] in nationalreview.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {nationalreview.SOURCE}
