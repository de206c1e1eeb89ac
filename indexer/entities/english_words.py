"""Whether a capitalised word is English however it is written: inflected ("Criticized", "Studies", "Chairmen") or
misspelt by one letter ("Prersident", "Genral", "Represenative").

small_places._english_words holds WordNet's lemmas only (the index the spaCy model's lemmatizer ships), so an
inflected word or a typo passes every "no word of English" test as a name word. Round 37 of issue 11: a word the
model left out in front of a person's name is given back as that person's given name when it is no English word
(middle_names.restore_given_names); "Added James Willis", "Commenter Rick Auman", "Prersident Jose Sarney" must
stay out. The lemmatizer's own suffix rules and exception tables read the inflections; a misspelling is one edit
from a lemma of seven letters or more with the same first letter (shorter lemmas sit one edit from too many names:
"Romesh" from "romish", "Priti").
"""
from __future__ import annotations

import importlib
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

# Shortest English lemma a one-letter misspelling is read against.
NEAR_MIN = 7


@lru_cache(maxsize=1)
def _lookups():
    from spacy.lookups import Lookups

    from indexer.nlp import MODEL_PACKAGE

    root = Path(importlib.import_module(MODEL_PACKAGE).__file__).parent
    found = next(root.glob("*/lemmatizer/lookups"), None)
    return Lookups().from_disk(found) if found is not None else None


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str], ...]:
    lookups = _lookups()
    if lookups is None:
        return ()
    table = lookups.get_table("lemma_rules")
    return tuple({(old, new) for rules in table.values() for old, new in rules if old})


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, frozenset[str]]:
    lookups = _lookups()
    out: dict[str, set[str]] = defaultdict(set)
    if lookups is not None:
        for table in lookups.get_table("lemma_exc").values():
            for form, lemmas in table.items():
                out[form.lower()].update(lemma.lower() for lemma in lemmas)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=16384)
def inflected(word: str) -> bool:
    """A word of English as written or as an inflection of a WordNet lemma ("Added", "Studies", "Chairmen")."""
    from .small_places import _english_words

    low = word.lower()
    lemmas = _english_words()
    if low in lemmas or _exceptions().get(low, frozenset()) & lemmas:
        return True
    return any(low.endswith(old) and low[:len(low) - len(old)] + new in lemmas for old, new in _rules())


@lru_cache(maxsize=1)
def _by_shape() -> dict[tuple[str, int], tuple[str, ...]]:
    from .small_places import _english_words

    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in _english_words():
        if len(w) >= NEAR_MIN and w.isalpha():
            out[(w[0], len(w))].append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=16384)
def misspelt(word: str) -> bool:
    """One edit (a letter added, dropped or changed) from an English lemma of NEAR_MIN letters or more that
    starts with the same letter, and no lemma itself."""
    from rapidfuzz.distance import Levenshtein

    low = word.lower()
    if inflected(low) or len(low) < NEAR_MIN - 1:  # (a word of six letters may lack one)
        return False
    shapes = _by_shape()
    return any(Levenshtein.distance(low, w, score_cutoff=1) <= 1
               for n in (len(low) - 1, len(low), len(low) + 1) for w in shapes.get((low[0], n), ()))
