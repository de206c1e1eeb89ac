"""An incremental commit of many documents written by two processes, as two segments of one commit.

Why: Whoosh writes postings in pure Python on one core, ~4-5 ms per article. A long indexing run links all its
articles together at its end (indexer/run_links.py), so their commits come after NER, when the second core has
nothing left to do: 2,000 articles took ~10 s there. Here a forked child writes the first half of a commit's
documents as a segment of its own while this process writes the second half; this process's writer (the one
holding the write lock) then commits both, the child's segment first, so documents keep the order they were
given. Measured on 2,000 synthetic articles: see commit_documents' caller (index.update).

Whoosh's own ``procs=N`` writer (whoosh.multiproc) does much the same but hands batches to whichever worker is
free, so the order of documents (and so of equal-score results) changes from one run to the next; its workers
also wait forever on their queue if the parent is killed. The child here is given its documents in memory
(fork), sends back only its segment, and is killed with the commit if anything fails; a segment it wrote that
no commit names is deleted by the next commit (Whoosh's clean_files).
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable

from whoosh.writing import SegmentWriter

# Below this many documents a fork (~10-30 ms for a parent holding a gazetteer) is not worth it.
SPLIT_MIN = 200


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def commit_documents(ix, writer, items: list, document: Callable[[object], dict], key: Callable[[object], str],
                     mergetype: Callable) -> None:
    """``update_document`` the ``document`` of every item (its unique ``id`` field: ``key(item)``) through
    ``writer`` and commit (``mergetype`` as in SegmentWriter.commit); the first half goes through a forked child
    when that pays (see module doc). The child builds its own documents: building them is a sixth of the cost."""
    if len(items) < SPLIT_MIN or cores() < 2:
        for item in items:
            writer.update_document(**document(item))
        writer.commit(mergetype=mergetype)
        return
    half = len(items) // 2
    child = _Child(ix, items[:half], document)
    committed = False
    try:
        for item in items[half:]:
            writer.update_document(**document(item))
        for item in items[:half]:
            writer.delete_by_term("id", key(item))  # the child adds them; older copies go here
        _commit_with(writer, child, mergetype)
        committed = True
    finally:
        child.stop(kill=not committed)


def _commit_with(writer: SegmentWriter, child: _Child, mergetype: Callable) -> None:
    """SegmentWriter.commit with the child's segment before this writer's own; this writer's segment is
    written while the child finishes its own, and the table of contents once both are there."""
    writer._check_state()
    try:
        final = writer._merge_segments(mergetype, None, None)
        own = []
        if writer._added:
            own.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc([*final, child.segment(), *own])
    except Exception:
        writer._cleanup_on_error()
        raise
    writer._finish()


class _Child:
    """A forked process writing ``documents`` as one segment of ``ix`` (no lock: the parent's writer holds it)."""

    def __init__(self, ix, items: Iterable, document: Callable[[object], dict]):
        ctx = multiprocessing.get_context("fork")  # the items are inherited, not pickled
        self._receive, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_write_segment, args=(ix, items, document, send), daemon=True,
                                 name="newsfacet-index-writer")
        self._proc.start()
        send.close()

    def segment(self):
        try:
            ok, result = self._receive.recv()
        except EOFError:
            self._proc.join(timeout=5)
            raise RuntimeError(f"index writer process died (exit code {self._proc.exitcode})") from None
        if not ok:
            raise RuntimeError(f"index writer process failed: {result}")
        return result

    def stop(self, kill: bool) -> None:
        """Reap the child; ``kill``: the commit failed, so its segment is not wanted."""
        self._receive.close()
        if kill:
            self._proc.kill()
        self._proc.join(timeout=30)


def _write_segment(ix, items: Iterable, document: Callable[[object], dict], send) -> None:
    try:
        # its temporary files live in the directory the parent's writer uses (``MAIN.tmp``): closing the segment
        # deletes its own, and the parent's commit deletes the directory
        writer = SegmentWriter(ix, _lk=False)
        for item in items:
            writer.add_document(**document(item))
        send.send((True, writer._finalize_segment()))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        send.send((False, f"{type(exc).__name__}: {exc}"))
    finally:
        send.close()
