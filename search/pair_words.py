"""Which words get word pairs: the archive's common words, fixed when the index is rebuilt (issue 18).

Pairs of every two adjacent words made phrases cheap but made the index 2.3-2.9x larger and `reindex`
1.6-1.8x slower (bench/RESULTS.md "Phrases from word pairs"). A phrase is costly from positions only when
every one of its words is common: a phrase holding a rarer word is checked on that word's few documents
(matching.py takes the rarest word's postings as candidates). So an index holds a pair only where BOTH
words are common: in at least ``NEWSFACET_PAIR_MIN_DF`` (a share, default 5%) of the documents.

The rule is the archive's document frequency known at rebuild time, not a fixed list, because which words
are common depends on the archive's language and beat (a word list for English news would miss "oblast" in
a Ukraine archive). It is measured on an even sample of the store (SAMPLE articles, ~1% of a rebuild's
analysis at 300k) and pickled into the index's schema with the pair format (schema.PairCounts), so every
later incremental update and every reader of that index use the same list: a pair is in the index for
every document or for none, and the matcher knows which (a phrase whose pair is not indexed reads
positions, as an index without pairs does). Words that become common after the rebuild simply have no
pairs until the next `reindex`: their phrases stay right, only slower.

Why a share and not a count: the phrases left to positions cost at most reading one word's positions in
MIN_DF x N documents, which grows with N; a fixed count would keep that flat but index nearly every pair
of a large archive (the cost this variant exists to cut). 0 indexes every pair (the first variant).
"""
from __future__ import annotations

import math
import os
from collections import Counter

MIN_DF_DEFAULT = 0.05
SAMPLE = 2000
ENV = "NEWSFACET_PAIR_MIN_DF"


def min_df(environ: dict | None = None) -> float:
    """The share of documents a word must be in for its pairs to be indexed (0: every pair)."""
    env = os.environ if environ is None else environ
    try:
        value = float(env.get(ENV) or MIN_DF_DEFAULT)
    except ValueError:
        return MIN_DF_DEFAULT
    return min(max(value, 0.0), 1.0)


def common_words(store, share: float | None = None, sample: int = SAMPLE) -> frozenset[str] | None:
    """The analysed words in at least ``share`` of an even sample of the store's articles, or None (every
    pair) when the share is 0 or the store is empty (nothing to learn from: a first run's own articles
    are its sample, so an empty store only happens before anything was indexed)."""
    from .schema import document_words

    share = min_df() if share is None else share
    if share <= 0:
        return None
    ids = sorted(store.article_ids())
    if not ids:
        return None
    step = max(1, len(ids) // sample)
    picked = ids[::step][:sample]
    df: Counter = Counter()
    for article in store.get_articles(picked):
        title, body = document_words(article)
        df.update(set(title) | set(body))
    need = max(1, math.ceil(share * len(picked)))
    return frozenset(w for w, n in df.items() if n >= need)
