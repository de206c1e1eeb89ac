"""A rebuild's documents written as a series of segments, so its temporary disk is bounded (issue 18).

Why: one Whoosh writer keeps every posting of every document it is given in its sorting pool (pickled
runs in ``MAIN.tmp`` beside the index) until its commit merges them into one segment. That pool is ~50 KB
per article on disk (bench/RESULTS.md "The 1M index build"): a one-writer rebuild of 1M articles needed
~48 GB of runs and, while Whoosh reduced 128 of them to one (its ``maxfiles``), ~76 GB at the peak, for a
final index of ~3.5 GB. Here one writer takes at most ``batch`` documents and commits them as a segment of
their own (``merge=False``): its pool is deleted by that commit (``SegmentWriter._finish`` destroys the temp
storage), so the temporary disk is one batch's pool at most, beside the segments written so far.

What stays the same as one writer: every writer opens the same directory, so it reads the schema (and the
word-pair list pickled in it, pair_words.py) from the table of contents the first one wrote; documents keep
their store order across segments (readers number them segment after segment), so scores, ties and pages
are the one-segment index's. Why never merge them at the end: Whoosh merges by feeding every posting of the
merged segments through a new writer's pool (``OPTIMIZE`` -> ``add_reader`` -> ``add_postings_to_pool``),
the disk this module exists to avoid.

The same holds for the merges of later incremental commits (index.update): Whoosh's default policy
(``MERGE_SMALL``) merges the i+1 smallest segments once they hold fewer than fib(i+5) documents, which with
ten 100k segments happens within ~200 updates of 100 articles and merges all of them (1M documents through
one update's pool). ``merge_below_batch`` applies that policy only to the segments smaller than a batch, so
a commit merges at most about a batch's documents, and an archive keeps about one segment per batch.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from whoosh.writing import MERGE_SMALL

from . import config

# Memory of one writer's pool before it writes a sorted run to disk (Whoosh's estimate, not RSS).
POOL_MB = 256


def write(ix, documents: Iterable[dict], batch: int, cancel: Callable[[object], None]) -> tuple[int, int]:
    """Add ``documents`` to the empty index ``ix``, ``batch`` per segment (0: all in one).

    Returns (documents added, segments written). ``cancel`` is called with a writer that failed before the
    error propagates. An empty ``documents`` still commits once, as one writer would (an index with no
    segment yet, which readers open as empty)."""
    docs = iter(documents)
    size = batch if batch > 0 else None
    added = segments = 0
    while True:
        writer = ix.writer(limitmb=POOL_MB)
        try:
            n = 0
            for doc in islice(docs, size):
                writer.add_document(**doc)
                n += 1
            if n or not segments:
                writer.commit(merge=False)  # never merge: see the module doc
            else:
                writer.cancel()  # the last batch was full: nothing left
        except BaseException:
            cancel(writer)
            raise
        added += n
        segments += 1 if n else 0
        if size is None or n < size:
            return added, segments


def merge_below_batch(writer, segments: list) -> list:
    """An incremental commit's merge policy: Whoosh's MERGE_SMALL over the segments holding fewer documents
    than NEWSFACET_REINDEX_BATCH only (all of them when it is 0); the others are never merged again."""
    cap = config.reindex_batch()
    if cap <= 0:
        return MERGE_SMALL(writer, segments)
    kept = {id(s) for s in MERGE_SMALL(writer, [s for s in segments if s.doc_count_all() < cap])}
    # the segments' order kept as it was: readers number documents segment after segment
    return [s for s in segments if s.doc_count_all() >= cap or id(s) in kept]
