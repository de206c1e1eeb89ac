"""One Whoosh searcher per process, reopened when the index changes, plus per-generation numpy caches.

Never Searcher.refresh(): it yields phantom duplicate documents after merges. Instead, when the symlink
points elsewhere (rebuild) or ``not searcher.up_to_date()`` (incremental commit), we open a brand-new
view and drop the old one. Each view precomputes, once, what facet counting and filtering need:
per facet a CSR-like (doc, value) entry list, so counting a facet over any docset is one numpy bincount
instead of Whoosh's ~60 ms groupedby.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index

from . import budget, facet_bytes, ranking, segments, whoosh_adapter
from .facet_bytes import ByteColumns
from .matching import Matcher
from .schema import FACET_FIELDS


@dataclass
class FacetData:
    values: list[str]            # sorted distinct values (ISO days sort chronologically)
    value_id: dict[str, int]
    entry_doc: np.ndarray        # int32, one entry per (doc, value) pair, grouped by value
    entry_val: np.ndarray | None  # int32; None: not kept (entry_values() derives it from val_ptr)
    val_ptr: np.ndarray          # entries of value v are entry_*[val_ptr[v]:val_ptr[v+1]]
    _lower: dict[str, list[str]] | None = field(default=None, repr=False)
    _by_doc: tuple | None = field(default=None, repr=False)
    _totals: np.ndarray | None = field(default=None, repr=False)
    _bytes: ByteColumns | bool | None = field(default=None, repr=False)  # _byte_columns; False: not worth it
    # (field name, [(segment, docnum offset, local -> merged value id)], live): a view's facet is joined
    # from its segments' per-document indexes rather than sorted again (None: a hand-made FacetData)
    _parts: tuple | None = field(default=None, repr=False)

    def entry_values(self) -> np.ndarray:
        """The value id of every entry. A view does not keep them (4 bytes an entry, ~124 MB at 1M articles,
        twice while a new view is built beside the old): entries are grouped by value, so val_ptr says."""
        if self.entry_val is not None:
            return self.entry_val
        return np.repeat(np.arange(len(self.values), dtype=np.int32), np.diff(self.val_ptr))

    def docs_of(self, value: str) -> np.ndarray:
        v = self.value_id.get(value)
        if v is None:
            return np.empty(0, dtype=np.int32)
        return self.entry_doc[self.val_ptr[v]:self.val_ptr[v + 1]]

    def mask_of(self, values, n: int) -> np.ndarray:
        m = np.zeros(n, dtype=bool)
        for v in values:
            m[self.docs_of(v)] = True
        return m

    def mask_of_range(self, lo: str | None, hi: str | None, n: int) -> np.ndarray:
        """Docs with any value in [lo, hi] (lexical = chronological for ISO days)."""
        return self.mask_of_bounds(lo, hi, n)

    def mask_of_bounds(self, lo: str | None, hi: str | None, n: int, lo_excl: bool = False,
                       hi_excl: bool = False) -> np.ndarray:
        a = 0 if lo is None else (bisect.bisect_right if lo_excl else bisect.bisect_left)(self.values, lo)
        b = len(self.values) if hi is None else (bisect.bisect_left if hi_excl else bisect.bisect_right)(self.values, hi)
        m = np.zeros(n, dtype=bool)
        if a < b:
            m[self.entry_doc[self.val_ptr[a]:self.val_ptr[b]]] = True
        return m

    def counts(self, mask: np.ndarray, docs: np.ndarray | None = None) -> np.ndarray:
        """Articles per value among ``mask``; ``docs`` (its nonzero docnums) switches to a per-doc gather,
        which wins when few articles match (a filtered or rare-word query), or, when most articles match
        (browse, a common word), to the live totals minus a gather over the articles that do not: the cost
        follows the smaller side, never the whole column twice."""
        if not len(self.entry_doc):
            return np.zeros(len(self.values), dtype=np.int64)
        n = len(mask)
        # (the doc index is sorted on the first sparse count, not here: a view's first browse stays cheap)
        if docs is not None and self._by_doc is not None and (n - len(docs)) * 4 < n \
                and len(self._by_doc[0]) == n + 1:  # the doc index covers exactly this mask's docnums
            return self.totals() - self._gather(np.nonzero(~mask)[0])
        if docs is None or len(docs) * 6 > n:
            return self._column_counts(mask)
        columns = self._byte_columns(n)
        if columns is not None and columns.columns.shape[1] == n:  # a facet of few values: a byte per doc per 8 values beats its entries
            return columns.counts(docs)
        self._doc_index(n)
        return self._gather(docs)

    def _byte_columns(self, n: int) -> ByteColumns | None:
        if self._bytes is None:
            self._bytes = False
            if facet_bytes.worth(len(self.values), len(self.entry_doc), n):
                got = ByteColumns(self.entry_doc, self.val_ptr, len(self.values), n)
                if got.exact:
                    self._bytes = got
        return self._bytes or None

    def _column_counts(self, mask: np.ndarray) -> np.ndarray:
        """Counts over the whole column: entries are grouped by value, so each value's count is the sum of
        its run of ``mask[entry_doc]`` (one gather and one sequential pass; a bincount of the selected
        entries' values cost 2.5-3x that at 300k articles, and a broad query's facets were most of its time)."""
        starts = self.val_ptr[:-1]
        counts = np.add.reduceat(mask[self.entry_doc], np.minimum(starts, len(self.entry_doc) - 1), dtype=np.int64)
        counts[starts == self.val_ptr[1:]] = 0  # reduceat gives an empty run the next entry, not 0
        return counts

    def totals(self) -> np.ndarray:
        """Articles per value over every live article (entries hold live docs only)."""
        if self._totals is None:
            # entries are grouped by value: a value's total is the length of its run (a bincount of every
            # entry cost ~250 ms at 1M articles, paid on a view's first broad query)
            self._totals = np.diff(self.val_ptr).astype(np.int64)
        return self._totals

    def _gather(self, docs: np.ndarray) -> np.ndarray:
        ptr, vals = self._by_doc
        starts = ptr[docs]
        lens = ptr[docs + 1] - starts
        ends = np.cumsum(lens, dtype=lens.dtype)
        total = int(ends[-1]) if len(ends) else 0
        if not total:
            return np.zeros(len(self.values), dtype=np.int64)
        # ragged gather: every entry of every given doc, without a Python loop: entry k of the output is
        # k + (its doc's first entry - the doc's first output slot), one repeat and one in-place add (in
        # ptr's int32 when the column fits: half the bytes moved of what is the bulk of a filtered count)
        idx = np.repeat(starts - (ends - lens), lens)
        idx += np.arange(total, dtype=idx.dtype)
        return np.bincount(vals[idx], minlength=len(self.values))

    def _doc_index(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if self._by_doc is None:
            with budget.exempt():  # built once per view for every later search, not this one's expense
                self._by_doc = self._joined_doc_index(n) if self._parts is not None else None
                if self._by_doc is None:
                    self._by_doc = self._sorted_doc_index(n)
        return self._by_doc

    def _joined_doc_index(self, n: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The per-document index from each segment's own (segments.by_doc, sorted once per segment), its
        values mapped to this view's ids and deleted docs emptied: a gather per entry where sorting every
        entry of a million-article archive again cost ~2 s per new index generation."""
        fieldname, parts, live = self._parts
        lens_parts, val_parts = [], []
        for seg, off, remap in parts:
            dptr, local = segments.by_doc(seg, fieldname)
            lens = np.diff(dptr)
            vals = remap[local]
            alive = live[off:off + seg.n]
            if not alive.all():  # a deleted doc's values may be gone from the view (remap -1): drop its entries
                vals = vals[np.repeat(alive, lens)]
                lens = np.where(alive, lens, 0)
            lens_parts.append(lens)
            val_parts.append(vals)
        if sum(len(x) for x in lens_parts) != n:
            return None
        ptr = np.zeros(n + 1, dtype=np.int64)
        if n:
            np.cumsum(np.concatenate(lens_parts), out=ptr[1:])
        vals = np.concatenate(val_parts) if val_parts else np.zeros(0, dtype=np.int32)
        return ptr.astype(np.int32) if ptr[-1] < 2**31 - 1 else ptr, vals

    def _sorted_doc_index(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        return segments.doc_index(self.entry_doc, self.entry_values(), n)

    def lower_map(self) -> dict[str, list[str]]:
        """lowercased value -> values, and each lowercased word of a value -> values (for `person:zelensky`)."""
        if self._lower is None:
            m: dict[str, list[str]] = {}
            for v in self.values:
                low = v.lower()
                m.setdefault(low, []).append(v)
                for w in set(low.replace(",", " ").split()):
                    if w != low:
                        m.setdefault(" " + w, []).append(v)  # word keys are prefixed so they never clash
            self._lower = m
        return self._lower


class Docnums:
    """Article id -> docnum of a view, asked of its segments (each keeps its own ids' map, built once per
    process: a dict of every id of a million-article archive cost ~0.5 s per new index generation)."""

    def __init__(self, leaves, live: np.ndarray):
        self._parts = [(seg, off) for _, off, seg in reversed(leaves)]  # newest first: an update's live copy
        self._live = live

    def get(self, article_id, default=None):
        for seg, off in self._parts:
            d = seg.docnums().get(article_id)
            if d is not None and self._live[off + d]:
                return off + d
        return default

    def __contains__(self, article_id) -> bool:
        return self.get(article_id) is not None

    def resolve(self, article_ids) -> dict[str, int]:
        """Docnums of many ids at once (a view's ~40k copy links at 1M: one call each cost ~0.3 s)."""
        out: dict[str, int] = {}
        pending = set(article_ids)
        for seg, off in self._parts:
            if not pending:
                break
            m = seg.docnums()
            hits = [a for a in pending if a in m] if len(pending) < len(m) else list(m.keys() & pending)
            if not hits:
                continue
            docs = np.fromiter(map(m.__getitem__, hits), dtype=np.int64, count=len(hits)) + off
            alive = self._live[docs].tolist()
            found = {aid: d for aid, d, ok in zip(hits, docs.tolist(), alive) if ok}
            out.update(found)
            pending.difference_update(found)
        return out

    def __getitem__(self, article_id) -> int:
        d = self.get(article_id)
        if d is None:
            raise KeyError(article_id)
        return d


class IndexView:
    """An open searcher over one index generation plus its caches. Read-only; closed when replaced.

    Built from per-segment data (segments.py) so that reopening after a commit reads only new segments.
    """

    def __init__(self, ix_dir: Path):
        self.dir = ix_dir
        self.dir_id = dir_identity(os.stat(ix_dir))
        whoosh_adapter.support()  # the installed whoosh3 checked once per process, before the first open
        self.ix = whoosh_index.open_dir(str(ix_dir))
        self.searcher = self.ix.searcher()
        reader = self.searcher.reader()
        self.generation = reader.generation()
        n = self.n = reader.doc_count_all()
        self._leaves = [(leaf, off, segments.load(leaf, ix_dir, FACET_FIELDS)) for leaf, off in reader.leaf_readers()]
        segments.retain(ix_dir, [leaf for leaf, _, _ in self._leaves])
        self.live = np.zeros(n, dtype=bool)
        self.ids: list[str | None] = [None] * n
        self.published = np.full(n, -1, dtype=np.int64)  # ordinal day; -1 = unknown
        copy_of: dict[int, str] = {}
        for leaf, off, seg in self._leaves:
            self.live[off:off + seg.n] = True
            self.live[np.asarray(segments.deleted(leaf), dtype=np.int64) + off] = False
            self.ids[off:off + seg.n] = seg.ids
            self.published[off:off + seg.n] = seg.published
            self.live[off:off + seg.n] &= segments.known(seg)
            copy_of.update((off + d, orig) for d, orig in seg.copy_of.items())
        for d in np.nonzero(~self.live)[0].tolist():
            self.ids[d] = None  # deleted docs have no id here, exactly as iter_docs() never showed them
        copy_of = {d: o for d, o in copy_of.items() if self.live[d]}
        self.docnum = Docnums(self._leaves, self.live)
        self.count = int(self.live.sum())
        # Copy groups: a copy whose original is indexed hangs behind that original (its "leader").
        self.leader = np.arange(n, dtype=np.int64)
        self.members: dict[int, list[int]] = {}
        found = self.docnum.resolve(copy_of.values())
        for d, orig in copy_of.items():
            od = found.get(orig)
            if od is not None and od != d:
                self.leader[d] = od
                self.members.setdefault(od, [od]).append(d)
        self.copy_docs = np.nonzero(self.leader != np.arange(n))[0].astype(np.int64)
        self.facets = {name: self._facet(name) for name in FACET_FIELDS}
        self._matcher = None
        self._date_order: dict[bool, np.ndarray] = {}
        # Answers derived from this generation alone (facets.py's counts; the matcher below keeps its phrase
        # docsets the same way): they live and die with the view, so a commit, which opens a new view, can
        # never serve a stale one.
        self.caches: dict[str, object] = {}

    def _facet(self, fieldname: str) -> FacetData:
        values, entry_doc, _, ptr, remaps = segments.merge_facet(
            [seg.facets[fieldname] for _, _, seg in self._leaves], [off for _, off, _ in self._leaves], self.live)
        parts = [(seg, off, remap) for (_, off, seg), remap in zip(self._leaves, remaps)]
        return FacetData(values, {v: i for i, v in enumerate(values)}, entry_doc, None, ptr,
                         _parts=(fieldname, parts, self.live))

    def field_lengths(self, fieldname: str) -> np.ndarray:
        """Token counts of a text field per docnum (cached per segment, so a reopen reads only new ones)."""
        parts = [segments.lengths(leaf, seg, fieldname) for leaf, _, seg in self._leaves]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def date_order(self, newest: bool) -> np.ndarray:
        """Every docnum in browse order (ranking.date_order), sorted once per view and direction."""
        got = self._date_order.get(newest)
        if got is None:
            got = self._date_order[newest] = ranking.date_order(self.published, newest)
        return got

    @property
    def matcher(self):
        """Query evaluator with its postings cache; built on the first text query (field lengths cost ~n)."""
        if self._matcher is None:
            self._matcher = Matcher(self)
        return self._matcher

    def up_to_date(self) -> bool:
        try:
            return self.searcher.up_to_date()
        except (OSError, ValueError):
            return False

    def group(self, mask: np.ndarray) -> np.ndarray:
        """Hide syndicated copies: keep a copy only when its original does not match, one per group."""
        if not len(self.copy_docs):
            return mask
        out = mask.copy()
        c = self.copy_docs[mask[self.copy_docs]]
        if not len(c):
            return out
        lead = self.leader[c]
        out[c[mask[lead]]] = False
        orphans = c[~mask[lead]]
        if len(orphans):
            _, first = np.unique(self.leader[orphans], return_index=True)
            drop = np.ones(len(orphans), dtype=bool)
            drop[first] = False
            out[orphans[drop]] = False
        return out

    def close(self) -> None:
        try:
            self.searcher.close()
        finally:
            self.ix.close()
            # its arrays go now, not at the cyclic collector's next full pass (the matcher refers back to
            # the view): a replaced view at 1M holds ~0.5 GB (view_cache.py then returns it to the system)
            self._matcher = None
            self.caches = {}
            self._date_order = {}


def dir_identity(st: os.stat_result) -> tuple:
    # device + inode: the same directory however it is reached (index_dir itself may be a symlink)
    return st.st_dev, st.st_ino
