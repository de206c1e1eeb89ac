"""Reading the files of a run: which are new, changed, unchanged or moved, before any NLP.

Every file is sized from ``stat`` before a byte is read, and read in bounded chunks while it is hashed,
so a 2 GB file (or one larger than memory) is refused for the cost of a ``stat``. A file whose content is
already stored under a path that no longer exists was moved or renamed: its articles follow it without
NLP and keep their ids. One bad file is skipped with its reason and never stops the run; only the store
failing (a full disk) does, and then a re-run resumes.
"""
from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from search.migrations import file_uid
from search.store import Store

from . import dates
from . import paths as P
from .extract import FileExtraction, SkipFile, check_supported, extract_file
from .extract.decoding import MAX_BYTES, check_size
from .sources import Found, Skipped, load_manifest
from .summary import IndexSummary

_READ_CHUNK = 1 << 20


@dataclass
class Options:
    global_ids: bool = False  # the harvester's JSONL ids are unique across files: use them as they are
    follow_symlinks: bool = False  # index symlink targets outside the indexed folders too
    prune: bool = True  # remove the articles of files that vanished from an indexed folder


@dataclass
class Pending:
    path: Path
    key: str
    fs_path: bytes | None
    uid: str
    sha256: str
    extraction: FileExtraction


def read_bounded(path: Path, limit: int = MAX_BYTES) -> tuple[bytes, str]:
    """(bytes, sha256) of a file read in chunks; SkipFile as soon as it holds more than ``limit`` bytes
    (it may have grown since its ``stat``)."""
    digest = hashlib.sha256()
    chunks, total = [], 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_READ_CHUNK):
            total += len(chunk)
            check_size(total if total <= limit else limit + 1)
            digest.update(chunk)
            chunks.append(chunk)
    return b"".join(chunks), digest.hexdigest()


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # an undecodable name: schema 1 could not have stored it
        return False
    return True


def is_store_failure(exc: BaseException) -> bool:
    """Errors that are about the store or the disk, not the file: they stop the run (a re-run resumes)."""
    return isinstance(exc, sqlite3.Error) or (isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS)


_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}


@dataclass
class Reader:
    store: Store
    summary: IndexSummary
    on_file: Callable[[str], None]
    options: Options
    seen: set[str] = field(default_factory=set)  # keys of every file found this run
    moved_ids: list[str] = field(default_factory=list)  # articles whose file moved: index documents to refresh
    _run_keys: dict[str, str] = field(default_factory=dict)  # record key -> shown path of its first file

    def prepare(self, walk: Iterable[Found | Skipped]) -> Iterator[Pending]:
        for item in walk:
            if isinstance(item, Skipped):
                self._skip(item.path, item.reason)
                continue
            self.seen.add(item.key)
            try:
                pending = self._read(item)
            except SkipFile as exc:
                self._skip(item.path, exc.reason)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the run
                if is_store_failure(exc):
                    raise
                reason = (f"cannot read: {exc.strerror or exc}" if isinstance(exc, OSError)
                          else f"could not be indexed ({type(exc).__name__}: {exc})")
                self._skip(item.path, P.shown(reason))
                continue
            if pending is None:
                self.on_file(P.shown(item.path))
                continue
            yield pending

    def _skip(self, path: Path, reason: str) -> None:
        self.summary.skipped.append((P.shown(path), reason))
        self.on_file(P.shown(path))

    def _read(self, item: Found) -> Pending | None:
        path = item.path
        check_supported(path)
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise SkipFile("not a regular file")
        check_size(st.st_size)  # from stat: a huge file is refused before any byte is read
        data, sha = read_bounded(path)
        shown = P.provenance(path, item.root)
        row = self.store.file_row(item.key) or self._adopt_legacy_row(item, shown)
        if row is not None and row["sha256"] == sha:
            self.summary.files_unchanged += 1
            return None
        if row is None and self._moved_here(item, sha, shown):
            return None
        uid = (row or {}).get("uid") or file_uid(item.key)
        extraction = extract_file(path, data, load_manifest(path), scope=uid, global_ids=self.options.global_ids,
                                  shown_path=shown, sha256=sha)
        if not extraction.articles and extraction.problems:
            # nothing usable, only trouble ("not valid JSON"): the file is skipped, and the run fails, as for any
            # other unusable file -- not reported as a problem of a file counted as indexed
            raise SkipFile("; ".join(extraction.problems[:3]))
        for article in extraction.articles:
            dates.infer_published(article, extraction.articles)  # neighbours vouch for a year
        self.summary.problems.extend((P.shown(path), p) for p in extraction.problems)
        self._note_collisions(item, extraction)
        if row is None:
            self.summary.files_new += 1
        else:
            self.summary.files_updated += 1
        return Pending(path, item.key, P.fs_bytes(path), uid, sha, extraction)

    def _adopt_legacy_row(self, item: Found, shown: str) -> dict | None:
        """A store from before real-path keys (schema 1) knows files by the path as it was typed: take such
        a row over under the real-path key, so re-indexing the same folder replaces its articles instead of
        adding a second copy of each."""
        for legacy in dict.fromkeys((os.fspath(item.path), os.path.abspath(item.path))):
            if legacy == item.key or not _storable(legacy) or self.store.file_row(legacy) is None:
                continue
            self.moved_ids += self.store.move_file(legacy, item.key, P.fs_bytes(item.path), shown)
            return self.store.file_row(item.key)
        return None

    def _moved_here(self, item: Found, sha: str, shown: str) -> bool:
        for old in self.store.files_with_sha(sha):
            if old["path"] != item.key and not P.still_there(old["path"], old["fs_path"]):
                self.moved_ids += self.store.move_file(old["path"], item.key, P.fs_bytes(item.path), shown)
                self.summary.files_moved += 1
                return True
        return False

    def _note_collisions(self, item: Found, extraction: FileExtraction) -> None:
        """Report record keys (a harvester's id, or headline+lead) that another file also uses. Scoped ids
        keep the articles apart; with --global-ids the store refuses them at write time (reported there)."""
        keys = [a.record_key for a in extraction.articles if a.record_key and a.id != a.record_key]
        if not keys:
            return
        here = P.shown(item.path)
        others = {k: P.shown(p) for k, p in self.store.record_key_owners(keys, item.key).items()}
        for k in keys:
            if k not in others and self._run_keys.get(k, here) != here:
                others[k] = self._run_keys[k]
            self._run_keys.setdefault(k, here)
        if others:
            first = next(iter(others))
            self.summary.collided += len(others)
            self.summary.collisions.append((here, (
                f"{len(others)} article(s) share an id or headline+lead with another file (e.g. {first!r} "
                f"in {others[first]}); kept as separate articles")))
