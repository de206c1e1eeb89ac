"""A time budget per request, checked cooperatively at the points where a search can run long.

The Engine opens a budget around each search/export/article call (``with spend(seconds):``); the
expensive loops (wildcard and fuzzy expansion, query evaluation, spelling suggestions, snippets) call
``check()``, which raises ``OverBudget`` once the deadline has passed. The web layer turns that into the
error envelope (503, ``query_timeout``) instead of letting one request hold a worker's engine lock.

A context variable, not an argument threaded through every function: it is per thread (and per greenlet)
and costs one lookup when no budget is open (the CLI, tests that call search/ directly).

The clock is the thread's CPU time, not the wall clock: on a machine busy with other work a cheap search
can take seconds of wall time without being expensive, and must not be refused for it. A search holds
its worker's engine lock and never yields, so the CPU time between two checks is its own.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import SearchError

_clock = time.thread_time
_deadline: ContextVar[tuple[float, float] | None] = ContextVar("newsfacet_deadline", default=None)


class OverBudget(SearchError):
    def __init__(self, seconds: float):
        super().__init__("query_timeout",
                         f"the search was stopped after {seconds:g} s: it is too expensive; use fewer "
                         "wildcards, fuzzy words or alternatives, or add a filter", param="q", status=503)


@contextmanager
def spend(seconds: float | None):
    """Open a budget of ``seconds`` (None or <= 0: unlimited) for the calls made inside."""
    if not seconds or seconds <= 0:
        yield
        return
    token = _deadline.set((_clock() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


@contextmanager
def exempt():
    """Work done inside is not the running search's expense: a view's cache built on its first use (each
    facet's per-document index: 2.6 s for the place facet at 1M articles) serves every later search of
    every user, and once built costs nothing. Its CPU time moves the deadline, so a fresh worker's first
    filtered query is not refused for what the next one will not pay."""
    current = _deadline.get()
    if current is None:
        yield
        return
    start = _clock()
    try:
        yield
    finally:
        now = _deadline.get()
        if now is not None:
            _deadline.set((now[0] + (_clock() - start), now[1]))


def check() -> None:
    current = _deadline.get()
    if current is not None and _clock() > current[0]:
        raise OverBudget(current[1])


def remaining() -> float | None:
    current = _deadline.get()
    return None if current is None else current[0] - _clock()
