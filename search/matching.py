"""Evaluating a parsed query over numpy docsets, with BM25 scores, instead of Whoosh's per-document matchers.

Whoosh matchers cost a Python call or two per posting; at 20k articles a common word means ~10 ms just to
enumerate its documents, and scoring a top-k ran the query a second time. Here each term's postings are
read into numpy arrays (ids + weights), cached per index view, and the query tree becomes mask/score
array arithmetic. A word held by many documents of a segment is read from the arrays the index writer saved
beside it (postings_files.py: a slice of a mapped file, positions too); any other word block by block from
Whoosh (whoosh_adapter.py owns the block reading), which costs ~2 us per posting. Exact phrases are found through the
index's word pairs and positions (phrase_matching.py, mixed into Matcher). Sloppy phrases and anything
unusual fall back to Whoosh for the docset.

Scores are BM25 (k1=1.2, b=0.75) per field, summed over the query's positive terms; the title field's
weights carry its index-time boost (x2). Only relative order matters.
"""
from __future__ import annotations

import math
import time
from collections import OrderedDict

import numpy as np
from whoosh import query as Q

from . import budget, segments
from .lazy_scores import Maximum, Scores, TermScores, Where, Zero, add_scores, scale_scores
from .phrase_matching import PhraseMatching
from .schema import TEXT_FIELDS
from .variants import Spellings
from .whoosh_adapter import read_postings

K1, B = 1.2, 0.75
CACHE_TERMS = 4096
CACHE_POSTINGS = 4_000_000  # ~48 MB of ids+weights per process, whatever the mix of rare and common terms
# The writer saves a segment's word arrays just after the commit that makes the segment visible (a merge's
# new segment): a view opened in between looks for the missing ones again at most this often.
SIDES_RECHECK_S = 5.0


