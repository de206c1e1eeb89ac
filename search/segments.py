"""Per-segment data behind an IndexView (stored fields, facet postings, field lengths), cached per process.

Opening a view used to read all ~39k facet terms' postings and every stored document again (~1 s at 20k
articles), and every serving worker paid that after each indexer commit. Whoosh segments never change
once written: a commit adds a segment (or merges small ones into a new one) and records deletions in the
table of contents, not in the segment. So the raw data is read once per segment (deleted docs included)
and kept here; a new view reads only the segments it has not seen and applies the current deletions.
The index writer also leaves that data beside each segment it commits (save_all, segment_files.py), so
serving workers load it instead of reading Whoosh: a first open costs numpy reads, not a Python pass.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from . import postings_files, segment_files, whoosh_adapter
from .whoosh_adapter import field_lengths, field_postings

# Segments kept across views: a live index has a handful (Whoosh merges small ones); a few generations of
# them still fit, and a rebuild's new directory simply pushes the old one's segments out.
MAX_SEGMENTS = 64
_cache: OrderedDict = OrderedDict()
_lock = threading.Lock()


@dataclass
class Segment:
    n: int
    ids: list[str | None]
    published: np.ndarray                      # int64 ordinal day per doc, -1 unknown
    copy_of: dict[int, str]                    # segment docnum -> original's id
    facets: dict[str, tuple[list[str], np.ndarray, np.ndarray]]  # values, doc per entry, value ptr
    lengths: dict[str, np.ndarray] = field(default_factory=dict)  # filled on the first text query
    # per facet field, its entries in docnum order: (doc ptr, local value ids); saved by the writer, or
    # sorted here on first use, once per segment and process (a view concatenates them: by_doc())
    by_doc: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    _docnums: dict[str, int] | None = field(default=None, repr=False)
    _known: np.ndarray | None = field(default=None, repr=False)
    postings: object | None = field(default=None, repr=False)  # its saved common words, once found

    def docnums(self) -> dict[str, int]:
        """This segment's docnum per article id (deleted docs too: a view checks liveness)."""
        if self._docnums is None:
            self._docnums = {aid: d for d, aid in enumerate(self.ids) if aid is not None}
        return self._docnums


def segment_key(leaf, ix_dir) -> tuple | None:
    seg = leaf.segment() if hasattr(leaf, "segment") else None
    sid = seg.segment_id() if seg is not None and hasattr(seg, "segment_id") else None
    return None if sid is None else (str(ix_dir), sid, leaf.doc_count_all())


def load(leaf, ix_dir, facet_fields) -> Segment:
    """The cached Segment for a leaf reader, read now when this process has not seen it."""
    key = segment_key(leaf, ix_dir)
    if key is not None:
        with _lock:
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
                return hit
    seg = None
    if key is not None and whoosh_adapter.support().fast:  # the public path always reads Whoosh
        got = segment_files.load(ix_dir, key[1], key[2], facet_fields)
        if got is not None:
            seg = Segment(key[2], *got[:4], by_doc=got[4])
    if seg is None:
        seg = _read(leaf, facet_fields)
    if key is not None:
        with _lock:
            _cache[key] = seg
            while len(_cache) > MAX_SEGMENTS:
                _cache.popitem(last=False)
    return seg


def retain(ix_dir, leaves) -> None:
    """Forget cached segments of ``ix_dir`` that its newest view no longer has (merged away or deleted)."""
    keep = {segment_key(leaf, ix_dir) for leaf in leaves}
    with _lock:
        for key in [k for k in _cache if k[0] == str(ix_dir) and k not in keep]:
            del _cache[key]


