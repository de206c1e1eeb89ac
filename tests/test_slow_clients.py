"""Slow and idle clients against the real serving command (``newsfacet serve``: what ``make run`` and the
Procfile run), on 127.0.0.1 only, for a bounded time.

50 connections that never send a byte and 50 that trickle their headers a byte at a time are held open
(reconnecting whenever the server drops them) for 20 s, while one normal client searches. The normal
client must be served every time, with a p95 under 1 s (the issue's bound; a quiet search takes ~20 ms,
and under the old sync workers two trickling clients left it unanswered 7 times out of 10). The server
must also drop the trickling clients by itself (its request timeout), and answer requests its parser
refuses with the product's JSON envelope, not gunicorn's HTML page.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import threading
import time

import pytest
from support.robust import ROOT, child_env, cli_argv, free_port, kill9, wait_healthy

pytestmark = pytest.mark.slow

IDLE = 50
TRICKLING = 50
HOLD_SECONDS = 20.0
TRICKLE_EVERY = 0.5  # seconds between the bytes of a trickling request


@pytest.fixture(scope="module")
def server(seed_index_dir):
    port = free_port()
    env = child_env()
    env.pop("WEB_CONCURRENCY", None)  # the default worker count is what is being tested
    env.pop("NEWSFACET_RUN_DIR", None)
    proc = subprocess.Popen(cli_argv("serve", "--index", str(seed_index_dir), "--host", "127.0.0.1", "--port", str(port)),
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        assert wait_healthy(port, timeout=60), "newsfacet serve did not come up"
        yield port
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # our own session: gunicorn's graceful stop
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                kill9(proc)
        log = proc.stderr.read() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    assert "Traceback" not in log, log[-3000:]


def _get(port: int, path: str, timeout: float = 10) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _raw(port: int, data: bytes, timeout: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def _attacker(port: int, trickle: bool, stop: threading.Event, stats: dict, lock: threading.Lock) -> None:
    """Hold one connection open without completing a request; reconnect when the server drops it."""
    request = b"GET /api/search?q=Kupol HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Slow: " + b"a" * 4000 + b"\r\n\r\n"
    while not stop.is_set():
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            with lock:
                stats["refused"] += 1
            stop.wait(0.2)
            continue
        with lock:
            stats["connections"] += 1
        s.settimeout(TRICKLE_EVERY)
        sent = 0
        try:
            while not stop.is_set():
                if trickle and sent < len(request) - 4:  # never the final blank line
                    s.send(request[sent:sent + 1])
                    sent += 1
                try:
                    if s.recv(1024) == b"":  # the server hung up on us
                        with lock:
                            stats["dropped_by_server"] += 1
                        break
                except TimeoutError:
                    continue
        except OSError:
            with lock:
                stats["dropped_by_server"] += 1
        finally:
            s.close()


def test_idle_and_trickling_clients_do_not_starve_a_normal_client(server):
    port = server
    stop = threading.Event()
    lock = threading.Lock()
    idle = {"connections": 0, "dropped_by_server": 0, "refused": 0}
    trickling = {"connections": 0, "dropped_by_server": 0, "refused": 0}
    threads = [threading.Thread(target=_attacker, args=(port, False, stop, idle, lock), daemon=True)
               for _ in range(IDLE)]
    threads += [threading.Thread(target=_attacker, args=(port, True, stop, trickling, lock), daemon=True)
                for _ in range(TRICKLING)]
    for t in threads:
        t.start()
    latencies, failures = [], []
    try:
        time.sleep(1.0)  # every attacker is connected before the clock starts
        deadline = time.monotonic() + HOLD_SECONDS
        paths = ["/api/search?q=Kupol", "/api/search?q=Kharkiv&copies=all", "/?q=drone", "/healthz"]
        i = 0
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            try:
                status, body = _get(port, path, timeout=30)
                if status != 200:
                    failures.append(f"{status} {path} {body[:100]!r}")
            except OSError as exc:
                failures.append(f"{type(exc).__name__} {path}")
            latencies.append(time.perf_counter() - t0)
            time.sleep(0.05)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=10)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\nnormal client: {len(latencies)} requests in {HOLD_SECONDS:g}s beside {IDLE} idle and {TRICKLING} "
          f"trickling connections: p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms, {len(failures)} failures; idle {idle}, trickling {trickling}")
    assert not failures, failures[:5]
    assert len(latencies) >= 50  # served all along, not once at the end
    assert p95 < 1.0, f"p95 {p95:.2f} s"
    # The attack really was on: every attacker connected, and the server timed the tricklers out itself.
    assert idle["connections"] >= IDLE and trickling["connections"] >= TRICKLING
    assert trickling["dropped_by_server"] >= TRICKLING
    assert idle["dropped_by_server"] >= IDLE


def test_requests_gunicorn_refuses_get_the_products_envelope(server):
    port = server
    cases = [
        (b"GET /api/search?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri_too_long"),
        (b"GET /?q=" + b"%D0%9A" * 2000 + b" HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n", 414, "uri_too_long"),
        (b"GET /api/search HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(150)) + b"\r\n",
         431, "headers_too_large"),
        (b"GET /api/search HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n", 431, "headers_too_large"),
        (b"G\x00T / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "bad_request"),
    ]
    for raw, status, code in cases:
        answer = _raw(port, raw)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 %d " % status), (raw[:40], head[:200])
        assert b"application/json" in head and b"<html" not in answer.lower()
        assert json.loads(body)["error"]["code"] == code
    # Below gunicorn's limits the app answers first, with the same envelope.
    status, body = _get(port, "/api/search?q=" + "a" * 7500)
    assert status == 414 and json.loads(body)["error"]["code"] == "uri_too_long"


def test_the_export_limit_is_the_servers_not_each_workers_and_head_is_free(server):
    port = server

    def request(method: str) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            conn.request(method, "/api/export.csv?q=Kupol")
            response = conn.getresponse()
            response.read()
            return response.status
        finally:
            conn.close()

    assert [request("HEAD") for _ in range(15)] == [200] * 15  # not counted
    # 10 per client per minute across both workers (each new connection may land on either): the 11th
    # is refused; with a limit per worker it would take 20.
    statuses = [request("GET") for _ in range(12)]
    assert statuses[:10] == [200] * 10 and statuses[10:] == [429, 429], statuses
