"""The indexing run: files in, articles with entities and dates out, written to the store then the index.

Order matters for crash safety: the SQLite store is the source of truth and commits one file per
transaction; the Whoosh index is derived and is brought back in line with the store at the start and end
of every run (``search.index.check`` + ``update``), so a run killed at any point is finished by the next one
without duplicates.

NER dominates the cost. One ``nlp.pipe`` generator runs over every paragraph of the run (in worker
processes when there is enough text), so spaCy keeps tagging while this process tags entities and dates,
writes the store and commits the index for the chunk before. Files are read and extracted as NER asks for
their text (``stream.Feed``), so memory holds the files in flight, not the whole run; with worker
processes a thread takes their results as they come (``stream.prefetch``) so they never wait for a commit.
A run of one chunk is linked as it is written; a run of more is stored chunk by chunk and linked as a whole
at its end, when its articles reach the index (``run_links``): its facets are those of one archive.
"""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from search import config
from search import index as search_index
from search.backend import index_writer
from search.model import Article
from search.store import Store

from . import dates, entities, facet_values, run_links
from . import paths as P
from . import variants as name_variants
from .copy_update import CopyRun, update_copies
from .extract import FileExtraction
from .nlp import ner_spans
from .reading import Options, Pending, Reader
from .sources import Walk
from .stream import Feed, prefetch
from .summary import IndexSummary

__all__ = ["IndexSummary", "Options", "index_paths", "reindex", "remove_paths", "sync_index"]

# Files whose articles are written (store + index commit) together; bounds memory and the work a crash
# can lose, and is the unit at which index writes overlap with NER still running in the workers.
CHUNK_ARTICLES = 400
# A run linked at its end indexes its articles in commits of this many, each written by two processes
# (search/index_split.py): 2,000 synthetic articles in one commit took 4.7 s, in five of 400 8.0 s. A commit's
# sorting pools hold ~50 KB per article on disk until it ends, so this bounds them at ~100 MB.
LINKED_COMMIT_ARTICLES = 2_000
# Below this many paragraphs, forking NER workers costs more (model load per process) than it saves.
PARALLEL_MIN_PARAGRAPHS = 3000
# NER results taken ahead of the writer with worker processes (~500 articles): enough to cover a chunk's
# store write and index commit, small next to the model.
PREFETCH_PARAGRAPHS = 4096


def _paragraph_count(item: Pending) -> int:
    return sum(len(a.paragraphs) for a in item.extraction.articles)


def _paragraph_texts(item: Pending) -> Iterator[str]:
    return (p.text for a in item.extraction.articles for p in a.paragraphs)


def _chunks(pending: Iterable[Pending], size: int) -> Iterator[list[Pending]]:
    chunk: list[Pending] = []
    count = 0
    for item in pending:
        chunk.append(item)
        count += len(item.extraction.articles)
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


def _tag(articles: list[Article], spans_iter: Iterator) -> dict[str, str]:
    """Tag each article in place; returns {article id: reason} for the articles tagging failed on.

    A failure is a bug of ours met on some text, not bad input: the article's file is skipped with the
    reason (its stored version, if any, is kept) and the rest of the run goes on. The article's spans
    were already taken from the iterator, so the next article still gets its own."""
    failed: dict[str, str] = {}
    for article in articles:
        spans = [next(spans_iter) for _ in article.paragraphs]
        try:
            article.mentions = entities.tag_entities(article, spans) + dates.tag_dates(article, spans)
        except Exception as exc:  # any tagging bug must cost one file, not the whole run
            failed[article.id] = f"could not be tagged (article {article.id!r}: {type(exc).__name__}: {exc})"
    facet_values.fill([a for a in articles if a.id not in failed])
    return failed


def index_paths(paths: Iterable[Path | str], index_dir: Path | str, *, workers: int | None = None,
                on_file: Callable[[str], None] = lambda path: None,
                on_wait: Callable[[float], None] | None = None, lock_timeout: float | None = None,
                options: Options | None = None) -> IndexSummary:
    """Index files and folders into ``index_dir`` (store + Whoosh index). Re-running is idempotent.

    The whole run holds the directory's writer lock, so a second indexer waits (``on_wait`` is told) or
    fails with IndexLocked: two runs never interleave their store and index writes.
    """
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with search_index.write_lock(index_dir, lock_timeout, on_wait=on_wait):
        return _run(paths, index_dir, workers, on_file, options or Options())


