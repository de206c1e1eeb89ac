"""Crash safety: ``kill -9`` the indexer (and the re-indexer) at seeded random moments; nothing is lost or doubled.

Each trial SIGKILLs ``newsfacet index`` over a folder of 40 small JSONL files one or more times at a random
moment of its run (startup, extraction, NER, store writes, index commit, copy grouping: wherever the clock
lands), checks that the store and the index still open, then re-runs the same command to completion and
demands: ``newsfacet check`` agrees, no duplicate ids, exactly the articles of an uninterrupted run.
The loop is bounded in wall time; the seed makes the kill moments reproducible. The same is done to a
run that removes the articles of vanished files (``index`` of a folder that lost files, and ``remove``).
"""
from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.robust import ROOT, check_json, kill9, run_cli, start_cli, write_jsonl_corpus

pytestmark = pytest.mark.slow

SEED = 20261122
N_FILES = 40
PER_FILE = 6
MIN_TRIALS = 3
MAX_TRIALS = 6
KILL_LOOP_BUDGET = 15.0  # no new trial past this many seconds of the loop, once MIN_TRIALS are done


def _opens(index_dir: Path) -> dict:
    """The store and the live index open and can be read after a SIGKILL (whatever they contain)."""
    from search import index as search_index
    from search.store import Store

    store = Store(index_dir, readonly=True)
    try:
        stored = store.count_articles()
    finally:
        store.close()
    ix = search_index.open_current(index_dir)
    docs = None
    if ix is not None:
        try:
            with ix.searcher() as searcher:
                docs = searcher.doc_count()
        finally:
            ix.close()
    return {"store": stored, "index": docs}


def _assert_complete(index_dir: Path, expected_ids: set[str]) -> None:
    from search.engine import Engine
    from search.store import Store

    report = check_json(index_dir)
    assert report["_rc"] == 0 and report["ok"], report
    assert report["duplicates"] == [] and report["missing"] == [] and report["extra"] == [], report
    assert report["store_articles"] == len(expected_ids) == report["index_documents"], report
    store = Store(index_dir, readonly=True)
    try:
        assert store.article_ids() == expected_ids
    finally:
        store.close()
    engine = Engine(index_dir)
    try:
        answer = engine.search({"copies": ["all"], "per_page": ["100"]})
        assert answer["total"] == len(expected_ids)
        answer = engine.search({"q": ["robustmarker"], "copies": ["all"], "per_page": ["100"]})
        assert answer["total"] == len(expected_ids)
    finally:
        engine.close()


def _run_and_kill(args: list[str], delay: float, trigger=None, trigger_timeout: float = 60.0) -> str:
    """Start ``newsfacet ARGS`` and SIGKILL it ``delay`` s after it starts or, with ``trigger``, ``delay`` s
    after ``trigger()`` first holds (polled every 10 ms). Returns where the kill landed: "killed",
    "finished" (it was done before the kill) or "no-trigger" (it ended before the trigger held)."""
    proc = start_cli(*args)
    outcome = "killed"
    if trigger is not None:
        deadline = time.monotonic() + trigger_timeout
        while not trigger() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if proc.poll() is not None:
            outcome = "no-trigger"
    try:
        proc.wait(timeout=delay)
        outcome = "finished" if outcome == "killed" else outcome
    except subprocess.TimeoutExpired:
        pass
    kill9(proc)
    return outcome


def _files_in_store(path: Path) -> int:
    import sqlite3

    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.05)
        try:
            return conn.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _store_has_a_file(index_dir: Path):
    """True once the run commits its first per-file store transaction (its write phase began)."""
    path = index_dir / "store.sqlite3"
    before = _files_in_store(path)
    return lambda: _files_in_store(path) > before


