"""Configuration from environment variables, with documented defaults (see README)."""
from __future__ import annotations

import os
from pathlib import Path

# Directory holding both the SQLite store (store.sqlite3) and the Whoosh index (whoosh/).
DEFAULT_INDEX_DIR = "data"


def index_dir(environ: dict | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("NEWSFACET_INDEX") or DEFAULT_INDEX_DIR)
