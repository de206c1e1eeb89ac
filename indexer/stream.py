"""Streaming helpers for the indexing run: files are extracted as NER asks for their text, not all up front.

Two readers walk the same sequence of prepared files at different speeds: the NER input runs ahead (spaCy
takes text batches before the results of earlier ones are back) and the chunk writer follows behind.
``Feed`` pulls each file from its source once and keeps it only until both readers have passed it, so the
run holds the files in flight instead of every extracted article (983 MB at 20k articles when it did).

``prefetch`` keeps spaCy's worker processes busy while this process tags and writes: spaCy only sends a
worker new text when the results of its earlier batches are taken, so a caller that stops reading for a
store write and an index commit leaves both workers idle after a few batches.
"""
from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Feed(Generic[T]):
    """One pass over ``source`` shared by a text reader (ahead) and an item reader (behind).

    Thread-safe: with ``prefetch`` the text reader runs in the NER thread. ``source`` is advanced under
    the lock, so it runs in whichever thread needs the next item first.
    """

    def __init__(self, source: Iterator[T]):
        self._source = source
        self._items: deque[T] = deque()
        self._base = 0  # position of _items[0] in the whole sequence
        self._text_pos = 0
        self._item_pos = 0
        self._done = False
        self._lock = threading.Lock()

    def _at(self, pos: int) -> tuple[bool, T | None]:
        """(found, item) at ``pos``, pulling from the source as needed; caller holds the lock."""
        while pos - self._base >= len(self._items):
            if self._done:
                return False, None
            try:
                self._items.append(next(self._source))
            except StopIteration:
                self._done = True
                return False, None
        return True, self._items[pos - self._base]

    def _trim(self) -> None:
        while self._items and self._base < min(self._text_pos, self._item_pos):
            self._items.popleft()
            self._base += 1

    def lookahead(self, enough: int, size: Callable[[T], int]) -> int:
        """Pull items until their total ``size`` reaches ``enough`` or the source ends; return the total.
        Lets the caller size the run (e.g. whether worker processes pay off) from a bounded prefix."""
        with self._lock:
            total, pos = 0, self._base
            while total < enough:
                found, item = self._at(pos)
                if not found:
                    break
                total += size(item)
                pos += 1
            return total

    def _walk(self, cursor: str) -> Iterator[T]:
        """Items in order for one reader; ``cursor`` names its position ("_text_pos" or "_item_pos")."""
        while True:
            with self._lock:
                found, item = self._at(getattr(self, cursor))
                if not found:
                    return
                setattr(self, cursor, getattr(self, cursor) + 1)
                self._trim()
            yield item

    def texts(self, texts_of: Callable[[T], Iterable[str]]) -> Iterator[str]:
        """Every text of every item, in order (the NER input)."""
        for item in self._walk("_text_pos"):
            yield from texts_of(item)

    def items(self) -> Iterator[T]:
        """Every item, in order (the writer)."""
        return self._walk("_item_pos")


class _Failed:
    def __init__(self, exc: BaseException):
        self.exc = exc


_END = object()


def prefetch(results: Iterator[T], depth: int) -> Iterator[T]:
    """Drain ``results`` in a thread, up to ``depth`` items ahead of the caller; its errors are re-raised here.

    Closing this generator (the caller finished early or raised) stops the thread and closes ``results``,
    which makes spaCy terminate its workers.
    """
    q: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in results:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # handed to the caller's thread, which re-raises it
            put(_Failed(exc))
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=run, name="newsfacet-ner", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.exc
            yield item
    finally:
        stop.set()
        thread.join(timeout=30)  # at most one batch of NER in flight; a daemon thread never blocks exit
