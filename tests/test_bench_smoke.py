"""The benchmark harness end to end on ~50 articles (`python -m bench --quick`): every phase runs and
reports, nothing errors. Only that it works is asserted -- never how fast (shared, noisy machines)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_quick_bench_runs_every_phase(tmp_path):
    out = tmp_path / "quick.json"
    proc = subprocess.run([sys.executable, "-m", "bench", "--quick", "--work", str(tmp_path / "work"),
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text())
    phases = results["phases"]
    assert not [name for name, p in phases.items() if isinstance(p, dict) and p.get("error")]
    assert phases["throughput"]["tokens"] > 0 and phases["throughput"]["ratio"] > 0
    assert phases["reindex"]["articles"] > 0
    kinds = {row["kind"] for row in phases["search"]["rows"]}
    assert {"rare", "two_terms", "phrase", "or", "prefix", "browse", "ALL text"} <= kinds
    mix = next(r for r in phases["search_spelling"]["rows"] if r["mix"] == "mix")
    assert mix["queries"] > 0 and mix["ratio_p95"] > 0
    # the examples say what failed (a refused connection, a status) if this ever flakes again
    assert phases["serve"]["requests"] > 0 and phases["serve"]["errors"] == 0, phases["serve"]["error_examples"]
    assert phases["serve_while_indexing"]["errors"] == 0, phases["serve_while_indexing"]["error_examples"]
    assert phases["serve_while_indexing"]["indexer"]["returncode"] == 0
    assert phases["serve_hostile"]["quiet"]["requests"] > 0 and phases["serve_hostile"]["hostile"]["errors"] == 0
    assert phases["serve_hostile"]["hostile_requests"] > 0
    assert phases["memory"]["store MB"] > 0
    story = {row["what"].split(",")[0].split(" (")[0]: row for row in phases["story"]["rows"]}
    assert set(story) == {"batch search", "entity page", "feed", "search with together=paragraph"}
    assert all(row["baseline_p50_ms"] > 0 and row["ratio_p50"] > 0 for row in story.values())
    assert "Search latency" in proc.stdout and "Name-spelling expansion" in proc.stdout
