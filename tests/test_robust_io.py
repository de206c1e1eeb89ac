"""I/O failure while indexing: the disk "fills up" mid-run (RLIMIT_FSIZE in the child, with SIGXFSZ
ignored, makes every write past the limit fail with EFBIG, as a full disk fails with ENOSPC). The run must
stop with a clear one-line error and a non-zero status, leave the store and index openable, and the next
run with room to write must end with everything indexed exactly once.
"""
from __future__ import annotations

import resource
import signal
import subprocess

import pytest
from support.robust import ROOT, check_json, child_env, cli_argv, run_cli, write_jsonl_corpus

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("limit_kb", [300])
def test_a_write_failure_mid_run_is_reported_clearly_and_the_next_run_recovers(tmp_path, limit_kb):
    corpus = tmp_path / "in"
    ids = write_jsonl_corpus(corpus, 40, 6, 3, batch="f")
    index_dir = tmp_path / "idx"

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_kb * 1024, limit_kb * 1024))

    result = subprocess.run(cli_argv("index", str(corpus), "--index", str(index_dir)), cwd=ROOT, env=child_env(),
                            capture_output=True, text=True, timeout=180, preexec_fn=limited,
                            stdin=subprocess.DEVNULL)
    assert result.returncode != 0, "the run pretended to succeed although its writes failed"
    report = check_json(index_dir)  # the store and the index still open and can be compared
    assert report["duplicates"] == [], report

    rerun = run_cli("index", str(corpus), "--index", str(index_dir))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = check_json(index_dir)
    assert report["ok"] and report["store_articles"] == len(ids) == report["index_documents"], report

    # Checked last so that a failure here still proves the recovery above: a full disk deserves one
    # clear line (what failed, where), not a Python traceback.
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert lines and len(lines) <= 3, lines
    assert any(word in lines[-1].lower() for word in ("disk", "i/o", "space", "write", "large")), lines[-1]
