"""A country's name at either end of a span the model tagged PERSON (round 56 of issue 11).

The small model reads a country's name beside capitalised words as a person's name: a body's national arm or a
firm's local one ("[Air Vanuatu] has confirmed 27 flights", "[Oxfam Vanuatu]", "On Friday, [Suzuki Indonesia] said",
"[Sri Lanka Railways]", "[Malta Enterprise]"), a heading's country run into the sentence ("Game of records for
[Nepal Nepal] thumped Thailand"), or a person with a country glued on ("its chairman, Dr [Mostafizur Rahman Iran],
will contest", "Japanese Ambassador to [Zimbabwe Shinichi Yamanaka]"). The person facet listed bodies as people,
and the article's bare "Vanuatu" or "Nepal" linked to them (dev: 30 mentions of "Air Vanuatu", 11 of "Nepal
Nepal"). Round 55 (country_surnames) kept such bare mentions places; this mends the span itself, on the raw NER
spans of one paragraph. A country's name closing the span:
- after a name of two words or more whose first word is no given name of any table (or is initials, "ED"), and
  which the article also names without the country ("Colonel (Retd) [Mostafizur Rahman]"): that person and the
  country, split. A person's name never drops its surname and keeps the rest, so "Mr Ram Bahadur Nepal" (a Nepali
  surname) stays whole; "Patricia Scotland" opens with a given name and keeps her surname, a common surname
  ("Jordan") stays too, and one word alone is as often a firm's short name ("According to [Digicel]");
- twice ("Nepal Nepal"): the country once, the second;
- after one word (country_arms.named_arm: "Air Vanuatu", "Oxfam Vanuatu"): an ORG span, unless a capitalised word
  of no English runs into it (a piece of a longer name later steps mend: "Citing Sahabat [Alam Malaysia]").
A country's name opening the span, itself no given name ("Jordan Peterson", "Chad Wolf" stay):
- after an office and "to"/"of" ("Ambassador to [Zimbabwe Shinichi Yamanaka]") before a word of no English, or
  before an honorific ("of [Zimbabwe Mrs] Virginia Mabiza"): the country and the person, split;
- before words of English that open no given name ("[Sri Lanka Railways]", "[Vanuatu Craft]"): an ORG span, unless
  they close on a people's name ("[Kosovo Serbs]").
Any other run stays as the model tagged it ("Al Nasr Libya", "Solomon Islands Manasseh Sogavare": a club, a
caption's name, nothing here says which). NEWSFACET_PERSON_COUNTRIES=0 turns it off.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import name_titles, switches
from .country_arms import named_arm
from .faker_names import common_surnames
from .gazetteer import country_codes, fold
from .person_titles import given_words
from .surname_bearers import english_word

_POSSESSIVE = re.compile(r"[’']s?$")
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w’']*)\s$")
_INITIALS = re.compile(r"[A-Z]{1,3}|(?:[A-Z]\.){1,3}")


def enabled() -> bool:
    return switches.get("NEWSFACET_PERSON_COUNTRIES", "1") != "0"


def article_people(spans) -> frozenset[str]:
    """The texts of an article's PERSON spans (``spans``: per paragraph), its possessives cut."""
    return frozenset(_POSSESSIVE.sub("", s.text) for para in spans for s in para if s.label == "PERSON")


def mend(text: str, spans: list, people: frozenset[str] = frozenset()) -> list:
    """``spans`` of one paragraph with each PERSON span closing on a glued country mended (module docstring);
    ``people``: article_people of the article."""
    if not enabled():
        return spans
    out = []
    for s in spans:
        out.extend(_mended(text, s, people) if s.label == "PERSON" and " " in s.text else (s,))
    return out


def _runs_on(before: str) -> bool:
    """A capitalised word of no English right before the span: the model cut a longer name ("Citing Sahabat [Alam
    Malaysia]"); not a sentence's first word ("All [Vanuatu Craft] products")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .english_words import inflected

    m = _CAPITAL_BEFORE.search(before)
    word = m.group(1) if m else ""
    return bool(m) and not (word.lower() in STOP_WORDS or english_word(word) or inflected(word))


def _a_people(word: str) -> bool:
    """A people's or a nationality's name ("Serbs", "Albanians", "Kurds")."""
    from .junk import is_demonym
    from .name_titles import NATIONALITY_NOUNS
    from .org_peoples import place_people

    low = fold(word)
    return low in NATIONALITY_NOUNS or low.endswith("s") and low[:-1] in NATIONALITY_NOUNS or is_demonym(word) \
        or place_people(word)


def _word_starts(text: str) -> list[int]:
    """The offsets of the words of a span's text (a span may hold a line break or two spaces)."""
    return [m.start() for m in re.finditer(r"\S+", text)]


