"""Positions read from Whoosh, for phrases: a word's (doc, position) pairs on candidate documents only,
and, for search/postings_files.py which saves them once, a segment's common words with all their positions.

Blocks without a candidate are skipped undecoded (a block's max id is in its header), and the pickled
``Positions`` values of a batch are unpickled at once; private names of ``whoosh.codec.whoosh3`` used:
``W3LeafMatcher._maxid``/``_data``/``_read_data``/``_byteids``/``_read_ids``/``_read_weights``/
``_next_block``, the terms table (``_terms.items_from``) and ``Positions``' encoding. Each fast path runs
only when whoosh_adapter.support() says so (its fallback policy); otherwise Whoosh's public matcher gives
the same answer. Callers import these through whoosh_adapter.
"""
from __future__ import annotations

from pickle import loads

import numpy as np
from whoosh.reading import TermNotFound

from .whoosh_postings import _INT_SIZE, _fast, _unwrap


def positions(reader, field: str, word: str, docs: np.ndarray, sides=None) -> tuple[np.ndarray, np.ndarray]:
    """(doc, position) pairs of ``word`` in the sorted global ``docs`` (each holding the word), sorted.
    ``sides`` as for read_postings: a saved word's positions are gathered from its arrays."""
    out_docs: list[np.ndarray] = []
    out_pos: list[np.ndarray] = []
    for i, (leaf, offset) in enumerate(reader.leaf_readers()):
        lo, hi = np.searchsorted(docs, [offset, offset + leaf.doc_count_all()])
        if lo == hi:
            continue
        got = sides[i].positions(field, word, docs[lo:hi] - offset) if sides and sides[i] is not None else None
        if got is not None:
            out_docs.append(got[0] + offset)
            out_pos.append(got[1])
            continue
        try:
            m = leaf.postings(field, word)
        except (TermNotFound, KeyError):
            continue
        found: list[int] = []  # segment docnum per decoded posting
        deltas: list[list[int]] = []  # its positions, delta-coded as stored
        raw: list[bytes] = []
        for local, codes in _leaf_deltas(m, docs[lo:hi] - offset):
            found.append(local)
            if isinstance(codes, bytes):
                raw.append(codes)
            else:
                deltas.extend(_decode_all(raw))
                raw = []
                deltas.append(codes)
        deltas.extend(_decode_all(raw))
        lens, pos = _undelta(deltas)
        out_docs.append(np.repeat(np.asarray(found, dtype=np.int64) + offset, lens))
        out_pos.append(pos)
    if not out_docs:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.concatenate(out_docs), np.concatenate(out_pos)


def frequent_terms(leaf, field: str, min_df: int) -> list[str]:
    """Words of a segment's field held by at least ``min_df`` of its documents (deleted ones included),
    from the terms table's document frequencies (no postings read)."""
    terms = getattr(leaf, "_terms", None) if _fast() else None
    if terms is None or not hasattr(terms, "items_from"):
        return [t for t in sorted(leaf.field_terms(field)) if leaf.doc_frequency(field, t) >= min_df]
    out = []
    for (fname, tbytes), info in terms.items_from(field, b""):
        if fname != field:
            break
        if info.doc_frequency() >= min_df:
            out.append(tbytes.decode("utf-8"))
    return out


def term_positions(leaf, field: str, word: str):
    """Every posting of one word in a segment: (segment docnums, float32 weights, position counts, all
    positions back to back), all int64 but the weights; None off the fast path or for another layout (the
    caller then leaves the word to Whoosh). For search/postings_files.py, which saves them once."""
    from whoosh.formats import Positions

    if not _fast():
        return None
    try:
        m = leaf.postings(field, word)
    except (TermNotFound, KeyError):
        return None
    inner, w3 = _unwrap(m)
    if not w3 or type(inner.format) is not Positions:
        return None
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    deltas: list[list[int]] = []
    while inner.is_active():
        inner._read_ids()
        inner._read_weights()
        ids.append(np.asarray(inner._ids, dtype=np.int64))
        weights.append(np.asarray(inner._weights, dtype=np.float32))
        deltas.extend(_decode_all(list(inner._data[2])))
        inner._next_block()
    if not ids:
        return None
    d = np.concatenate(ids)
    if len(d) != len(deltas):
        return None
    lens, pos = _undelta(deltas)
    if not len(lens) or int(lens.min()) < 1:
        return None
    return d, np.concatenate(weights), lens, pos


