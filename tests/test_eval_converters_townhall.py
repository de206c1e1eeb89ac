"""A twentieth fresh held-out set (Townhall's Tipsheet stories of 2012-2020 in the AllSides pool of Baly et al.): the
converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that kept a look-alike
host (townhall.com.example), another year, a date it cannot read, or the /columnists/ pages would mix syndicated
columns other papers (and reason2018) carried into one newsroom's stories; one that read the tokenised `content`
would hand the tagger blanks before every comma; a gold line whose offsets miss its text would make every held-out
number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import townhall
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body):
    row = {"source": "Townhall", "url": url, "title": "A  headline", "date": date,
           "content": "Tokenised , text .", "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_townhall_keeps_tipsheet_stories_of_its_years_and_drops_columns_copies_short_and_war(tmp_path):
    url = "https://townhall.com/tipsheet/someone/2018/06/05/a-post-n2487463"
    _story(tmp_path, "a", url, "2018-06-05", "The Senate\u00a0votes  today.\n\n\nA second paragraph." + FILLER)
    _story(tmp_path, "b", url + "-again", "2018-06-06", "The Senate\u00a0votes  today.\n\n\nA second paragraph." + FILLER)
    _story(tmp_path, "c", "https://townhall.com.example/tipsheet/x/2018/1", "2018-06-05", "A look-alike." + FILLER)
    _story(tmp_path, "d", "https://townhall.com/tipsheet/x/2011/05/01/old", "2011-05-01", "An older story." + FILLER)
    _story(tmp_path, "e", "https://townhall.com/columnists/x/2019/01/01/col", "2019-01-01", "A column." + FILLER)
    _story(tmp_path, "f", "https://townhall.com/tipsheet/x/2019/10/01/odd", "10/1/2019", "Odd date." + FILLER)
    _story(tmp_path, "g", "https://townhall.com/tipsheet/x/2019/01/01/short", "2019-01-01", "Too short.")
    _story(tmp_path, "h", "https://townhall.com/tipsheet/x/2019/10/01/war", "2019-10-01", "A call to Kyiv." + FILLER)
    articles, dropped = townhall.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 4, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    assert articles[0]["text"].startswith("The Senate votes today.\n\nA second paragraph.")
    assert "Tokenised" not in articles[0]["text"] and articles[0]["title"] == "A headline"
    assert articles[0]["published"] == "2018-06-05" and articles[0]["source"] == townhall.SOURCE
    assert re.fullmatch(r"twn-[0-9a-f]{12}", articles[0]["id"])
    assert townhall.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_townhall2016_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("townhall2016", min_gold_per_type=75)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 450
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sen.", "President", "Democrats", "ObamaCare", "AR-15",
                                                     "#Kavanaugh", "Face the Nation", "Hurricane Michael")]
    assert all(a["published"][:4] in townhall.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {townhall.SOURCE}
    assert all("/tipsheet/" in a["url"] for a in corpus.articles)
