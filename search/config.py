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
# A pasted paragraph is a search too ("where did this quote come from?"): up to 10,000 characters of q.
Q_MAX_CHARS = 10_000
# Wildcards/prefixes shorter than this are dropped (a bare `*` means browse-all) and each pattern expands
# to at most this many index terms, so `a*` cannot turn into a 50,000-term OR.
WILDCARD_MIN_PREFIX = 2
WILDCARD_MAX_TERMS = 64
# --- the cost budget of one query (see docs in README "Limits") ---
# All wildcard/fuzzy/facet-word expansions of one query together: `ab* ac* ad* ...` cannot add up to
# thousands of OR-ed terms, and the index terms scanned to find them are capped too.
MAX_EXPANDED_TERMS = 256
MAX_SCANNED_TERMS = 20_000
# A query longer than this many characters, or with more words than PASSAGE_WORDS (more than
# STRUCTURED_MAX_WORDS when it uses operators, fields or patterns), is read as a pasted passage: a
# bag of its PASSAGE_TERMS rarest indexed words, OR-ed, and an article must hold at least
# PASSAGE_MIN_SHARE of them; BM25 ranks the one that holds most of them (the source) first.
STRUCTURED_MAX_CHARS = 1000
PASSAGE_WORDS = 40
STRUCTURED_MAX_WORDS = 64
PASSAGE_TERMS = 64
PASSAGE_MIN_SHARE = 1 / 3
# Spelling suggestions are looked up for at most this many unknown words of a query.
SPELL_MAX_WORDS = 5
# The article page shows long articles in parts of about this many characters (a link leads on).
ARTICLE_PART_CHARS = 100_000
# Seconds an indexer waits for another writer's lock before raising IndexLocked.
WRITE_LOCK_TIMEOUT = 30.0
# Ask for a spelling suggestion when a query finds fewer articles than this.
DID_YOU_MEAN_BELOW = 3


# CPU seconds one search/export/article call may spend (once the index is open) before it is stopped
# with a 503 envelope (0: no limit). CPU, not wall time: a busy machine must not refuse cheap searches.
TIME_BUDGET_DEFAULT = 2.0


def time_budget(environ: dict | None = None) -> float:
    env = os.environ if environ is None else environ
    try:
        return max(0.0, float(env.get("NEWSFACET_TIME_BUDGET") or TIME_BUDGET_DEFAULT))
    except ValueError:
        return TIME_BUDGET_DEFAULT


# Articles one indexing run links together at most (indexer/run_links.py): the link holds every article it reads
# in memory with its word statistics, ~30 KB per article of the bench's ~275 words (10,000 linked whole: +263 MB
# over parts of 2,000), so a run of 1M pages linked whole would need tens of GB. A longer run is linked in parts
# of this many, each part meeting the earlier ones through the archive's faceted people and bodies, as separate
# runs do. 0: the whole run, however long.
LINK_ARTICLES_DEFAULT = 20_000


def link_articles(environ: dict | None = None) -> int:
    return int_setting("NEWSFACET_LINK_ARTICLES", LINK_ARTICLES_DEFAULT, environ=environ)


# Articles `reindex` writes per index segment (search/index_batches.py): the writer's temporary disk is one
# batch's sorting pool (~50 KB per article), not the whole archive's. 0: one segment, whatever the size.
REINDEX_BATCH_DEFAULT = 100_000


def int_setting(name: str, default: int, minimum: int = 0, environ: dict | None = None) -> int:
    """An integer environment setting: unset, empty or not a number -> ``default``; never below ``minimum``."""
    env = os.environ if environ is None else environ
    try:
        return max(minimum, int(env.get(name) or default))
    except ValueError:
        return default


def reindex_batch(environ: dict | None = None) -> int:
    return int_setting("NEWSFACET_REINDEX_BATCH", REINDEX_BATCH_DEFAULT, environ=environ)


# Archives of at least this many articles swap in a commit's new index view in the background (view_cache.py):
# the previous generation answers for the second or so a new view takes to build at 1M, instead of the first
# searches after the commit waiting for it. Smaller archives reopen before answering (~0.1 s at 100k), so a
# search right after `newsfacet index` already sees its articles. 0: always in the background.
BACKGROUND_REOPEN_DEFAULT = 100_000


def background_reopen(environ: dict | None = None) -> int:
    return int_setting("NEWSFACET_BACKGROUND_REOPEN", BACKGROUND_REOPEN_DEFAULT, environ=environ)


def index_dir(environ: dict | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("NEWSFACET_INDEX") or DEFAULT_INDEX_DIR)
