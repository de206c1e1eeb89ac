"""Faker's given-name tables, read once: what a name's first word may be by the name statistics of many countries.

Rule passes ask here whether a capitalised word is somebody's given name before the archive itself shows it
("Alain", "Davor", "Naoki"); round 36 added the names two locale tables or more hold, since Faker's English table alone
also lists words as names ("Captain", "Council", "London").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .gazetteer import fold


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded given names of many countries, from Faker's person providers (its first-name tables, drawn from
    national name statistics): "Alain", "Davor", "Naoki", "Leland" -- names the corpus itself may never show
    before a surname the model tagged PERSON. Latin-script entries only; read once, on first use."""
    return frozenset().union(*_locale_given_names())


@lru_cache(maxsize=1)
def shared_given_names() -> frozenset[str]:
    """Round 36: folded given names two of Faker's locale tables or more hold ("Teresa", "Angus", "Bradley"): its
    English table alone also lists words as names ("Captain", "Council", "London", "Boss")."""
    seen: Counter = Counter(n for names in _locale_given_names() for n in names)
    return frozenset(n for n, k in seen.items() if k >= 2)


def _provider(locale: str):
    """Faker's person provider class of ``locale`` ("en_US"), or None where this Faker has none (the three readers
    below share it)."""
    import importlib

    try:
        return getattr(importlib.import_module(f"faker.providers.person.{locale}"), "Provider", None)
    except ImportError:
        return None


@lru_cache(maxsize=1)
def english_genders() -> dict[str, frozenset[str]]:
    """Round 41: folded given name -> the genders ("M", "F", or both) Faker's English-language tables list it under
    (person_nicknames: "Chris" and "Christine" are no familiar and formal form of one name)."""
    out: dict[str, set[str]] = {}
    for locale in ("en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN", "en_PH"):
        provider = _provider(locale)
        for attr, gender in (("first_names_male", "M"), ("first_names_female", "F")):
            for name in getattr(provider, attr, ()) or ():
                out.setdefault(fold(name), set()).add(gender)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """Round 42: folded surnames of Faker's US and British tables (the commonest 1,000 and 500 of those countries'
    name statistics: "Johnson", "Campbell", "Morrison"), where two people of one given name and its familiar form
    are likely namesakes, not one person (person_nicknames)."""
    out: set[str] = set()
    for locale in ("en_US", "en_GB"):
        out.update(fold(name) for name in getattr(_provider(locale), "last_names", ()) or ())
    return frozenset(out)


@lru_cache(maxsize=1)
def _locale_given_names() -> tuple[frozenset[str], ...]:
    """Each Faker locale's folded Latin-script first names."""
    import pkgutil

    import faker.providers.person as person

    out = []
    for info in pkgutil.iter_modules(person.__path__):
        provider = _provider(info.name)
        names: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            table = provider.__dict__.get(attr) if provider else None
            for name in (table if isinstance(table, (tuple, list, dict)) else ()):  # dicts: name -> weight
                if isinstance(name, str) and _LATIN_NAME.fullmatch(name):
                    names.add(fold(name))
        out.append(frozenset(names))
    return tuple(out)


_LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?")
