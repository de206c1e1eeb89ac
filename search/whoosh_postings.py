"""Postings read from Whoosh: a term's docnums and weights, a facet field's whole term table, the BM25
length columns, and a word pair's fixed-size values.

Whoosh's public matcher API costs a Python call or two per posting, which made searches at 20k articles
~10x slower than reading whole postings blocks. The fast paths here read blocks through private names of
``whoosh.codec.whoosh3`` (``W3LeafMatcher._read_ids``/``_read_weights``/``_next_block``/``_data``/
``_fixedsize``, the terms table's ``_postfile`` and the on-disk block layout) and the per-document
reader's length columns (``SegmentReader._perdoc._cached_reader``, ``NumericColumn.Reader._dbfile``/
``_basepos``/``_count``, ``whoosh.util.numeric._length_byte_cache``). Each runs only when
whoosh_adapter.support() says the fast paths are on (its fallback policy, the one for every reader);
otherwise the same answer comes from Whoosh's public API. Callers import these through whoosh_adapter.
"""
from __future__ import annotations

import io
import pickle
import zlib
from itertools import accumulate

import numpy as np
from whoosh.reading import TermNotFound

_INT_SIZE = 4  # whoosh.system._INT_SIZE: the int32 block length / posting count prefixes


def _fast() -> bool:
    from .whoosh_adapter import support  # at call time: whoosh_adapter re-exports this module's readers

    return support().fast


# -- postings: docnums and weights of a term ---------------------------------------------------------------
def _unwrap(matcher):
    from whoosh.codec.whoosh3 import W3LeafMatcher

    while not isinstance(matcher, W3LeafMatcher) and hasattr(matcher, "child"):
        matcher = matcher.child  # drop the deleted-docs filter: callers AND with the live mask
    return matcher, isinstance(matcher, W3LeafMatcher)


def leaf_postings(matcher) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(ids, weights) arrays of one segment's postings; whole blocks at a time on the fast path."""
    if _fast():
        matcher, w3 = _unwrap(matcher)
        if w3:
            ids: list = []
            weights: list = []
            while matcher.is_active():
                matcher._read_ids()
                matcher._read_weights()
                ids.append(np.asarray(matcher._ids, dtype=np.int64))
                weights.append(np.asarray(matcher._weights, dtype=np.float32))
                matcher._next_block()
            return ids, weights
    one_ids, one_w = [], []
    while matcher.is_active():  # inline (short) posting lists, any other matcher, the public path
        one_ids.append(matcher.id())
        one_w.append(matcher.weight())
        matcher.next()
    return [np.asarray(one_ids, dtype=np.int64)], [np.asarray(one_w, dtype=np.float32)]


def read_postings(reader, field: str, text: str, sides=None) -> tuple[np.ndarray, np.ndarray]:
    """Global docnums and weights of a term across segments (deleted docs may be included: AND with live).
    ``sides``: per leaf reader, its saved common words (postings_files.SegmentPostings) or None."""
    ids, weights = [], []
    for i, (leaf, offset) in enumerate(reader.leaf_readers()):
        got = sides[i].postings(field, text) if sides and sides[i] is not None else None
        if got is not None:
            ids.append(got[0] + offset)
            weights.append(got[1])
            continue
        try:
            m = leaf.postings(field, text)
        except (TermNotFound, KeyError):
            continue
        part_ids, part_weights = leaf_postings(m)
        ids.extend(a + offset for a in part_ids)
        weights.extend(part_weights)
    if not ids:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
    return np.concatenate(ids), np.concatenate(weights)


