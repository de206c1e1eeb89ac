"""Serving under load while the index changes: gunicorn (``newsfacet serve``) on 127.0.0.1, 16 concurrent
clients for a bounded time while a writer process commits; 0 errors, 0 duplicate ids, no shrinking counts,
and the served count reaches the writer's last commit without a restart. Loopback only; bounded (~20 s).
(bench/serving.py measures throughput and latency of the same setup; this only guards correctness.)
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import threading
import time
from urllib.parse import urlencode

import pytest
from support.robust import ROOT, child_env, cli_argv, free_port, kill9, start_python, wait_healthy, wait_until

pytestmark = pytest.mark.slow

WRITER = str(ROOT / "tests" / "support" / "writer.py")
CLIENTS = 16
LOAD_SECONDS = 10.0
QUERIES = (
    {"copies": "all", "per_page": "100"},
    {"q": "robustmarker", "copies": "all", "per_page": "20"},
    {"person": "Ivan Fedorov", "copies": "all"},
    {"q": "depot Kharkiv", "sort": "newest", "copies": "all", "page": "2"},
)


def _get(port: int, path: str, params: dict | None = None, timeout: float = 30) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path + ("?" + urlencode(params) if params else ""))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_gunicorn_under_16_clients_while_an_indexer_commits(tmp_path):
    index_dir = tmp_path / "idx"
    first = subprocess.run([cli_argv()[0], WRITER, str(index_dir), "1", "10"], cwd=ROOT, env=child_env(),
                           capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr[-2000:]
    port = free_port()
    server = subprocess.Popen(cli_argv("serve", "--index", str(index_dir), "--host", "127.0.0.1", "--port", str(port),
                                       "--workers", "2"),
                              cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, stdin=subprocess.DEVNULL, start_new_session=True)
    writer = None
    try:
        assert wait_healthy(port, timeout=30), "gunicorn did not come up"
        stats = {"requests": 0, "errors": [], "duplicates": 0, "backwards": []}
        lock = threading.Lock()
        stop = threading.Event()

        def client(k: int) -> None:
            seen: dict[int, int] = {}
            i = k
            while not stop.is_set():
                qi = i % len(QUERIES)
                i += 1
                try:
                    status, body = _get(port, "/api/search", QUERIES[qi])
                    answer = json.loads(body) if status == 200 else None
                except Exception as exc:  # noqa: BLE001 - every failure counts
                    with lock:
                        stats["errors"].append(repr(exc)[:200])
                    continue
                with lock:
                    stats["requests"] += 1
                    if answer is None:
                        stats["errors"].append(f"{status} {body[:200]!r}")
                        continue
                    ids = [r["id"] for r in answer["results"]]
                    stats["duplicates"] += len(ids) != len(set(ids))
                    if answer["total"] < seen.get(qi, 0):
                        stats["backwards"].append((qi, seen[qi], answer["total"]))
                    seen[qi] = max(seen.get(qi, 0), answer["total"])

        threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(CLIENTS)]
        for t in threads:
            t.start()
        writer = start_python(WRITER, str(index_dir), "40", "5", "0.2", stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
        time.sleep(LOAD_SECONDS)
        stop.set()
        for t in threads:
            t.join(timeout=40)
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err[-2000:]
        final = int(out.split()[-1])

        def caught_up() -> bool:
            return all(json.loads(_get(port, "/healthz")[1])["articles"] == final for _ in range(4))

        assert wait_until(caught_up, timeout=15, interval=0.3), "a worker still serves an old generation"
        print(f"\ngunicorn: {stats['requests']} answers from {CLIENTS} clients in {LOAD_SECONDS:g}s while "
              f"{final - 10} articles were committed; {len(stats['errors'])} errors, {stats['duplicates']} "
              f"duplicate pages, {len(stats['backwards'])} shrinking counts")
        assert stats["errors"] == [], stats["errors"][:5]
        assert stats["duplicates"] == 0
        assert stats["backwards"] == [], stats["backwards"][:5]
        assert stats["requests"] >= CLIENTS * 5
    finally:
        if writer is not None:
            kill9(writer)
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)  # gunicorn's graceful stop (its own session: we started it)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                kill9(server)
        server_log = server.stderr.read() if server.stderr else ""
        if server.stderr:
            server.stderr.close()
    assert "Traceback" not in server_log, server_log[-3000:]