def save_all(ix_dir, facet_fields) -> int:
    """Writer side, after a commit: save the data of every segment of the committed index that has no file
    yet (segment_files.py; its common words' postings, postings_files.py) and remove the files of
    merged-away ones, so no serving worker reads Whoosh for
    it. Not into this process's cache: the writer does not search. Returns the segments saved."""
    from whoosh import index as whoosh_index

    if not whoosh_adapter.support().fast:
        return 0
    saved = 0
    ix = whoosh_index.open_dir(str(ix_dir))
    try:
        with ix.reader() as reader:
            keep = set()
            for leaf, _ in reader.leaf_readers():
                key = segment_key(leaf, ix_dir)
                if key is None:
                    continue
                keep.add((key[1], key[2]))
                if not segment_files.is_current(ix_dir, key[1], key[2], facet_fields):  # missing, damaged, older
                    got = segment_files.load(ix_dir, key[1], key[2], facet_fields)  # older: completed, not re-read
                    seg = Segment(key[2], *got[:4], by_doc=got[4]) if got is not None else _read(leaf, facet_fields)
                    for name in facet_fields:
                        by_doc(seg, name)  # sorted once here, not by every serving worker
                    segment_files.save(ix_dir, key[1], seg, facet_fields)
                    saved += 1
                if not postings_files.is_current(ix_dir, key[1], key[2]):
                    postings_files.save(ix_dir, key[1], leaf)
            segment_files.retain(ix_dir, keep, (segment_files.FILE_NAME, postings_files.FILE_NAME))
    finally:
        ix.close()
    return saved


def _read(leaf, facet_fields) -> Segment:
    n = leaf.doc_count_all()
    ids: list[str | None] = [None] * n
    pub = np.full(n, -1, dtype=np.int64)
    copy_of: dict[int, str] = {}
    for docnum in range(n):  # deleted docs too: their stored fields stay in the segment
        try:
            stored = leaf.stored_fields(docnum)
        except Exception:  # noqa: BLE001 - an unreadable doc is left out, as a deleted one would be
            continue
        ids[docnum] = stored.get("id")
        p = stored.get("published")
        if p:
            try:
                pub[docnum] = date.fromisoformat(p[:10]).toordinal()
            except ValueError:
                pass
        if stored.get("copy_of"):
            copy_of[docnum] = stored["copy_of"]
    facets = {name: field_postings(leaf, name) for name in facet_fields}
    return Segment(n, ids, pub, copy_of, facets)


def deleted(leaf) -> list[int]:
    if not leaf.has_deletions():
        return []
    return [d for d in range(leaf.doc_count_all()) if leaf.is_deleted(d)]


def lengths(leaf, seg: Segment, fieldname: str) -> np.ndarray:
    """Per-doc token counts of a text field (BM25 length normalisation), read once per segment."""
    got = seg.lengths.get(fieldname)
    if got is None:
        got = seg.lengths[fieldname] = field_lengths(leaf, fieldname, seg.n)
    return got


def known(seg: Segment) -> np.ndarray:
    """Which of the segment's docs have an id (an unreadable one is left out, as a deleted one is)."""
    if seg._known is None:
        seg._known = np.fromiter((i is not None for i in seg.ids), dtype=bool, count=seg.n)
    return seg._known


def by_doc(seg: Segment, fieldname: str) -> tuple[np.ndarray, np.ndarray]:
    """One facet field's entries of a segment in docnum order: (ptr, local value ids), doc d's values being
    ``vals[ptr[d]:ptr[d + 1]]``. Sorted once per segment (the writer saves it: segment_files.py), so that a
    new view, after a commit, concatenates its segments' instead of sorting every entry of the archive."""
    got = seg.by_doc.get(fieldname)
    if got is None:
        values, docs, ptr = seg.facets[fieldname]
        local = np.repeat(np.arange(len(values), dtype=np.int32), np.diff(ptr))
        got = seg.by_doc[fieldname] = doc_index(docs, local, seg.n)
    return got


