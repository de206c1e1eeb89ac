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
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from search import index as search_index
from search.model import Article
from search.store import Store

from . import dates, entities
from .dedupe import find_copies
from .extract import FileExtraction, SkipFile, extract_file
from .nlp import ner_spans
from .sources import Skipped, discover, load_manifest
from .stream import Feed, prefetch

# Files whose articles are written (store + index commit) together; bounds memory and the work a crash
# can lose, and is the unit at which index writes overlap with NER still running in the workers.
CHUNK_ARTICLES = 400
# Below this many paragraphs, forking NER workers costs more (model load per process) than it saves.
PARALLEL_MIN_PARAGRAPHS = 3000
# NER results taken ahead of the writer with worker processes (~500 articles): enough to cover a chunk's
# store write and index commit, small next to the model.
PREFETCH_PARAGRAPHS = 4096


@dataclass
class IndexSummary:
    files: int = 0
    files_unchanged: int = 0
    articles: int = 0
    paragraphs: int = 0
    entities: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, "line N: reason") kept going
    copies: int = 0
    removed: int = 0

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "files_unchanged": self.files_unchanged,
            "articles": self.articles,
            "paragraphs": self.paragraphs,
            "entities": dict(self.entities),
            "dropped": dict(self.dropped),
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "problems": [{"path": p, "problem": r} for p, r in self.problems],
            "copies": self.copies,
            "removed": self.removed,
        }


@dataclass
class _Pending:
    path: Path
    sha256: str
    extraction: FileExtraction


def _prepare(paths: Iterable[Path | str], store: Store, summary: IndexSummary,
             on_file: Callable[[str], None]) -> Iterator[_Pending]:
    """Discover, read, skip unchanged files, extract articles and their publication dates."""
    for item in discover(paths):
        if isinstance(item, Skipped):
            summary.skipped.append((str(item.path), item.reason))
            on_file(str(item.path))
            continue
        path = item
        try:
            data = path.read_bytes()
        except OSError as exc:
            summary.skipped.append((str(path), f"cannot read: {exc.strerror or exc}"))
            on_file(str(path))
            continue
        sha = hashlib.sha256(data).hexdigest()
        if store.file_sha(str(path)) == sha:
            summary.files_unchanged += 1
            on_file(str(path))
            continue
        try:
            extraction = extract_file(path, data, load_manifest(path))
        except SkipFile as exc:
            summary.skipped.append((str(path), exc.reason))
            on_file(str(path))
            continue
        for article in extraction.articles:
            dates.infer_published(article, extraction.articles)  # neighbours vouch for a year
        summary.problems.extend((str(path), p) for p in extraction.problems)
        yield _Pending(path, sha, extraction)


def _paragraph_count(item: _Pending) -> int:
    return sum(len(a.paragraphs) for a in item.extraction.articles)


def _paragraph_texts(item: _Pending) -> Iterator[str]:
    return (p.text for a in item.extraction.articles for p in a.paragraphs)


def _chunks(pending: Iterable[_Pending], size: int) -> Iterator[list[_Pending]]:
    chunk: list[_Pending] = []
    count = 0
    for item in pending:
        chunk.append(item)
        count += len(item.extraction.articles)
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


def _tag(articles: list[Article], spans_iter: Iterator) -> None:
    for article in articles:
        spans = [next(spans_iter) for _ in article.paragraphs]
        article.mentions = entities.tag_entities(article, spans) + dates.tag_dates(article, spans)


def index_paths(paths: Iterable[Path | str], index_dir: Path | str, *, workers: int | None = None,
                on_file: Callable[[str], None] = lambda path: None,
                on_wait: Callable[[float], None] | None = None, lock_timeout: float | None = None) -> IndexSummary:
    """Index files and folders into ``index_dir`` (store + Whoosh index). Re-running is idempotent.

    The whole run holds the directory's writer lock, so a second indexer waits (``on_wait`` is told) or
    fails with IndexLocked: two runs never interleave their store and index writes.
    """
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with search_index.write_lock(index_dir, lock_timeout, on_wait=on_wait):
        return _run(paths, index_dir, workers, on_file)


