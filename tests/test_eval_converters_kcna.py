"""The eighth fresh held-out set (KCNA, North Korea's English wire, August-November 2024): the converter on a tiny
fixture and the committed corpus with its hand-made gold. A converter that kept the leaders' names glued to the
next word ("ComradeKim Jong Uninvited") would hide the most frequent person of the corpus from every reader; one
that kept each topic's copy of a story would count it two or three times; one that kept July would mix periods; a
gold line whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import re

from eval.convert import kcna
from tests.corpus_checks import check_heldout_corpus

BODY = "Pyongyang, August 7 (KCNA) -- The respected ComradeKim Jong Unvisited the Kim Il SungUniversity.\n" \
       + "More  text here. " * 30 + " -0-"


def _story(topic: str, date: str, text: str, link: str = "http://www.kcna.kp/en/article/q/a.kcmsf") -> dict:
    return {"topic": topic, "headline": "Kim Jong Unvisits  University", "link": link, "date": 0,
            "date_str": date, "story_text": text}


def test_kcna_unglues_leaders_drops_copies_short_war_and_earlier_stories():
    stories = [
        _story("Latest News", "2024-08-07", BODY),
        _story("Home News", "2024-08-07", BODY, link="http://www.kcna.kp/en/article/q/b.kcmsf"),  # same story
        _story("Latest News", "2024-08-08", "Pyongyang, August 8 (KCNA) -- Short. -0-"),
        _story("World", "2024-08-09", BODY.replace("More", "Kyiv was shelled. More")),
        _story("Top News", "2024-07-30", BODY.replace("August 7", "July 30")),  # before the archive's period
        _story("Photo", "2024-08-10", ""),  # no text
    ]
    articles, dropped = kcna.convert(stories)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    assert len(articles) == 1
    a = articles[0]
    first, second = a["text"].split("\n\n")
    assert first == ("Pyongyang, August 7 (KCNA) -- The respected Comrade Kim Jong Un visited the Kim Il Sung "
                     "University.")
    assert second == " ".join(("More  text here. " * 30).split())  # end mark gone, whitespace collapsed
    assert a["title"] == "Kim Jong Un visits University" and a["published"] == "2024-08-07"
    assert a["source"] == "KCNA" and re.fullmatch(r"kcna-[0-9a-f]{12}", a["id"])
    assert kcna.convert(list(reversed(stories)))[0] == articles  # same ids, split and choice of copy in any order


def test_kcna2024_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("kcna2024", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if re.search(r"[a-z]Kim Jong Un|Kim Jong Un[a-z]|-0-$", a["text"])]
