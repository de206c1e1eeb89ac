"""Phrase matching over numpy: intersect the words' postings first, then read positions of those docs only.

Whoosh's phrase matcher walks every posting of every word through Python span objects and decodes the
positions of each (at 20k articles a common two-word phrase cost ~100 ms, most of a bench run's search
time). Here the candidates (docs holding every word) come from the cached numpy postings; positions are
read block by block only where a block holds a candidate, and adjacency is checked for all candidates at
once by intersecting (doc, position - offset in phrase) keys. The words are visited rarest first and each
word only looks at the docs that survived the previous ones.

Same semantics as ``whoosh.query.Phrase`` with slop 1: word k+1 sits at word k's position + 1. Positions
skip stop words exactly as in the index (the analyzer renumbers them), so "war in Kyiv" matches "war kyiv".
"""
from __future__ import annotations

from pickle import loads

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.formats import Positions
from whoosh.reading import TermNotFound

# doc * _STRIDE + position: positions within one field of one article stay far below 2**32
_STRIDE = np.int64(1) << np.int64(32)
_INT_SIZE = 4  # whoosh.system._INT_SIZE: the posting count in front of each positions value


def phrase_docs(reader, field: str, words: list[str], candidates: np.ndarray,
                rarest_first: list[int] | None = None) -> np.ndarray:
    """Sorted global docnums among ``candidates`` (sorted, each holding every word) where the words are
    consecutive. ``rarest_first`` orders the word indexes to visit (fewest postings first)."""
    order = rarest_first if rarest_first is not None else list(range(len(words)))
    keys: np.ndarray | None = None
    docs = np.asarray(candidates, dtype=np.int64)
    for k in order:
        if not len(docs):
            break
        d, pos = _positions(reader, field, words[k], docs)
        # key of the phrase's start: the position this word would have if the phrase started there
        word_keys = np.unique(d * _STRIDE + (pos - k))
        keys = word_keys if keys is None else np.intersect1d(keys, word_keys, assume_unique=True)
        docs = np.unique(keys // _STRIDE)
    return docs if keys is not None else np.empty(0, dtype=np.int64)


def _positions(reader, field: str, word: str, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(doc, position) pairs of ``word`` in the sorted global ``docs``."""
    found: list[int] = []  # global docnum per decoded posting
    deltas: list[list[int]] = []  # its positions, delta-coded as stored
    for leaf, offset in reader.leaf_readers():
        lo, hi = np.searchsorted(docs, [offset, offset + leaf.doc_count_all()])
        if lo == hi:
            continue
        try:
            m = leaf.postings(field, word)
        except (TermNotFound, KeyError):
            continue
        raw: list[bytes] = []
        for local, codes in _leaf_deltas(m, docs[lo:hi] - offset):
            found.append(local + offset)
            if isinstance(codes, bytes):
                raw.append(codes)
            else:
                deltas.extend(_decode_all(raw))
                raw = []
                deltas.append(codes)
        deltas.extend(_decode_all(raw))
    if not found:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    lens = np.fromiter(map(len, deltas), dtype=np.int64, count=len(deltas))
    flat = np.fromiter((c for codes in deltas for c in codes), dtype=np.int64, count=int(lens.sum()))
    # undo the delta coding of every posting at once: a running sum that restarts at each posting
    run = np.cumsum(flat)
    before = np.repeat(run[np.cumsum(lens) - lens] - flat[np.cumsum(lens) - lens], lens)
    return np.repeat(np.asarray(found, dtype=np.int64), lens), run - before


def _leaf_deltas(matcher, local_docs: np.ndarray):
    """Yield (segment docnum, delta-coded positions) for each of ``local_docs`` (sorted) in the postings."""
    while not isinstance(matcher, W3LeafMatcher) and hasattr(matcher, "child"):
        matcher = matcher.child  # drop the deleted-docs filter: candidates are live docs already
    fast = (isinstance(matcher, W3LeafMatcher) and type(matcher.format) is Positions
            and all(hasattr(matcher, a) for a in ("_read_data", "_maxid", "_data", "_byteids")))
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


def _to_deltas(positions: list[int]) -> list[int]:
    return [b - a for a, b in zip([0, *positions], positions)]
