"""Links into the issue-16 pages (feed, batch search, entity pages, same-paragraph toggle) from any page.

Pure functions on the search state's ``(name, value)`` pairs, like urls.py, kept apart so the search and
article pages need only a few lines to offer them.
"""
from __future__ import annotations

from flask import url_for

from . import params as P
from . import urls

ENTITY_FACETS = ("person", "org", "place", "region", "country")
# A feed is about the search, never a page or an order of it (always newest first); ``limit`` is its size.
FEED_PARAMS = tuple(p for p in P.EXPORT_PARAMS if p != "sort") + ("limit",)
# The filters a batch list is counted with: a search's, without its text (each line is one).
BATCH_FILTERS = tuple(p for p in P.EXPORT_PARAMS if p not in ("q", "sort"))


def entity_url(kind: str, value: str) -> str | None:
    """The entity page of a facet value; None for facets without one (source, date)."""
    # The route takes a path, so a value holding a "/" (RFE/RL) still reaches it whole.
    return url_for("pages.entity", facet=kind, value=value) if kind in ENTITY_FACETS else None


def feed_url(pairs) -> str:
    return urls.href("pages.feed", urls.only(pairs, FEED_PARAMS))


def batch_url(pairs) -> str:
    return urls.href("pages.batch_page", urls.only(pairs, BATCH_FILTERS))


def together(pairs) -> dict | None:
    """The "in the same paragraph" switch, offered once two or more entity values are ticked."""
    if sum(1 for k, _ in pairs if k in ENTITY_FACETS) < 2:
        return None
    on = ("together", "paragraph") in pairs
    return {"on": on, "url": urls.href("pages.search", urls.replace(pairs, "together", None if on else "paragraph"))}
