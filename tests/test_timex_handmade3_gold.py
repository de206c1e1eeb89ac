"""The third hand-made event-date gold (tests/gold/timex/handmade3.jsonl) is well formed and scoreable.

No tagger runs here: these check the file itself (its WCXB news pages come from beyond the 300 pages stored in
tests/gold/html_pages, so their source text is not in the repository; SOURCE.md names the WCXB commit and
files), and the ``--set handmade3`` hook with taggers that echo the gold.
"""
from __future__ import annotations

import json
import lzma
from datetime import date
from pathlib import Path

import pytest

from indexer.dates import timex_handmade
from indexer.dates.timeml import value_span

ROOT = Path(__file__).resolve().parents[1]
GOLD = timex_handmade.SETS["handmade3"]
DOCS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_documents_are_fresh_wcxb_pages_with_a_day():
    with lzma.open(ROOT / "tests" / "gold" / "html_pages" / "pages.jsonl.xz", "rt", encoding="utf-8") as f:
        stored = {json.loads(line)["id"] for line in f}
    others = set().union(*(_ids(p) for name, p in timex_handmade.SETS.items() if name != "handmade3"))
    docs = [d["doc"] for d in DOCS]
    assert len(set(docs)) == len(docs)
    assert not set(docs) & (stored | others)
    for d in DOCS:
        assert d["set"] == "handmade3" and d["doc"].startswith("wcxb-")
        assert date.fromisoformat(d["dct"])
        # WCXB gold text: one paragraph a non-blank line, stripped (SOURCE.md)
        assert d["paragraphs"] and all(p and p == p.strip() and "\n" not in p for p in d["paragraphs"])


def test_every_offset_slices_the_annotated_text():
    for d in DOCS:
        for t in d["timexes"]:
            assert d["paragraphs"][t["p"]][t["start"]:t["end"]] == t["text"], (d["doc"], t)


def test_every_timex_is_whole_words():
    # a surface found inside a longer word ("now" in "renowned") would put the gold on the wrong text
    for d in DOCS:
        for t in d["timexes"]:
            para = d["paragraphs"][t["p"]]
            before = para[t["start"] - 1] if t["start"] else " "
            after = para[t["end"]] if t["end"] < len(para) else " "
            assert not before.isalnum() and not after.isalnum(), (d["doc"], t)


def test_timexes_do_not_overlap():
    for d in DOCS:
        ordered = sorted(d["timexes"], key=lambda t: (t["p"], t["start"]))
        for a, b in zip(ordered, ordered[1:]):
            assert a["p"] != b["p"] or a["end"] <= b["start"], (d["doc"], a, b)


def test_scored_spans_follow_the_timex3_value():
    for d in DOCS:
        for t in d["timexes"]:
            assert t["kind"] in ("scored", "not_date", "neutral")
            if t["kind"] != "scored":
                assert "span" not in t
                continue
            first, last, unit = value_span(t["value"])
            assert t["span"] == [first.isoformat(), last.isoformat()] and t["unit"] == unit, (d["doc"], t)


def test_the_set_is_big_enough_to_score():
    kinds = [t["kind"] for d in DOCS for t in d["timexes"]]
    # every WCXB article page with a day that reads as news by title and URL, beyond the 300 stored (SOURCE.md)
    assert len(DOCS) >= 21
    assert kinds.count("scored") >= 70
    assert kinds.count("not_date") >= 100
    days = [t for d in DOCS for t in d["timexes"] if t.get("unit") == "day"]
    assert len(days) >= 20


def _echo_gold(docs: list[dict]) -> list[list[tuple]]:
    return [[(t["p"], t["start"], t["end"], *t["span"]) for t in d["timexes"] if t["kind"] == "scored"] for d in docs]


def _dates_everywhere(docs: list[dict]) -> list[list[tuple]]:
    """The gold, plus a date over every not-a-date ("the past year", "now", "per day")."""
    out = _echo_gold(docs)
    for ms, d in zip(out, docs):
        ms += [(t["p"], t["start"], t["end"], d["dct"], d["dct"]) for t in d["timexes"] if t["kind"] == "not_date"]
    return out


def test_the_hook_scores_a_gold_echo_perfectly():
    for view, s in timex_handmade.scores(_echo_gold, "handmade3").items():
        assert (s.precision, s.recall, s.fp, s.fn) == (1.0, 1.0, 0, 0), view


def test_the_hook_counts_dates_over_not_dates_as_false_positives():
    s = timex_handmade.scores(_dates_everywhere, "handmade3")["all spans"]
    assert s.recall == 1.0
    assert s.fp == sum(t["kind"] == "not_date" for d in DOCS for t in d["timexes"])
    assert s.precision == pytest.approx(s.good / (s.good + s.fp)) and s.precision < 1.0


def test_the_hook_prints_a_row_per_view_for_the_named_set(capsys, monkeypatch):
    monkeypatch.setattr(timex_handmade.timex_eval, "newsfacet_tagger", _echo_gold)
    assert timex_handmade.main(["--set", "handmade3"]) == 0
    out = capsys.readouterr().out
    assert out.count("handmade3") == 2 and out.count("P=1.000 R=1.000") == 2
