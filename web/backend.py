"""The one Engine per process, created on first use.

Nothing opens the index at import time or in ``create_app``: gunicorn imports the app in its master and
forks workers, and an open index handle must not be shared across a fork. The first request in each
worker creates the Engine and keeps it in ``app.extensions``; each request borrows it through ``g``,
like the Flask tutorial's ``get_db``.

Tests inject an object with the Engine's interface as ``ENGINE`` (or a callable ``ENGINE_FACTORY``).
"""
from __future__ import annotations

import threading

from flask import Flask, current_app, g

_KEY = "newsfacet.engine"
_lock = threading.Lock()  # gunicorn's gthread workers could race to create it


def get_engine():
    if "engine" not in g:
        g.engine = _process_engine(current_app)
    return g.engine


def _process_engine(app: Flask):
    engine = app.extensions.get(_KEY)
    if engine is not None:
        return engine
    with _lock:
        engine = app.extensions.get(_KEY)
        if engine is None:
            engine = app.config.get("ENGINE")
            if engine is None:
                factory = app.config.get("ENGINE_FACTORY") or _real_engine
                engine = factory(app.config["INDEX_DIR"])
            app.extensions[_KEY] = engine
    return engine


def _real_engine(index_dir):
    # Imported here, not at module top, so importing web/ never pulls in the index machinery.
    from search.engine import Engine

    return Engine(index_dir)


def _release(exc=None) -> None:
    # The Engine is per process; the request only drops its reference (an Engine that grows a
    # per-request resource gets released here).
    g.pop("engine", None)


def close_engine(app: Flask) -> None:
    """Close the process Engine (tests, or a server shutting down)."""
    engine = app.extensions.pop(_KEY, None)
    if engine is not None and engine is not app.config.get("ENGINE") and hasattr(engine, "close"):
        engine.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(_release)
