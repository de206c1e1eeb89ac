"""The real-page HTML evaluation: its metric and its committed pages (the run itself is `make eval`)."""
from __future__ import annotations

import pytest

from indexer.extract.evaluate import load_pages, norm_title, score, token_prf


def test_token_f1_is_a_bag_of_lowercased_word_tokens():
    assert token_prf("Drones hit Kyiv", "drones HIT kyiv!") == (1.0, 1.0, 1.0)
    p, r, f = token_prf("drones hit kyiv menu menu", "drones hit kyiv overnight")
    assert (p, r) == (3 / 5, 3 / 4) and f == pytest.approx(2 * p * r / (p + r))
    assert token_prf("", "drones") == (0.0, 0.0, 0.0)


def test_titles_match_after_normalising_case_punctuation_and_unicode():
    assert norm_title("Jan’s Blog — “Drones”") == norm_title("jan s blog drones")
    assert norm_title("Drones hit Kyiv") != norm_title("Drones hit Kyiv | Example")


def test_score_counts_lost_pages_and_wrong_days():
    pages = [{"text": "a b", "title": "T", "published": "2020-01-02"}, {"text": "c d", "title": "U", "published": None}]
    outs = [{"text": "", "title": "T", "published": "2020-01-03"}, {"text": "c d", "title": "x", "published": "2020-01-01"}]
    s = score(outs, pages)
    assert (s["lost"], s["title_exact"], s["day_right"], s["day_wrong"], s["day_given_undated"]) == (1, 1, 0, 1, 1)
    assert s["f1"] == pytest.approx(0.5)


def test_committed_pages_split_into_dev_and_two_heldouts_with_gold():
    dev, held, held2 = load_pages("dev"), load_pages("heldout"), load_pages("heldout2")
    assert len(dev) == 100 and len(held) == 99 and len(held2) == 100  # one held-out page has no gold text
    ids = [p["id"] for p in dev + held + held2]
    assert len(ids) == len(set(ids))  # the fresh held-out shares no page with the seen parts
    pages = dev + held + held2
    assert all(p["html"] for p in pages) and sum(1 for p in pages if (p["text"] or "").strip()) >= 295
    assert sum(1 for p in pages if p["published"]) >= 200  # most articles state a day
