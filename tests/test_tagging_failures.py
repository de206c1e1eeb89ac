"""A tagging bug met on one article costs that article's file, never the run (README: one bad file never
stops a run). Found by hand: an article saying "2500 years ago" once stopped `newsfacet index` with
"year -476 is out of range", and none of the folder's files were indexed."""
from __future__ import annotations

import json

from indexer import dates
from indexer.cli import main

GOOD = "Ukrainian drones struck the Kupol plant in Izhevsk on July 1, the SBU said.\n"
ANCIENT = {"id": "ago", "title": "Old walls", "source": "Test Wire", "published": "2024-05-01",
           "text": "The walls were made 2500 years ago, the museum said. Repairs began two years ago."}


def _search(runner, index_dir, q):
    return json.loads(runner.invoke(main, ["search", q, "--index", str(index_dir), "--json"]).output)


def test_a_day_no_calendar_holds_is_no_date_and_the_folder_indexes(runner, tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "old.jsonl").write_text(json.dumps(ANCIENT) + "\n", encoding="utf-8")
    (corpus / "kupol.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(main, ["index", str(corpus), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 0, result.output
    assert _search(runner, tmp_path / "idx", "walls")["total"] == 1
    assert _search(runner, tmp_path / "idx", "Kupol")["total"] == 1


def test_a_tagging_failure_skips_only_its_file_with_a_one_line_reason(runner, tmp_path, monkeypatch):
    real = dates.tag_dates

    def tag_dates(article, spans):
        if "BOOM" in " ".join(p.text for p in article.paragraphs):
            raise ValueError("a bug met on this text")
        return real(article, spans)

    monkeypatch.setattr(dates, "tag_dates", tag_dates)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "bad.txt").write_text("The BOOM report from Odesa, officials said on Monday.\n", encoding="utf-8")
    (corpus / "kupol.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(main, ["index", str(corpus), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 1
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 1 and "bad.txt" in skipped[0] and "a bug met on this text" in skipped[0]
    assert _search(runner, tmp_path / "idx", "Kupol")["total"] == 1
    assert _search(runner, tmp_path / "idx", "BOOM")["total"] == 0
