"""Exact top-k facet counts over a broad docset, at a cost that follows the k values shown, not the docset.

A facet shows its ``facet_limit`` busiest values. Counting every value over a docset of half the archive
read every entry of the column (issue 18: 25-35 ms of a 35-45 ms unfiltered OR or prefix query at 300k
articles, growing with the archive). Here the values are visited in order of their archive totals, busiest
first (Fagin's threshold algorithm, over one list): a value's count within any docset is at most its total,
so once the k-th best count found so far is above the total of the next value, no value left can be shown,
and the rest are never counted. The counts that are shown are exact (a journalist reads them as facts);
values that were not counted are reported as ``UNKNOWN``, never estimated.

Each visited value is counted one of two ways: the frequent ones (an archive total of at least BITMAP_SHARE
of the docnums) hold a packed bitmap of their documents, counted against the packed docset with a popcount
(n/64 words per value, whatever the docset); the others by gathering the docset's bits at their entries
(cost: their totals). Measured on 1M docnums, a popcount word costs about what a gathered entry does (~2-3
ns), so a bitmap pays from a total of ~n/80; at 1/64 it is at most twice the int32 entries it stands for
(an organisation facet's flat totals left 1.6M entries to gather per broad query at 1/32).

Built per facet per index view, lazily on the first broad count (IndexView.caches: dropped with the view,
so a commit can never serve stale bitmaps).
"""
from __future__ import annotations

import numpy as np

BITMAP_SHARE = 1 / 64
UNKNOWN = -1
FIRST_CHUNK = 16  # values counted before the first stopping check (then the chunk doubles)


def packed(mask: np.ndarray) -> np.ndarray:
    """``mask`` as uint64 words, bit i = docnum i in np.packbits' order (the bitmaps are packed the same way)."""
    words = (len(mask) + 63) // 64
    out = np.zeros(words * 8, dtype=np.uint8)
    bits = np.packbits(mask)
    out[:len(bits)] = bits
    return out.view(np.uint64)


