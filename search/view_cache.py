"""Which index view a process answers from, and reopening it when the index changes.

Every query first checks that its view is still the live generation (live_state: a readlink, a stat and a
listdir). When it is not:

- a rebuild (the ``whoosh`` link points at a new directory) or a small archive: the new view is opened
  before answering, so a search right after ``newsfacet index`` sees what it added;
- a commit to a large archive (at least ``NEWSFACET_BACKGROUND_REOPEN`` articles, config.py): the new view
  is opened *and warmed* on a background thread, with the caches the old view had built (per-document facet
  indexes, top-value bitmaps, browse order, the text matcher), while the old generation keeps answering;
  the first query after it is ready swaps it in (search/background.py: the build starts once the search
  that noticed the commit is over). At 1M articles a new view costs ~1-2 s of work spread over its first
  searches; this way no search waits for it (Lucene's SearcherManager warms new searchers the same way).
  Searches see a commit ~3 s later than it was made.

Never Searcher.refresh() (phantom duplicates after a merge): always a brand-new view.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import time
from pathlib import Path

from . import config, facet_topk, whoosh_adapter
from .background import Background
from .index import LINK, current_dir
from .searcher import IndexView, dir_identity


def live_state(index_dir: Path) -> tuple[tuple, int] | None:
    """(identity of the live generation directory, newest TOC generation in it), or None when ``whoosh``
    is not a readable symlink to a directory with a TOC.

    Checked before every query, so it costs a readlink, a stat and a listdir: ``searcher.up_to_date()`` is
    Whoosh comparing the same newest-TOC number (from its own listdir) with the reader's generation, and
    current_dir() resolved the whole path and listed the directory on top of that.
    """
    try:
        target = os.readlink(index_dir / LINK)
        st = os.stat(index_dir / target)
        gen = whoosh_adapter.newest_generation(index_dir / target)
    except OSError:
        return None
    return (dir_identity(st), gen) if gen is not None else None


def _release_memory() -> None:
    """Hand freed heap back to the system after a replaced view's arrays are gone. glibc keeps freed chunks
    (numpy's arrays below its adaptive mmap threshold come from the heap): at 1M each reopen left a worker
    ~0.5 GB larger (RSS 1.05 -> 1.54 GB; malloc_trim brought it back to 1.02). A no-op elsewhere."""
    global _trim
    if _trim is None:
        try:
            _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _trim = False
    if _trim:
        _trim(0)


_trim = None


def warm_plan(view: IndexView) -> dict:
    """What ``view``'s searches have built so far: its successor builds the same before it answers."""
    return {"doc_index": [name for name, fd in view.facets.items() if fd._by_doc is not None],
            "bytes": [name for name, fd in view.facets.items() if fd._bytes not in (None, False)],
            "totals": [name for name, fd in view.facets.items() if fd._totals is not None],
            "topk": list((view.caches.get("facet_topk") or {}).keys()),
            "date_order": list(view._date_order.keys()),
            "matcher": view._matcher is not None}


def warm(view: IndexView, plan: dict) -> None:
    for name in plan["totals"]:
        view.facets[name].totals()
    for name in plan["doc_index"]:
        view.facets[name]._doc_index(view.n)
    for name in plan["bytes"]:
        view.facets[name]._byte_columns(view.n)
    for name in plan["topk"]:
        facet_topk.counter(view, name)
    for newest in plan["date_order"]:
        view.date_order(newest)
    if plan["matcher"]:
        view.matcher  # noqa: B018 - built for its field lengths and saved word lists


class SearcherCache:
    """Holds the current IndexView for a process; thread-safe; reopens on change, never refresh()es."""

    def __init__(self, index_dir: str | Path, background_from: int | None = None):
        self.index_dir = Path(index_dir)
        self._view: IndexView | None = None
        self._next: Background[IndexView] | None = None
        # views of at least this many documents are replaced in the background after a commit
        self.background_from = config.background_reopen() if background_from is None else background_from
        self.background_reopens = 0  # started so far (the benchmark reports it)
        self.lock = threading.RLock()

    def get(self) -> IndexView | None:
        with self.lock:
            state = live_state(self.index_dir)
            v = self._view
            if v is not None and state is not None and state == (v.dir_id, v.generation):
                return v  # same generation directory and same newest TOC: searcher.up_to_date() holds
            if v is not None and state is None:
                # not a symlink we can read cheaply (or nothing indexed): the general check, as before
                d = current_dir(self.index_dir)
                if d == v.dir and v.up_to_date():
                    return v
            if self._next is not None and self._next.done():
                built, self._next = self._next.take(), None
                if built is not None and (v is None or (built.dir_id, built.generation) != (v.dir_id, v.generation)):
                    old, v = v, built
                    self._view = built
                    if old is not None:
                        old.close()  # no search is using it: every search holds self.lock
                        del old
                        _release_memory()
                    if state == (v.dir_id, v.generation):
                        return v
                elif built is not None:
                    built.close()
            if v is not None and v.n >= self.background_from and self._same_directory(v, state):
                # a commit to a large archive: the current generation answers while the next one is built
                if self._next is None:
                    plan = warm_plan(v)
                    self._next = Background(lambda: self._warmed(plan), IndexView.close, after=self.lock)
                    self.background_reopens += 1
                return v
            if self._next is not None:  # a rebuild overtook a background reopen
                self._next.abandon()
                self._next = None
            if v is not None:
                v.close()
                v = self._view = None
                _release_memory()
            d = current_dir(self.index_dir)
            if d is not None:
                v = self._view = self._open(d)
            return v

    def _same_directory(self, v: IndexView, state) -> bool:
        """A commit to the view's own generation directory (not a rebuild into a new one)."""
        if state is not None:
            return state[0] == v.dir_id
        return current_dir(self.index_dir) == v.dir  # an index directory that is not behind a symlink

    def settle(self, timeout: float | None = None) -> bool:
        """Wait for a background reopen to finish (tests, benchmarks); the next get() swaps it in."""
        nxt = self._next
        return True if nxt is None else nxt.wait(timeout)

    def _warmed(self, plan: dict) -> IndexView:
        view = self._open_current()
        try:
            warm(view, plan)
        except BaseException:
            view.close()
            raise
        return view

    def _open_current(self) -> IndexView:
        d = current_dir(self.index_dir)
        if d is None:
            raise FileNotFoundError(f"no index generation in {self.index_dir}")
        return self._open(d)

    def _open(self, d: Path) -> IndexView:
        # A writer may commit (and delete merged segments) while we read the table of contents; the next
        # attempt sees the new generation. Three tries, then let the error out.
        for attempt in range(3):
            try:
                return IndexView(current_dir(self.index_dir) or d)
            except Exception:  # noqa: BLE001 - whoosh raises several types for a vanished segment
                if attempt == 2:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self.lock:
            if self._next is not None:
                self._next.abandon()
                self._next = None
            if self._view is not None:
                self._view.close()
                self._view = None
