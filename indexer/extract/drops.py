"""Counting what an extractor leaves out, by reason, one count per contiguous block."""
from __future__ import annotations

from collections import Counter


class Dropper:
    """``drop(reason)`` per line; consecutive lines dropped for the same reason count as one block,
    so the indexing summary says "reader comments: 1" rather than the number of comment lines."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._current: str | None = None

    def drop(self, reason: str, block: bool = True) -> None:
        if not block or reason != self._current:
            self.counts[reason] += 1
        self._current = reason

    def keep(self) -> None:
        """A line was kept: the next dropped line starts a new block."""
        self._current = None
