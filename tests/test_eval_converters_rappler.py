"""The ninth fresh held-out set, East/Southeast Asia (Rappler, Philippines, about January-February 2023): the
converter on a tiny fixture and the committed corpus with its hand-made gold. A converter that kept the video
wraps, press releases and sponsored pages would score pages no newsroom wrote; one that kept the stories written
in Filipino would score English tagging on another language; a gold line whose offsets miss its text would make
every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import rappler
from tests.corpus_checks import check_heldout_corpus

LEAD = "MANILA, Philippines – Migrant Workers Secretary Susan Ople said on  Saturday that the team will fly."
BODY = "More  text here about the case. " * 20
FILIPINO = "Sinabi ng kalihim na ang mga manggagawa sa Kuwait ay ligtas na at ang pamahalaan ay kumikilos. " * 8


def _csv(path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Link", "Author", "Content"])
        writer.writerows(rows)


def test_rappler_keeps_english_newsroom_stories_drops_other_pages_filipino_short_copies_and_war(tmp_path):
    path = tmp_path / "rap.csv"
    base = "https://www.rappler.com"
    _csv(path, [
        (f"{base}/nation/ople-team-kuwait/", "['BEA CUPIN']", LEAD + "\n " + BODY),
        (f"{base}/nation/same-again/", "[]", LEAD + "\n" + BODY),  # the same text once whitespace is collapsed
        (f"{base}/video/daily-wrap/january-30-2023/", "[]", LEAD + BODY),
        (f"{base}/bulletin-board/press-release/", "[]", "This is a press release. " + BODY),
        ("https://factsfirstph-partners.rappler.com/6095/fact-check/", "[]", BODY + "fact check"),
        (f"{base}/newsbreak/fact-check/filipino-story/", "[]", FILIPINO),
        (f"{base}/sports/brief/", "[]", "MANILA, Philippines – A short one."),
        (f"{base}/world/war-story/", "[]", BODY + " Fighting in Ukraine went on."),
        (f"{base}/sports/game-results-clippers/", "not a list", "Kawhi Leonard had 30 points. " * 20),
    ])
    articles, dropped = rappler.convert(path)
    assert dropped == {"not_news": 3, "filipino": 1, "copy": 1, "short": 1, "ukraine": 1}
    by_title = {a["title"]: a for a in articles}
    assert set(by_title) == {"ople team kuwait", "game results clippers"}
    a = by_title["ople team kuwait"]
    assert a["text"] == " ".join(LEAD.split()) + "\n\n" + " ".join(BODY.split())  # lines kept, whitespace collapsed
    assert a["authors"] == ["Bea Cupin"] and a["section"] == "nation" and a["url"].endswith("/ople-team-kuwait/")
    assert a["published"] is None and a["source"] == "Rappler" and re.fullmatch(r"rp-[0-9a-f]{12}", a["id"])
    assert by_title["game results clippers"]["authors"] == []  # a broken byline cell is no byline
    assert rappler.convert(path)[0] == articles  # same ids and split on every run


def test_rappler_filipino_share_leaves_english_stories_that_quote_filipino():
    quoting = (LEAD + " “Ang direktiba ni Secretary Toots ay napapanahon,” Cacdac said in a briefing. ") + BODY
    assert not rappler.is_filipino(quoting)
    assert rappler.is_filipino(FILIPINO)


def test_rappler2023_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("rappler2023", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if "/video/" in a["url"] or "/bulletin-board/" in a["url"]]
    assert not [a["id"] for a in corpus.articles if rappler.is_filipino(a["text"])]
