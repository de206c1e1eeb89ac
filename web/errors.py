"""One error envelope for every endpoint: ``{"error": {"code", "message", "param"}}``.

The JSON API always answers with it. The HTML pages answer a browser (``Accept: text/html`` preferred
over JSON) with an error page built from the same three fields, and everyone else (curl, scripts,
tests) with the JSON envelope. A 500 never shows a stack trace: it is logged, and the client gets a
generic message.
"""
from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search.errors import SearchError

from . import params, urls

# Werkzeug's names are sentences; clients want stable machine codes.
_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    414: "uri_too_long",
    429: "rate_limited",
    503: "unavailable",
}
HTML_BLUEPRINT = "pages"


class RateLimited(HTTPException):
    code = 429
    description = "too many requests"

    def __init__(self, retry_after: int, description: str | None = None):
        super().__init__(description)
        self.retry_after = retry_after


def envelope(code: str, message: str, param: str | None = None) -> dict:
    return {"error": {"code": code, "message": message, "param": param}}


def _wants_html() -> bool:
    path = request.path
    if request.url_rule is not None:
        if request.blueprint != HTML_BLUEPRINT:
            return False
    elif path.startswith("/api/") or path == "/healthz":
        return False
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "text/html"


def error_response(status: int, code: str, message: str, param: str | None = None, headers=None):
    body = envelope(code, message, param)
    response = _html_error(status, body["error"], param) if _wants_html() else None
    if response is None:
        response = jsonify(body)
        response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _html_error(status: int, error: dict, param: str | None):
    try:
        page = render_template("error.html", status=status, error=error, retry_url=_retry_url(param))
    except Exception:  # an error page that fails must still leave the client an envelope, not a trace
        current_app.logger.exception("rendering the HTML error page failed")
        return None
    return current_app.make_response((page, status))


def _retry_url(param: str | None) -> str | None:
    """The same search without the parameter that broke it, so a reader is one click from results."""
    if not param or param not in request.args or request.blueprint != HTML_BLUEPRINT:
        return None
    pairs = urls.without(params.pairs_from(request.args), param)
    return urls.href(request.endpoint, pairs, **(request.view_args or {}))


def _search_error(e: SearchError):
    if e.status >= 500:
        current_app.logger.error("search error %s: %s", e.code, e.message)
    return error_response(e.status, e.code, e.message, e.param)


def _http_error(e: HTTPException):
    status = e.code or 500
    if status >= 500:
        return _internal(e)
    headers = {}
    if status == 405 and getattr(e, "valid_methods", None):
        headers["Allow"] = ", ".join(e.valid_methods)
    if isinstance(e, RateLimited):
        headers["Retry-After"] = str(e.retry_after)
    code = _HTTP_CODES.get(status, f"http_{status}")
    message = e.description or e.name
    return error_response(status, code, message, getattr(e, "param", None), headers)


def _internal(e: Exception):
    # Logged with the traceback for operators; the client only learns that something broke.
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal_error", "internal server error; the error was logged")


def init_app(app: Flask) -> None:
    app.register_error_handler(SearchError, _search_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _internal)
