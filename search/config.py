"""Configuration from environment variables, with documented defaults (see README)."""
from __future__ import annotations

import os
from pathlib import Path

# Directory holding both the SQLite store (store.sqlite3) and the Whoosh index (whoosh/).
DEFAULT_INDEX_DIR = "data"

# --- search tuning (search/ only; constants, not env, so every worker behaves the same) ---
PER_PAGE_DEFAULT = 10
PER_PAGE_MAX = 100
FACET_LIMIT_DEFAULT = 20
FACET_LIMIT_MAX = 1000
Q_MAX_CHARS = 1000
# Wildcards/prefixes shorter than this are dropped (a bare `*` means browse-all) and each pattern expands
# to at most this many index terms, so `a*` cannot turn into a 50,000-term OR.
WILDCARD_MIN_PREFIX = 2
WILDCARD_MAX_TERMS = 64
# Seconds an indexer waits for another writer's lock before raising IndexLocked.
WRITE_LOCK_TIMEOUT = 30.0
# Ask for a spelling suggestion when a query finds fewer articles than this.
DID_YOU_MEAN_BELOW = 3


def index_dir(environ: dict | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("NEWSFACET_INDEX") or DEFAULT_INDEX_DIR)
