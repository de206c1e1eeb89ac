"""The fourth fresh held-out set (eval/convert/india_news.py, eval/corpora/india_news2018): the converter on a
tiny fixture and the committed corpus with its hand-made gold. A converter that kept a story twice (Google News
lists one story in two sections) or kept a teaser would double counts in the facets; a gold line whose offsets
miss its text would make every held-out number wrong."""
from __future__ import annotations

import csv
import re

from eval.convert import india_news
from indexer.realeval.corpora import corpus_names, load_corpus

BODY = ("Mumbai: Reliance Jio posted a profit.For the year, Mukesh Ambani said so.\n"
        "\n\n  Bharti Airtel   lost money in India.  \n" + "More text. " * 50)


def test_india_news_drops_copies_and_teasers_and_keeps_the_text_as_extracted(tmp_path):
    path = tmp_path / "Articles.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["news", "type", "url"])
        out.writerow([BODY, "business", "https://economictimes.indiatimes.com/markets/jio-posts-profit/articleshow/63946956.cms"])
        out.writerow([BODY, "tech", "https://economictimes.indiatimes.com/markets/jio-posts-profit/articleshow/63946956.cms"])
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


def test_committed_india_news2018_is_mostly_heldout_with_consistent_hand_gold():
    assert "india_news2018" in corpus_names()
    corpus = load_corpus("india_news2018")  # raises on any gold offset that misses its text
    texts = {a["id"]: a["text"] for a in corpus.articles}
    heldout = {a["id"] for a in corpus.split("heldout")}
    assert corpus.split("dev") and len(heldout) >= 0.8 * len(corpus.articles)
    assert len(set(texts.values())) == len(texts)  # no story twice
    assert not [i for i, t in texts.items() if re.search(r"Ukrain|Kyiv|Kiev", t)]
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout
    gold = [g for g in corpus.gold if g.article in heldout]
    assert len(gold) >= 300
    for kind in ("person", "org", "place"):
        assert sum(1 for g in gold if g.type == kind) >= 40, kind
    for g in corpus.gold:
        assert texts[g.article][g.start:g.end] == g.text
        assert not re.match(r"(?i)the\s", g.text) and not g.text.endswith(("'s", "’s"))
