"""The store mark an index commit records beside itself (issue 18), so `newsfacet index` can tell the index
is in step with the store without comparing every store id with every index document (3 s at 100k, on
every run, growing with the archive).

Each commit writes ``store-mark.json`` into the live Whoosh directory: the Whoosh generation it belongs to,
the store's identity and its count of index-relevant changes (meta.index_seq, bumped by triggers, migration
v8) as read before the commit. The index is in step when all three still agree: a run killed between the
store write and the index commit, or between the commit and the mark, an index or store restored from a
backup, another store put in place, a hand edit of the articles table: each leaves a mark that disagrees,
and the caller then does the whole-store check as before.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import whoosh_adapter

MARK_FILE = "store-mark.json"


def write(ix_dir: Path, store_mark: dict) -> None:
    """Record that the commit now newest in ``ix_dir`` reflects the store at ``store_mark``. Atomic (a reader
    sees the old mark or the new one); a mark that cannot be written only costs the next run a full check."""
    mark = {"toc": whoosh_adapter.newest_generation(ix_dir), **store_mark}
    tmp = ix_dir / f".{MARK_FILE}.tmp"
    try:
        tmp.write_text(json.dumps(mark, sort_keys=True), encoding="utf-8")
        os.replace(tmp, ix_dir / MARK_FILE)
    except OSError:  # the old mark names an older Whoosh generation, so it vouches for nothing: the next run checks
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def in_step(ix_dir: Path | None, store_mark: dict) -> bool:
    """Whether the index in ``ix_dir`` was committed with the store at ``store_mark`` and not since."""
    if ix_dir is None or not store_mark.get("store"):
        return False  # no index, or a store from before migration v8 (no mark to compare)
    try:
        mark = json.loads((ix_dir / MARK_FILE).read_text(encoding="utf-8"))
        return mark == {"toc": whoosh_adapter.newest_generation(ix_dir), **store_mark}
    except (OSError, ValueError):
        return False