def _run(paths, index_dir: Path, workers: int | None, on_file: Callable[[str], None], options: Options) -> IndexSummary:
    summary = IndexSummary()
    store = Store(index_dir)
    spans_iter = None
    try:
        facet_values.backfill(store)  # facets added since these articles were stored (queued for the index)
        sync_index(index_dir, store)  # finish whatever a killed run left behind
        walk = Walk(paths, options.follow_symlinks)
        reader = Reader(store, summary, on_file, options)
        feed = Feed(reader.prepare(walk))
        # Only a prefix of the run is extracted to decide on worker processes, not the whole run.
        n_paragraphs = feed.lookahead(PARALLEL_MIN_PARAGRAPHS, _paragraph_count)
        n_process = workers or (min(2, os.cpu_count() or 1) if n_paragraphs >= PARALLEL_MIN_PARAGRAPHS else 1)
        spans_iter = ner_spans(feed.texts(_paragraph_texts), n_process=n_process)
        if n_process > 1:
            spans_iter = prefetch(spans_iter, PREFETCH_PARAGRAPHS)
        # the archive's faceted people and bodies, which the run's names meet (all of them, unless a killed
        # run left articles unlinked: not what only those gave)
        known = (store.known_before_unlinked("person"), store.known_before_unlinked("org"))
        # A run of more than one chunk is linked once, whole, at its end, and its articles reach the index
        # then (run_links.py): linking and indexing each chunk first cost a third more on a 2,000-article run.
        # A run longer than NEWSFACET_LINK_ARTICLES is linked in parts of that many (search/config.py).
        at_end = feed.lookahead(CHUNK_ARTICLES + 1, lambda item: len(item.extraction.articles)) > CHUNK_ARTICLES
        held: set[str] = set()  # the run's articles stored but not yet indexed (at_end)
        copy_run = CopyRun()  # copy grouping done chunk by chunk (at_end)
        linked_kinds: Counter = Counter()  # the run's mentions by kind once linked (at_end)
        relinked: set[str] = set()  # articles whose mentions the run's link changed
        if at_end and not index_writer(index_dir).has_index():
            index_writer(index_dir).rebuild(store)  # searchable while the run goes (empty for a new archive)
        rewritten: set[str] = set()  # ids stored before this run (their name-variant rows exist already)
        # the articles whose name-variant rows the run inserts; None (a full rebuild) once a mention may
        # have vanished, or when a killed run left the table behind its articles
        added: list[str] | None = None if store.mark_name_variants_behind() else []
        for chunk in _chunks(feed.items(), CHUNK_ARTICLES):
            articles = [a for item in chunk for a in item.extraction.articles]
            if failed := _tag(articles, spans_iter):
                chunk = _drop_failed(chunk, failed, summary, on_file)
                articles = [a for item in chunk for a in item.extraction.articles]
            if not at_end:
                entities.link_people(articles, *known)
            changed: list[str] = []
            removed: list[str] = []
            for item in chunk:
                ids = [a.id for a in item.extraction.articles] if added is not None else []
                before = _mention_keys(store, ids) if ids else set()
                if before:
                    rewritten.update(ids)
                written = _write(store, item, summary, unlinked=at_end)
                if written is not None:
                    changed += written.changed
                    removed += written.removed
                    if added is not None:
                        added += written.changed
                        # a rewritten article keeps its id with new text (a harvester's id, or an edit
                        # past the first paragraph): a mention it no longer has may leave a stale row
                        if before and not before <= _mention_keys(store, ids):
                            added = None
                on_file(P.shown(item.path))
            gone = sorted(set(removed) - set(changed))
            if at_end:
                held.update(changed)
                held.difference_update(gone)
                changed = []
                # grouped while NER runs, not in the run's tail on one core; copy marks of archive
                # articles reach the index with this chunk (the store's outbox), the run's with its link
                copy_run = copy_run.add(update_copies(store)[1])
            _apply_to_index(index_dir, store, changed, gone, held)
            summary.removed += len(gone)
            if at_end and 0 < config.link_articles() <= len(held):  # a part linked now: memory stays bounded
                relinked.update(_link_and_index(index_dir, store, known, held, linked_kinds))
                held = set()
                known = (store.known_before_unlinked("person"), store.known_before_unlinked("org"))
        if held or store.unlinked_count():  # the run's last part, and what a killed run left unlinked
            relinked.update(_link_and_index(index_dir, store, known, held, linked_kinds if at_end else None))
        if at_end:  # the summary counts the run's mentions as linked, not as the chunks were stored
            summary.entities = linked_kinds
        if added is not None and rewritten.intersection(relinked):
            added = None  # a rewritten article may have lost a spelling its old rows hold
        if reader.moved_ids:
            _apply_to_index(index_dir, store, reader.moved_ids, [])
        _vanished(index_dir, store, walk, reader, summary)
        _group_copies(index_dir, store, summary, copy_run)
        # the spellings query expansion searches (issue 15): only the new articles' rows when nothing was
        # removed (issue 18); a removal rebuilds, since only a rebuild drops the rows of vanished values
        name_variants.refresh(store, None if summary.removed or added is None else added)
    finally:
        if spans_iter is not None:
            spans_iter.close()  # stops the NER thread and workers first: they read files and the store
        store.close()
    return summary