class TopCounter:
    """One facet field of one index view: its values by archive total, and bitmaps for the frequent ones."""

    def __init__(self, fd, n: int):
        self.fd = fd
        self.n = n
        totals = fd.totals()
        # busiest first; equal totals in value order (any order would do: the stopping test is strict)
        self.order = np.lexsort((np.arange(len(totals)), -totals))
        self.sorted_totals = totals[self.order]
        # values without a live entry (an index view never has them; a hand-made FacetData may) count 0
        self.visitable = int(np.count_nonzero(self.sorted_totals))
        frequent = int(np.searchsorted(-self.sorted_totals, -max(n * BITMAP_SHARE, 1), side="right"))
        self.bits = self._bitmaps(self.order[:frequent])
        self.row = {v: i for i, v in enumerate(self.order[:len(self.bits)].tolist())}  # value id -> bitmap
        # the other values' entries copied in visit order, so that counting the next values of the tail is
        # one slice of docnums (a gather of each value's run per query cost more than the counting itself)
        tail = self.order[len(self.bits):self.visitable]
        self.tail_ptr = np.zeros(len(tail) + 1, dtype=np.int64)
        np.cumsum(self.sorted_totals[len(self.bits):self.visitable], out=self.tail_ptr[1:])
        # (slices joined: a value is a run of entries; a ragged index over millions of entries cost 3-5x more)
        ptr, docs = fd.val_ptr, fd.entry_doc
        self.tail_doc = np.concatenate([docs[ptr[v]:ptr[v + 1]] for v in tail.tolist()]) if len(tail) \
            else np.zeros(0, dtype=np.int32)

    def _bitmaps(self, values: np.ndarray) -> np.ndarray:
        words = (self.n + 63) // 64
        out = np.zeros((len(values), words), dtype=np.uint64)
        buf = np.zeros(words * 64, dtype=bool)
        ptr, docs = self.fd.val_ptr, self.fd.entry_doc
        for i, v in enumerate(values.tolist()):
            run = docs[ptr[v]:ptr[v + 1]]
            buf[run] = True
            out[i] = np.packbits(buf).view(np.uint64)
            buf[run] = False
        # a doc listed twice under one value would count twice in the entries but once in a bitmap: only
        # bitmaps that hold exactly their entries are used (segments hold each (doc, value) once; checked)
        if len(values) and not np.array_equal(np.bitwise_count(out).sum(axis=1, dtype=np.int64),
                                              self.sorted_totals[:len(values)]):
            return out[:0]
        return out

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.bits, self.order, self.sorted_totals, self.tail_ptr, self.tail_doc))

    def top(self, mask: np.ndarray, words: np.ndarray, limit: int) -> np.ndarray:
        """Counts per value id over ``mask`` (``words``: ``packed(mask)``): exact for every value that can be
        among the ``limit`` busiest (count descending, then value), UNKNOWN for the values never counted."""
        counts = np.full(len(self.order), UNKNOWN, dtype=np.int64)
        counts[self.order[self.visitable:]] = 0
        pos, chunk = 0, max(limit, FIRST_CHUNK)
        end = min(self.visitable, chunk)
        found = np.zeros(0, dtype=np.int64)  # counts of the visited values, in visit order
        while pos < end:
            got = self._count(mask, words, pos, end)
            counts[self.order[pos:end]] = got
            found = np.concatenate([found, got])
            pos, chunk = end, chunk * 2
            kth = np.partition(found, len(found) - limit)[len(found) - limit] if len(found) >= limit else 0
            if kth > 0:
                # a value counts at most its total: only those with a total of at least the k-th count found
                # so far can still be shown (equal counts too: they are ordered by value), and the k-th count
                # only grows as more values are counted
                end = min(self.visitable, int(np.searchsorted(-self.sorted_totals, -kth, side="right")))
            else:  # fewer than ``limit`` values found in the docset yet: any value may still be shown
                end = min(self.visitable, pos + chunk)
        return counts

    def _count(self, mask: np.ndarray, words: np.ndarray, a: int, b: int) -> np.ndarray:
        """Counts of the values at visit positions [a, b)."""
        nb = len(self.bits)
        parts = []
        if a < nb:
            parts.append(np.bitwise_count(self.bits[a:min(b, nb)] & words).sum(axis=1, dtype=np.int64))
        if b > nb:
            # the docset's bits at the tail values' entries, summed per value (every value has an entry)
            ptr = self.tail_ptr[max(a, nb) - nb:b - nb + 1]
            hits = mask[self.tail_doc[ptr[0]:ptr[-1]]]
            parts.append(np.add.reduceat(hits, ptr[:-1] - ptr[0], dtype=np.int64))
        return parts[0] if len(parts) == 1 else np.concatenate(parts)



def counter(view, field: str) -> TopCounter:
    """The view's TopCounter for ``field``, built on first use."""
    held = view.caches.get("facet_topk")
    if held is None:
        held = view.caches["facet_topk"] = {}
    got = held.get(field)
    if got is None:
        got = held[field] = TopCounter(view.facets[field], view.n)
    return got


def selection_mask(view, field: str, values: list[str]) -> np.ndarray:
    """Docs holding any of ``values`` (FacetData.mask_of's mask), a frequent value's docs unpacked from its
    bitmap when the view's counter for ``field`` is built: a filter on a value held by most of the archive
    (two filters at 1M: 300k-700k docs each) was a scatter of every one of its docnums, ~1-2 ms a value,
    where its bitmap is n/8 bytes. Exact: a bitmap holds exactly its value's entries (TopCounter._bitmaps)."""
    fd = view.facets[field]
    held = (view.caches.get("facet_topk") or {}).get(field)
    rows = [] if held is None else [held.row[i] for i in (fd.value_id.get(v) for v in values) if i in held.row]
    if not rows:
        return fd.mask_of(values, view.n)
    words = held.bits[rows[0]].copy() if len(rows) > 1 else held.bits[rows[0]]
    for r in rows[1:]:
        words |= held.bits[r]
    mask = np.unpackbits(words.view(np.uint8), count=view.n).view(bool)
    in_bits = {fd.values[int(held.order[r])] for r in rows}
    for v in values:
        if v not in in_bits:
            mask[fd.docs_of(v)] = True
    return mask