def test_kill_9_the_indexer_at_random_points_then_rerun_loses_and_doubles_nothing(tmp_path):
    from search.store import Store

    corpus = tmp_path / "corpus"
    write_jsonl_corpus(corpus, N_FILES, PER_FILE, SEED, batch="k")

    reference = tmp_path / "reference"
    started = time.monotonic()
    proc = start_cli("index", str(corpus), "--index", str(reference))
    first_write = None
    wrote = _store_has_a_file(reference)
    while proc.poll() is None:
        if first_write is None and wrote():
            first_write = time.monotonic()
        time.sleep(0.01)
    full_run = time.monotonic() - started
    _, err = proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    write_phase = max(0.2, time.monotonic() - (first_write or started))
    store = Store(reference, readonly=True)
    try:
        expected = store.article_ids()
    finally:
        store.close()
    assert len(expected) == N_FILES * PER_FILE

    rng = random.Random(SEED)
    deadline = time.monotonic() + KILL_LOOP_BUDGET
    log = []
    trial = 0
    while trial < MIN_TRIALS or (trial < MAX_TRIALS and time.monotonic() < deadline):
        index_dir = tmp_path / f"trial-{trial}"
        for _ in range(rng.choice((1, 1, 2))):  # sometimes a second kill lands on the half-finished state
            mode = rng.choice(("run", "store", "store", "write", "write"))
            if mode == "run":  # anywhere: startup, extraction, NER, writes
                delay, trigger = rng.uniform(0.1, 1.0) * full_run, None
            elif mode == "store":  # among the per-file store transactions, a burst of a few hundred ms
                delay, trigger = rng.uniform(0.0, 0.15), _store_has_a_file(index_dir)
            else:  # anywhere in the write phase: store, index commit, copy grouping
                delay, trigger = rng.uniform(0.0, 1.2) * write_phase, _store_has_a_file(index_dir)
            when = mode
            outcome = _run_and_kill(["index", str(corpus), "--index", str(index_dir)], delay, trigger)
            state = _opens(index_dir)
            log.append((trial, when, round(delay, 2), outcome, state))
        result = run_cli("index", str(corpus), "--index", str(index_dir))
        assert result.returncode == 0, (log[-1], result.stdout[-2000:], result.stderr[-3000:])
        _assert_complete(index_dir, expected)
        trial += 1
    print(f"\nfull run {full_run:.1f}s, write phase {write_phase:.2f}s; kills (trial, phase, delay s, outcome, "
          f"state after kill): {log}")
    # The kills must have landed mid-write at least once, or the test proved nothing.
    assert any(outcome == "killed" and 0 < state["store"] < len(expected) for *_, outcome, state in log) or \
        any(outcome == "killed" and state["store"] and state["index"] != state["store"] for *_, outcome, state in log), log


