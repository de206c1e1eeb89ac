"""The JSON API: thin views that parse the request, call the engine, and return its answer as is."""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, request, stream_with_context
from werkzeug.datastructures import MultiDict

from search.errors import SearchError

from . import openapi as openapi_doc
from . import params as P
from .backend import get_engine
from .errors import error_response
from .export import csv_stream, json_stream
from .pages import article_data, article_part, search_data, search_pairs
from .security import admit_export, release_export

bp = Blueprint("api", __name__)


@bp.get("/api/search")
def search():
    return jsonify(search_data(search_pairs(request.args, strict=True)))


@bp.post("/api/search")
def search_post():
    """The same search with its parameters in a JSON object: a pasted passage does not fit in a URL."""
    P.check_known(request.args, ())
    body = request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        raise SearchError("invalid_body", 'expected a JSON object of search parameters, e.g. {"q": "Kupol"}; '
                          "see /api/openapi.json", param="body")
    return jsonify(search_data(search_pairs(_json_args(body), strict=True)))


def _json_args(body: dict) -> MultiDict:
    """A JSON object as query-string-like arguments: a value is a string, a number or a list of them."""
    args = MultiDict()
    for name, value in body.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                raise SearchError("invalid_parameter", f"{str(name)[:40]}: expected a string, a number or a "
                                  "list of them", param=str(name)[:40])
            args.add(name, str(item))
    return args


# The path variable is "id" because that is the param the engine's NotFound names.
@bp.get("/api/articles/<id>")
def article(id: str):  # noqa: A002 - matches the route variable
    P.check_known(request.args, ("q", "part"))
    return jsonify(article_data(id, request.args.get("q"), article_part(request.args)))


@bp.get("/healthz")
def healthz():
    """200 with counts when the store and the index open and agree; otherwise 503 with the error envelope
    whose message names the command that repairs it (load balancers take the status, people the reason)."""
    health = get_engine().health()
    if not health.get("ok"):
        error = health.get("error") or {}
        return error_response(503, error.get("code") or "unavailable", error.get("message") or "unhealthy")
    return jsonify(health)


@bp.get("/api/openapi.json")
def openapi():
    return jsonify(openapi_spec())


def openapi_spec() -> dict:
    """The served spec: web/openapi.json completed from the facet registry (web/openapi.py)."""
    return openapi_doc.spec()


@bp.get("/api/export.csv")
def export_csv():
    return _export(csv_stream, "text/csv", "newsfacet-export.csv")


@bp.get("/api/export.json")
def export_json():
    return _export(json_stream, "application/json", "newsfacet-export.json")


def _export(stream, mimetype: str, filename: str) -> Response:
    pairs = search_pairs(request.args, strict=True, allowed=P.EXPORT_PARAMS)
    if request.method == "HEAD":  # headers only: run nothing, count nothing
        return _download(iter(()), mimetype, filename)
    slot = admit_export()
    try:
        rows = iter(get_engine().export(P.to_engine(pairs)))
        # Pull the first row now: an engine generator validates lazily, and a bad parameter must
        # become a 400 envelope, not a broken 200 stream.
        first = next(rows, _END)
    except BaseException:
        release_export(slot)
        raise
    response = _download(_released_after(stream(_rejoin(first, rows)), slot), mimetype, filename)
    response.call_on_close(lambda: release_export(slot))  # the client left before the end
    return response


def _released_after(body, slot):
    try:
        yield from body
    finally:
        release_export(slot)


_END = object()


def _rejoin(first, rest):
    if first is _END:
        return
    yield first
    yield from rest


def _download(body, mimetype: str, filename: str) -> Response:
    response = Response(stream_with_context(body), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response
