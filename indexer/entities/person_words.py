"""Person values made of ordinary English words, by the archive's own spelling (round 23 of issue 11).

A word the archive writes in lower case is an ordinary word there, whatever a name table says elsewhere:
- glued in front of a full name the archive never writes alone ("Coroner Teresa O'Sullivan", "Agronomist Phil
  Smyth", "Keeper Petr Cech", "Compare Paul Krugman"), it is an occupation, a title the tables lack or a
  headline's word, and the name is what follows (``loose_leads``, called by person_shapes._fused);
- making up the whole value ("Vote Leave", "Fact Check", "Harbour Tunnel", "Ovarian Cancer", "Speech First"), the
  value is a campaign, a column, a structure or a thing, no person (``ordinary_names``, a person_shapes gate).
The words must be no given names (the name tables', or the first word of another of the archive's people: "Gift",
"Memory", "Knowledge" open Zimbabwean names; "Male" is one too), and a family name is no ordinary word ("Ganta
Srinivasa Rao", "Ri Yong Gil"). NEWSFACET_LOOSE_LEADS=0 turns the first reading off, NEWSFACET_ORDINARY_NAMES=0 the
second.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import Article

from . import corpus_words, switches
from .gazetteer import fold
from .guards import guarded, trie

LOOSE_LOWER = 2  # times the archive must write a glued word in lower case
_AGENT = re.compile(r"(?:er|or|ist|ian|man|woman)s?$")  # "astronomer", "statistician", "spokesman"
ORDINARY_LOWER = 2  # ... and each word of an all-ordinary value


def loose_lead(word: str) -> bool:
    """A word that may be glued in front of a name: four letters or more, capitalised, not an acronym."""
    return len(word) >= 4 and word.isalpha() and word[:1].isupper() and not word.isupper()


def lower_counts(words: set[str], articles: list[Article]) -> Counter:
    """How often the archive writes each of ``words`` (lower-cased) in lower case (one pass over its text; also
    the "written in lower case somewhere" test of person_shapes and middle_names)."""
    if not words:
        return Counter()
    keys = {w.lower() for w in words}
    if all(map(corpus_words.plain, keys)):
        return corpus_words.written(keys, articles)  # (the archive's word counts: no pass over its text)
    # (a guarded prefix tree: the same matches as the flat sorted alternation -- the shortest word that ends at a
    # boundary -- without entering every word at every word boundary of the archive)
    pattern = guarded(r"\b(%s)\b" % trie(keys))
    return Counter(m for a in articles for p in a.paragraphs for m in pattern.findall(p.text))


def lead_verbs() -> bool:
    """NEWSFACET_LOOSE_TWO=0 reads a word of English glued before a lone given name as part of the name."""
    return switches.get("NEWSFACET_LOOSE_TWO", "1") != "0"


def loose_leads(articles: list[Article], loose: dict[str, tuple[str, str]], full: set[str]) -> dict[str, str]:
    """``loose``: value -> (the word in front, the name after it); ``full``: the archive's person values of two
    words or more. Returns value -> the name, for the words in front that are ordinary words of the archive."""
    if not loose or switches.get("NEWSFACET_LOOSE_LEADS", "1") == "0":
        return {}
    opens = Counter(fold(v.split()[0]) for v in full)
    # (the value itself opens with it once: a word opening several of the archive's names is a given name there,
    # "Beauty Hera", "Beauty Jiri"; round 38: unless it is an agent noun written before a given name in every value it
    # opens, an occupation used as a title -- "Astronomer Erik Asphaug", "Astronomer Bill Mathews", not "Agronomist
    # Mhaka"; NEWSFACET_LEAD_OPENS=0: never)
    many = switches.get("NEWSFACET_LEAD_OPENS", "1") != "0"
    before_given = Counter(fold(w) for w, _ in loose.values())  # (loose: each a word before a given name)
    words = {w for w, _ in loose.values() if opens[fold(w)] <= 1
             or many and _AGENT.search(w.lower()) and opens[fold(w)] == before_given[fold(w)]}
    lower = lower_counts(words, articles)
    return {v: rest for v, (w, rest) in loose.items() if w in words and lower[w.lower()] >= LOOSE_LOWER}


def ordinary_names(values, articles: list[Article], given) -> set[str]:
    """Those of the person ``values`` (two or three capitalised words) whose every word the archive writes in lower
    case ORDINARY_LOWER times or more and none of which is a given name (``given(word)``)."""
    if switches.get("NEWSFACET_ORDINARY_NAMES", "1") == "0":
        return set()
    opens = Counter(fold(v.split()[0]) for v in values if len(v.split()) >= 2)
    cands = {v for v in values if 2 <= len(v.split()) <= 3
             and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in v.split())
             and not any(given(w) for w in v.split()) and opens[fold(v.split()[0])] <= 1}
    lower = lower_counts({w for v in cands for w in v.split()}, articles)
    return {v for v in cands if all(lower[w.lower()] >= ORDINARY_LOWER for w in v.split())}
