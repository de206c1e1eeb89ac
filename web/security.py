"""Security headers on every response and the limits that keep one client from hurting the others.

- CSP allows scripts and styles from our own origin only (no inline code anywhere, so an injected
  ``<script>`` or ``onerror=`` cannot run even if escaping ever failed) and forbids framing.
- Request bodies (only the search form and POST /api/search take one) larger than
  ``MAX_CONTENT_LENGTH`` are refused with 413 before routing; query strings longer than
  ``MAX_QUERY_STRING`` get 414. Both sit below gunicorn's own limits (web/gunicorn_conf.py), so the
  product's envelope answers, not gunicorn's page.
- Exports stream every match and are the expensive endpoint: limited per client and in concurrency
  across every worker of the server (web/export_gate.py), 429 with Retry-After.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import weakref

from flask import Flask, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge, RequestURITooLarge

from .export_gate import ExportGate

GET_BODY_LIMIT = 16 * 1024
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",  # for browsers that predate frame-ancestors
    # Search queries are sensitive for a newsroom: never send them to the sites articles link to.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _limits():
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if request.method != "POST":  # only the search form and POST /api/search read a body
        limit = min(limit or GET_BODY_LIMIT, GET_BODY_LIMIT)
    if limit is not None and (request.content_length or 0) > limit:
        raise RequestEntityTooLarge(f"request body larger than {limit} bytes")
    qs_limit = current_app.config["MAX_QUERY_STRING"]
    if len(request.query_string) > qs_limit:
        raise RequestURITooLarge(f"query string longer than {qs_limit} bytes")


def admit_export():
    """The export limits across all workers (web/export_gate.py): a held slot to release, or None
    for HEAD, which runs no export and is not counted."""
    if request.method == "HEAD":
        return None
    gate: ExportGate = current_app.extensions["newsfacet.export_gate"]
    return gate.admit(request.remote_addr or "unknown")


def release_export(slot) -> None:
    if slot is not None:
        slot.release()


def init_app(app: Flask) -> None:
    run_dir = app.config.get("RUN_DIR") or os.environ.get("NEWSFACET_RUN_DIR")
    if not run_dir:
        # Not under `newsfacet serve` (tests, flask run): this app's own directory, removed with it.
        run_dir = tempfile.mkdtemp(prefix="newsfacet-app-")
        weakref.finalize(app, shutil.rmtree, run_dir, True)
    app.config["RUN_DIR"] = run_dir
    app.extensions["newsfacet.export_gate"] = ExportGate(
        run_dir, app.config["EXPORT_RATE_LIMIT"], app.config["EXPORT_RATE_WINDOW"], app.config["EXPORT_CONCURRENCY"]
    )
    app.before_request(_limits)
    app.after_request(_headers)
