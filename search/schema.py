"""The Whoosh schema: one document per article (cheaper to search and facet than paragraph documents).

Word pairs (issue 18): ``title_pairs``/``body_pairs`` hold every two adjacent indexed words of the field as
one term ("war kyiv" for "war in Kyiv": stop words are dropped and positions renumbered exactly as in the
positional field), without positions, as Lucene's ShingleFilter or Elasticsearch's ``index_phrases`` do.
Each posting carries how often the pair occurs in the document and how often each of its two words does
(PairCounts): a two-word phrase is then one posting list that gives its documents and everything their
BM25 scores need (the words' frequencies), instead of two words' positions checked against each other
and their postings read again for the frequencies (matching.py); longer phrases intersect their pairs
first. Only pairs of two common words are indexed when the schema is given a word list (pair_words.py:
the list is fixed at rebuild and pickled with the format, so updates and readers agree). The text is
analysed once per document here and the words are handed to Whoosh as lists, so the
positional fields get the same tokens as before without a second analysis.

Facet fields are ID fields fed a *list* of values: Whoosh indexes list items verbatim (no tokenizer), so
values with spaces or commas ("Kyiv, Ukraine") stay single exact terms. Case-insensitive and partial
matching for `person:zelensky` is done by querytext.py against the facet vocabulary instead.
"""
from __future__ import annotations

import struct
from collections import Counter

from whoosh import fields, formats
from whoosh.analysis import StemmingAnalyzer

from .facet_registry import FACETS, NAMES
from .model import Article

# One ID field per facet of the registry, named after it.
FACET_FIELDS = NAMES
TEXT_FIELDS = ("title", "body")
# The word-pair field of each text field. An index built before they existed lacks them: it still answers
# phrases from positions (slower), and index.update() rebuilds it on the next indexing run (it rebuilds
# whenever a field of build_schema() is missing from the index).
PAIR_FIELDS = {f: f"{f}_pairs" for f in TEXT_FIELDS}
# 2: word-pair fields; 3: pairs of common words only; 4: common words' postings and positions saved as
# numpy arrays beside each segment (postings_files.py). The bench keys its cached stores by it; the live
# index is told apart by its fields (a version-2 index, every pair, stays valid and is read as such).
SCHEMA_VERSION = 4


def text_analyzer():
    """Stemming analyzer shared by indexing, query parsing and snippet highlighting (same tokens everywhere)."""
    return StemmingAnalyzer()


def word_pairs(words: list[str]) -> list[str]:
    """The pair terms of consecutive analysed words (a space never occurs inside a token)."""
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


PAIR_VALUE = struct.Struct("<3I")  # the pair's count in the doc, its first word's count, its second's


class PairCounts(formats.Format):
    """Postings format of a word-pair field, fed the field's analysed words: one posting per distinct
    adjacent pair, weighted by its count, valued PAIR_VALUE. Pickled into the index's schema by name:
    it must stay importable as search.schema.PairCounts."""

    posting_size = PAIR_VALUE.size
    # The words whose pairs are indexed (both words in it), or None for every pair. A class default, so a
    # format pickled before the list existed (an index with every pair) unpickles as "every pair".
    common: frozenset[str] | None = None

    def __init__(self, field_boost: float = 1.0, common: frozenset[str] | None = None, **options):
        self.field_boost = field_boost
        self.common = None if common is None else frozenset(common)
        self.options = options

    def has_pair(self, a: str, b: str) -> bool:
        """Whether the pair "a b" is indexed (for every document holding it) in an index of this format."""
        common = self.common
        return common is None or (a in common and b in common)

    def word_values(self, value, analyzer, **kwargs):
        words = list(value) if isinstance(value, (list, tuple)) else _words(value)
        counts = Counter(words)
        pairs = Counter(zip(words, words[1:]))
        fb = self.field_boost
        common = self.common
        for (a, b), n in pairs.items():
            if common is None or (a in common and b in common):
                yield f"{a} {b}", n, n * fb, PAIR_VALUE.pack(n, counts[a], counts[b])

    def decode_frequency(self, value: bytes) -> int:
        return PAIR_VALUE.unpack(value)[0]

    def decode_weight(self, value: bytes) -> float:
        return PAIR_VALUE.unpack(value)[0] * self.field_boost


def _pairs_field(common: frozenset[str] | None) -> fields.FieldType:
    field = fields.KEYWORD(scorable=False)  # no length column: pairs are never scored as terms
    field.format = PairCounts(common=common)
    return field


_analyzer = None


def _words(text: str) -> list[str]:
    """The field's tokens in order, as the positional field indexes them (stop words dropped)."""
    global _analyzer
    if _analyzer is None:  # built on first use, not at import
        _analyzer = text_analyzer()
    return [t.text for t in _analyzer(text, mode="index")]


def build_schema(common: frozenset[str] | None = None) -> fields.Schema:
    """Today's schema; ``common``: the words whose pairs are indexed (pair_words.py), None for every pair."""
    facet = {name: fields.ID() for name in FACET_FIELDS}
    pairs = {name: _pairs_field(common) for name in PAIR_FIELDS.values()}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=text_analyzer(), field_boost=2.0),
        body=fields.TEXT(analyzer=text_analyzer()),
        **pairs,
        published=fields.ID(stored=True),
        copy_of=fields.ID(stored=True),
        **facet,
    )


def document_words(a: Article) -> tuple[list[str], list[str]]:
    """The title's and the body's analysed words, in order."""
    return _words(a.title or ""), _words("\n\n".join(p.text for p in a.paragraphs))


def article_document(a: Article) -> dict:
    """The Whoosh document for one article. Empty lists index nothing (no empty-string terms)."""
    # Whoosh indexes a list as already-analysed tokens numbered 0, 1, 2...: the same terms, positions and
    # field lengths as analysing the text itself (tests/test_word_pairs.py compares both indexes).
    title_words, body_words = document_words(a)
    doc = {"id": a.id, "title": title_words, "body": body_words,
           PAIR_FIELDS["title"]: title_words, PAIR_FIELDS["body"]: body_words,
           **{f.name: f.values(a) for f in FACETS}}
    if a.published:
        doc["published"] = a.published
    if a.copy_of and a.copy_of != a.id:
        doc["copy_of"] = a.copy_of
    return doc