def _link_and_index(index_dir: Path, store: Store, known: tuple, held: set[str], kinds: Counter | None) -> list[str]:
    """Link the articles stored unlinked (``held``, the run's part, and any a killed run left) as one archive and
    index them; returns the ids whose mentions the link changed. ``kinds`` counts ``held``'s linked mentions."""
    relinked = run_links.settle(store, *known, kinds=kinds, of=held)
    linked = sorted(held.union(relinked))
    for start in range(0, len(linked), LINKED_COMMIT_ARTICLES):
        end = start + LINKED_COMMIT_ARTICLES
        _apply_to_index(index_dir, store, linked[start:end], [], set(linked[end:]))
    return relinked


def _drop_failed(chunk: list, failed: dict[str, str], summary: IndexSummary,
                 on_file: Callable[[str], None]) -> list:
    """The chunk without the files holding an article tagging failed on; each is reported as skipped."""
    kept = []
    for item in chunk:
        reasons = [failed[a.id] for a in item.extraction.articles if a.id in failed]
        if reasons:
            summary.skipped.append((P.shown(item.path), reasons[0]))
            on_file(P.shown(item.path))
        else:
            kept.append(item)
    return kept


def reindex(index_dir: Path | str, lock_timeout: float | None = None) -> dict:
    """``newsfacet reindex``: produce any facet added since articles were stored, then rebuild the index
    from the store (no NLP) and swap it in. Returns search.index.rebuild's report."""
    index_dir = Path(index_dir)
    with search_index.write_lock(index_dir, lock_timeout):
        store = Store(index_dir)
        try:
            facet_values.backfill(store)
            if store.unlinked_count():  # a killed indexing run's articles, never linked together
                run_links.settle(store, store.known_before_unlinked("person"), store.known_before_unlinked("org"))
            name_variants.refresh(store)  # the name-variant table is derived from the store too (issue 15)
            return search_index.rebuild(index_dir, store, lock_timeout)
        finally:
            store.close()


def _write(store: Store, item: Pending, summary: IndexSummary, unlinked: bool = False):
    """Store one file's articles (``unlinked``: as tagged, for the run's final link, run_links.py); a file the
    store rejects is skipped (the run goes on), a store that cannot write at all (disk full) stops the run."""
    try:
        written = store.write_file(item.key, item.sha256, item.extraction.articles, item.extraction.dropped,
                                   uid=item.uid, fs_path=item.fs_path, unlinked=unlinked)
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError) as exc:
        summary.skipped.append((P.shown(item.path), f"could not be stored ({type(exc).__name__}: {exc})"))
        return None
    refused = set(i for i, _ in written.refused)
    if written.refused:
        first, owner = written.refused[0]
        summary.collided += len(written.refused)
        summary.collisions.append((P.shown(item.path), (
            f"{len(written.refused)} article id(s) already belong to another file's article (e.g. {first!r} "
            f"of {P.shown(owner)}); not stored, the other file's articles are kept")))
    item.extraction.articles = [a for a in item.extraction.articles if a.id not in refused]
    _count(summary, item.extraction)
    return written


def _vanished(index_dir: Path, store: Store, walk: Walk, reader: Reader, summary: IndexSummary) -> None:
    """Files stored under a folder indexed this run that no longer exist: removed (or, with
    --keep-missing, listed). Each removal is one store transaction that queues its ids for the index, so
    a run killed here loses nothing: the next run finishes the index and finds the rest again."""
    gone: dict[str, dict] = {}
    for folder in walk.folders:
        for f in store.files_under(folder):
            if f["path"] not in reader.seen and not P.still_there(f["path"], f["fs_path"]):
                gone.setdefault(f["path"], f)
    if not reader.options.prune:
        summary.missing.extend(P.shown(p) for p in gone)
        return
    removed: list[str] = []
    for path in gone:
        removed += store.remove_file(path)
        summary.files_removed += 1
        if len(removed) >= CHUNK_ARTICLES:
            _apply_to_index(index_dir, store, [], removed)
            summary.removed += len(removed)
            removed = []
    if removed:
        _apply_to_index(index_dir, store, [], removed)
        summary.removed += len(removed)


