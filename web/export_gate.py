"""Exports limited across every worker process of one server, not per worker.

Exports stream every match and are the expensive endpoint. Two limits, both kept in files in the
server's run directory (``RUN_DIR``: under gunicorn a private directory the master creates and every
worker inherits, see web/gunicorn_conf.py; otherwise one per app):

- a sliding window per client address, ``EXPORT_RATE_LIMIT`` exports per ``EXPORT_RATE_WINDOW`` seconds,
  counted in a small SQLite table (one short write transaction per export, so every worker sees the
  same count);
- at most ``EXPORT_CONCURRENCY`` exports streaming at once, as that many slot files held with
  ``flock``: a slot is released when the stream ends, and by the kernel if its worker dies.

HEAD requests run no export and count against neither. Behind a reverse proxy, configure werkzeug's
ProxyFix so ``remote_addr`` is the real client.
"""
from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from pathlib import Path

from .errors import RateLimited


class ExportGate:
    def __init__(self, run_dir: str | Path, limit: int, window: float, concurrency: int, clock=time.time):
        self.run_dir = Path(run_dir)
        self.limit, self.window, self.concurrency, self.clock = limit, window, concurrency, clock
        self.run_dir.mkdir(parents=True, exist_ok=True)
        # Every worker of a server builds its gate as it boots, often at the same moment. Of two connections
        # switching a new database to WAL at once, SQLite may fail one with "database is locked" at once (it
        # skips the busy handler where waiting could deadlock; ~5% of 4 simultaneous boots), and a worker
        # that fails to boot makes gunicorn stop the whole server: so the workers take turns here.
        fd = os.open(self.run_dir / "exports.init.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            with self._db() as db:
                db.execute("CREATE TABLE IF NOT EXISTS export_hits (client TEXT NOT NULL, at REAL NOT NULL)")
                db.execute("CREATE INDEX IF NOT EXISTS export_hits_client ON export_hits (client, at)")
        finally:
            os.close(fd)  # closing the descriptor drops the flock

    def _db(self) -> _Closing:
        db = sqlite3.connect(self.run_dir / "exports.sqlite3", timeout=10, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        return _Closing(db)

    def hit(self, client: str) -> int:
        """Record an export by ``client``; 0 if allowed, else the seconds until the next one would be."""
        now = self.clock()
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")  # one writer at a time across processes: no lost counts
            try:
                db.execute("DELETE FROM export_hits WHERE at <= ?", (now - self.window,))
                count, oldest = db.execute("SELECT count(*), min(at) FROM export_hits WHERE client = ?",
                                           (client,)).fetchone()
                if count >= self.limit:
                    return max(1, int(oldest + self.window - now + 0.999))
                db.execute("INSERT INTO export_hits VALUES (?, ?)", (client, now))
                return 0
            finally:
                db.execute("COMMIT")

    def acquire_slot(self) -> Slot | None:
        """A held slot, or None when every slot is streaming."""
        for i in range(self.concurrency):
            fd = os.open(self.run_dir / f"export-slot-{i}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return Slot(fd)
            except BlockingIOError:
                os.close(fd)
        return None

    def admit(self, client: str) -> Slot:
        """Both limits for one export: the held slot, or RateLimited (429 with Retry-After)."""
        wait = self.hit(client)
        if wait:
            raise RateLimited(wait, f"at most {self.limit} exports per {self.window:g} seconds; retry in {wait} s")
        slot = self.acquire_slot()
        if slot is None:
            raise RateLimited(5, f"{self.concurrency} exports are already running; retry in a few seconds")
        return slot


class Slot:
    """One held export slot. ``release`` is idempotent; a slot dropped unreleased (a response nobody
    closed) is released when it is garbage-collected, and by the kernel when its process dies."""

    def __init__(self, fd: int):
        self.fd: int | None = fd

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor drops its flock

    __del__ = release


class _Closing:
    """sqlite3's context manager commits but does not close; this one closes."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, *exc) -> None:
        self.db.close()
