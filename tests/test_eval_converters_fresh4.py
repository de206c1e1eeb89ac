"""The fourth fresh held-out set (eval/convert/hindu.py, india_news.py; eval/corpora/hindu2017, india_news2018):
the converters on tiny fixtures and the committed corpora with their hand-made gold. A converter that kept a story
twice (a page on two city editions, a story in two Google News sections) or kept a caption-only page would double
or pad the facet counts; a wrong print date would put every event date of a day's pages off; a gold line whose
offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import csv
import re

import pytest

from eval.convert import hindu, india_news
from tests.corpus_checks import check_heldout_corpus

BODY = ("Mumbai: Reliance Jio posted a profit.For the year, Mukesh Ambani said so.\n"
        "\n\n  Bharti Airtel   lost money in India.  \n" + "More text. " * 50)


def test_india_news_drops_copies_and_teasers_and_keeps_the_text_as_extracted(tmp_path):
    path = tmp_path / "Articles.csv"
    url = "https://economictimes.indiatimes.com/markets/jio-posts-profit/articleshow/63946956.cms"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["news", "type", "url"])
        out.writerow([BODY, "business", url])
        out.writerow([BODY, "tech", url])
        out.writerow(["A short caption. Read more..", "business", "https://x.example/a-b"])
        out.writerow([BODY.replace("India", "Kyiv"), "business", "https://x.example/kyiv-story"])
    articles, dropped = india_news.convert(path)
    assert dropped == {"copy": 1, "teaser": 1, "ukraine": 1}
    [a] = articles
    # the run-on "profit.For" is the extractor's and stays; whitespace lines collapse to one paragraph break
    assert a["text"].startswith("Mumbai: Reliance Jio posted a profit.For the year, Mukesh Ambani said so.\n\n"
                                "Bharti Airtel lost money in India.\n\nMore text.")
    assert a["source"] == "economictimes.indiatimes.com" and a["title"] == "Jio posts profit"
    assert re.fullmatch(r"india-[0-9a-f]{12}", a["id"]) and a["published"] is None
    assert india_news.convert(path)[0] == articles  # same ids and split on every run


def _hindu_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["cityname", "Article"])
        for city, paras in rows:
            out.writerow([city, repr(paras)])


def _page(n: int) -> list[str]:
    return [f"Caption {n}.File Photo", f"Story {n} from Hyderabad. " * 30, "", "Pull quote"]


def test_hindu_dates_each_page_by_the_run_of_city_editions_it_was_written_in(tmp_path):
    # a day ends where the edition goes back in the notebook's order: New Delhi, Chennai | Mumbai, Chennai |
    # New Delhi, Hyderabad | New Delhi, Chennai | New Delhi (two pages of one edition in a row are one day)
    rows = [("New Delhi", _page(1)), ("Chennai", _page(2)), ("Mumbai", _page(3)), ("Chennai", _page(2)),
            ("New Delhi", _page(4)), ("Hyderabad", ["A brief."]), ("New Delhi", _page(5)), ("Chennai", _page(7)),
            ("New Delhi", _page(6)), ("New Delhi", _page(8))]
    _hindu_csv(tmp_path / "a.csv", rows)
    articles, dropped = hindu.convert(tmp_path / "a.csv")
    assert dropped == {"copy": 1, "short": 1, "ukraine": 0}
    by_story = {re.search(r"Story (\d)", a["text"]).group(1): a for a in articles}
    assert {k: a["published"] for k, a in by_story.items()} == {
        "1": "2017-11-15", "2": "2017-11-15", "3": "2017-11-16", "4": "2017-11-17", "5": "2017-11-18",
        "7": "2017-11-18", "6": "2017-11-19", "8": "2017-11-19"}
    a = by_story["3"]
    assert a["text"].startswith("Caption 3.File Photo\n\nStory 3 from Hyderabad.") and a["text"].endswith(
        "\n\nPull quote")  # the empty <p> is gone, the rest is kept as scraped
    assert a["edition"] == "Mumbai" and a["source"] == "The Hindu" and a["title"] == ""
    # a file whose edition order does not make five runs is not this notebook's output: refuse to guess dates
    _hindu_csv(tmp_path / "b.csv", rows[:3])
    with pytest.raises(ValueError):
        hindu.convert(tmp_path / "b.csv")


@pytest.mark.parametrize("name, annotated", [("hindu2017", 20), ("india_news2018", 15)])
def test_committed_fresh4_corpora_are_mostly_heldout_with_consistent_hand_gold(name, annotated):
    corpus, heldout = check_heldout_corpus(name, min_gold_per_type=40)
    texts = {a["id"]: a["text"] for a in corpus.articles}
    assert len(set(texts.values())) == len(texts)  # no story twice
    assert len(corpus.annotated()) == annotated and corpus.annotated() <= heldout
    gold = [g for g in corpus.gold if g.article in heldout]
    assert len(gold) >= 300
    for g in corpus.gold:
        assert texts[g.article][g.start:g.end] == g.text
        # our span convention: no leading article, no possessive (names that end in 's are names)
        assert not re.match(r"(?i)the\s", g.text), g
        assert not re.search(r"['’]s$", g.text) or g.text in {"McDonald’s", "St Xavier’s"}, g
