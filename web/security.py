"""Security headers on every response and the limits that keep one client from hurting the others.

- CSP allows scripts and styles from our own origin only (no inline code anywhere, so an injected
  ``<script>`` or ``onerror=`` cannot run even if escaping ever failed) and forbids framing.
- Request bodies: every endpoint is GET, so any body larger than ``MAX_CONTENT_LENGTH`` is refused
  with 413 before routing; query strings longer than ``MAX_QUERY_STRING`` get 414.
- Exports stream every match and are the expensive endpoint: a sliding-window limit per client
  address (``EXPORT_RATE_LIMIT`` requests per ``EXPORT_RATE_WINDOW`` seconds) answers 429. The window
  lives in process memory, so with N gunicorn workers a client gets at most N times the limit; behind
  a reverse proxy, configure werkzeug's ProxyFix so ``remote_addr`` is the real client.
"""
from __future__ import annotations

import threading
import time
from collections import deque

from flask import Flask, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge, RequestURITooLarge

from .errors import RateLimited

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
    if limit is not None and (request.content_length or 0) > limit:
        raise RequestEntityTooLarge(f"request body larger than {limit} bytes")
    qs_limit = current_app.config["MAX_QUERY_STRING"]
    if len(request.query_string) > qs_limit:
        raise RequestURITooLarge(f"query string longer than {qs_limit} bytes")


class SlidingWindow:
    """At most ``limit`` hits per ``window`` seconds per key; thread-safe, memory bounded."""

    MAX_KEYS = 10_000

    def __init__(self, limit: int, window: float, clock=time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int:
        """Record a hit; return 0 if allowed, else the seconds until the next one would be."""
        now = self.clock()
        with self._lock:
            if len(self._hits) > self.MAX_KEYS:
                self._forget_idle(now)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, int(hits[0] + self.window - now + 0.999))
            hits.append(now)
            return 0

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[key]


def check_export_rate() -> None:
    limiter: SlidingWindow = current_app.extensions["newsfacet.export_limiter"]
    wait = limiter.hit(request.remote_addr or "unknown")
    if wait:
        raise RateLimited(wait, f"at most {limiter.limit} exports per {limiter.window:g} seconds; "
                                f"retry in {wait} s")


def init_app(app: Flask) -> None:
    app.extensions["newsfacet.export_limiter"] = SlidingWindow(
        app.config["EXPORT_RATE_LIMIT"], app.config["EXPORT_RATE_WINDOW"]
    )
    app.before_request(_limits)
    app.after_request(_headers)