def test_kill_9_the_reindexer_leaves_the_old_index_live_and_the_next_reindex_cleans_up(tmp_path):
    from search import index as search_index

    # A bigger index than the indexer test's (written without NLP) so a rebuild lasts long enough to be hit.
    index_dir = tmp_path / "idx"
    writer = subprocess.run([sys.executable, str(ROOT / "tests" / "support" / "writer.py"), str(index_dir), "4", "600"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert writer.returncode == 0, writer.stderr[-2000:]
    expected = check_json(index_dir)
    assert expected["ok"] and expected["store_articles"] == 2400, expected

    def building():
        """True once this run has started writing its new generation (not a killed run's leftover)."""
        since = time.time()

        def check() -> bool:
            for p in index_dir.iterdir():
                try:
                    if p.name.endswith(".building") and p.stat().st_mtime >= since:
                        return True
                except FileNotFoundError:
                    pass
            return False

        return check

    started = time.monotonic()
    proc = start_cli("reindex", "--index", str(index_dir))
    seen, startup = building(), None
    while proc.poll() is None:
        if startup is None and seen():
            startup = time.monotonic() - started
        time.sleep(0.005)
    full_run = time.monotonic() - started
    _, err = proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    build = max(0.05, full_run - (startup or full_run * 0.7))
    rng = random.Random(SEED)
    log = []
    for k in range(5):
        if k % 2 == 0:  # once the new generation is being written: mid-build, at the rename, at the swap
            delay = rng.uniform(0.0, 1.0) * build
            trigger = building()
        else:
            delay, trigger = rng.uniform(0.3, 1.0) * full_run, None
        outcome = _run_and_kill(["reindex", "--index", str(index_dir)], delay, trigger)
        report = search_index.check(index_dir)
        log.append((round(delay, 2), outcome, report["ok"]))
        # A killed rebuild never swapped in anything half-built: the live index still matches the store.
        assert report["ok"] and report["index_documents"] == expected["store_articles"], (log, report)
    result = run_cli("reindex", "--index", str(index_dir))
    assert result.returncode == 0, result.stderr[-3000:]
    assert check_json(index_dir)["ok"]
    leftovers = [p.name for p in index_dir.iterdir() if p.name.endswith(".building")]
    assert leftovers == [], leftovers
    generations = [p.name for p in index_dir.iterdir() if p.name.startswith("whoosh-")]
    assert len(generations) <= 2, generations  # the live one and the one kept for readers mid-swap
    print(f"\nreindex full run {full_run:.1f}s (build {build:.2f}s); kills (delay s, outcome, check ok): {log}")
    assert any(outcome == "killed" for _, outcome, _ in log), log


def _store_files_below(index_dir: Path, count: int):
    """True once the run has committed its first removal (the store holds fewer files than ``count``)."""
    path = index_dir / "store.sqlite3"
    return lambda: 0 < _files_in_store(path) < count


def test_kill_9_during_a_removal_run_loses_nothing_and_check_passes_after_the_rerun(tmp_path):
    """Files vanish from an indexed folder (or are `newsfacet remove`d); the run that removes their articles
    is SIGKILLed at random moments; the re-run ends with exactly the surviving articles and `check` ok."""
    import shutil

    from search.store import Store

    corpus = tmp_path / "corpus"
    write_jsonl_corpus(corpus / "keep", 10, PER_FILE, SEED, batch="keep")
    write_jsonl_corpus(corpus / "old", 30, PER_FILE, SEED + 1, batch="old")
    base = tmp_path / "base"
    result = run_cli("index", str(corpus), "--index", str(base))
    assert result.returncode == 0, result.stderr[-3000:]
    n_files = _files_in_store(base / "store.sqlite3")
    assert n_files == 40
    shutil.rmtree(corpus / "old")  # 30 files vanish: a re-index must remove their 180 articles

    reference = tmp_path / "reference"
    shutil.copytree(base, reference, symlinks=True)
    started = time.monotonic()
    result = run_cli("index", str(corpus), "--index", str(reference))
    full_run = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    with Store(reference, readonly=True) as store:
        expected = store.article_ids()
    assert len(expected) == 10 * PER_FILE and all(i.startswith("keep-") for i in expected)
    assert check_json(reference)["ok"]

    rng = random.Random(SEED)
    log = []
    for trial in range(6):
        index_dir = tmp_path / f"removal-{trial}"
        shutil.copytree(base, index_dir, symlinks=True)
        command = ["index", str(corpus)] if trial % 2 == 0 else ["remove", str(corpus / "old")]
        if rng.random() < 0.5:  # anywhere in the run
            delay, trigger = rng.uniform(0.1, 1.0) * full_run, None
        else:  # once the removals have begun: between store transactions, before the index commit
            # (incremental copy grouping made the store-to-index window a few tens of ms: aim inside it)
            delay, trigger = rng.uniform(0.0, 0.03), _store_files_below(index_dir, n_files)
        outcome = _run_and_kill([*command, "--index", str(index_dir)], delay, trigger)
        state = _opens(index_dir)
        log.append((trial, command[0], round(delay, 2), outcome, state))
        rerun = run_cli(*command, "--index", str(index_dir))
        # `remove` after a kill that already removed everything names nothing left to remove: exit 1
        assert rerun.returncode in ((0,) if command[0] == "index" else (0, 1)), (log[-1], rerun.stderr[-3000:])
        _assert_complete(index_dir, expected)
    print(f"\nremoval run {full_run:.1f}s; kills (trial, command, delay s, outcome, state after kill): {log}")
    assert any(outcome == "killed" and (len(expected) < (state["store"] or 0) < 40 * PER_FILE
                                        or state["index"] != state["store"])
               for *_, outcome, state in log), log