def _run(paths, index_dir: Path, workers: int | None, on_file: Callable[[str], None]) -> IndexSummary:
    summary = IndexSummary()
    store = Store(index_dir)
    spans_iter = None
    try:
        sync_index(index_dir, store)  # finish whatever a killed run left behind
        feed = Feed(_prepare(paths, store, summary, on_file))
        # Only a prefix of the run is extracted to decide on worker processes, not the whole run.
        n_paragraphs = feed.lookahead(PARALLEL_MIN_PARAGRAPHS, _paragraph_count)
        n_process = workers or (min(2, os.cpu_count() or 1) if n_paragraphs >= PARALLEL_MIN_PARAGRAPHS else 1)
        spans_iter = ner_spans(feed.texts(_paragraph_texts), n_process=n_process)
        if n_process > 1:
            spans_iter = prefetch(spans_iter, PREFETCH_PARAGRAPHS)
        known_people = set(store.known_people())
        for chunk in _chunks(feed.items(), CHUNK_ARTICLES):
            articles = [a for item in chunk for a in item.extraction.articles]
            _tag(articles, spans_iter)
            entities.link_people(articles, known_people)
            changed: list[str] = []
            removed: list[str] = []
            for item in chunk:
                added, gone = store.replace_file(str(item.path), item.sha256, item.extraction.articles,
                                                 item.extraction.dropped)
                changed += added
                removed += gone
                _count(summary, item.extraction)
                on_file(str(item.path))
            known_people.update(m.value for a in articles for m in a.mentions if m.kind == "person")
            gone = sorted(set(removed) - set(changed))
            _apply_to_index(index_dir, store, changed, gone)
            summary.removed += len(gone)
        _group_copies(index_dir, store, summary)
    finally:
        if spans_iter is not None:
            spans_iter.close()  # stops the NER thread and workers first: they read files and the store
        store.close()
    return summary


def _count(summary: IndexSummary, extraction: FileExtraction) -> None:
    summary.files += 1
    summary.dropped.update(extraction.dropped)
    for article in extraction.articles:
        summary.articles += 1
        summary.paragraphs += len(article.paragraphs)
        summary.entities.update(m.kind for m in article.mentions)


def _apply_to_index(index_dir: Path, store: Store, changed: list[str], removed: list[str]) -> None:
    """Commit store changes to the index, then clear them from the store's outbox."""
    search_index.update(index_dir, store, changed, removed)
    store.clear_pending([*changed, *removed])


def sync_index(index_dir: Path, store: Store) -> dict:
    """Bring the derived index in line with the store after a crash.

    The store's outbox names every article changed without an index commit since (content and copy
    marks); ``check`` catches anything else (missing, extra or duplicated documents).
    """
    pending = store.pending_index_ids()
    if pending and search_index.current_dir(index_dir) is not None:
        _apply_to_index(index_dir, store, pending, [])  # ids gone from the store are deleted by update
    report = search_index.check(index_dir)
    if not report["ok"]:
        if not report["index_present"]:
            search_index.rebuild(index_dir, store)
        else:
            search_index.update(index_dir, store, report["missing"] + report["duplicates"], report["extra"])
    store.clear_pending(store.pending_index_ids())
    return report


def _group_copies(index_dir: Path, store: Store, summary: IndexSummary) -> None:
    """Group syndicated near-copies across the whole store; re-index only articles whose group changed."""
    before = store.copy_map()
    after = find_copies(store.dedupe_docs())
    changes = {cid: after.get(cid) for cid in before.keys() | after.keys() if before.get(cid) != after.get(cid)}
    if changes:
        store.set_copies(changes)
        _apply_to_index(index_dir, store, sorted(changes), [])
    summary.copies = len(after)
