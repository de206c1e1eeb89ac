"""A seventeenth fresh held-out set (The Christian Science Monitor's stories of 2013-2016 in the AllSides pool of
Baly et al.): the converter on a tiny fixture and the committed corpus with its hand-made gold. Upstream files are
one JSON object per article from many outlets and years, with newspaper3k's text in content_original and a tokenised
copy in content. A converter that read `content` would hand the tagger "Mr. Rahami , Pakistan ," with blanks before
every comma, one that kept every outlet would make a second CNN/NYT corpus, and a gold line whose offsets miss its
text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import csmonitor
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body, title="A headline"):
    row = {"topic": "politics", "source": "Any", "url": url, "title": title, "date": date, "authors": "",
           "content": "Tokenised , text .", "content_original": body, "bias": 1, "bias_text": "center"}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_csmonitor_keeps_monitor_stories_of_its_years_reads_original_text_drops_copies_short_and_war(tmp_path):
    monitor = "http://www.csmonitor.com/USA/Politics/2015/0522/A-story"
    _story(tmp_path, "a", monitor, "2015-05-22", "Gov. Rick  Snyder said\u00a0so.\n\nCaption line" + FILLER)
    _story(tmp_path, "b", monitor + "-again", "2015-05-23", "Gov. Rick  Snyder said\u00a0so.\n\nCaption line" + FILLER)
    _story(tmp_path, "c", "http://www.nytimes.com/2015/05/22/us/a.html", "2015-05-22", "A Times story." + FILLER)
    _story(tmp_path, "d", monitor + "-old", "2012-03-01", "An older Monitor story." + FILLER)
    _story(tmp_path, "e", monitor + "-short", "2016-01-01", "Too short.")
    _story(tmp_path, "f", monitor + "-war", "2014-03-01", "Talks on Crimea and Ukraine." + FILLER)
    _story(tmp_path, "g", "https://csmonitor.com/World/2013/0101/B", "2013-01-01", "Paris.\n\n\nRome." + FILLER)
    articles, dropped = csmonitor.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 2, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 2
    first = next(a for a in articles if a["published"] == "2015-05-22")
    assert first["text"].split("\n\n")[0] == "Gov. Rick Snyder said so."  # whitespace and no-break space collapsed
    assert "Tokenised" not in first["text"] and first["source"] == csmonitor.SOURCE
    assert next(a for a in articles if a["published"] == "2013-01-01")["text"].startswith("Paris.\n\nRome.")
    assert re.fullmatch(r"csm-[0-9a-f]{12}", first["id"])
    assert csmonitor.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_csmonitor2015_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("csmonitor2015", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 12 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 320
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Mr.", "Gov.", "Republicans", "Democrats", "American",
                                                     "Monitor Stories", "Mullah")]
    assert all(a["published"][:4] in csmonitor.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {csmonitor.SOURCE}