def remove_paths(paths: Iterable[Path | str], index_dir: Path | str, lock_timeout: float | None = None,
                 on_wait: Callable[[float], None] | None = None) -> tuple[IndexSummary, list[str]]:
    """``newsfacet remove``: forget files (or every file under a folder) and their articles, whether or
    not they still exist on disk. Returns the summary and the paths that matched nothing in the store."""
    index_dir = Path(index_dir)
    summary = IndexSummary()
    unknown: list[str] = []
    with search_index.write_lock(index_dir, lock_timeout, on_wait=on_wait):
        store = Store(index_dir)
        try:
            sync_index(index_dir, store)
            for raw in paths:
                files = store.files_under(P.key(raw))
                if not files:
                    unknown.append(P.shown(raw))
                removed: list[str] = []
                for f in files:
                    removed += store.remove_file(f["path"])
                    summary.files_removed += 1
                _apply_to_index(index_dir, store, [], removed)
                summary.removed += len(removed)
            _group_copies(index_dir, store, summary, CopyRun())
            name_variants.refresh(store)
        finally:
            store.close()
    return summary, unknown


def _mention_keys(store: Store, ids: list[str]) -> set[tuple]:
    """What the name-variant rows of these articles are made from (indexer/variants.variant_rows)."""
    return {*store.mention_spellings(article_ids=ids), *(("place", *p) for p in store.place_values(ids))}


def _count(summary: IndexSummary, extraction: FileExtraction) -> None:
    summary.files += 1
    summary.dropped.update(extraction.dropped)
    for article in extraction.articles:
        summary.articles += 1
        summary.paragraphs += len(article.paragraphs)
        summary.entities.update(m.kind for m in article.mentions)


def _apply_to_index(index_dir: Path, store: Store, changed: list[str], removed: list[str],
                    held: set[str] = frozenset()) -> None:
    """Commit store changes to the index, then clear them from the store's outbox (which also names the
    copies a removal turned back into originals: their documents changed too); ``held``: outbox ids the
    run indexes later, once linked."""
    pending = set(store.pending_index_ids()) - held
    if held and not (changed or removed or pending):
        return  # (an update would create a missing index from the store, held articles and all)
    changed = [*changed, *sorted(pending - set(changed) - set(removed))]
    index_writer(index_dir).update(store, changed, removed)
    store.clear_pending([*changed, *removed])


def sync_index(index_dir: Path, store: Store) -> dict:
    """Bring the derived index in line with the store after a crash.

    The store's outbox names every article changed without an index commit since (content and copy
    marks). When the index's last commit recorded the store as it still is (search/index_mark.py), the
    outbox is all there is to apply: this is the cost of every run, so it must not grow with the archive.
    Otherwise (a run killed between store and index, an index or store restored or replaced, a hand edit)
    ``check`` compares every store id with the index and catches the rest (missing, extra or duplicated).
    """
    writer = index_writer(index_dir)
    in_step = writer.in_step(store)  # before the outbox is applied: applying it records a fresh mark
    pending = store.pending_index_ids()
    if pending and writer.has_index():
        _apply_to_index(index_dir, store, pending, [])  # ids gone from the store are deleted by update
    if in_step:
        return {"ok": True, "checked": False, "pending": len(pending),
                "message": "the index's mark of the store agrees: only the outbox was applied"}
    mark = store.index_mark()  # the store the check is about (nothing writes to it until the run goes on)
    report = writer.check()
    if not report["ok"]:
        if not report["index_present"]:
            writer.rebuild(store)
        else:
            writer.update(store, report["missing"] + report["duplicates"], report["extra"])
    else:
        writer.record_in_step(mark)  # nothing to repair, so no commit records it: the next run skips the check
    store.clear_pending(store.pending_index_ids())
    return dict(report, checked=True)


def _group_copies(index_dir: Path, store: Store, summary: IndexSummary, earlier: CopyRun) -> None:
    """Group syndicated near-copies of the new and changed articles (and regroup those a removal touched)
    through the store's persisted candidate index; re-index only articles whose group changed. ``earlier``:
    what the run grouped chunk by chunk."""
    changes, run = update_copies(store)
    if changes:
        _apply_to_index(index_dir, store, sorted(changes), [])
    summary.copies = store.count_copies()
    summary.copy_run = earlier.add(run).as_dict()
