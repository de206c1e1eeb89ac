"""gunicorn settings for every way newsfacet is served: ``newsfacet serve``, ``make run`` and the Procfile
all run ``gunicorn -c python:web.gunicorn_conf 'web:create_app()'`` (``newsfacet serve`` adds --bind
and --workers from its options). Every value has an environment variable; README "Serving" says why.

This is an application server, not an edge server: on the open internet put a reverse proxy that
buffers whole requests and responses in front (nginx, Caddy), and keep this bound to 127.0.0.1.
"""
from __future__ import annotations

import os
import shutil
import tempfile


def _int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name) or default)
    except ValueError:
        return default


bind = f"{os.environ.get('HOST') or '127.0.0.1'}:{os.environ.get('PORT') or '8000'}"
workers = _int("WEB_CONCURRENCY", 2)
# gevent: a connection that has not sent its request costs a greenlet, not a worker (see web/serving.py).
# WEB_WORKER_CLASS=gthread (with WEB_THREADS) is there to compare: a trickling client holds a thread
# there until its request is complete, so 50 of them exhaust 2 workers x 8 threads (see README).
worker_class = os.environ.get("WEB_WORKER_CLASS") or "web.serving.GeventWorker"
threads = _int("WEB_THREADS", 8)
worker_connections = _int("WEB_CONNECTIONS", 1000)  # per worker; more wait in the listen backlog
backlog = 2048
# A worker whose event loop is stuck for this long is killed and replaced. Searches stop themselves
# long before (NEWSFACET_TIME_BUDGET, 2 s).
timeout = _int("WEB_TIMEOUT", 30)
graceful_timeout = 20
# Seconds a connection may take to send a whole request (and to idle between keep-alive requests):
# gunicorn reads each request under this gevent timeout, so idle and trickling clients are dropped.
keepalive = _int("WEB_KEEPALIVE", 5)
# gunicorn's limits sit above the app's (MAX_QUERY_STRING 7,000 bytes, 64 KiB of headers would be odd),
# so the app answers with its own envelope first; 8,190 is gunicorn's maximum for the request line.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# No gunicornc control socket: its default path is per user, shared by every server on the machine.
control_socket_disable = True
accesslog = "-"
# The app's errors are logged by the app; gunicorn's own goes to stderr.
errorlog = "-"


def on_starting(server) -> None:
    # Shared state of this server's workers (the export limits): a private directory, inherited by the
    # workers through the environment, removed on exit. See web/export_gate.py.
    if not os.environ.get("NEWSFACET_RUN_DIR"):
        run_dir = tempfile.mkdtemp(prefix="newsfacet-run-")
        os.environ["NEWSFACET_RUN_DIR"] = run_dir
        _created.append(run_dir)


def on_exit(server) -> None:
    for run_dir in _created:
        shutil.rmtree(run_dir, ignore_errors=True)


_created: list[str] = []
