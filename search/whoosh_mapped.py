"""Compound segments read in place from their mapping, not copied into every process (issue 18).

Whoosh maps a compound segment file (every segment a writer commits) but then opens each part of it
(postings, terms, stored fields, lengths) as a BufferFile, whose BytesIO copies the part into the process:
every serving worker held its own copy of the whole index (~2.6 MB per 1,000 articles, most of a
worker's memory at 100k). Read in place instead, the parts stay pages of the mapped file, which the OS
shares between workers and drops under memory pressure. The same bytes, so the same answers.

Private Whoosh names used here: ``CompoundStorage.open_file``/``_source``/``range`` and ``BufferFile``.
Installed or removed only by whoosh_adapter.support(), with the other fast paths (its fallback policy).
"""
from __future__ import annotations


class _ViewFile:
    """read/seek/tell over a memoryview without copying it (what BufferFile's BytesIO is used for)."""

    __slots__ = ("_view", "_pos", "_len")

    def __init__(self, view: memoryview):
        self._view, self._pos, self._len = view, 0, len(view)

    def read(self, n: int | None = -1) -> bytes:
        start = self._pos
        if n is None or n < 0 or start + n > self._len:
            end = max(start, self._len)
        else:
            end = start + n
        self._pos = end
        return self._view[start:end].tobytes()

    def peek(self, n: int = 0) -> bytes:
        # pickle.load reads ahead through peek: one call per small pickle (a block header) instead of one
        # read per opcode; a longer pickle reads on past the peeked bytes as usual
        return self._view[self._pos:self._pos + 512].tobytes()

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit: int = -1) -> bytes:
        end = self._len if limit is None or limit < 0 else min(self._pos + limit, self._len)
        view = self._view[self._pos:end]
        i = bytes(view).find(b"\n")  # rare: only pickles of the oldest protocols read lines
        return self.read(len(view) if i < 0 else i + 1)

    def seek(self, pos: int, whence: int = 0) -> int:
        self._pos = pos + (self._pos if whence == 1 else self._len if whence == 2 else 0)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")


_original_open_file = None


def share_compound_segments(on: bool) -> None:
    """Install (fast paths on) or remove the in-place reading of compound segment parts."""
    global _original_open_file
    try:
        from whoosh.filedb.compound import CompoundStorage
        from whoosh.filedb.structfile import BufferFile
    except ImportError:
        return
    if on and _original_open_file is None and hasattr(CompoundStorage, "range"):
        original = _original_open_file = CompoundStorage.open_file

        class MappedPart(BufferFile):
            def __init__(self, buf: memoryview, name: str | None = None):
                super().__init__(b"", name=name)
                self._buf = buf
                self.file = _ViewFile(buf)

        def open_file(self, name, *args, **kwargs):
            if getattr(self, "_source", None) is None or getattr(self, "is_closed", False):
                return original(self, name, *args, **kwargs)  # not mapped: Whoosh's own sub-file reader
            offset, length = self.range(name)
            return MappedPart(memoryview(self._source)[offset:offset + length], name=name)

        CompoundStorage.open_file = open_file
    elif not on and _original_open_file is not None:
        CompoundStorage.open_file = _original_open_file
        _original_open_file = None

