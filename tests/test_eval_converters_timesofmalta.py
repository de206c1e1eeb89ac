"""The eleventh fresh held-out set (Times of Malta, national news, scraped July 2019): the converter on a tiny
fixture and the committed corpus with its hand-made gold. A converter that read the upstream files in their name
order instead of the scraper's running id would take another sample than SOURCE.md describes; one that kept the
no-break spaces and single line breaks of the scraped bodies would hand the tagger glued paragraphs; a gold line
whose offsets miss its text would make every held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import timesofmalta
from tests.corpus_checks import check_heldout_corpus

BODY = "A lupus sufferer lives in a van.\u00a0\nThese are   just some cases bought to Parliament.\u00a0\n\nIvan Bartolo\n" + \
    "More text here. " * 40


def _row(upstream_id: int, body: str = BODY) -> dict:
    return {"keywords": "Society, Housing", "author": "Jacob  Borg", "article_body": body,
            "comment_count": "0", "id": str(upstream_id)}


def test_timesofmalta_keeps_the_first_ids_splits_lines_drops_copies_short_and_war(tmp_path):
    # the file names do not follow the running id (upstream's own files do not either)
    (tmp_path / "tom_articles_100.json").write_text(json.dumps([
        _row(1600, body="Beyond the sample. " + BODY),
        _row(3, body=BODY),  # a copy of id 0's body
        _row(4, body="Too short."),
    ]), encoding="utf-8")
    (tmp_path / "tom_articles_200.json").write_text(json.dumps([
        _row(0),
        _row(1, body="Second story. " + BODY),
        _row(2, body="Kyiv said so. " + BODY),
        _row(1599, body="Last kept. " + BODY),
    ]), encoding="utf-8")
    articles, dropped = timesofmalta.convert(tmp_path)
    assert dropped == {"beyond_sample": 1, "copy": 1, "short": 1, "ukraine": 1}
    by_upstream = {a["upstream_id"]: a for a in articles}
    assert set(by_upstream) == {0, 1, 1599}  # id 0 kept, its later copy (id 3) dropped: the running id decides
    first = by_upstream[0]
    assert first["text"].split("\n\n")[:3] == ["A lupus sufferer lives in a van.",
                                               "These are just some cases bought to Parliament.", "Ivan Bartolo"]
    assert first["title"] == "" and first["published"] is None  # upstream kept neither headline nor date
    assert first["source"] == "Times of Malta" and first["author"] == "Jacob Borg"
    assert first["keywords"] == ["Society", "Housing"] and re.fullmatch(r"tom-[0-9a-f]{12}", first["id"])
    assert timesofmalta.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_timesofmalta2019_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("timesofmalta2019", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)
                and g.text not in ("St Julian’s", "St Julian's")]  # the town's name ends in 's, no possessive
    assert len(corpus.articles) >= 400 and max(a["upstream_id"] for a in corpus.articles) < timesofmalta.KEEP_IDS
