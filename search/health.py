"""Is this index directory fit to serve? The store and the index must both open and agree.

``/healthz`` answers from ``check``; the search and article pages call ``require_usable`` so a missing or
damaged store or index is a 503 naming what the operator should run, instead of pages that say
"31 articles" and then "past the last page", or "nothing indexed yet" over a store of 60 articles.
Messages name commands, never this machine's paths (they reach public pages).
"""
from __future__ import annotations

import errno
import fcntl
import os
import sqlite3
from pathlib import Path

from .errors import SearchError

STORE_DAMAGED = ("store_damaged", "the article store cannot be read; the operator should restore store.sqlite3 "
                 "from a backup, or move it aside and run `newsfacet index` on the source folders again")
STORE_MISSING = ("store_missing", "the article store is missing while the search index holds {indexed} articles; "
                 "the operator should restore store.sqlite3, or run `newsfacet index` on the source folders")
INDEX_MISSING = ("index_missing", "the search index is missing while the store holds {stored} articles; the "
                 "operator should run `newsfacet reindex` (it rebuilds the index from the store, no NLP)")
INDEX_DAMAGED = ("index_damaged", "the search index cannot be opened; the operator should run `newsfacet reindex`")
OUT_OF_SYNC = ("index_out_of_sync", "the search index ({indexed} articles) disagrees with the store ({stored} "
               "articles, {pending} changes not indexed); the operator should run `newsfacet reindex`")


class Unavailable(SearchError):
    """The store or the index cannot serve: a 503 whose message says what to run."""

    def __init__(self, code: str, message: str):
        super().__init__(code, message, param=None, status=503)


def unavailable(kind: tuple[str, str], **counts) -> Unavailable:
    return Unavailable(kind[0], kind[1].format(**counts))


def writer_active(index_dir: Path) -> bool:
    """True while an indexer or reindexer holds the directory's write lock (then a disagreement between
    store and index is work in progress, not damage). Probed without blocking anyone for long."""
    try:
        fd = os.open(Path(index_dir) / ".write.lock", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno in (errno.EAGAIN, errno.EACCES)
    finally:
        os.close(fd)  # releases the probe's shared lock at once
    return False


def check(store, backend, index_dir: Path) -> dict:
    """{"ok": True, counts...} or raises Unavailable with the reason and the command that repairs it."""
    try:
        present = store.path.exists()
        stored = store.count_articles() if present else 0
        pending = len(store.pending_index_ids()) if present else 0
        generation = store.generation() if present else 0
        schema = store.schema_version() if present else None
    except sqlite3.DatabaseError:
        raise unavailable(STORE_DAMAGED) from None
    try:
        status = backend.status()
    except Exception:  # noqa: BLE001 - an index library raises many types for a damaged index
        raise unavailable(INDEX_DAMAGED) from None
    indexed = status.articles if status is not None else 0
    index_generation = status.generation if status is not None else None
    if not present and indexed:
        raise unavailable(STORE_MISSING, indexed=indexed)
    if status is None and stored:
        raise unavailable(INDEX_MISSING, stored=stored)
    # Counts must agree unless a writer is at work. Pending changes with equal counts (a killed run's
    # edits) still serve every article; they are reported, and the next `newsfacet index` applies them.
    indexing = writer_active(index_dir)
    if stored != indexed and not indexing:
        raise unavailable(OUT_OF_SYNC, indexed=indexed, stored=stored, pending=pending)
    return {"ok": True, "articles": indexed, "store_articles": stored, "store_generation": generation,
            "index_generation": index_generation, "pending": pending, "indexing": indexing,
            "schema_version": schema}