class Matcher(PhraseMatching):
    """Per-view evaluator: term postings cache, field lengths, and the query-tree walk (phrases:
    phrase_matching.PhraseMatching)."""

    def __init__(self, view, saved_postings: bool = True):
        self.view = view
        self.reader = view.searcher.reader()
        self.n = view.n
        self._cache: OrderedDict = OrderedDict()
        self._cached = 0  # postings held in the cache
        self.lengths = {}
        self.avg = {}
        live = view.live
        for f in TEXT_FIELDS:
            lens = self.lengths[f] = view.field_lengths(f)
            self.avg[f] = float(lens[live].mean()) if live.any() else 1.0
        self.doc_count = max(int(live.sum()), 1)
        self._df_override: dict[str, int] | None = None  # set while scoring the spellings of one name (_spellings)
        self._scope: np.ndarray | None = None  # set while evaluating for answers confined to it (evaluate)
        self._buffer: np.ndarray | None = None  # _scratch
        self._init_phrases(self.reader.schema, live)  # phrase_matching.py
        # per segment, its common words' postings and positions as mapped arrays (postings_files.py), or
        # None where the index has none (written before search schema 4): those words are read from Whoosh.
        # ``saved_postings=False`` reads every word from Whoosh (the differential tests' reference).
        self._leaves = [leaf for leaf, _ in self.reader.leaf_readers()]
        self._sides = segments.saved_postings(self._leaves, view.dir) if saved_postings else [None] * len(self._leaves)
        self._sides_at = time.monotonic() if saved_postings else math.inf

    @property
    def sides(self) -> list:
        """The segments' saved word arrays; missing ones looked for again every SIDES_RECHECK_S seconds."""
        if None in self._sides and time.monotonic() - self._sides_at > SIDES_RECHECK_S:
            self._sides_at = time.monotonic()
            missing = [i for i, side in enumerate(self._sides) if side is None]
            for i, side in zip(missing, segments.saved_postings([self._leaves[i] for i in missing], self.view.dir)):
                self._sides[i] = side
        return self._sides

    def postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        return self._cached_live((field, text), lambda: read_postings(self.reader, field, text, self.sides))

    def _cached_live(self, key, read) -> tuple[np.ndarray, np.ndarray]:
        """(ids, values) from ``read()`` with deleted docs dropped, kept in one LRU bounded by terms and postings
        (words and word pairs share it, so a burst of phrases cannot grow memory past the same caps)."""
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        ids, values = read()
        keep = self.view.live[ids]
        hit = (ids[keep], values[keep])
        self._cache[key] = hit
        self._cached += len(hit[0])
        while len(self._cache) > 1 and (len(self._cache) > CACHE_TERMS or self._cached > CACHE_POSTINGS):
            _, (old_ids, _) = self._cache.popitem(last=False)
            self._cached -= len(old_ids)
        return hit

    # -- evaluation ---------------------------------------------------------------------------------------
    def evaluate(self, q, scope: np.ndarray | None = None, lazy: bool = False) -> tuple[np.ndarray, np.ndarray | Scores]:
        """(mask, score) over all docnums; deleted docs never match. ``lazy``: the score as lazy_scores.Scores,
        computed only for the docs ranked (``score[docs]``), not as an n-sized array per term.

        ``scope``: the only docs the caller will look at (the filters' reach, whoosh_backend._match). Outside
        it the answer may be wrong, inside it is exact: phrases verify positions only for candidates in it,
        the costly part of a filtered phrase search. Every operator of the tree is a set operation, so
        confining its leaves to the scope and then intersecting with the scope gives the same docs there.
        """
        self._scope = scope
        try:
            mask, score = self._ev(q)
        finally:
            self._scope = None
        mask = mask & self.view.live  # not in place: a Where node of the walk may hold this very mask
        score = score if score is not None else Zero()
        return mask, (score if lazy else score.dense(self.n))

    def _scratch(self) -> np.ndarray:
        """A zeroed float32 buffer over every docnum, allocated once per view; TermScores leaves it zeroed."""
        if self._buffer is None:
            self._buffer = np.zeros(self.n, dtype=np.float32)
        return self._buffer

    def _empty(self):
        return np.zeros(self.n, dtype=bool), None

    def _ev(self, q):
        if q is Q.NullQuery or isinstance(q, Q.NullQuery.__class__):
            return self._empty()
        if isinstance(q, Q.Every):
            return self.view.live.copy(), None
        if isinstance(q, Q.Term):
            return self._term(q)
        if isinstance(q, Q.Not):
            m, _ = self._ev(q.query)
            return self.view.live & ~m, None
        if isinstance(q, Q.AndNot):
            ma, sa = self._ev(q.a)
            mb, _ = self._ev(q.b)
            return ma & ~mb, sa
        if isinstance(q, Q.AndMaybe):
            ma, sa = self._ev(q.a)
            mb, sb = self._ev(q.b)
            return ma, add_scores(sa, None if sb is None else Where(mb, sb), q.boost)
        if isinstance(q, Q.And):
            mask, score = self.view.live.copy(), None
            for child in q.subqueries:
                if isinstance(child, Q.Not):
                    mask &= ~self._ev(child.query)[0]
                    continue
                m, s = self._ev(child)
                mask &= m
                score = add_scores(score, s)
            return mask, scale_scores(score, q.boost)
        if isinstance(q, Spellings):
            return self._spellings(q)
        if isinstance(q, (Q.Or, Q.DisjunctionMax)):
            need = int(getattr(q, "minmatch", 0) or 0)
            if need > 1:
                return self._at_least(q, need)
            mask, score = np.zeros(self.n, dtype=bool), None
            for child in q.subqueries:
                m, s = self._ev(child)
                mask |= m
                score = add_scores(score, s)
            return mask, scale_scores(score, q.boost)
        if isinstance(q, Q.TermRange) and q.fieldname == "date":
            lo = None if q.start in (None, "", "*") else q.start  # `*` is an open end, as in Lucene
            hi = None if q.end in (None, "", "*") else q.end
            return self.view.facets["date"].mask_of_bounds(lo, hi, self.n, q.startexcl, q.endexcl), None
        if isinstance(q, Q.Phrase) and q.fieldname in TEXT_FIELDS and q.slop == 1 and len(q.words) > 1:
            return self._phrase(q)
        return self._fallback(q)

    def _at_least(self, q, need: int):
        """Docs matched by at least ``need`` of the children (a pasted passage), scored by their sum."""
        hits, score = np.zeros(self.n, dtype=np.int32), None
        for child in q.subqueries:
            m, s = self._ev(child)
            hits += m
            score = add_scores(score, s)
        mask = hits >= need
        if score is not None:
            score = Where(mask, score, as_f32=True)
        return mask, scale_scores(score, q.boost)

    def _spellings(self, q):
        """The spellings of one name (variants.Spellings): any matches; scored as if they were one term.

        Each word is scored with its field's document frequency of the whole group (the articles holding
        any spelling) and a document keeps its best spelling's score, so Kiev and Kyiv rank the same
        articles the same way whichever was typed, a rare spelling does not outrank the usual one by its
        idf, and "Kyiv (formerly Kiev)" is not counted twice.
        """
        mask = np.zeros(self.n, dtype=bool)
        for child in q.subqueries:
            mask |= self._ev(child)[0]
        if not mask.any():
            return mask, None
        dfs = {}
        for f in TEXT_FIELDS:
            ids = [self.postings(f, t)[0] for t in _words_of(q, f)]
            dfs[f] = len(np.unique(np.concatenate(ids))) if ids else 0
        outer, self._df_override = self._df_override, dfs
        score = None
        try:
            for child in q.subqueries:
                _, s = self._ev(child)  # postings are cached: the second pass only rescores
                if s is not None:
                    score = s if score is None else Maximum(score, s)
        finally:
            self._df_override = outer
        return mask, scale_scores(score, q.boost)

    def _term(self, q):
        budget.check()
        ids, w = self.postings(q.fieldname, q.text)
        mask = np.zeros(self.n, dtype=bool)
        mask[ids] = True
        if q.fieldname not in TEXT_FIELDS or not len(ids):
            return mask, None
        df = (self._df_override or {}).get(q.fieldname) or len(ids)
        return mask, self._bm25(q.fieldname, ids, w, df, q.boost)

    def _bm25(self, field: str, ids: np.ndarray, tf: np.ndarray, df: int, boost: float) -> TermScores:
        """One term's BM25 over all docnums (0 outside ``ids``), ``tf`` its float32 weights there: computed
        for the ranked docs only (lazy_scores.py); idf and the field's lengths are fixed now."""
        idf = math.log(1.0 + (self.doc_count - df + 0.5) / (df + 0.5))
        lengths, avg = self.lengths[field], self.avg[field]

        def formula(at: np.ndarray, w: np.ndarray) -> np.ndarray:
            s = idf * w * (K1 + 1) / (w + K1 * (1 - B + B * lengths[at] / avg))
            return s * boost
        return TermScores(ids, tf, formula, self._scratch)

    def _fallback(self, q):
        """Whoosh enumerates the docs (phrases, text ranges); the words of a phrase still score it."""
        mask = np.zeros(self.n, dtype=bool)
        try:
            docs = np.fromiter(self.view.searcher.docs_for_query(q), dtype=np.int64)
        except Exception:  # noqa: BLE001 - an odd query node must not fail the search
            return mask, None
        mask[docs] = True
        score = None
        if isinstance(q, Q.Phrase) and q.fieldname in TEXT_FIELDS:
            for word in q.words:
                _, s = self._term(Q.Term(q.fieldname, word, boost=q.boost))
                score = add_scores(score, s)
            if score is not None:
                score = Where(mask, score, as_f32=True)
        return mask, score


def _words_of(q, field: str) -> set[str]:
    """The words a query tree searches in one text field (its terms and its phrases' words)."""
    if isinstance(q, Q.Term) and q.fieldname == field:
        return {q.text}
    if isinstance(q, Q.Phrase) and q.fieldname == field:
        return set(q.words)
    out: set[str] = set()
    for child in getattr(q, "subqueries", ()) or ():
        out |= _words_of(child, field)
    return out
