"""Syndicated copies: articles whose text is mostly another article's text.

A wire rewrite (ANI retelling Al Jazeera) keeps much of the original's wording but is often much shorter,
so similarity is measured as containment, |A ∩ B| / min(|A|, |B|), over 5-word shingles of normalised
words, not Jaccard (which the length difference drags down). Candidates come from an inverted index of
sampled shingles, so the corpus is never compared all-pairs (datasketch's LSH Ensemble, built for
containment, was measured at ~100 s for 20k articles, this at a few seconds); every candidate pair is
then verified on the exact shingle sets.

Measured on the seeds (see tests/test_dedupe.py): ANI vs Al Jazeera's story 0.58; AP's story on the
same Luhansk claim vs either 0.00; the highest unrelated pair 0.16 (two Kyiv Independent Iran stories
sharing background paragraphs). THRESHOLD sits between with margin on both sides.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable

from search.store_copies import BAND_SAMPLE

THRESHOLD = 0.35  # verified containment for a copy
# Index one shingle in four. The sample is persisted in the store's copy index (copy_bands, schema v7), so
# the store owns the number and changing it needs a migration that rebuilds the bands.
SAMPLE = BAND_SAMPLE
MAX_POSTING = 200  # a shingle in more articles than this is boilerplate, not evidence of copying
SHINGLE = 5
MIN_SHINGLES = 8  # a few words in common are a phrase, not a copy
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
_MARKS = re.compile(r"[\u0300-\u036f]")


def normalise_words(text: str) -> list[str]:
    """Case- and accent-folded words; punctuation ("’" or "'", dashes) only separates them.

    All C-level string operations: at 20k articles a per-character transliteration (anyascii) was
    the slowest step of the whole pass.
    """
    return _WORD.findall(_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold())


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """32-bit hashes of the k-word shingles (crc32 is stable across runs and fast)."""
    w = normalise_words(text)
    if len(w) < k:
        return {zlib.crc32(" ".join(w).encode())} if w else set()
    return {zlib.crc32(" ".join(w[i : i + k]).encode()) for i in range(len(w) - k + 1)}


def containment(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_copies(docs: Iterable[tuple[str, str | None, str | None, str]]) -> dict[str, str]:
    """(id, source, published, text) -> {copy_id: original_id}.

    Copies are grouped (a copy of a copy joins the same group); in each group the original is the
    earliest published (unknown dates last), then the longer text, then the smaller id.
    """
    rows = [(doc_id, published, shingles(text or "")) for doc_id, _source, published, text in docs]
    rows = [r for r in rows if len(r[2]) >= MIN_SHINGLES]
    if len(rows) < 2:
        return {}
    pairs = _similar_pairs(rows)
    groups = _components(len(rows), pairs)
    copies: dict[str, str] = {}
    for members in groups:
        if len(members) < 2:
            continue
        ranked = sorted(members, key=lambda n: (rows[n][1] is None, rows[n][1] or "", -len(rows[n][2]), rows[n][0]))
        original = rows[ranked[0]][0]
        for n in ranked[1:]:
            copies[rows[n][0]] = original
    return copies


def _similar_pairs(rows: list[tuple[str, str | None, set[int]]]) -> list[tuple[int, int]]:
    """Candidate pairs from an inverted index of sampled shingles, verified on the full sets.

    Only shingles whose hash is 0 mod SAMPLE are indexed (a deterministic sample, so two texts sample
    the same shingles), which keeps the index small at 20k articles; each article then looks up all of
    its own shingles, so a short copy still finds the long original and vice versa. Shingles shared by
    very many articles (boilerplate) are skipped as evidence; they still count in the exact check.
    """
    index: dict[int, list[int]] = {}
    for n, (_id, _pub, sh) in enumerate(rows):
        for h in sh:
            if h % SAMPLE == 0:
                index.setdefault(h, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for n, (_id, _pub, sh) in enumerate(rows):
        shared: dict[int, int] = {}
        for h in sh:
            posting = index.get(h)
            if posting is None or len(posting) > MAX_POSTING:
                continue
            for other in posting:
                if other != n:
                    shared[other] = shared.get(other, 0) + 1
        for other, count in shared.items():
            # Expected sampled overlap of a true copy is containment * min size / SAMPLE; ask for a
            # third of the threshold's worth, then decide on the exact sets.
            smaller = min(len(sh), len(rows[other][2]))
            if count * SAMPLE < smaller * THRESHOLD / 3:
                continue
            pair = (min(n, other), max(n, other))
            if pair not in pairs and containment(sh, rows[other][2]) >= THRESHOLD:
                pairs.add(pair)
    return sorted(pairs)


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(find(x), []).append(x)
    return list(groups.values())
