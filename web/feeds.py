"""The feed of any search: ``/feed.atom?<search>`` (Atom) and its JSON twin ``/api/feed?<search>``.

Both are built from ``feed_data`` (the engine's ``feed``): the search's matches newest first by when they
were indexed (search/feed.py). The search page links to its feed (a visible link and a
``<link rel="alternate">`` a feed reader discovers).
"""
from __future__ import annotations

from flask import Response, jsonify, request

from . import params as P
from . import urls
from .api import bp as api_bp
from .atom import MIME, render
from .backend import get_engine
from .pages import _safe_external, search_pairs
from .story_links import FEED_PARAMS, feed_url
from .views import bp as pages_bp


def feed_pairs(args, strict: bool) -> list[tuple[str, str]]:
    return search_pairs(args, strict=strict, allowed=FEED_PARAMS)


def feed_data(pairs) -> dict:
    return get_engine().feed(P.to_engine(pairs))


def feed_title(pairs) -> str:
    parts = [f"{'not ' if k.startswith('not_') else ''}{k.removeprefix('not_')}: {v}" if k != "q" else v
             for k, v in pairs if k in P.SEARCH_PARAMS and k not in P.SETTINGS]
    return "newsfacet: " + ("; ".join(parts) if parts else "every article")


@pages_bp.get("/feed.atom")
def feed():
    pairs = feed_pairs(request.args, strict=False)
    data = feed_data(pairs)
    body = render(data, feed_title(pairs), self_url=feed_url(pairs),
                  html_url=urls.href("pages.search", urls.only(pairs, P.SEARCH_PARAMS)),
                  article_url=lambda aid: urls.href("pages.article", id=aid), external_url=_safe_external)
    return Response(body, mimetype=MIME)


@api_bp.get("/api/feed")
def feed_json():
    return jsonify(feed_data(feed_pairs(request.args, strict=True)))
