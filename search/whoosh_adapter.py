"""Every use of Whoosh's private internals behind one fallback policy, checked against the installed whoosh3 at open.

Whoosh's public matcher API costs a Python call or two per posting, which made searches at 20k articles
~10x slower than reading whole postings blocks. The fast paths read blocks through private names of
``whoosh.codec.whoosh3`` (``W3LeafMatcher._read_ids``/``_read_weights``/``_next_block``/``_read_data``/
``_maxid``/``_data``/``_byteids``/``_fixedsize``, the terms table's ``_postfile``, the on-disk block layout and the pickled
``Positions`` values), Whoosh's table-of-contents file name (``TOC._pattern``) and the analyzer's tokenizer
regex (``CompositeAnalyzer.items[0].expression``); since issue 18 also the per-document reader's length
columns (``SegmentReader._perdoc._cached_reader``, ``NumericColumn.Reader._dbfile``/``_basepos``/``_count``,
``whoosh.util.numeric._length_byte_cache``) and, to read compound segments in place rather than copied
into each process, ``CompoundStorage.open_file``/``_source``/``range`` and ``BufferFile``. Nothing outside
this module and the three it names below touches those names.

Where they are read: whoosh_postings.py (postings, the facet term table, length columns, word pairs'
fixed-size values), whoosh_positions.py (positions for phrases and for the saved word arrays),
whoosh_mapped.py (compound segments in place); this module holds the policy that switches all of them, the
table-of-contents name and the tokenizer regex, and re-exports the readers, so callers import from here.

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

import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .whoosh_mapped import share_compound_segments

# the readers, re-exported: callers (and tests that patch them) name them as whoosh_adapter.<reader>
from .whoosh_positions import _decode_all, frequent_terms, positions, term_positions  # noqa: F401
from .whoosh_postings import field_lengths, field_postings, fixed_values, leaf_postings, read_postings  # noqa: F401

log = logging.getLogger("newsfacet.search")

# whoosh3 releases whose private layouts the differential tests were run against (see the module doc).
TESTED_VERSIONS = ("3.54.0",)
INDEX_NAME = "MAIN"  # whoosh's default index name: table-of-contents files are _MAIN_<generation>.toc
ENV_FAST = "NEWSFACET_WHOOSH_FAST"  # auto (default) | on | off
_MATCHER_METHODS = ("_read_ids", "_read_weights", "_next_block", "_read_data")
_MATCHER_FIELDS = ("_maxid", "_data", "_byteids", "_ids", "_weights", "_fixedsize")  # set on a live matcher


# -- the fallback policy: which readers this process uses ------------------------------------------------
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
        assigned = _assigned_attributes(cls)
        missing += [f"{cls_name}.{a}" for a in methods if not callable(getattr(cls, a, None))]
        missing += [f"{cls_name}.{a}" for a in fields if a not in assigned]
    if not hasattr(whoosh3, "WHOOSH3_HEADER_MAGIC"):
        missing.append("whoosh.codec.whoosh3.WHOOSH3_HEADER_MAGIC")
    if not hasattr(TOC, "_pattern"):
        missing.append("whoosh.index.TOC._pattern")
    return missing


def _assigned_attributes(cls) -> set[str]:
    """Attribute names the class's own methods assign (``self.x = ...``), read from their bytecode: reading
    and tokenizing the source (inspect.getsource) cost every new serving process ~0.1 s."""
    import dis

    names: set[str] = set()
    stack = [f.__code__ for f in vars(cls).values() if hasattr(f, "__code__")]
    while stack:
        code = stack.pop()
        names.update(i.argval for i in dis.get_instructions(code) if i.opname == "STORE_ATTR")
        stack.extend(c for c in code.co_consts if hasattr(c, "co_code"))  # comprehensions, nested functions
    return names


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
        share_compound_segments(got.fast)
        return got


def _fast() -> bool:
    return support().fast


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
