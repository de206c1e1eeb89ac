"""The scale bench's yardsticks: an FTS5 query past its per-query limit is reported as "> limit", never
dropped or waited out, and the per-kind table puts the three engines side by side on the same queries."""
from __future__ import annotations

import pytest

from bench import fts5_baseline, scale_report


@pytest.fixture(scope="module")
def fts_db(sample_index_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("fts5") / "fts.sqlite3"
    fts5_baseline.build(sample_index_dir, db)
    return db


def test_an_fts5_query_past_its_limit_is_interrupted(fts_db, monkeypatch):
    monkeypatch.setattr(fts5_baseline.Fts5Baseline, "PROGRESS_STEPS", 1)  # check the deadline at every step
    fts = fts5_baseline.Fts5Baseline(fts_db, timeout=-1.0)  # a deadline already past
    try:
        with pytest.raises(fts5_baseline.Fts5Timeout):
            fts.search("browse", "", {})
    finally:
        fts.close()


def test_within_its_limit_fts5_answers_as_without_one(fts_db):
    plain, limited = fts5_baseline.Fts5Baseline(fts_db), fts5_baseline.Fts5Baseline(fts_db, timeout=600.0)
    try:
        a, b = plain.search("browse", "", {}), limited.search("browse", "", {})
        assert a["total"] > 0 and a == b
        limited.search("browse", "", {})  # the statement interrupted or not, the connection stays usable
    finally:
        plain.close()
        limited.close()


def _sample(kind, filters, nf, fts, tv):
    # CPU time a tenth of the wall clock: a loaded machine
    return {"kind": kind, "filters": filters, "newsfacet_ms": nf, "fts5_ms": fts, "tantivy_ms": tv,
            "newsfacet_cpu_ms": nf / 10, "fts5_cpu_ms": None if fts is None else fts / 10, "tantivy_cpu_ms": tv / 10}


def test_timed_out_queries_count_as_slowest_and_show_as_over_the_limit():
    samples = [_sample("rare", {}, 10.0, 5.0, 2.0) for _ in range(18)]
    samples += [_sample("rare", {}, 12.0, None, 3.0) for _ in range(2)]  # FTS5 gave up on two of 20
    row = scale_report.latency_table(samples, timeout_ms=10_000)["rare"]
    assert row["n"] == 20
    assert row["fts5"]["p50"] == 5.0 and row["fts5"]["p95"] == "> 10 s"
    assert row["newsfacet"]["p95"] == pytest.approx(12.0) and row["tantivy"]["p95"] == pytest.approx(3.0)
    assert row["newsfacet_over_tantivy_p95"] == 4.0
    assert row["cpu_fts5"]["p95"] == "> 10 s" and row["cpu_newsfacet"]["p95"] == pytest.approx(1.2)


def test_the_kind_table_is_rendered_per_size():
    samples = [_sample(k, f, 20.0, 30.0, 10.0) for k in ("rare", "phrase", "browse") for f in ({}, {"place": ["X"]})]
    search = {"per_kind": scale_report.latency_table(samples, 10_000), "queries": len(samples), "fts5_timeout_s": 10.0,
              "fts5_timeouts": 0, "load_at_search": (1.0, 1.0, 1.0)}
    text = scale_report.render([{"articles": 300000, "search": search}], "today")
    assert "Per query kind at 300,000 articles" in text
    assert ("| phrase, no filter | 1 | 20.0 / 20.0 (CPU 2.0 / 2.0) | 10.0 / 10.0 (CPU 1.0 / 1.0) | "
            "30.0 / 30.0 (CPU 3.0 / 3.0) | 2.0 (CPU 2.0) |") in text


def test_without_tantivy_its_columns_stay_empty_instead_of_failing():
    samples = [{k: v for k, v in _sample("or", {}, 20.0, 30.0, 10.0).items() if not k.startswith("tantivy")}
               for _ in range(4)]
    row = scale_report.latency_table(samples, 10_000)["or"]
    assert row["tantivy"] == {"p50": "-", "p95": "-"} and row["newsfacet_over_tantivy_p95"] == "-"
    assert row["newsfacet"]["p95"] == pytest.approx(20.0)


def test_newsfacet_alone_gets_its_own_percentiles_beside_the_interleaved_ones():
    samples = [dict(_sample("or", {}, 20.0, 30.0, 10.0), alone_ms=5.0, alone_cpu_ms=4.0) for _ in range(4)]
    row = scale_report.latency_table(samples, 10_000)["or"]
    assert row["alone"]["p95"] == pytest.approx(5.0) and row["cpu_alone"]["p95"] == pytest.approx(4.0)
    assert row["newsfacet"]["p95"] == pytest.approx(20.0)  # the interleaved pass is not replaced
