"""Every use of Whoosh's private internals, in one module, checked against the installed whoosh3 at open.

Whoosh's public matcher API costs a Python call or two per posting, which made searches at 20k articles
~10x slower than reading whole postings blocks. The fast paths here read blocks through private names of
``whoosh.codec.whoosh3`` (``W3LeafMatcher._read_ids``/``_read_weights``/``_next_block``/``_read_data``/
``_maxid``/``_data``/``_byteids``/``_fixedsize``, the terms table's ``_postfile``, the on-disk block layout and the pickled
``Positions`` values), Whoosh's table-of-contents file name (``TOC._pattern``) and the analyzer's tokenizer
regex (``CompositeAnalyzer.items[0].expression``); since issue 18 also the per-document reader's length
columns (``SegmentReader._perdoc._cached_reader``, ``NumericColumn.Reader._dbfile``/``_basepos``/``_count``,
``whoosh.util.numeric._length_byte_cache``) and, to read compound segments in place rather than copied
into each process, ``CompoundStorage.open_file``/``_source``/``range`` and ``BufferFile``. Nothing outside
this module touches those names.

Fallback policy (one, for every fast path): the fast paths run only on a whoosh3 release listed in
``TESTED_VERSIONS`` whose private names are all present (``support()`` checks once, at the first index
open). Otherwise every reader below uses Whoosh's public API instead: the same answers (the differential
tests in tests/test_whoosh_adapter.py compare both against Whoosh's own searcher), only slower, and one
warning in the log says why. ``NEWSFACET_WHOOSH_FAST`` overrides the choice: ``off`` always uses the public
API; ``on`` uses the fast paths on an untested release too (after running the differential tests against
it) and raises ``WhooshUnsupported`` if a private name is missing. A Whoosh that is not whoosh3 3.x (a
different on-disk format) is a ``WhooshUnsupported`` error naming the installed version.
"""
from __future__ import annotations

import io
import logging
import os
import pickle
import re
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from pickle import loads

import numpy as np
from whoosh.reading import TermNotFound

log = logging.getLogger("newsfacet.search")

# whoosh3 releases whose private layouts the differential tests were run against (see the module doc).
TESTED_VERSIONS = ("3.54.0",)
INDEX_NAME = "MAIN"  # whoosh's default index name: table-of-contents files are _MAIN_<generation>.toc
ENV_FAST = "NEWSFACET_WHOOSH_FAST"  # auto (default) | on | off
_MATCHER_METHODS = ("_read_ids", "_read_weights", "_next_block", "_read_data")
_MATCHER_FIELDS = ("_maxid", "_data", "_byteids", "_ids", "_weights", "_fixedsize")  # set on a live matcher
_INT_SIZE = 4  # whoosh.system._INT_SIZE: the int32 block length / posting count prefixes


class WhooshUnsupported(RuntimeError):
    """The installed Whoosh cannot serve this index (or the fast paths were forced on and cannot run)."""


@dataclass(frozen=True)
class Support:
    version: str
    fast: bool                 # the private fast paths are in use
    reason: str | None = None  # why not, when they are not


_support: Support | None = None
_support_lock = threading.Lock()


def installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("whoosh3")
    except PackageNotFoundError:
        import whoosh

        return whoosh.versionstring()


def _missing_private_names() -> list[str]:
    """The private names the fast paths use that this Whoosh does not have (instance attributes are looked
    for where the class assigns them, since they exist only on a live matcher)."""
    import inspect

    try:
        from whoosh.codec import whoosh3
        from whoosh.index import TOC
    except ImportError as exc:
        return [f"whoosh.codec.whoosh3 ({exc})"]
    missing = []
    for cls_name, methods, fields in (("W3LeafMatcher", _MATCHER_METHODS, _MATCHER_FIELDS),
                                      ("W3TermsReader", ("items_from",), ("_postfile",))):
        cls = getattr(whoosh3, cls_name, None)
        if cls is None:
            missing.append(f"whoosh.codec.whoosh3.{cls_name}")
            continue
        src = inspect.getsource(cls)
        missing += [f"{cls_name}.{a}" for a in methods if not callable(getattr(cls, a, None))]
        missing += [f"{cls_name}.{a}" for a in fields if not re.search(rf"self\.{a}\b\s*[=,)]", src)]
    if not hasattr(whoosh3, "WHOOSH3_HEADER_MAGIC"):
        missing.append("whoosh.codec.whoosh3.WHOOSH3_HEADER_MAGIC")
    if not hasattr(TOC, "_pattern"):
        missing.append("whoosh.index.TOC._pattern")
    return missing


def support(refresh: bool = False) -> Support:
    """Which readers this process uses (checked once; ``refresh`` re-reads the version and the env)."""
    global _support
    with _support_lock:
        if _support is not None and not refresh:
            return _support
        ver = installed_version()
        if not ver.startswith("3."):
            raise WhooshUnsupported(f"newsfacet needs whoosh3 3.x (its index format), but whoosh {ver} is installed: "
                                    f"install the pinned version from requirements.lock")
        mode = (os.environ.get(ENV_FAST) or "auto").strip().lower()
        if mode not in ("auto", "on", "off"):
            raise WhooshUnsupported(f"{ENV_FAST} must be auto, on or off, got {mode!r}")
        missing = [] if mode == "off" else _missing_private_names()
        if mode == "off":
            got = Support(ver, False, f"{ENV_FAST}=off")
        elif missing and mode == "on":
            raise WhooshUnsupported(f"{ENV_FAST}=on but whoosh3 {ver} lacks {', '.join(missing)}: set {ENV_FAST}=auto "
                                    f"to use Whoosh's public API (slower, same answers)")
        elif missing:
            got = Support(ver, False, f"whoosh3 {ver} lacks {', '.join(missing)}")
        elif mode == "auto" and ver not in TESTED_VERSIONS:
            got = Support(ver, False, f"whoosh3 {ver} is not a tested release ({', '.join(TESTED_VERSIONS)})")
        else:
            got = Support(ver, True)
        if not got.fast and mode != "off":
            log.warning("whoosh fast paths off, using Whoosh's public API (slower, same answers): %s", got.reason)
        _support = got
        _share_compound_segments(got.fast)
        return got


