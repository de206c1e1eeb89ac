"""The JSON API: thin views that parse the request, call the engine, and return its answer as is."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from flask import Blueprint, Response, jsonify, request, stream_with_context

from . import params as P
from .backend import get_engine
from .errors import error_response
from .export import csv_stream, json_stream
from .pages import article_data, search_data, search_pairs
from .security import check_export_rate

bp = Blueprint("api", __name__)


@bp.get("/api/search")
def search():
    return jsonify(search_data(search_pairs(request.args, strict=True)))


# The path variable is "id" because that is the param the engine's NotFound names.
@bp.get("/api/articles/<id>")
def article(id: str):  # noqa: A002 - matches the route variable
    P.check_known(request.args, ("q",))
    return jsonify(article_data(id, request.args.get("q")))


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


@lru_cache(maxsize=1)
def openapi_spec() -> dict:
    return json.loads(resources.files("web").joinpath("openapi.json").read_text("utf-8"))


@bp.get("/api/export.csv")
def export_csv():
    rows = _export_rows()
    return _download(csv_stream(rows), "text/csv", "newsfacet-export.csv")


@bp.get("/api/export.json")
def export_json():
    rows = _export_rows()
    return _download(json_stream(rows), "application/json", "newsfacet-export.json")


def _export_rows():
    pairs = search_pairs(request.args, strict=True, allowed=P.EXPORT_PARAMS)
    check_export_rate()
    rows = iter(get_engine().export(P.to_engine(pairs)))
    # Pull the first row now: an engine generator validates lazily, and a bad parameter must
    # become a 400 envelope, not a broken 200 stream.
    first = next(rows, _END)
    return _rejoin(first, rows)


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
