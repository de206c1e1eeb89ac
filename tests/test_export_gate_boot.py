"""Workers of one server build their export gate (web/export_gate.py) as they boot, often at the same
moment. One that fails to ("database is locked" from SQLite's switch to WAL) makes gunicorn stop the
whole server: the bench's serving row then counted every refused connection as an error (issue 18's CI
flake, 135 of 300 requests). Each round boots four gates at once on a fresh run directory; before the fix
about one round in twenty lost a worker."""
from __future__ import annotations

import multiprocessing

from web.export_gate import ExportGate

ROUNDS, WORKERS = 60, 4


def _boot(run_dir: str, barrier, failures) -> None:
    barrier.wait()
    try:
        ExportGate(run_dir, 5, 60, 2)
    except Exception as exc:  # noqa: BLE001 - any failure to boot is the finding
        failures.put(f"{type(exc).__name__}: {exc}")


def test_workers_booting_at_once_all_get_their_export_gate(tmp_path):
    ctx = multiprocessing.get_context("fork")
    failures = ctx.Queue()
    for r in range(ROUNDS):
        barrier = ctx.Barrier(WORKERS)
        procs = [ctx.Process(target=_boot, args=(str(tmp_path / f"run-{r}"), barrier, failures))
                 for _ in range(WORKERS)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert all(p.exitcode == 0 for p in procs)
    found = []
    while not failures.empty():
        found.append(failures.get())
    assert not found, found