# -- a segment's facet field: every term with its postings --------------------------------------------------
def field_postings(leaf, field: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(sorted terms, segment docnums of each term's postings back to back, term pointer) of one field.

    The fast path walks the term table in order and decodes each term's postings blocks itself (ids
    only): a segment has tens of thousands of facet terms with a few postings each, so a matcher per term
    would cost more than the reading itself.
    """
    terms = getattr(leaf, "_terms", None) if _fast() else None
    postfile = getattr(terms, "_postfile", None)
    values: list[str] = []
    docs: list[int] = []
    ptr = [0]
    if terms is None or postfile is None or not hasattr(terms, "items_from"):
        for text in sorted(leaf.field_terms(field)):  # the public path: one term at a time
            values.append(text)
            docs.extend(read_postings(leaf, field, text)[0].tolist())
            ptr.append(len(docs))
        return values, np.array(docs, dtype=np.int32), np.array(ptr, dtype=np.int64)
    for (fname, tbytes), info in terms.items_from(field, b""):
        if fname != field:
            break
        values.append(tbytes.decode("utf-8"))
        try:
            docs.extend(_block_ids(postfile, info))
        except Exception:  # noqa: BLE001 - not the layout we know: the codec's own reader
            docs.extend(read_postings(leaf, field, values[-1])[0].tolist())
        ptr.append(len(docs))
    return values, np.array(docs, dtype=np.int32), np.array(ptr, dtype=np.int64)


def _block_ids(postfile, info) -> list[int]:
    """Docnums of one term's postings (whoosh.codec.whoosh3 layout: magic, then blocks of [int32 length,
    negative on the last block][pickled block info][data pickle, zlib'd when info[3]], ids delta-coded)."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

    if info.is_inlined():
        return list(info.inlined_postings()[0])
    offset, _ = info.extent()
    if postfile.get(offset, 4) != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a W3 postings list")
    pos, out = offset + 4, []
    while True:
        length = int.from_bytes(postfile.get(pos, _INT_SIZE), "big", signed=True)
        block = io.BytesIO(postfile.get(pos + _INT_SIZE, abs(length)))
        compressed = pickle.load(block)[3]
        data = block.read()
        out.extend(accumulate(pickle.loads(zlib.decompress(data) if compressed else data)[0]))
        if length < 0:
            return out
        pos += _INT_SIZE + abs(length)


# -- field lengths, for BM25 ------------------------------------------------------------------------------
def field_lengths(leaf, field: str, n: int) -> np.ndarray:
    """Token counts of a text field for the segment's ``n`` docs (float32), as ``doc_field_length`` gives
    them (0 when absent). The fast path decodes the whole length column at once (one byte per doc, Whoosh's
    byte_to_length table) instead of one Python call per document (seconds at 100k articles)."""
    if _fast():
        try:
            from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
            from whoosh.util.numeric import _length_byte_cache

            column = leaf._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
            if column is None:
                return np.zeros(n, dtype=np.float32)
            if column._fixedlen == 1 and column._typecode == "B":
                count = min(column._count, n)
                raw = np.frombuffer(column._dbfile.get(column._basepos, count), dtype=np.uint8)
                table = np.asarray(_length_byte_cache, dtype=np.float32)
                out = np.zeros(n, dtype=np.float32)  # docs past the column's end have the default, 0
                out[:count] = table[raw]
                return out
        except (ImportError, AttributeError, ValueError):
            pass  # not the layout we know: the public reader below
    return np.fromiter((leaf.doc_field_length(d, field, 0) or 0 for d in range(n)), dtype=np.float32, count=n)


# -- a term's fixed-size posting values, for word pairs ---------------------------------------------------
def fixed_values(reader, field: str, text: str, size: int) -> tuple[np.ndarray, bytes]:
    """Global docnums of a term whose format's values are ``size`` bytes each, and those values back to
    back (deleted docs may be included: AND with live). The fast path takes each block's values as the one
    bytes string Whoosh stores them as; the public path asks the matcher posting by posting."""
    ids: list[np.ndarray] = []
    values: list[bytes] = []
    for leaf, offset in reader.leaf_readers():
        try:
            m = leaf.postings(field, text)
        except (TermNotFound, KeyError):
            continue
        inner, w3 = _unwrap(m) if _fast() else (m, False)
        if w3 and inner._fixedsize == size:
            while inner.is_active():
                inner._read_ids()  # reads (and unpickles) the block's data tuple: ids, weights, values
                ids.append(np.asarray(inner._ids, dtype=np.int64) + offset)
                values.append(inner._data[2])
                inner._next_block()
            continue
        one: list[int] = []
        while m.is_active():  # inline (short) posting lists, any other matcher, the public path
            one.append(m.id() + offset)
            values.append(m.value())
            m.next()
        ids.append(np.asarray(one, dtype=np.int64))
    if not ids:
        return np.empty(0, dtype=np.int64), b""
    return np.concatenate(ids), b"".join(values)
