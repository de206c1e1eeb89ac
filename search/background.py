"""A replacement built on its own thread while the current one keeps answering (view_cache.py's next index
view, engine.py's next name-variant table).

The thread first waits for ``after`` (the engine's lock, held by every search): the search that noticed the
change finishes on its own, not sharing the CPU with the build; later searches run beside it. Nothing a
search waits for: ``done()`` says when ``take()`` has the result (None when building failed: the caller
then builds it itself and sees the error).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger("newsfacet.search")


class Background(Generic[T]):
    def __init__(self, build: Callable[[], T], close: Callable[[T], None] | None = None, after=None,
                 what: str = "the next index view"):
        self._build, self._close, self._after, self._what = build, close, after, what
        self._lock = threading.Lock()
        self._value: T | None = None
        self._abandoned = False
        self._done = threading.Event()
        self.seconds: float | None = None  # building time, once done
        threading.Thread(target=self._run, name="newsfacet-background", daemon=True).start()

    def _run(self) -> None:
        if self._after is not None:
            with self._after:  # the search that started this is over
                pass
        started = time.perf_counter()
        value = None
        try:
            value = self._build()
        except Exception as exc:  # noqa: BLE001 - the caller builds it itself and sees the error
            log.warning("building %s in the background failed (%s): the next search builds it", self._what, exc)
        with self._lock:
            if self._abandoned and value is not None:
                self._discard(value)
                value = None
            self._value = value
            self.seconds = time.perf_counter() - started
        self._done.set()

    def _discard(self, value: T) -> None:
        if self._close is not None:
            self._close(value)

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def take(self) -> T | None:
        with self._lock:
            value, self._value = self._value, None
            return value

    def abandon(self) -> None:
        """Not wanted any more (a rebuild, or the process closing): discarded now or when it finishes."""
        with self._lock:
            self._abandoned = True
            value, self._value = self._value, None
        if value is not None:
            self._discard(value)
