"""The HTML pages: parse the request, fetch the same data as the JSON twin, render."""
from __future__ import annotations

from flask import Blueprint, render_template, request

from .pages import article_data, article_view, search_data, search_pairs, search_view

bp = Blueprint("pages", __name__)


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
