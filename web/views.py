"""The HTML pages: parse the request, fetch the same data as the JSON twin, render."""
from __future__ import annotations

import re

from flask import Blueprint, current_app, redirect, render_template, request
from markupsafe import Markup, escape

from . import display, urls
from . import params as P
from .pages import article_data, article_part, article_view, search_data, search_pairs, search_view

bp = Blueprint("pages", __name__)

_SEGMENT = re.compile(r"[^/._?&=-]*[/._?&=-]?")  # up to and including one punctuation mark
_CHUNK = 16


@bp.app_template_filter("breakable")
def breakable(value) -> Markup:
    """Escaped text with <wbr> break chances in long paths, URLs and hashes.

    CSS wraps them too, but only once the stylesheet has loaded; this keeps a phone from scrolling
    sideways in the meantime (and in readers that ignore our CSS).
    """
    parts = [seg[i:i + _CHUNK] for seg in _SEGMENT.findall(display.clean(value)) for i in range(0, len(seg), _CHUNK)]
    return Markup("<wbr>").join(escape(p) for p in parts if p)


@bp.app_template_global("query_fields")
def query_fields() -> tuple[str, ...]:
    """Facets a query may name as ``field:value`` (the search help lists them), from the registry."""
    return tuple(name for name in P.FACETS if name not in P.DAY_FACETS)


@bp.app_template_filter("label")
def label(value) -> Markup:
    """Document text as a label: controls stripped, a bidi isolate (see display.py)."""
    return display.label(value)


@bp.app_template_filter("date_origin")
def date_origin(source) -> str:
    return display.date_origin(source)


@bp.app_template_filter("clean")
def clean(value) -> str:
    return display.clean(value)


@bp.get("/")
def search():
    pairs = search_pairs(request.args, strict=False)
    answer = search_data(pairs)
    return render_template("search.html", data=answer, view=search_view(answer, pairs))


@bp.post("/")
def search_posted():
    """The search box posts, because a pasted paragraph does not fit in a URL. A search that fits in a
    link is redirected to it (shareable, and reloading does not re-post); a longer one is answered here,
    with links that keep the filters but not the text."""
    pairs = search_pairs(request.form, strict=False)
    if len(urls.query_string(pairs)) <= current_app.config["MAX_QUERY_STRING"]:
        # A relative Location: the Host header is never echoed into a redirect.
        return redirect(urls.href("pages.search", pairs), code=303)
    answer = search_data(pairs)
    q = next((v for k, v in pairs if k == "q"), "")
    view = search_view(answer, [(k, v) for k, v in pairs if k != "q"])
    view.update(q=q, long_query=True)
    return render_template("search.html", data=answer, view=view)


@bp.get("/articles/<id>")
def article(id: str):  # noqa: A002 - same name as the JSON route's variable
    q = request.args.get("q") or None
    data = article_data(id, q, article_part(request.args))
    return render_template("article.html", data=data, view=article_view(data, q))
