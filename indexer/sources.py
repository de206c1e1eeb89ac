"""Which files an indexing run reads, and what the harvester's manifest says about each.

walk() goes through files and folders in a stable (sorted) order so re-indexing is reproducible; it
resolves every folder before descending so a symlink loop is visited once instead of forever. A symlink
whose target lies outside every folder being indexed is skipped with that reason (``ln -s /etc/shadow
folder/x.txt`` must not put that file on the web) unless the caller follows symlinks on purpose.
"""
from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import paths as P

MANIFEST_NAME = "manifest.json"
OUTSIDE = "symlink to something outside the indexed folders (use --follow-symlinks to index it)"


@dataclass
class Skipped:
    path: Path
    reason: str  # one line, shown in the indexing summary


@dataclass
class Found:
    path: Path  # as walked (under the root the user named)
    root: Path  # the file or folder the user named that led here
    key: str  # identity: the resolved real path (paths.key)


@dataclass
class Walk:
    """One pass over the named paths; ``folders`` (keys) fills in as it goes: the folders that were
    walked, under which a stored file that no longer exists has vanished."""

    paths: Iterable[Path | str]
    follow_symlinks: bool = False
    folders: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Found | Skipped]:
        seen_dirs: set[str] = set()
        seen_files: set[str] = set()
        for raw in self.paths:
            path = Path(raw)
            if not os.path.lexists(path):
                yield Skipped(path, "no such file or folder")
            elif path.is_dir():
                self.folders.append(P.key(path))
                yield from self._walk(path, path, seen_dirs, seen_files)
            else:
                yield from self._file(path, path, seen_files)

    def _inside(self, real: str, root: Path) -> bool:
        return self.follow_symlinks or P.under(real, P.real(root))

    def _walk(self, folder: Path, root: Path, seen_dirs: set[str], seen_files: set[str]) -> Iterator[Found | Skipped]:
        try:
            real = str(folder.resolve(strict=True))
        except (OSError, RuntimeError) as exc:  # RuntimeError: symlink loop on some Pythons
            yield Skipped(folder, f"cannot resolve folder ({exc.__class__.__name__})")
            return
        if not self._inside(real, root):
            yield Skipped(folder, OUTSIDE)
            return
        if real in seen_dirs:  # a symlink back into a folder already walked
            return
        seen_dirs.add(real)
        try:
            children = sorted(folder.iterdir(), key=lambda p: os.fsencode(p.name))
        except OSError as exc:
            yield Skipped(folder, f"unreadable folder ({exc.strerror or exc.__class__.__name__})")
            return
        for child in children:
            if child.name.startswith("."):
                continue
            try:
                is_dir = child.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from self._walk(child, root, seen_dirs, seen_files)
            elif child.name != MANIFEST_NAME:
                yield from self._file(child, root, seen_files)

    def _file(self, path: Path, root: Path, seen_files: set[str]) -> Iterator[Found | Skipped]:
        if path.name == MANIFEST_NAME:
            return
        try:
            real = str(path.resolve(strict=True))
        except RuntimeError:  # Python < 3.13 reports a symlink loop this way
            yield Skipped(path, "symlink loop")
            return
        except OSError as exc:
            yield Skipped(path, "symlink loop" if exc.errno == errno.ELOOP else "broken link")
            return
        if real in seen_files:  # the same file reached twice (symlink or repeated argument)
            return
        seen_files.add(real)
        if path != root and not self._inside(real, root):
            yield Skipped(path, OUTSIDE)
        elif not os.path.isfile(real):
            yield Skipped(path, "not a regular file")
        elif not os.access(real, os.R_OK):
            yield Skipped(path, "unreadable file (permission denied)")
        else:
            yield Found(path, root, P.key(real))


def discover(paths: Iterable[Path | str], follow_symlinks: bool = False) -> Iterator[Path | Skipped]:
    """Every indexable file under ``paths`` (files and folders) as a Path, or Skipped for unusable ones."""
    for item in Walk(paths, follow_symlinks):
        yield item.path if isinstance(item, Found) else item


def load_manifest(path: Path | str) -> dict:
    """The manifest entry for ``path`` from manifest.json in the same folder, {} if there is none."""
    path = Path(path)
    folder = path.parent.resolve()
    try:
        mtime = (folder / MANIFEST_NAME).stat().st_mtime_ns
    except OSError:
        return {}
    entries = _manifest_entries(str(folder), mtime)
    entry = entries.get(path.name)
    return dict(entry) if isinstance(entry, dict) else {}


@lru_cache(maxsize=256)
def _manifest_entries(folder: str, mtime_ns: int) -> dict:
    # Cached per folder (and manifest version): a folder of thousands of files must not re-read its
    # manifest for each one, while an edited manifest is picked up on the next run in the same process.
    manifest = Path(folder) / MANIFEST_NAME
    try:
        data = json.loads(manifest.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    files = data.get("files", data)  # tolerate a flat {name: entry} manifest too
    return files if isinstance(files, dict) else {}