def _country_words(words: list[str], first: bool = False) -> int:
    """How many of the last (``first``: the first) words, one to three, make a country's own name ("Vanuatu", "New
    Zealand"), or 0."""
    return _country_run(tuple(words[:3]) if first else tuple(words[-3:]), len(words), first)


@lru_cache(maxsize=16384)  # asked of every PERSON span of two words or more, twice
def _country_run(words: tuple[str, ...], length: int, first: bool) -> int:
    for n in (3, 2, 1):
        if length > n and len(words) >= n:
            name = " ".join(words[:n] if first else words[-n:])
            if country_codes(name):
                return n
    return 0


def _mended(text: str, s, people: frozenset[str]) -> tuple:
    return _country_last(text, s, people) or _country_first(text, s) or (s,)


def _country_last(text: str, s, people: frozenset[str]) -> tuple:
    bare = _POSSESSIVE.sub("", s.text)  # "All of [Digicel Vanuatu’s] network sites"
    words = bare.split()
    n = _country_words(words)
    if not n or fold(words[-1]) in common_surnames():
        return ()
    edges = _word_starts(bare)
    country_end = s.start + len(bare)
    country_start = s.start + edges[-n]
    name_end = s.start + len(text[s.start:country_start].rstrip())
    country = replace(s, start=country_start, end=country_end, label="GPE", text=text[country_start:country_end])
    before = text[max(0, s.start - 60):s.start]
    first = words[0]
    if len(words) - n >= 2 and (_INITIALS.fullmatch(first) or fold(first) not in given_words()) \
            and text[s.start:name_end] in people:
        return replace(s, end=name_end, text=text[s.start:name_end]), country
    if fold(text[s.start:name_end]) == fold(country.text):
        return (country,)  # "Nepal Nepal": a heading's country run into the sentence's
    if named_arm(words) and not _runs_on(before):
        return (replace(s, label="ORG"),)
    return (s,)


_OFFICE_OF = re.compile(r"\s(?:to|of|in|for)\s$")  # "Japanese Ambassador to ", "the Attorney-General of "


def _country_first(text: str, s) -> tuple:
    """A span opening on a country's name that is no given name ("Jordan Peterson", "Chad Wolf" stay): the office's
    country before its holder ("Ambassador to [Zimbabwe Shinichi Yamanaka]", "of [Zimbabwe Mrs Virginia] Mabiza"):
    split; a body named with its country ("[Sri Lanka Railways]", "[Malta Enterprise]", "[Vanuatu Footwear]"): an ORG
    span; any other (a name of names, "Solomon Islands Manasseh Sogavare") as it was."""
    words = s.text.split()
    n = _country_words(words, first=True)
    if not n or n == 1 and fold(words[0]) in given_words():
        return ()
    name_start = s.start + _word_starts(s.text)[n]
    country_end = s.start + len(s.text[:name_start - s.start].rstrip())
    country = replace(s, end=country_end, label="GPE", text=text[s.start:country_end])
    rest = words[n:]
    before = text[max(0, s.start - 60):s.start]
    office = _OFFICE_OF.search(before)
    # an office of the country before its holder's name (not "Manager of [Vanuatu Craft]", a body's), an honorific
    if office and name_titles.title_before(before[:office.start() + 1]) and not english_word(rest[0]) \
            or name_titles.starts_with_honorific(text[name_start:s.end]) \
            or name_titles.honorific_before(text[name_start:s.end] + " "):  # "[Zimbabwe Mrs] Virginia Mabiza"
        return country, replace(s, start=name_start, text=text[name_start:s.end])
    if fold(rest[0]) not in given_words() and any(english_word(w) for w in rest) and not _runs_on(before) \
            and not _a_people(rest[-1]):  # "[Kosovo Serbs]": a people of the country, no body
        return (replace(s, label="ORG"),)
    return (s,)
