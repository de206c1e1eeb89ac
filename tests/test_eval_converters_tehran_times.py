"""The seventh fresh held-out set (Tehran Times, Iran, about February-July 2020): the converter on a tiny fixture
and the committed corpus with its hand-made gold. A converter that kept the site's licence footer would pad every
text with a sentence no newsroom wrote; one that kept the old scraper's repeated tails would count every later
paragraph many times; one outside the id range would mix periods; a gold line whose offsets miss its text would
make every held-out number wrong."""
from __future__ import annotations

import re

from eval.convert import tehran_times
from tests.corpus_checks import check_heldout_corpus

FOOTER = "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License."
LEAD = "TEHRAN – Foreign Minister Mohammad Javad Zarif said on Monday that  Iran is ready."
BODY = "More  text here. " * 40


def _page(root, site_id: int, slug: str, content: str) -> None:
    (root / f"_news_{site_id}_{slug}.txt").write_text(content, encoding="utf-8")


def test_tehran_times_keeps_lead_and_body_drops_footer_tails_short_war_and_other_periods(tmp_path):
    _page(tmp_path, 445001, "Zarif-says-Iran-ready", LEAD + "\n\n " + BODY + FOOTER + "\n")
    _page(tmp_path, 445002, "Same-again", LEAD + "\n " + BODY + "\n " + FOOTER)  # same text once the footer is gone
    _page(tmp_path, 445003, "Brief", "TEHRAN - A view of the city.")
    _page(tmp_path, 445004, "Airliner", LEAD + " A Ukrainian airliner crashed.\n" + BODY)
    _page(tmp_path, 101312, "Old-period", LEAD + "\n" + BODY)  # outside the id range
    # the old scraper's nesting: each line is its paragraph followed by all later ones
    p1, p2, p3 = "First paragraph " * 12, "Second paragraph " * 12, "Third paragraph " * 12
    _page(tmp_path, 449999, "Nested", f"{p1}{p2}{p3}\n  {p2}{p3}\n  {p3}\n {FOOTER}")
    articles, dropped = tehran_times.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    by_title = {a["title"]: a for a in articles}
    assert set(by_title) == {"Zarif says Iran ready", "Nested"}
    a = by_title["Zarif says Iran ready"]
    assert a["text"] == " ".join(LEAD.split()) + "\n\n" + " ".join(BODY.split())  # footer gone, whitespace collapsed
    assert a["published"] is None and a["source"] == "Tehran Times" and re.fullmatch(r"tt-[0-9a-f]{12}", a["id"])
    assert by_title["Nested"]["text"] == "\n\n".join(" ".join(p.split()) for p in (p1, p2, p3))
    assert tehran_times.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_tehrantimes2020_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("tehrantimes2020", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    assert not [a["id"] for a in corpus.articles if "All Content by Mehr News Agency" in a["text"]]