def doc_index(entry_doc: np.ndarray, entry_val: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Entries (doc, value) regrouped by doc: (ptr over n docs, values in doc order)."""
    order = np.argsort(entry_doc)  # a doc's entries are only counted: their order is free
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(entry_doc, minlength=n)[:n], out=ptr[1:])  # (np.add.at: 10x slower)
    # int32 offsets when the column allows (every gather moves them): ptr[-1] is the entry count
    return ptr.astype(np.int32) if ptr[-1] < 2**31 - 1 else ptr, entry_val[order]


def merge_facet(parts: list[tuple[list[str], np.ndarray, np.ndarray]], offsets: list[int], live: np.ndarray):
    """One field's (values, entry_doc, entry_val, val_ptr, remaps) over all segments, live docs only, values
    sorted and only those with a live doc, entries grouped by value (docnums ascending within a value);
    ``entry_val`` is None when no doc was deleted (val_ptr says it); ``remaps[i]``: part i's local value id
    -> merged value id (-1: a value left with no live doc)."""
    if len(parts) == 1:
        values, docs, ptr = parts[0]
        counts = np.diff(ptr).astype(np.int64)
        docs = docs.astype(np.int32) + np.int32(offsets[0])
        remaps = [np.arange(len(values), dtype=np.int32)]
    else:
        union = sorted(set().union(*(p[0] for p in parts)))
        vid = {v: i for i, v in enumerate(union)}
        remaps = [np.fromiter((vid[v] for v in p[0]), dtype=np.int32, count=len(p[0])) for p in parts]
        counts = np.zeros(len(union), dtype=np.int64)
        for remap, (_, _, ptr) in zip(remaps, parts):
            counts[remap] += np.diff(ptr)
        # counting sort: each segment's entries of a value go right after the earlier segments' ones, so
        # docnums stay ascending within a value without sorting ~0.5M entries (positions in int32 when the
        # column allows: a new view after every commit moves each of them)
        total = int(counts.sum())
        idt = np.int32 if total < 2**31 - 1 else np.int64
        fill = np.zeros(len(union), dtype=idt)
        np.cumsum(counts[:-1], out=fill[1:], dtype=idt)
        docs = np.empty(total, dtype=np.int32)
        for remap, (_, sdocs, ptr), off in zip(remaps, parts, offsets):
            lens = np.diff(ptr).astype(idt)
            dest = np.repeat(fill[remap] - ptr[:-1].astype(idt), lens)
            dest += np.arange(len(sdocs), dtype=idt)
            docs[dest] = sdocs.astype(np.int32, copy=False) + np.int32(off)
            fill[remap] += lens
        values = union
    vals = None  # (entries are grouped by value: their value ids are only spelled out to drop deleted docs)
    if not live.all():  # (a view without deletions keeps every entry: no pass over them)
        vals = np.repeat(np.arange(len(values), dtype=np.int32), counts)
        keep = live[docs]
        docs, vals = docs[keep], vals[keep]
        counts = np.bincount(vals, minlength=len(values))
    used = np.nonzero(counts)[0]
    if len(used) < len(values):  # values whose every doc was deleted are not offered
        new_id = np.full(len(values), -1, dtype=np.int32)
        new_id[used] = np.arange(len(used), dtype=np.int32)
        vals = new_id[vals] if vals is not None else None
        values = [values[i] for i in used.tolist()]
        counts = counts[used]
        remaps = [new_id[r] for r in remaps]
    ptr = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return values, docs, vals, ptr, remaps


def saved_postings(leaves, ix_dir) -> list:
    """Per leaf reader, its saved common words (postings_files.SegmentPostings) or None: Whoosh answers."""
    if not whoosh_adapter.support().fast:
        return [None] * len(leaves)
    out = []
    for leaf in leaves:
        key = segment_key(leaf, ix_dir)
        if key is None:
            out.append(None)
            continue
        with _lock:
            seg = _cache.get(key)
        got = seg.postings if seg is not None else None
        if got is None:  # (kept per segment: a new view reads only the new segment's word list)
            got = postings_files.load(ix_dir, key[1], key[2])
            if seg is not None:
                seg.postings = got
        out.append(got)
    return out
