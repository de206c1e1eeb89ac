"""The hand-made event-date gold (tests/gold/timex/handmade.jsonl) is well formed and scoreable.

No tagger runs here: these check the file against the corpus records it was annotated on, and the
scoring hook with taggers that echo the gold.
"""
from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from indexer.dates import timex_handmade
from indexer.dates.timeml import value_span

ROOT = Path(__file__).resolve().parents[1]
DOCS = [json.loads(line) for line in timex_handmade.HANDMADE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _records() -> dict[str, dict]:
    corpora = ROOT / "eval" / "corpora"
    rows = []
    for name in ("conll2003test", "reuters21578"):
        with gzip.open(corpora / name / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    rows += [json.loads(line) for line in (corpora / "ieer1998" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["id"]: r for r in rows}


def test_documents_are_held_out_corpus_records_with_their_text_and_day():
    records = _records()
    assert len({d["doc"] for d in DOCS}) == len(DOCS)
    for d in DOCS:
        rec = records[d["doc"]]
        assert rec["split"] == "heldout"
        assert d["set"] == "handmade"
        assert d["dct"] == rec["published"] and date.fromisoformat(d["dct"])
        assert d["paragraphs"] == rec["text"].split("\n\n")


def test_every_offset_slices_the_annotated_text():
    for d in DOCS:
        for t in d["timexes"]:
            assert d["paragraphs"][t["p"]][t["start"]:t["end"]] == t["text"], (d["doc"], t)


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
    assert kinds.count("scored") >= 150
    assert kinds.count("not_date") >= 50


def _echo_gold(docs: list[dict]) -> list[list[tuple]]:
    return [[(t["p"], t["start"], t["end"], *t["span"]) for t in d["timexes"] if t["kind"] == "scored"] for d in docs]


def _dates_everywhere(docs: list[dict]) -> list[list[tuple]]:
    """The gold, plus a date over every not-a-date ("for three days", "now", "every Monday")."""
    out = _echo_gold(docs)
    for ms, d in zip(out, docs):
        ms += [(t["p"], t["start"], t["end"], d["dct"], d["dct"]) for t in d["timexes"] if t["kind"] == "not_date"]
    return out


def test_the_hook_scores_a_gold_echo_perfectly():
    for view, s in timex_handmade.scores(_echo_gold).items():
        assert (s.precision, s.recall, s.fp, s.fn) == (1.0, 1.0, 0, 0), view


def test_the_hook_counts_dates_over_not_dates_as_false_positives():
    s = timex_handmade.scores(_dates_everywhere)["all spans"]
    assert s.recall == 1.0
    assert s.fp == sum(t["kind"] == "not_date" for d in DOCS for t in d["timexes"])
    assert s.precision == pytest.approx(s.good / (s.good + s.fp)) and s.precision < 1.0


def test_the_hook_prints_a_row_per_view(capsys, monkeypatch):
    monkeypatch.setattr(timex_handmade.timex_eval, "newsfacet_tagger", _echo_gold)
    # main() picks the tagger at call time from timex_eval, so the echo stands in for the real one
    assert timex_handmade.main([]) == 0
    out = capsys.readouterr().out
    assert out.count("handmade") == 2 and "P=1.000 R=1.000" in out
