"""Every link the pages build, from one representation of the search state.

The whole state of a search lives in the query string, as an ordered list of ``(name, value)`` pairs
(repeatable names allowed). Links are derived by pure functions on that list so that toggling a facet,
removing a pill or turning a page can never disagree about how a URL looks.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlencode

from flask import url_for

Pairs = list[tuple[str, str]]

# Changing what is searched sends the reader back to page 1.
_RESETS_PAGE = "page"


def href(endpoint: str, pairs: Sequence[tuple[str, str]] = (), **values) -> str:
    base = url_for(endpoint, **values)
    return f"{base}?{urlencode(list(pairs))}" if pairs else base


def query_string(pairs: Sequence[tuple[str, str]]) -> str:
    return urlencode(list(pairs))


def without(pairs: Sequence[tuple[str, str]], name: str, value: str | None = None) -> Pairs:
    """Drop one value of ``name`` (or every value when ``value`` is None) and the page number."""
    return [
        (k, v) for k, v in pairs
        if k != _RESETS_PAGE and not (k == name and (value is None or v == value))
    ]


def replace(pairs: Sequence[tuple[str, str]], name: str, value: str | None) -> Pairs:
    """Set a scalar parameter in place (so URLs stay readable); ``None`` removes it.

    Setting anything but ``page`` also drops the page number.
    """
    out: Pairs = []
    placed = value is None
    for k, v in pairs:
        if k == _RESETS_PAGE and name != _RESETS_PAGE:
            continue
        if k == name:
            if not placed:
                out.append((name, value))
                placed = True
            continue
        out.append((k, v))
    return out if placed else out + [(name, value)]


def toggle(pairs: Sequence[tuple[str, str]], name: str, value: str) -> Pairs:
    """Add ``name=value`` or remove it if present.

    A value is either included or excluded, never both, so adding ``person=X`` removes ``not_person=X``
    and vice versa.
    """
    if (name, value) in pairs:
        return without(pairs, name, value)
    opposite = name[4:] if name.startswith("not_") else f"not_{name}"
    return without(without(pairs, opposite, value), name, value) + [(name, value)]


def only(pairs: Sequence[tuple[str, str]], names: Iterable[str]) -> Pairs:
    keep = set(names)
    return [(k, v) for k, v in pairs if k in keep]
