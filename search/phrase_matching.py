"""Exact phrases for matching.Matcher: the index's word pairs first, positions only where still needed.

A two-word phrase is its pair's posting list (schema.PAIR_FIELDS); a longer one the intersection of its
pairs' lists, with positions verified on those docs only (phrases.py). An index holds only the pairs of its
common words (pair_words.py; every pair in one built before the list): a phrase whose pairs are not
indexed, or an index built before the pair fields, takes the rarest word's postings as candidates and
reads positions for those, cheap because a word that is not common has few docs. Verified docsets are kept
per view (a facet tick or the next page asks the same phrase again). A mixin rather than its own object
because a phrase is scored and cached exactly as the query walk's terms are: it shares Matcher's postings
LRU (``_cached_live``), its BM25 (``_term``/``_bm25``), its scope and its Whoosh fallback.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np
from whoosh import query as Q

from . import budget
from .lazy_scores import Where, add_scores
from .mask_math import mask_of
from .phrases import phrase_docs
from .schema import PAIR_FIELDS, PAIR_VALUE, PairCounts, word_pairs
from .whoosh_adapter import fixed_values

CACHE_PHRASE_DOCS = 1_000_000  # verified phrase docsets kept (8 MB): a facet tick or the next page re-asks


class PhraseMatching:
    """Phrase evaluation over the word-pair fields and positions; mixed into matching.Matcher."""

    def _init_phrases(self, schema, live: np.ndarray) -> None:
        # (field, words) -> (verified docnums over the whole view [and the words' counts there], size)
        self._phrases: OrderedDict = OrderedDict()
        self._phrase_held = 0
        self._all_live = bool(live.all())  # no deleted docs: the term dictionary's df is the live one
        # text field -> its word-pair field, when this index has it (not one built before issue 18's pairs)
        self.pairs = {f: p for f, p in PAIR_FIELDS.items()
                      if p in schema.names() and isinstance(schema[p].format, PairCounts)}
        # text field -> its pair format, which knows which pairs the index holds (PairCounts.has_pair)
        self.pair_format = {f: schema[p].format for f, p in self.pairs.items()}

    def pair_postings(self, field: str, pair: str) -> tuple[np.ndarray, np.ndarray]:
        """Live docnums of a word pair and, per doc, [pair count, first word's count, second word's count]."""
        def read():
            ids, raw = fixed_values(self.reader, field, pair, PAIR_VALUE.size)
            rows = np.frombuffer(raw, dtype="<u4").reshape(-1, 3) if raw else np.empty((0, 3), dtype=np.uint32)
            return ids, rows
        return self._cached_live(("pairs", field, pair), read)

    def _phrase(self, q):
        """Docs where the words are consecutive, scored by the words' BM25 (the phrase itself adds nothing)."""
        words = list(q.words)
        if self._all_live and self._df_override is None:
            return self._phrase_lean(q, words)
        mask, score = self.view.live.copy(), None
        sizes = []
        for word in words:
            m, s = self._term(Q.Term(q.fieldname, word, boost=q.boost))
            mask &= m
            score = add_scores(score, s)
            sizes.append(int(m.sum()))
        key = (q.fieldname, tuple(words))
        docs = (self._phrases.get(key) or (None,))[0]
        if docs is not None:
            self._phrases.move_to_end(key)
        else:
            scope = self._scope
            pairs = self._pair_docs(q.fieldname, words)
            if pairs is not None:  # the pairs' docs hold every word: the same candidates, fewer of them
                mask &= mask_of(self.n, pairs)
            candidates = np.nonzero(mask if scope is None else mask & scope)[0]
            if not len(candidates):
                return np.zeros(self.n, dtype=bool), None
            if pairs is not None and len(words) == 2:
                docs = candidates  # one pair is the whole phrase: nothing left to verify
            else:
                try:
                    docs = phrase_docs(self.reader, q.fieldname, words, candidates,
                                       sorted(range(len(words)), key=sizes.__getitem__), sides=self.sides)
                except Exception:  # noqa: BLE001 - an unexpected codec: let Whoosh decide, as before
                    return self._fallback(q)
            if scope is None:  # verified over the whole view: any later search may reuse it
                self._remember_phrase(key, docs)
        mask = mask_of(self.n, docs)
        return mask, (None if score is None else Where(mask, score, as_f32=True))

    def _has_pair(self, field: str, a: str, b: str) -> bool:
        """The index holds the pair "a b" of this field for every document that has it."""
        fmt = self.pair_format.get(field)
        return fmt is not None and fmt.has_pair(a, b)

    def _pair_docs(self, field: str, words: list[str]) -> np.ndarray | None:
        """Live docs holding every indexed adjacent pair of the words (sorted), or None when the index
        holds none of them (no pair field, or no pair of two common words). For two words exactly the
        phrase's docs; for more, a superset whose positions still need checking (pairs 1-2 and 2-3 may sit
        in different places of the text, and a pair that is not indexed does not narrow it)."""
        pair_field = self.pairs.get(field)
        if pair_field is None:
            return None
        held = [f"{a} {b}" for a, b in dict.fromkeys(zip(words, words[1:])) if self._has_pair(field, a, b)]
        if not held:
            return None
        budget.check()
        lists = sorted((self.pair_postings(pair_field, p)[0] for p in held), key=len)
        docs = lists[0]
        for ids in lists[1:]:
            if not len(docs):
                break
            docs = np.intersect1d(docs, ids, assume_unique=True)
        return docs

    def _phrase_lean(self, q, words: list[str]):
        """The same docs and scores as _phrase, reading no word's whole postings.

        _phrase reads every word's whole postings first (its docs and BM25 weights): for a phrase with a
        common word ('backing has') the common word's postings cover most of the archive and cost as much
        as the phrase check itself, growing with N. Here a two-word phrase is its pair's postings alone:
        the docs, and the two words' counts there (weights = counts x the field's boost, what the words'
        postings hold). A longer phrase (or an index without pairs) takes its candidates from the pairs (or
        the rarest word) and reads positions for those only, which give the counts too. Document
        frequencies come from the term dictionary, which equals the live count BM25 uses only when no
        document of the view is deleted: the caller checks that.
        """
        field = q.fieldname
        dfs = [self.reader.doc_frequency(field, w) for w in words]
        if not min(dfs):
            return self._empty()
        order = sorted(range(len(words)), key=dfs.__getitem__)
        boost = self.reader.schema[field].format.field_boost
        key = (field, tuple(words), "weights")  # _phrase caches bare docs under (field, words)
        cached = (self._phrases.get(key) or (None,))[0]
        if cached is not None:
            self._phrases.move_to_end(key)
            docs, counts = cached
        else:
            budget.check()
            scope = self._scope
            pair_field = self.pairs.get(field)
            counts: dict[int, np.ndarray] = {}
            if pair_field is not None and len(words) == 2 and self._has_pair(field, *words):
                docs, rows = self.pair_postings(pair_field, word_pairs(words)[0])
                if scope is not None:
                    docs, rows = docs[scope[docs]], rows[scope[docs]]
                counts = {0: rows[:, 1], 1: rows[:, 2]}
            else:
                pairs = self._pair_docs(field, words)
                if pairs is None or dfs[order[0]] < len(pairs):  # a word rarer than the pairs narrows more
                    rarest = self.postings(field, words[order[0]])[0]
                    candidates = rarest if pairs is None else np.intersect1d(pairs, rarest, assume_unique=True)
                else:
                    candidates = pairs
                if scope is not None:
                    candidates = candidates[scope[candidates]]
                try:
                    docs = phrase_docs(self.reader, field, words, candidates, order, counts, self.sides)
                except Exception:  # noqa: BLE001 - an unexpected codec: let Whoosh decide, as before
                    return self._fallback(q)
            if scope is None:  # verified over the whole view: any later search may reuse it
                self._remember_phrase(key, (docs, counts), len(docs) * (1 + len(words)))
        if not len(docs):
            return self._empty()
        mask = mask_of(self.n, docs)
        score = None
        for k in range(len(words)):  # summed in the words' order, as _phrase does: the same float32 sums
            weights = (counts[k].astype(np.int64) * boost).astype(np.float32)
            score = add_scores(score, self._bm25(field, docs, weights, dfs[k], q.boost))
        return mask, Where(mask, score, as_f32=True)

    def _remember_phrase(self, key, docs, size: int | None = None) -> None:
        size = len(docs) if size is None else size
        if size > CACHE_PHRASE_DOCS:
            return
        self._phrases[key] = (docs, size)
        self._phrase_held += size
        while self._phrase_held > CACHE_PHRASE_DOCS:
            _, (_, old) = self._phrases.popitem(last=False)
            self._phrase_held -= old
