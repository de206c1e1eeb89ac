"""newsfacet's web app: the search page, the article page and the JSON API over ``search.engine``.

``create_app`` opens nothing: the Engine is created on the first request of each process (see
``backend``), so gunicorn can import the app in its master and fork workers safely.
"""
from __future__ import annotations

import os

from flask import Flask

DEFAULTS = {
    # A pasted paragraph of 10,000 characters posted as a form or JSON: 4-byte characters percent-encoded
    # are 12 bytes each, so 10,000 of them plus the other fields fit in 256 KiB.
    "MAX_CONTENT_LENGTH": 256 * 1024,
    # Below gunicorn's 8,190-byte request line (web/gunicorn_conf.py), so the app's envelope answers first.
    "MAX_QUERY_STRING": 7000,
    "MAX_QUERY_LENGTH": 10_000,  # characters in q (a pasted passage; see search/querytext.py)
    "MAX_VALUE_LENGTH": 300,  # characters in any other parameter value
    "EXPORT_RATE_LIMIT": 10,  # exports per client per window, across all workers
    "EXPORT_RATE_WINDOW": 60.0,  # seconds
    # Exports streaming at once, across all workers: one 10k-row export is ~2 s of CPU, and on 2 cores two
    # of them at once left plain searches waiting seconds (bench/hostile.py).
    "EXPORT_CONCURRENCY": 1,
    "RUN_DIR": None,  # shared state of one server's workers; default $NEWSFACET_RUN_DIR, else per app
    "ENGINE": None,  # an object with the Engine interface (tests)
    "ENGINE_FACTORY": None,  # callable(index_dir) -> Engine
}


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config["INDEX_DIR"] = os.environ.get("NEWSFACET_INDEX") or "data"
    if test_config:
        app.config.from_mapping(test_config)
    app.config["INDEX_DIR"] = str(app.config["INDEX_DIR"])
    # Keep the engine's key order (query, total, results, facets) and readable non-ASCII names.
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    from . import api, backend, batch, entities, errors, feeds, security, views  # noqa: F401 - their routes join the pages and api blueprints

    backend.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    return app
