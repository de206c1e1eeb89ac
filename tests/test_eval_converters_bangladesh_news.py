"""The tenth fresh held-out set (English news sites of Bangladesh, February 2026): the converter on a tiny fixture
and the committed corpus with its hand-made gold. A converter that kept home pages, section listings or pages of
other sites the scraper followed would mix teasers and spam into the archive; one that took the scrape time for a
publication date would give every page the same false date; a gold line whose offsets miss its text would make
every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import bangladesh_news
from tests.corpus_checks import check_heldout_corpus

BODY = "DHAKA, Feb 15, 2026 (BSS) - The Election Commission   said on Sunday that results were final.\n\n" + \
       "More  text here. " * 40
SCRAPED = "2026-02-15T12:46:06.591156"


def _row(url: str, body: str = BODY, title: str = "Results final", date: str = SCRAPED) -> dict:
    return {"url": url, "body": body, "title": title, "source": "BSS News", "date": date,
            "scrape_timestamp": SCRAPED.replace("591156", "591169")}


def test_bangladesh_news_keeps_article_pages_drops_listings_other_sites_copies_short_and_war(tmp_path):
    rows = [
        _row("https://www.bssnews.net/news-flash/361371"),
        _row("https://www.bssnews.net/news/361372", body=BODY + "\n\nAgain."),
        _row("https://www.newagebd.net/post/country/12345/a-copy"),  # same text as the first
        _row("https://dailynewnation.com/news/99/dated-story", body="Dated. " + BODY, date="2026-02-14T09:00:00"),
        _row("https://www.bssnews.net/district/361373", body="DHAKA - Short."),
        _row("https://www.bssnews.net/international/361374", body=BODY + " Kyiv said so."),
        _row("https://dailyasianage.com/news-category/20/Tech", body="Teaser one.\n\n" + BODY + "x"),
        _row("https://theindependentbd.com/online/dhaka-metro", body="Teaser two.\n\n" + BODY),
        _row("https://bangladeshpost.net/", body="Home page.\n\n" + BODY),
        _row("https://clicky.com/101437728", body="Analytics.\n\n" + BODY),
        _row("https://epaper.prothomalo.com", body="E-paper.\n\n" + BODY),
    ]
    path = tmp_path / "english_articles_only.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    articles, dropped = bangladesh_news.convert(path)
    assert dropped == {"not_article": 5, "copy": 1, "short": 1, "ukraine": 1}
    by_url = {a["url"]: a for a in articles}
    assert set(by_url) == {"https://www.bssnews.net/news-flash/361371", "https://www.bssnews.net/news/361372",
                           "https://dailynewnation.com/news/99/dated-story"}
    first = by_url["https://www.bssnews.net/news-flash/361371"]
    assert first["text"].split("\n\n")[0] == "DHAKA, Feb 15, 2026 (BSS) - The Election Commission said on Sunday" \
        " that results were final."  # whitespace collapsed, paragraphs kept
    assert first["published"] is None  # the scrape time is no publication date
    assert by_url["https://dailynewnation.com/news/99/dated-story"]["published"] == "2026-02-14"
    assert first["source"] == "BSS News" and re.fullmatch(r"bd-[0-9a-f]{12}", first["id"])
    assert bangladesh_news.convert(path)[0] == articles  # same ids and split on every run


def test_bangladesh2026_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("bangladesh2026", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if "OVOPLAY" in a["text"]]  # the hacked listing's spam
