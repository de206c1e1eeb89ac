"""Common words' postings and positions beside each segment, in arrays numpy maps instead of decoding.

The profile at 300k articles (bench/RESULTS.md, issue 18 session of 22:00Z) put 80-95% of a slow
two-word or phrase search in Whoosh's block decoding: each block of 128 postings is a zlib'd pickle
(ids, weights, pickled positions), so reading a word held by 10% of the archive costs ~2 us per posting
and positions ~3x that, growing with N. tantivy answers the same queries 5-6x faster from mmapped arrays.

So the index writer (search/index.py, after each commit, beside segment_files.py's data) also saves, per
segment, every title/body word held by at least ``min_df`` of the segment's documents (a count, not a
share: a word under it costs at most that many postings through Whoosh, whatever N is):
``newsfacet-<segment>-<n>.post-{ids,counts,pos}.npy`` (segment docnums, per-posting word count, positions
back to back) and ``.post.json`` (format, each word's start and length; written last, so its presence
means the arrays are whole). Serving workers map them read-only (pages shared between workers). Counts
are what Whoosh's Positions format weighs a posting by (weight = count x the field's boost): the writer
checks every word it saves against Whoosh's own weights and leaves out any that differ, so an answer from
these arrays is Whoosh's, bit for bit. A segment without the files (an index written before search
schema 4, a write that failed) or a word not in them is read from Whoosh as before.
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import numpy as np

from . import config, whoosh_adapter
from .schema import TEXT_FIELDS

log = logging.getLogger("newsfacet.search")
FORMAT = 1
MIN_DF_DEFAULT = 512  # documents of one segment; NEWSFACET_POSTINGS_MIN_DF
FILE_NAME = re.compile(r"^newsfacet-(.+)-(\d+)\.post(-ids|-counts|-pos)?\.(npy|json)$")  # segment id, generation
_PARTS = ("ids", "counts", "pos")


def min_df(environ: dict | None = None) -> int:
    return config.int_setting("NEWSFACET_POSTINGS_MIN_DF", MIN_DF_DEFAULT, minimum=1, environ=environ)


def _path(ix_dir, segment_id: str, n: int, part: str | None) -> Path:
    tail = ".post.json" if part is None else f".post-{part}.npy"
    return Path(ix_dir) / f"newsfacet-{segment_id}-{n}{tail}"


class SegmentPostings:
    """One segment's saved words: postings (segment docnums, float32 weights) and positions."""

    def __init__(self, ids: np.ndarray, counts: np.ndarray, pos: np.ndarray, terms: dict, boosts: dict):
        self.ids, self.counts, self.pos = ids, counts, pos
        self.terms = terms    # (field, word) -> (first posting, postings, first position)
        self.boosts = boosts  # field -> its boost (weights are counts x boost)

    def postings(self, field: str, word: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(segment docnums int64, weights float32) of a saved word, or None when it is not saved."""
        at = self.terms.get((field, word))
        if at is None:
            return None
        start, count, _ = at
        counts = self.counts[start:start + count]
        return (self.ids[start:start + count].astype(np.int64),
                counts.astype(np.float32) * np.float32(self.boosts[field]))

    def positions(self, field: str, word: str, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """(doc, position) pairs of a saved word in the sorted segment ``docs``, or None when not saved."""
        at = self.terms.get((field, word))
        if at is None:
            return None
        start, count, first = at
        ids = self.ids[start:start + count]
        counts = self.counts[start:start + count].astype(np.int64)
        where = np.searchsorted(ids, docs)
        ok = where < count
        ok[ok] = ids[where[ok]] == docs[ok]
        where = where[ok]
        if not len(where):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        # each posting's first position: the word's first plus the counts before it (a running sum over
        # this word only, so the cost is its postings, not the archive's)
        begin = first + np.concatenate(([0], np.cumsum(counts)))[where]
        lens = counts[where]
        ends = np.cumsum(lens)
        index = np.repeat(begin - (ends - lens), lens) + np.arange(int(ends[-1]), dtype=np.int64)
        return np.repeat(docs[ok].astype(np.int64), lens), self.pos[index].astype(np.int64)


def save(ix_dir, segment_id: str, leaf, threshold: int | None = None) -> int:
    """Write a segment's common words (see the module doc); returns the words saved. Never raises for an
    unwritable directory: without the files workers read Whoosh. Streams word by word to raw files, then
    adds the .npy headers, so memory stays one word's postings whatever the segment's size."""
    threshold = min_df() if threshold is None else threshold
    n = leaf.doc_count_all()
    terms, boosts = [], {}
    at = first = top = 0
    raw = {p: _path(ix_dir, segment_id, n, p).with_name(f".{segment_id}-{n}.{p}.{os.getpid()}.raw") for p in _PARTS}
    written = list(raw.values())
    try:
        with open(raw["ids"], "wb") as f_ids, open(raw["counts"], "wb") as f_counts, open(raw["pos"], "wb") as f_pos:
            for field in TEXT_FIELDS:
                if field not in leaf.schema.names():
                    continue
                boosts[field] = float(leaf.schema[field].format.field_boost)
                for word in whoosh_adapter.frequent_terms(leaf, field, threshold):
                    got = whoosh_adapter.term_positions(leaf, field, word)
                    if got is None:
                        continue  # not the layout we know: this word stays in Whoosh only
                    d, w, lens, flat = got
                    if int(lens.max()) > np.iinfo(np.uint16).max or not np.array_equal(
                            lens.astype(np.float32) * np.float32(boosts[field]), w):
                        continue  # weights that are not count x boost: Whoosh answers for this word
                    f_ids.write(d.astype("<u4").tobytes())
                    f_counts.write(lens.astype("<u2").tobytes())
                    f_pos.write(flat.astype("<u4").tobytes())
                    top = max(top, int(flat.max()))
                    terms.append([field, word, at, len(d), first])
                    at += len(d)
                    first += len(flat)
        sizes = {"ids": at, "counts": at, "pos": first}
        dtypes = {"ids": "<u4", "counts": "<u2", "pos": "<u4" if top > np.iinfo(np.uint16).max else "<u2"}
        for part in _PARTS:
            final = _path(ix_dir, segment_id, n, part)
            tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
            written.append(tmp)
            _npy_from_raw(raw[part], tmp, sizes[part], "<u4" if part != "counts" else "<u2", dtypes[part])
            os.replace(tmp, final)
        meta = {"format": FORMAT, "segment": segment_id, "n": n, "min_df": threshold, "boosts": boosts,
                "terms": terms, "sizes": sizes}
        final = _path(ix_dir, segment_id, n, None)
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        written.append(tmp)
        tmp.write_text(json.dumps(meta))
        os.replace(tmp, final)  # last: its presence says the arrays beside it are whole
    except OSError as exc:
        log.debug("word postings not saved beside the index (%s): workers read them from Whoosh", exc)
        return 0
    finally:
        for tmp in written:
            try:
                tmp.unlink()
            except OSError:
                pass
    return len(terms)


def _npy_from_raw(raw: Path, out: Path, count: int, raw_dtype: str, dtype: str, chunk: int = 1 << 22) -> None:
    """``count`` values of ``raw_dtype`` in a headerless file, written to ``out`` as a .npy of ``dtype``."""
    with open(raw, "rb") as src, open(out, "wb") as dst:
        np.lib.format.write_array_header_1_0(
            dst, {"descr": np.dtype(dtype).str, "fortran_order": False, "shape": (count,)})
        for _ in range(0, count, chunk):
            dst.write(np.fromfile(src, dtype=raw_dtype, count=chunk).astype(dtype).tobytes())


def _meta(ix_dir, segment_id: str, n: int) -> dict | None:
    try:
        meta = json.loads(_path(ix_dir, segment_id, n, None).read_text())
    except (OSError, ValueError):
        return None
    if (meta.get("format"), meta.get("segment"), meta.get("n")) != (FORMAT, segment_id, n):
        return None
    return meta


def is_current(ix_dir, segment_id: str, n: int) -> bool:
    """The writer's check after a commit: this segment's words were saved (reads the small header only)."""
    return _meta(ix_dir, segment_id, n) is not None


def load(ix_dir, segment_id: str, n: int) -> SegmentPostings | None:
    """The saved words of a segment, mapped read-only, or None (then every word is read from Whoosh)."""
    meta = _meta(ix_dir, segment_id, n)
    if meta is None:
        return None
    try:
        arrays = {p: np.load(_path(ix_dir, segment_id, n, p), mmap_mode="r", allow_pickle=False) for p in _PARTS}
        if any(len(arrays[p]) != meta["sizes"][p] for p in _PARTS):
            return None
        terms = {(f, w): (start, count, first) for f, w, start, count, first in meta["terms"]}
        return SegmentPostings(arrays["ids"], arrays["counts"], arrays["pos"], terms, meta["boosts"])
    except Exception as exc:  # noqa: BLE001 - damaged or foreign: Whoosh answers for the segment
        log.warning("ignoring the word postings of segment %s (%s): reading Whoosh instead", segment_id, exc)
        return None

