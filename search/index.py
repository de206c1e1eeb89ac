"""Writing the Whoosh index from the store: full rebuild with an atomic swap, and incremental updates.

Layout under index_dir: ``whoosh-<n>/`` directories and a ``whoosh`` symlink pointing at the live one.
A rebuild writes a fresh ``whoosh-<n+1>`` and swaps the symlink with os.replace (atomic rename), so
readers either see the old complete index or the new complete one. The previous generation is kept one
round so a reader that opened it just before the swap can finish. All writers (update and rebuild) take
``index_dir/.write.lock`` (flock) first, so a rebuild can never swap away an update's commit.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import LockError

from . import config, index_batches, index_mark, index_split, pair_words, whoosh_adapter
from .errors import IndexLocked
from .schema import article_document, build_schema
from .store import Store

log = logging.getLogger("newsfacet.search")
LINK = "whoosh"
_GEN_RE = re.compile(r"^whoosh-(\d+)$")


def current_dir(index_dir: str | Path) -> Path | None:
    """The live Whoosh directory (symlink resolved), or None when nothing has been indexed yet.

    Called on every search, so it only looks for a table of contents by name: opening the index here
    (whoosh's exists_in) would race writers that replace the TOC, and costs a schema unpickle.
    """
    link = Path(index_dir) / LINK
    try:
        target = link.resolve(strict=True)
        has_index = whoosh_adapter.newest_generation(target) is not None
    except (OSError, RuntimeError):
        return None
    return target if has_index else None


def open_current(index_dir: str | Path):
    whoosh_adapter.support()  # the installed whoosh3 checked once per process, before the first open
    d = current_dir(index_dir)
    return whoosh_index.open_dir(str(d)) if d else None


# Locks this process already holds, by (directory, thread): a whole indexing run holds the lock and the
# index updates it makes take it again (flock on a second descriptor would block against ourselves).
# Keyed by thread too, so another thread of the same process (a threaded server) still waits its turn.
_HELD: dict[tuple[str, int], int] = {}


@contextmanager
def write_lock(index_dir: str | Path, timeout: float | None = None,
               on_wait: Callable[[float], None] | None = None):
    """Exclusive cross-process writer lock, re-entrant within a process.

    Waits up to ``timeout`` seconds (calling ``on_wait(timeout)`` once, so a person is told why nothing
    happens), then raises IndexLocked.
    """
    timeout = config.WRITE_LOCK_TIMEOUT if timeout is None else timeout
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    key = (str(Path(index_dir).resolve()), threading.get_ident())
    if _HELD.get(key):
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    fd = os.open(Path(index_dir) / ".write.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise IndexLocked(index_dir, timeout) from None
                if on_wait is not None and not told:
                    on_wait(timeout)
                    told = True
                time.sleep(0.05)
        _HELD[key] = 1
        try:
            yield
        finally:
            _HELD.pop(key, None)
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _cancel(writer) -> None:
    """Cancel a failed writer without hiding why it failed: a commit that ran out of disk space has closed
    the writer already, and cancel() raising then would replace the ENOSPC with "writer is closed"."""
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001 - the original error is the one to report
        log.debug("cancelling a failed index writer failed too", exc_info=True)


def _generations(index_dir: Path) -> list[int]:
    return sorted(int(m.group(1)) for p in index_dir.iterdir() if (m := _GEN_RE.match(p.name)))


def rebuild(index_dir: str | Path, store: Store | None = None, lock_timeout: float | None = None) -> dict:
    """Build a new index from the store (no NLP) and swap it in atomically.

    Returns {"articles", "generation", "segments"}: the documents are written NEWSFACET_REINDEX_BATCH per
    segment (search/index_batches.py), so the writer's temporary disk is one batch's, not the archive's."""
    index_dir = Path(index_dir)
    own = store is None
    store = store or Store(index_dir)
    try:
        with write_lock(index_dir, lock_timeout):
            gens = _generations(index_dir) if index_dir.exists() else []
            gen = (gens[-1] + 1) if gens else 1
            final = index_dir / f"whoosh-{gen}"
            building = index_dir / f".whoosh-{gen}.building"
            shutil.rmtree(building, ignore_errors=True)  # leftovers of a killed rebuild
            building.mkdir(parents=True)
            mark = store.index_mark()  # read first: a change during the build makes the mark disagree
            whoosh_adapter.support()
            # the words whose pairs this index holds, from the store as it is now; pickled with the schema,
            # so later updates index the same pairs (pair_words.py)
            ix = whoosh_index.create_in(str(building), build_schema(pair_words.common_words(store)))
            try:
                # a segment per NEWSFACET_REINDEX_BATCH articles: one writer's pool is the temporary disk
                n, segments = index_batches.write(ix, map(article_document, store.iter_articles()),
                                                  config.reindex_batch(), _cancel)
            except BaseException:
                shutil.rmtree(building, ignore_errors=True)  # its pools went with the writer; not its segments
                raise
            finally:
                ix.close()
            _save_segment_data(building)
            index_mark.write(building, mark)
            os.rename(building, final)
            tmp_link = index_dir / f".{LINK}.tmp"
            if tmp_link.is_symlink() or tmp_link.exists():
                tmp_link.unlink()
            os.symlink(final.name, tmp_link)  # relative target: the index dir may be moved as a whole
            os.replace(tmp_link, index_dir / LINK)
            for old in gens[:-1]:  # keep the previous generation for readers that opened it a moment ago
                shutil.rmtree(index_dir / f"whoosh-{old}", ignore_errors=True)
            store.clear_pending(store.pending_index_ids())  # the new index reflects every store change
            return {"articles": n, "generation": gen, "segments": segments}
    finally:
        if own:
            store.close()


def update(
    index_dir: str | Path, store: Store, changed_ids: Iterable[str], removed_ids: Iterable[str] = (),
    lock_timeout: float | None = None,
) -> dict:
    """Apply store changes to the live index in one commit (one writer at a time).

    Changed ids are re-read from the store (an id no longer there counts as removed). Copy changes from
    Store.set_copies must be passed as changed ids too. Without a live index this is a full rebuild.
    """
    index_dir = Path(index_dir)
    changed = list(dict.fromkeys(changed_ids))
    removed = set(removed_ids)
    timeout = config.WRITE_LOCK_TIMEOUT if lock_timeout is None else lock_timeout
    if current_dir(index_dir) is None:
        return rebuild(index_dir, store, lock_timeout)
    with write_lock(index_dir, timeout):
        ix = open_current(index_dir)
        # built before a field of today's schema (a facet of the registry, the word pairs): adding to it
        # would leave its older documents without the field, so the whole index is rebuilt from the store
        if missing_fields(ix):
            ix.close()
            return rebuild(index_dir, store, lock_timeout)
        mark = store.index_mark()
        try:
            try:
                writer = ix.writer(timeout=timeout, delay=0.1)
            except LockError:
                raise IndexLocked(index_dir, timeout) from None
            try:
                for rid in removed - set(changed):
                    writer.delete_by_term("id", rid)
                articles = store.get_articles(changed)
                found = {a.id for a in articles}
                for gone in set(changed) - found:
                    writer.delete_by_term("id", gone)
                # update_document deletes any doc with the same unique id first: no duplicates. Merges of
                # segments smaller than a rebuild batch only: never the archive through one pool. Two
                # processes write a large commit (index_split.py).
                index_split.commit_documents(ix, writer, articles, article_document, attrgetter("id"),
                                             index_batches.merge_below_batch)
            except BaseException:
                _cancel(writer)
                raise
            live = current_dir(index_dir)
            _save_segment_data(live)
            if live is not None:
                index_mark.write(live, mark)
            return {"updated": len(articles), "removed": len(removed | (set(changed) - found))}
        finally:
            ix.close()


def missing_fields(ix) -> list[str]:
    """Fields of today's schema an open index lacks: it was built by an older newsfacet."""
    return sorted(set(build_schema().names()) - set(ix.schema.names()))


def _save_segment_data(ix_dir: Path | None) -> None:
    """What serving workers would otherwise read from Whoosh per segment, saved beside it for them
    (search/segment_files.py). Never fails an indexing run: without the files workers read Whoosh."""
    if ix_dir is None:
        return
    from . import segments
    from .schema import FACET_FIELDS

    try:
        segments.save_all(ix_dir, FACET_FIELDS)
    except Exception:  # noqa: BLE001 - an optimisation for readers, not part of the commit
        log.warning("segment data not saved beside %s: serving workers will read it from the index", ix_dir,
                    exc_info=True)


def _segments_without_arrays(reader, ix_dir: Path | None) -> int:
    """Segments of the live index the writer has not saved word arrays for (search/postings_files.py)."""
    from . import postings_files, segments

    if ix_dir is None or not whoosh_adapter.support().fast:
        return 0  # the public path never reads them: nothing is missing
    keys = [segments.segment_key(leaf, ix_dir) for leaf, _ in reader.leaf_readers()]
    return sum(1 for k in keys if k is not None and not postings_files.is_current(ix_dir, k[1], k[2]))


def in_step(index_dir: str | Path, store: Store) -> bool:
    """The live index's last commit recorded the store as it is now (search/index_mark.py): no change since
    that the outbox does not name, so the whole-store ``check`` has nothing to find."""
    return index_mark.in_step(current_dir(index_dir), store.index_mark())


def record_in_step(index_dir: str | Path, store_mark: dict) -> None:
    """A whole-store check found the live index in line with the store at ``store_mark``: say so beside it,
    so the next run need not check again (a check that repairs nothing commits nothing to record it)."""
    with write_lock(index_dir):
        live = current_dir(index_dir)
        if live is not None:
            index_mark.write(live, store_mark)


def check(index_dir: str | Path) -> dict:
    """Compare store ids with index ids: missing from the index, extra in it, duplicated in it."""
    index_dir = Path(index_dir)
    store = Store(index_dir, readonly=True)
    try:
        store_ids = store.article_ids()
        dangling = store.dangling_copies()  # copy groups must not point at removed articles
        pending = len(store.pending_index_ids())
        # Articles the copy grouping has not signed or regrouped yet (after the v7 upgrade, or a run that
        # stopped): not an error, the next `newsfacet index` catches up, but worth saying.
        copy_queue = store.copy_queue_size()
    finally:
        store.close()
    counts: dict[str, int] = {}
    damaged = None
    outdated: list[str] = []
    no_arrays = 0
    try:
        ix = open_current(index_dir)
        if ix is not None:
            outdated = missing_fields(ix)
            try:
                with ix.reader() as reader:
                    for _docnum, fields in reader.iter_docs():
                        counts[fields["id"]] = counts.get(fields["id"], 0) + 1
                    no_arrays = _segments_without_arrays(reader, current_dir(index_dir))
            finally:
                ix.close()
    except Exception as exc:  # a damaged index is a finding to report with its repair, not a crash of check
        ix, damaged = None, f"{type(exc).__name__}: {exc}"[:200]
    missing = sorted(store_ids - counts.keys())
    extra = sorted(counts.keys() - store_ids)
    dups = sorted(i for i, c in counts.items() if c > 1)
    ok = damaged is None and not (missing or extra or dups or dangling) and (ix is not None or not store_ids)
    report = {
        "ok": ok, "store_articles": len(store_ids), "index_documents": sum(counts.values()),
        "index_present": ix is not None, "missing": missing, "extra": extra, "duplicates": dups,
        "index_damaged": damaged, "dangling_copies": dangling, "pending": pending,
        "copy_grouping_queued": copy_queue, "index_missing_fields": outdated,
        "segments_without_word_arrays": no_arrays,
    }
    if ok and outdated:  # right answers, but e.g. phrases without word pairs read positions (slower)
        report["message"] = (f"index matches the store but was built by an older newsfacet (no {', '.join(outdated)}): "
                             f"`newsfacet reindex --index {index_dir}` rebuilds it (so does the next `newsfacet index` "
                             f"that adds, changes or removes an article)")
    elif ok and no_arrays:  # right answers; common words read from Whoosh's blocks (search schema < 4)
        report["message"] = (f"index matches the store; {no_arrays} segment(s) have no word arrays yet (searches "
                             f"read those words more slowly): the next `newsfacet index` that changes the index "
                             f"writes them, or `newsfacet reindex --index {index_dir}`")
    elif ok:
        report["message"] = "index matches the store"
    elif not (index_dir / "store.sqlite3").exists() and counts:
        # reindex would rebuild the index from an empty store: say what actually brings the articles back
        report["message"] = ("the store is missing while the index holds articles: restore store.sqlite3 from a "
                             "backup, or run `newsfacet index` on your folders again")
    elif dangling and not (missing or extra or dups or damaged):
        report["message"] = "copies point at removed articles: run `newsfacet index` on your folders to regroup them"
    else:
        report["message"] = f"index out of sync with the store: run `newsfacet reindex --index {index_dir}` to repair"
    return report
