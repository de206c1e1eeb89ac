"""The HTML pages: parse the request, fetch the same data as the JSON twin, render."""
from __future__ import annotations

import re

from flask import Blueprint, render_template, request
from markupsafe import Markup, escape

from .pages import article_data, article_view, search_data, search_pairs, search_view

bp = Blueprint("pages", __name__)

_SEGMENT = re.compile(r"[^/._?&=-]*[/._?&=-]?")  # up to and including one punctuation mark
_CHUNK = 16


@bp.app_template_filter("breakable")
def breakable(value) -> Markup:
    """Escaped text with <wbr> break chances in long paths, URLs and hashes.

    CSS wraps them too, but only once the stylesheet has loaded; this keeps a phone from scrolling
    sideways in the meantime (and in readers that ignore our CSS).
    """
    parts = [seg[i:i + _CHUNK] for seg in _SEGMENT.findall(str(value)) for i in range(0, len(seg), _CHUNK)]
    return Markup("<wbr>").join(escape(p) for p in parts if p)


@bp.get("/")
def search():
    pairs = search_pairs(request.args, strict=False)
    answer = search_data(pairs)
    return render_template("search.html", data=answer, view=search_view(answer, pairs))


@bp.get("/articles/<id>")
def article(id: str):  # noqa: A002 - same name as the JSON route's variable
    q = request.args.get("q") or None
    data = article_data(id, q)
    return render_template("article.html", data=data, view=article_view(data, q))
