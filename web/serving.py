"""The gunicorn side of serving: the worker class and how gunicorn's own refusals look.

Worker model (measured in bench/hostile.py and tests/test_slow_clients.py): gevent. A connection costs a
greenlet, not a process or a thread, until its request has arrived, so idle and trickling clients cannot
take the workers away from everyone else; gunicorn reads each request under ``keepalive`` seconds
(gevent.Timeout), so a client that trickles its headers is dropped after that. The search itself is
CPU-bound and serialised per process by the Engine's lock, so greenlets cost the searches nothing.

gunicorn answers a request it cannot parse (request line or headers over its limits, malformed) with
its own HTML page. The app's limits are set below gunicorn's so the app answers first; for what is
left (a request line of more than 8,190 bytes, absurd headers) this worker answers with the product's
JSON error envelope instead of gunicorn's page.

Only gunicorn imports this module (``worker_class`` in web/gunicorn_conf.py); web/ itself never does.
"""
from __future__ import annotations

import json

from gunicorn.http import errors as http_errors
from gunicorn.util import write_nonblock
from gunicorn.workers.ggevent import GeventWorker as _GeventWorker

# gunicorn exception -> (status, reason, envelope code)
_REFUSALS = (
    (http_errors.LimitRequestLine, 414, "URI Too Long", "uri_too_long"),
    (http_errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "headers_too_large"),
)
_CLIENT_ERRORS = tuple(getattr(http_errors, name) for name in (
    "InvalidRequestLine", "InvalidRequestMethod", "InvalidHTTPVersion", "InvalidHeader", "InvalidHeaderName",
    "InvalidProxyLine", "ForbiddenProxyRequest", "InvalidSchemeHeaders", "ObsoleteFolding",
    "InvalidChunkSize", "ChunkMissingTerminator", "InvalidChunkExtension") if hasattr(http_errors, name))
MESSAGES = {
    "uri_too_long": "the request line is too long; send a long search as POST /api/search with a JSON body "
                    "(or from the search page's form)",
    "headers_too_large": "the request headers are too large or too many",
    "bad_request": "the request could not be parsed as HTTP",
}


def refusal(exc: BaseException) -> tuple[int, str, str] | None:
    """(status, reason, code) for a request gunicorn refused to parse; None for anything else."""
    for cls, status, reason, code in _REFUSALS:
        if isinstance(exc, cls):
            return status, reason, code
    if isinstance(exc, _CLIENT_ERRORS):
        return 400, "Bad Request", "bad_request"
    return None


def envelope_response(status: int, reason: str, code: str) -> bytes:
    body = json.dumps({"error": {"code": code, "message": MESSAGES[code], "param": None}}).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nX-Content-Type-Options: nosniff\r\n"
            "Cache-Control: no-store\r\n\r\n").encode("latin-1")
    return head + body


class GeventWorker(_GeventWorker):
    def handle_error(self, req, client, addr, exc):
        known = refusal(exc)
        if known is None:
            return super().handle_error(req, client, addr, exc)
        status, reason, code = known
        ip = (addr or ("",))[0] if isinstance(addr, tuple) else addr
        self.log.warning("refused a request from ip=%s: %s %s", ip, status, str(exc)[:200])
        try:
            write_nonblock(client, envelope_response(status, reason, code))
        except Exception:  # noqa: BLE001 - the client may be gone; nothing left to tell it
            self.log.debug("failed to send the refusal")
