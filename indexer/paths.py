"""How a file is named inside newsfacet: its key (identity), its shown name (messages) and its provenance.

- The key is the resolved real path, so ``scrapes`` and ``/abs/path/scrapes`` name the same files (no
  second NER pass, no phantom copies). It is text: a name that is not UTF-8 (``caf\\xe9.txt`` from an old
  Windows archive) is kept with its undecodable bytes written as ``\\xNN``, which SQLite can store; the
  exact bytes are kept beside it (``fs_bytes``) to find the file on disk again.
- The shown name is the same escaping plus control characters made visible, so every message stays one
  line whatever a hostile file name holds.
- Provenance on public pages is relative to the folder the user indexed, never the machine's full path.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _text(raw: str) -> str:
    return os.fsencode(raw).decode("utf-8", "backslashreplace")


def shown(path: str | os.PathLike) -> str:
    """A path as one printable line: undecodable bytes as ``\\xNN``, control characters as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _text(os.fspath(path)))


def real(path: str | os.PathLike) -> str:
    """The resolved real path (also for a path that no longer exists: what is left is made absolute)."""
    return os.path.realpath(os.fspath(path))


def key(path: str | os.PathLike) -> str:
    """A file's identity in the store: its resolved real path as storable text."""
    return _text(real(path))


def fs_bytes(path: str | os.PathLike) -> bytes | None:
    """The real path's exact bytes when its text key cannot be turned back into them; None otherwise."""
    raw = os.fsencode(real(path))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    return None


def still_there(path_key: str, raw: bytes | None) -> bool:
    return os.path.lexists(raw if raw is not None else path_key)


def under(path_key: str, folder_key: str) -> bool:
    return path_key == folder_key or path_key.startswith(folder_key.rstrip("/") + "/")


def provenance(path: Path, root: Path) -> str:
    """``path`` as shown on public pages: relative to the indexed folder, led by that folder's own name."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    name = Path(real(root)).name if root != path else ""
    return shown(Path(name, rel) if name else rel)