def _undelta(deltas: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(count per posting, positions back to back) of delta-coded position lists (none empty)."""
    lens = np.fromiter(map(len, deltas), dtype=np.int64, count=len(deltas))
    flat = np.fromiter((c for codes in deltas for c in codes), dtype=np.int64, count=int(lens.sum()))
    if not len(flat):
        return lens, flat
    # undo the delta coding of every posting at once: a running sum that restarts at each posting
    starts = np.cumsum(lens) - lens
    run = np.cumsum(flat)
    return lens, run - np.repeat(run[starts] - flat[starts], lens)


def _leaf_deltas(matcher, local_docs: np.ndarray):
    """Yield (segment docnum, delta-coded positions, maybe still pickled bytes) for each of ``local_docs``."""
    from whoosh.formats import Positions

    fast = False
    if _fast():
        inner, w3 = _unwrap(matcher)
        if w3 and type(inner.format) is Positions:
            matcher, fast = inner, True
    if not fast:
        # inline (short) posting lists and any other matcher or format: the generic, slower interface
        for doc in local_docs.tolist():
            if not matcher.is_active():
                return
            matcher.skip_to(doc)
            if matcher.is_active() and matcher.id() == doc:
                yield doc, _to_deltas(list(matcher.value_as("positions")))
        return
    i, n = 0, len(local_docs)
    while matcher.is_active() and i < n:
        # a block's max id is in its header: blocks without a candidate are skipped undecoded
        j = int(np.searchsorted(local_docs, matcher._maxid, side="right"))
        if j > i:
            if matcher._data is None:
                matcher._read_data()
            raw_ids, _, values = matcher._data[:3]
            ids = np.asarray(raw_ids, dtype=np.int64)
            ids = ids if matcher._byteids else np.cumsum(ids)  # ids are delta-coded within the block
            want = local_docs[i:j]
            at = np.searchsorted(ids, want)
            ok = at < len(ids)
            ok[ok] = ids[at[ok]] == want[ok]
            for doc, a in zip(want[ok].tolist(), at[ok].tolist()):
                yield doc, values[a]  # still encoded: _decode_all unpickles a whole batch at once
            i = j
        matcher._next_block()


def _decode_all(values: list[bytes]) -> list[list[int]]:
    """Delta lists of many Positions values with one unpickle instead of one per value.

    Positions.encode writes a uint count, then ``dumps(deltas, 2)``: PROTO 2, a self-contained list of
    ints (no memo lookups), STOP (which may be trimmed on disk). The list bodies are spliced into one
    pickled list of lists; anything unexpected falls back to decoding them one by one.
    """
    if not values:
        return []
    head = b"\x80\x02"
    bodies = [v[_INT_SIZE + 2:-1] if v[-1:] == b"." else v[_INT_SIZE + 2:] for v in values]
    try:
        if all(v[_INT_SIZE:_INT_SIZE + 2] == head for v in values):
            out = loads(head + b"(" + b"".join(bodies) + b"l.")
            if len(out) == len(values) and all(type(o) is list for o in out):
                return out
    except Exception:  # noqa: BLE001 - a format we did not expect: the slow path below is always right
        pass
    return [loads(v[_INT_SIZE:] if v[-1:] == b"." else v[_INT_SIZE:] + b".") for v in values]


def _to_deltas(pos: list[int]) -> list[int]:
    return [b - a for a, b in zip([0, *pos], pos)]