def _fast() -> bool:
    return support().fast


# -- compound segments read in place -------------------------------------------------------------------------
# Whoosh maps a compound segment file (every segment a writer commits) but then opens each part of it
# (postings, terms, stored fields, lengths) as a BufferFile, whose BytesIO copies the part into the process:
# every serving worker held its own copy of the whole index (~2.6 MB per 1,000 articles, most of a
# worker's memory at 100k; issue 18). Read in place instead, the parts stay pages of the mapped file,
# which the OS shares between workers and drops under memory pressure. The same bytes, so the same answers.
class _ViewFile:
    """read/seek/tell over a memoryview without copying it (what BufferFile's BytesIO is used for)."""

    __slots__ = ("_view", "_pos", "_len")

    def __init__(self, view: memoryview):
        self._view, self._pos, self._len = view, 0, len(view)

    def read(self, n: int | None = -1) -> bytes:
        start = self._pos
        if n is None or n < 0 or start + n > self._len:
            end = max(start, self._len)
        else:
            end = start + n
        self._pos = end
        return self._view[start:end].tobytes()

    def peek(self, n: int = 0) -> bytes:
        # pickle.load reads ahead through peek: one call per small pickle (a block header) instead of one
        # read per opcode; a longer pickle reads on past the peeked bytes as usual
        return self._view[self._pos:self._pos + 512].tobytes()

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit: int = -1) -> bytes:
        end = self._len if limit is None or limit < 0 else min(self._pos + limit, self._len)
        view = self._view[self._pos:end]
        i = bytes(view).find(b"\n")  # rare: only pickles of the oldest protocols read lines
        return self.read(len(view) if i < 0 else i + 1)

    def seek(self, pos: int, whence: int = 0) -> int:
        self._pos = pos + (self._pos if whence == 1 else self._len if whence == 2 else 0)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")


_original_open_file = None


def _share_compound_segments(on: bool) -> None:
    """Install (fast paths on) or remove the in-place reading of compound segment parts."""
    global _original_open_file
    try:
        from whoosh.filedb.compound import CompoundStorage
        from whoosh.filedb.structfile import BufferFile
    except ImportError:
        return
    if on and _original_open_file is None and hasattr(CompoundStorage, "range"):
        original = _original_open_file = CompoundStorage.open_file

        class MappedPart(BufferFile):
            def __init__(self, buf: memoryview, name: str | None = None):
                super().__init__(b"", name=name)
                self._buf = buf
                self.file = _ViewFile(buf)

        def open_file(self, name, *args, **kwargs):
            if getattr(self, "_source", None) is None or getattr(self, "is_closed", False):
                return original(self, name, *args, **kwargs)  # not mapped: Whoosh's own sub-file reader
            offset, length = self.range(name)
            return MappedPart(memoryview(self._source)[offset:offset + length], name=name)

        CompoundStorage.open_file = open_file
    elif not on and _original_open_file is not None:
        CompoundStorage.open_file = _original_open_file
        _original_open_file = None


# -- the index directory: table-of-contents generations ------------------------------------------------------
def newest_generation(directory: str | Path) -> int | None:
    """The newest committed generation in a Whoosh directory, None when it holds no index; OSError when the
    directory cannot be listed. Called before every query: the fast path is one listdir matched against
    Whoosh's own TOC file pattern; the public path opens the index (a schema unpickle) and asks it."""
    if _fast():
        from whoosh.index import TOC

        rx = TOC._pattern(INDEX_NAME)
        gens = [int(m.group(1)) for n in os.listdir(directory) if (m := rx.match(n))]
        return max(gens) if gens else None
    from whoosh import index as whoosh_index

    os.listdir(directory)  # the same OSError as the fast path for a directory that is not there
    try:
        if not whoosh_index.exists_in(str(directory), INDEX_NAME):
            return None
        ix = whoosh_index.open_dir(str(directory), INDEX_NAME)
    except whoosh_index.EmptyIndexError:
        return None
    try:
        return ix.latest_generation()
    finally:
        ix.close()


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


# -- positions, for phrases -------------------------------------------------------------------------------
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


# -- the analyzer's own tokenizer, for highlighting --------------------------------------------------------
def word_tokens(analyzer) -> Callable[[str], Iterator[tuple[int, int, str]]]:
    """A function text -> (start, end, token as written) for exactly the tokens ``analyzer`` makes before
    its filters. The fast path runs the analyzer's tokenizer regex directly (then each distinct word is
    analysed once and cached by the caller); the public path runs the tokenizer object itself."""
    items = getattr(analyzer, "items", None)
    tokenizer = items[0] if items else analyzer
    expression = getattr(tokenizer, "expression", None) if _fast() else None
    if expression is not None and getattr(tokenizer, "gaps", False) is False:
        def fast(text: str) -> Iterator[tuple[int, int, str]]:
            for m in expression.finditer(text):
                yield m.start(), m.end(), m.group()
        return fast

    def public(text: str) -> Iterator[tuple[int, int, str]]:
        for t in tokenizer(text, chars=True, positions=False, mode="index"):
            yield t.startchar, t.endchar, text[t.startchar:t.endchar]
    return public
