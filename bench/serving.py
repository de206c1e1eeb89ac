"""Serving: gunicorn (``newsfacet serve``, default workers) under 16 concurrent clients on 127.0.0.1.

The client is stdlib threads + http.client so the bench needs no load tool; it shares the 2 cores with the
server, which makes the requests/s a floor, not a ceiling (noted in the report). Each client walks the
search query mix as /api/search URLs for a bounded time and a bounded count, then stops by itself.
Any non-200 answer or socket error counts as an error; the target is zero.

The second row repeats the load while ``newsfacet index`` adds articles to a copy of the index, so
workers must pick up new index generations mid-load without errors.
"""
from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from .memory import children, cpu_seconds, run_child, shared_memory_mb, vm_hwm_mb
from .search_latency import percentile

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 16
# A request slower than this counts as an error (a journalist has given up by then). Warm-up requests,
# which make each worker open the index and build its facet arrays, may take longer.
REQUEST_TIMEOUT = 60
WARMUP_TIMEOUT = 600


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, timeout: float = REQUEST_TIMEOUT) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


class Server:
    """``newsfacet serve`` in a subprocess; stopped by its own pid (the gunicorn arbiter)."""

    def __init__(self, index_dir: Path, workers: int | None = None):
        self.port = free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("WEB_CONCURRENCY", None)  # the default worker count is what is being measured
        if workers:
            env["WEB_CONCURRENCY"] = str(workers)
        argv = [sys.executable, "-m", "indexer.cli", "serve", "--index", str(index_dir),
                "--host", "127.0.0.1", "--port", str(self.port)]
        self.log = open(Path(index_dir).parent / f"serve-{self.port}.log", "wb")
        self.proc = subprocess.Popen(argv, env=env, cwd=str(ROOT), stdout=self.log, stderr=subprocess.STDOUT)

    def _listening(self) -> bool:
        """Our own gunicorn has bound the port (``newsfacet serve`` execs it, so the arbiter is our pid): the
        port came from free_port(), and another server that took it in between must not be the one measured."""
        self.log.flush()
        mark = f"Listening at: http://127.0.0.1:{self.port} ({self.proc.pid})"
        return mark in Path(self.log.name).read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, timeout: float = WARMUP_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive("before it was ready")
            try:
                if self._listening() and _get(self.port, "/healthz", timeout=WARMUP_TIMEOUT)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready after {timeout}s; see {self.log.name}")

    def check_alive(self, when: str) -> None:
        """A server that stopped (gunicorn halts the whole server when one worker fails to boot) is a failed
        row that says so, not a count of refused connections that reads like slow or wrong answers."""
        if self.proc.poll() is not None:
            tail = Path(self.log.name).read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"server exited with {self.proc.returncode} {when}: {' | '.join(tail)[-400:]} "
                               f"(see {self.log.name})")

    def workers(self) -> list[int]:
        return children(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # gunicorn: graceful shutdown of the arbiter and its workers
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def search_paths(queries) -> list[str]:
    paths = []
    for q in queries:
        pairs = [("q", q.q)] + [(k, v) for k, vs in q.filters.items() for v in vs]
        paths.append("/api/search?" + urllib.parse.urlencode(pairs))
    return paths


def load(port: int, paths: list[str], seconds: float, max_requests: int, clients: int = CLIENTS) -> dict:
    """``clients`` threads issuing GETs round-robin over ``paths`` until time or count runs out."""
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(max_requests))
    deadline = time.perf_counter() + seconds

    def client(offset: int) -> None:
        i = offset
        while time.perf_counter() < deadline:
            with lock:
                if next(counter, None) is None:
                    return
            path = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            try:
                status, _ = _get(port, path)
                error = None if status == 200 else f"HTTP {status} {path}"
            except OSError as exc:
                error = f"{type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                if error:
                    errors.append(error)

    threads = [threading.Thread(target=client, args=(k * 7,), daemon=True) for k in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + REQUEST_TIMEOUT + 10)
    wall = time.perf_counter() - start
    ms = [x * 1000 for x in latencies]
    return {"clients": clients, "seconds": round(wall, 1), "requests": len(ms),
            "requests_per_s": round(len(ms) / wall, 1), "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1), "max_ms": round(max(ms), 1) if ms else None,
            "errors": len(errors), "error_examples": sorted(set(errors))[:5]}


def run(index_dir: Path, queries, seconds: float, max_requests: int, log=print) -> dict:
    server = Server(index_dir)
    try:
        server.wait_ready()
        workers = server.workers()
        paths = search_paths(queries)
        for path in paths[:len(workers) * 4]:  # each worker opens its searcher before the clock starts
            _get(server.port, path, timeout=WARMUP_TIMEOUT)
        cpu0 = [cpu_seconds(p) or 0.0 for p in workers]
        result = load(server.port, paths, seconds, max_requests)
        server.check_alive("during the load")
        # the workers' own CPU per answered request: what req/s and wall p95 mean on 2 cores shared with the
        # clients and other sessions' jobs (they measure the scheduler as much as the server)
        used = sum((cpu_seconds(p) or 0.0) - c for p, c in zip(workers, cpu0))
        result["worker_cpu_ms_per_request"] = round(1000 * used / max(result["requests"], 1), 1)
        result["workers"] = len(workers)
        result["worker_peak_rss_mb"] = max((vm_hwm_mb(p) or 0 for p in workers), default=None)
        # the index's mapped files are paged in once for all workers: RSS counts them in each, PSS splits them
        result["worker_memory"] = [shared_memory_mb(p) for p in workers]
        log(f"serving: {result['requests_per_s']} req/s, p95 {result['p95_ms']} ms, {result['errors']} errors")
        return result
    finally:
        server.stop()


def run_while_indexing(index_dir: Path, extra_corpus: Path, work_dir: Path, queries, seconds: float,
                       max_requests: int, log=print) -> dict:
    """The same load on a copy of the index while ``newsfacet index`` commits new articles into it."""
    copy = work_dir / "serving-while-indexing"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(index_dir, copy)
    server = Server(copy)
    indexer_result: dict = {}
    try:
        server.wait_ready()
        paths = search_paths(queries)
        for path in paths[:8]:
            _get(server.port, path, timeout=WARMUP_TIMEOUT)
        before = _total(server.port)
        workers = server.workers()

        def index() -> None:
            argv = [sys.executable, "-m", "indexer.cli", "index", str(extra_corpus), "--index", str(copy), "--json"]
            run = run_child(argv, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=seconds * 20, cwd=str(ROOT))
            indexer_result.update(seconds=round(run.seconds, 1), returncode=run.returncode,
                                  peak_rss_mb=round(run.peak_rss_mb, 1), stderr=run.stderr.strip()[-300:])

        indexer = threading.Thread(target=index, daemon=True)
        indexer.start()
        result = load(server.port, paths, seconds, max_requests)
        server.check_alive("during the load")
        indexer.join(seconds * 20)
        result["workers"] = len(workers)
        result["articles_before"] = before
        result["articles_after"] = _total(server.port)
        result["indexer"] = indexer_result
        log(f"serving while indexing: {result['requests_per_s']} req/s, p95 {result['p95_ms']} ms, "
            f"{result['errors']} errors, articles {before} -> {result['articles_after']}")
        return result
    finally:
        server.stop()
        shutil.rmtree(copy, ignore_errors=True)


def _total(port: int) -> int | None:
    import json

    try:
        status, body = _get(port, "/healthz")
        return json.loads(body).get("articles") if status == 200 else None
    except (OSError, ValueError):
        return None
