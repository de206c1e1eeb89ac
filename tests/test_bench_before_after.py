"""bench/before_after.py: two trees timed on one corpus, alternating, each child running its own tree's code."""
from __future__ import annotations

from pathlib import Path

from bench import before_after

ROOT = Path(__file__).resolve().parent.parent


def test_a_tree_against_itself_gives_the_same_totals_and_every_row(tmp_path):
    result = before_after.run(ROOT, 30, 1, rounds=2, per_kind=1, reindex_rounds=1, work=tmp_path,
                              log=lambda m: None, new=ROOT)
    assert result["totals_differ"] == [] and result["queries"] == 18  # 6 kinds x 3 filter levels
    kinds = {r["kind"] for r in result["rows"]}
    assert kinds == {"rare", "two_terms", "phrase", "or", "prefix", "browse", "ALL text", "ALL"}
    everything = next(r for r in result["rows"] if r["kind"] == "ALL")
    assert everything["n"] == 2 * 18 and everything["old_p50_ms"] > 0 and everything["ratio_p95"] > 0
    assert len(result["reindex_seconds"]["old"]) == len(result["reindex_seconds"]["new"]) == 1
    assert result["reindex_ratio"] > 0
    assert "p50 new/old" in before_after.render(result)


def test_the_child_refuses_a_tree_whose_search_package_is_elsewhere(tmp_path):
    # A tree without its own search/ would silently time the installed one: the child checks and fails.
    (tmp_path / "tree").mkdir()
    try:
        before_after._child(before_after._PRELUDE, tmp_path / "tree")
    except RuntimeError as exc:
        assert "AssertionError" in str(exc)
    else:
        raise AssertionError("the child ran with a search package outside the tree under test")
