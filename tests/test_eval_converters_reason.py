"""A nineteenth fresh held-out set (Reason's stories of 2016-2020 in the AllSides pool of Baly et al.): the converter
on a tiny fixture and the committed corpus with its hand-made gold. A converter that kept a look-alike host
(reason.com.example), another year, or the Reason TV / video / podcast pages would mix a programme's notes and
transcripts into a corpus of written stories; one that read the tokenised `content` would hand the tagger blanks
before every comma; a gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import reason
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body):
    row = {"source": "Reason", "url": url, "title": "A  headline", "date": date,
           "content": "Tokenised , text .", "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_reason_keeps_written_stories_of_its_years_and_drops_programmes_copies_short_and_war(tmp_path):
    url = "https://reason.com/blog/2018/07/25/a-post"
    _story(tmp_path, "a", url, "2018-07-25", "San Francisco\u00a0bans  straws.\n\n\nCocktail swords too." + FILLER)
    _story(tmp_path, "b", url + "-again", "2018-07-26", "San Francisco\u00a0bans  straws.\n\n\nCocktail swords too." + FILLER)
    _story(tmp_path, "c", "https://reason.com.example/blog/2018/x", "2018-07-25", "A look-alike host." + FILLER)
    _story(tmp_path, "d", "https://reason.com/archives/2015/05/01/old", "2015-05-01", "An older story." + FILLER)
    _story(tmp_path, "e", "https://reason.com/video/2019/01/01/clip", "2019-01-01", "A video's notes." + FILLER)
    _story(tmp_path, "f", "https://reason.com/reasontv/2019/02/02/show", "2019-02-02", "A show's notes." + FILLER)
    _story(tmp_path, "g", "https://reason.com/2019/01/01/short/", "2019-01-01", "Too short.")
    _story(tmp_path, "h", "https://reason.com/2019/10/01/war/", "2019-10-01", "A call to Kyiv." + FILLER)
    articles, dropped = reason.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 4, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    assert articles[0]["text"].startswith("San Francisco bans straws.\n\nCocktail swords too.")
    assert "Tokenised" not in articles[0]["text"] and articles[0]["title"] == "A headline"
    assert articles[0]["published"] == "2018-07-25" and articles[0]["source"] == reason.SOURCE
    assert re.fullmatch(r"rsn-[0-9a-f]{12}", articles[0]["id"])
    assert reason.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_reason2018_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("reason2018", min_gold_per_type=80)
    annotated = corpus.annotated()
    assert len(annotated) >= 12 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 320
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sen.", "President", "Republicans", "American", "Obamacare",
                                                     "Second Amendment", "Bank of Boeing", "COPYRIGHT")]
    assert all(a["published"][:4] in reason.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {reason.SOURCE}
