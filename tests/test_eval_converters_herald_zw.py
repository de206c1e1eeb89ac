"""A thirteenth fresh held-out set (The Herald, Harare, January-March 2025): the converter on a tiny fixture and the
committed corpus with its hand-made gold. Upstream kept only the newest ten stories in one file and overwrote it at
every run, so the archive is the file's git history: a converter that read one version would hold ten articles, one
that kept the last sighting of a story would date it by its last scrape rather than its first, and one that did not
bound the period would pull in the first run's backlog. A gold line whose offsets miss its text would make every
held-out number wrong."""
from __future__ import annotations

import json
import re

from eval.convert import herald_zw
from tests.corpus_checks import check_heldout_corpus

FILLER = " More text here." * 40


def _version(*items):
    return json.dumps({"news": [{"url": u, "title": t, "content": c, "date": d, "description": ""}
                                for u, t, c, d in items]})


def test_herald_zw_keeps_first_sighting_in_period_and_drops_copies_short_and_war():
    story = ("Blessings Chidakwa\n\nHerald Reporter\n\nPRESIDENT   Mnangagwa yesterday met\nministers in Harare."
             + FILLER)
    revisions = [
        ("2024-12-30T21:46:00+02:00", _version(("https://h/old", "Old", "Backlog story." + FILLER, "30 Dec 2024"))),
        ("2025-01-02T09:46:00+02:00", _version(("https://h/a", "A", story, "02 Jan 2025"),
                                                ("https://h/old", "Old", "Backlog story." + FILLER, "02 Jan 2025"))),
        ("2025-01-03T09:46:00+02:00", _version(("https://h/a", "A", story, "03 Jan 2025"),  # seen again later
                                                ("https://h/b", "B", story, "03 Jan 2025"),  # same text, new URL
                                                ("https://h/c", "C", "Too short.", "03 Jan 2025"),
                                                ("https://h/d", "D", "Aid to Kyiv." + FILLER, "03 Jan 2025"))),
        ("2025-01-04T09:46:00+02:00", "{not json"),  # a half-written version is skipped
        ("2025-04-01T09:46:00+02:00", _version(("https://h/e", "E", "After the period." + FILLER, "01 Apr 2025"))),
        ("2025-03-31T21:46:00+02:00", _version(("https://h/f", "F", "No date field." + FILLER, ""))),
    ]
    articles, dropped = herald_zw.convert(revisions)
    assert dropped == {"period": 2, "copy": 1, "short": 1, "ukraine": 1}
    first = next(a for a in articles if a["url"] == "https://h/a")
    assert first["published"] == "2025-01-02" and first["source"] == "The Herald"
    paragraphs = first["text"].split("\n\n")
    assert paragraphs[:2] == ["Blessings Chidakwa", "Herald Reporter"] and len(paragraphs) == 3
    assert paragraphs[2].startswith("PRESIDENT Mnangagwa yesterday met ministers in Harare. More text here.")
    assert re.fullmatch(r"herald-[0-9a-f]{12}", first["id"])
    undated = next(a for a in articles if a["url"] == "https://h/f")
    assert undated["published"] == "2025-03-31"  # the commit's day when the item carries no date
    assert herald_zw.convert(revisions)[0] == articles  # same ids and split on every run


def test_herald_zw2025_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("herald_zw2025", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert all("2025-01-01" <= a["published"] <= "2025-03-31" for a in corpus.articles)
    assert not [a["id"] for a in corpus.articles if re.search(r"[^\x20-\x7E\n]", a["text"])]  # as scraped: ASCII
