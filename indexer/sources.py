"""Which files an indexing run reads, and what the harvester's manifest says about each.

discover() walks files and folders in a stable (sorted) order so re-indexing is reproducible; it resolves
every folder before descending so a symlink loop is visited once instead of forever.
"""
from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MANIFEST_NAME = "manifest.json"


@dataclass
class Skipped:
    path: Path
    reason: str  # one line, shown in the indexing summary


def _is_hidden(path: Path) -> bool:
    return path.name.startswith(".")


def discover(paths: Iterable[Path | str]) -> Iterator[Path | Skipped]:
    """Yield every indexable file under ``paths`` (files and folders), or Skipped for unusable ones."""
    seen_dirs: set[Path] = set()
    seen_files: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Skipped(path, "no such file or folder")
        elif path.is_dir():
            yield from _walk(path, seen_dirs, seen_files)
        else:
            yield from _file(path, seen_files)


def _walk(folder: Path, seen_dirs: set[Path], seen_files: set[Path]) -> Iterator[Path | Skipped]:
    try:
        real = folder.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: symlink loop on some Pythons
        yield Skipped(folder, f"cannot resolve folder ({exc.__class__.__name__})")
        return
    if real in seen_dirs:  # a symlink back into a folder already walked
        return
    seen_dirs.add(real)
    try:
        children = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield Skipped(folder, f"unreadable folder ({exc.strerror or exc.__class__.__name__})")
        return
    for child in children:
        if _is_hidden(child):
            continue
        try:
            is_dir = child.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, seen_dirs, seen_files)
        elif child.name != MANIFEST_NAME:
            yield from _file(child, seen_files)


def _file(path: Path, seen_files: set[Path]) -> Iterator[Path | Skipped]:
    if path.name == MANIFEST_NAME:
        return
    try:
        real = path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a symlink loop this way
        yield Skipped(path, "symlink loop")
        return
    except OSError as exc:
        yield Skipped(path, "symlink loop" if exc.errno == errno.ELOOP else "broken link")
        return
    if real in seen_files:  # the same file reached twice (symlink or repeated argument)
        return
    seen_files.add(real)
    if not real.is_file():
        yield Skipped(path, "not a regular file")
    elif not os.access(real, os.R_OK):
        yield Skipped(path, "unreadable file (permission denied)")
    else:
        yield path


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
