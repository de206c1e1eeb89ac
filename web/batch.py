"""Batch search: ``/batch`` (a form: paste or upload a list; the table of counts) and its JSON twin
``/api/batch``; ``/api/batch.csv`` downloads the same table.

The state is a URL when it fits in one (``/batch?lines=Kupol%0AKharkiv&region=...``): the form posts, and a
list short enough is redirected to that link, as the search box does; a longer list (up to 1,000 lines) is
answered on the POST, and its CSV is one more POST of the same list. ``batch_data`` feeds the page, the
JSON and the CSV alike; each line links to its search with the same filters.
"""
from __future__ import annotations

import re

from flask import Response, current_app, jsonify, redirect, render_template, request
from werkzeug.datastructures import MultiDict

from search.errors import InvalidParameter, SearchError

from . import params as P
from . import urls
from .api import _json_args
from .api import bp as api_bp
from .backend import get_engine
from .export import csv_stream
from .pages import search_pairs
from .story_links import BATCH_FILTERS as FILTER_PARAMS
from .views import bp as pages_bp

MAX_UPLOAD_BYTES = 200 * 1024  # within the app's body limit; 1,000 names are ~20 KB
MAX_LINES = 1000  # shown on the page; the engine (search/batch.py) enforces it
_NEWLINES = re.compile(r"\r\n|\r|\n")


def split_lines(texts) -> list[str]:
    """Non-blank lines of every text, stripped, in order (the engine checks their number and size)."""
    if any("\x00" in text for text in texts):
        raise InvalidParameter("lines", "must not contain NUL bytes")
    return [s for text in texts for s in (line.strip() for line in _NEWLINES.split(text)) if s]


def batch_lines(form, files=None) -> list[str]:
    """The lines of the textarea/``lines`` values and of an uploaded text file, in that order."""
    texts = list(form.getlist("lines"))
    upload = files.get("file") if files else None
    if upload is not None and upload.filename:
        data = upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise InvalidParameter("file", f"the list file may be at most {MAX_UPLOAD_BYTES // 1024} KB")
        try:
            texts.append(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise InvalidParameter("file", "expected a UTF-8 text file with one name or query per line") from None
    return split_lines(texts)


def batch_data(lines: list[str], pairs) -> dict:
    answer = get_engine().batch(lines, P.to_engine(pairs))
    for row in answer["lines"]:
        row["search_url"] = urls.href("pages.search", [("q", row["line"]), *pairs])
    return answer


def _filters(args, strict: bool) -> list[tuple[str, str]]:
    if strict:
        P.check_known(args, (*FILTER_PARAMS, "lines"))
    return search_pairs(args, strict=False, allowed=FILTER_PARAMS)


def _page(lines: list[str], pairs, answer: dict | None):
    text = "\n".join(lines)
    view = {
        "pairs": pairs, "text": text, "max_lines": MAX_LINES,
        "pills": [{"label": P.FACET_LABELS.get(k.removeprefix("not_"), (k,))[0] if k not in P.RANGES
                   else P.RANGE_LABELS[k], "value": v, "excluded": k.startswith("not_")}
                  for k, v in pairs if k not in ("copies", "together")],
        "json_url": urls.href("api.batch", [("lines", text), *pairs]) if answer else None,
        "search_url": urls.href("pages.search", pairs),
    }
    return render_template("batch.html", data=answer, view=view)


@pages_bp.get("/batch")
def batch_page():
    pairs = _filters(request.args, strict=False)
    lines = batch_lines(request.args)
    return _page(lines, pairs, batch_data(lines, pairs) if lines else None)


@pages_bp.post("/batch")
def batch_posted():
    pairs = _filters(request.form, strict=False)
    lines = batch_lines(request.form, request.files)
    link = urls.href("pages.batch_page", [("lines", "\n".join(lines)), *pairs])
    if lines and len(link) <= current_app.config["MAX_QUERY_STRING"]:
        return redirect(link, code=303)  # shareable, and a reload does not post again
    return _page(lines, pairs, batch_data(lines, pairs) if lines else None)


def _api_request() -> tuple[list[str], list[tuple[str, str]]]:
    """(lines, filters) from a query string, a form (with an optional file) or a JSON object."""
    if request.method == "GET":
        return batch_lines(request.args), _filters(request.args, strict=True)
    P.check_known(request.args, ())
    if request.mimetype == "application/json":
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise SearchError("invalid_body", 'expected a JSON object, e.g. {"lines": ["Kupol", "Kharkiv"]}; '
                              "see /api/openapi.json", param="body")
        args = _json_args(body)
        return batch_lines(args), _filters(args, strict=True)
    return batch_lines(request.form, request.files), _filters(MultiDict(request.form), strict=True)


@api_bp.route("/api/batch", methods=["GET", "POST"])
def batch():
    lines, pairs = _api_request()
    return jsonify(batch_data(lines, pairs))


@api_bp.route("/api/batch.csv", methods=["GET", "POST"])
def batch_csv():
    lines, pairs = _api_request()
    answer = batch_data(lines, pairs)
    rows = [{"line": r["line"], "articles": r["total"], "search": r["search_url"]} for r in answer["lines"]]
    response = Response("".join(csv_stream(rows)), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="newsfacet-batch.csv"'
    response.headers["Cache-Control"] = "no-store"
    return response
