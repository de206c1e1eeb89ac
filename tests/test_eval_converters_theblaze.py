"""The twenty-first fresh held-out set (TheBlaze's articles of 2013-2020 in the AllSides pool of Baly et al.): the
converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that trusted the `source`
field or any url holding "theblaze" would take in another outlet's story about TheBlaze (The Hill's is in the pool);
one that kept only /news/ would lose the site's own contributions and its root-level stories; a gold line whose
offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import theblaze
from tests.corpus_checks import check_heldout_corpus

FILLER = " More words of the story follow here." * 20


def _story(root, name, url, date, body, source="TheBlaze.com"):
    row = {"source": source, "url": url, "title": "A  headline", "date": date,
           "content": "Tokenised , text .", "content_original": body}
    (root / f"{name}.json").write_text(json.dumps(row), encoding="utf-8")


def test_theblaze_keeps_every_folder_of_its_host_and_years_and_drops_others_copies_short_and_war(tmp_path):
    base = "https://www.theblaze.com"
    _story(tmp_path, "a", base + "/news/a-story", "2019-08-06", "Congress\u00a0has  checked out.\n\n\nA second one." + FILLER)
    _story(tmp_path, "b", "http://www.theblaze.com/contributions/a-piece/", "2014-05-15", "A contribution." + FILLER)
    _story(tmp_path, "c", base + "/a-root-story-2622286581.html", "2018-12-03", "A root story." + FILLER)
    _story(tmp_path, "d", base + "/news/copy", "2019-08-07", "Congress\u00a0has  checked out.\n\n\nA second one." + FILLER)
    _story(tmp_path, "e", "https://thehill.com/homenews/media/1-crtv-theblaze-merge", "2018-12-03",
           "Another outlet's story." + FILLER, source="The Hill")
    _story(tmp_path, "f", "https://theblaze.com.example/news/x", "2019-01-01", "A look-alike." + FILLER)
    _story(tmp_path, "g", base + "/news/old", "2011-01-01", "An older story." + FILLER)
    _story(tmp_path, "h", base + "/news/odd", "10/1/2019", "Odd date." + FILLER)
    _story(tmp_path, "i", base + "/news/short", "2019-01-01", "Too short.")
    _story(tmp_path, "j", base + "/news/war", "2019-10-01", "A call to Kyiv." + FILLER)
    articles, dropped = theblaze.convert(tmp_path)
    assert dropped == {"other_outlet_or_year": 4, "copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 3
    first = next(a for a in articles if a["published"] == "2019-08-06")
    assert first["text"].startswith("Congress has checked out.\n\nA second one.")
    assert "Tokenised" not in first["text"] and first["title"] == "A headline"
    assert first["source"] == theblaze.SOURCE and re.fullmatch(r"blz-[0-9a-f]{12}", first["id"])
    assert theblaze.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_theblaze2019_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("theblaze2019", min_gold_per_type=60)
    annotated = corpus.annotated()
    assert len(annotated) >= 18 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 450
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [g for g in corpus.gold if g.text in ("Sen.", "President", "Democrats", "Republicans", "Obamacare",
                                                     "Passover", "Bernie Bros", "America's Newsroom", "SNAP")]
    assert all(a["published"][:4] in theblaze.YEARS for a in corpus.articles)
    assert {a["source"] for a in corpus.articles} == {theblaze.SOURCE}
    assert all("theblaze.com" in a["url"].split("/")[2] for a in corpus.articles)
