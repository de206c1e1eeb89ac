"""Words at the edges of a person span that belong to the text around the name (round 39 of issue 11).

The dev person lists of the real-archive evaluation held names with a word of their sentence glued on:
- a portfolio's last word, where an office lists its portfolios before the holder's name: "Minister for Social Care,
  Mental Wellbeing and [Sport Maree Todd]", "Special Chief Secretary, [Agriculture B. Rajasekhar]";
- a programme's credit label before its colon: "Presenter: [Stefanie Dekker Guests]: Lux Miranda".
A span's first word goes when it is a word of English that no given-name table holds, the span keeps two words,
and the sentence before it names an office ("Minister", "Secretary", "Commissioner" ...) with its "for"/"of"/","
list running up to the name; a span's last word goes when a colon follows it, it is a word of English no
given-name table holds, and two words stay. NEWSFACET_PERSON_EDGES=0 turns both off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches

# An office whose portfolios the sentence lists right up to the holder's name: "Minister for A, B and ", "Secretary, "
_OFFICE_LIST = re.compile(r"\b(?:Minister|Ministers|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Director|"
                          r"Convener|Convenor|Chair)\b(?:\s+(?:for|of)\b)?[^.;:!?\"“”()]{0,80}(?:,|\band)\s$")


def enabled() -> bool:
    return switches.get("NEWSFACET_PERSON_EDGES", "1") != "0"


def _plain_word(word: str) -> bool:
    """A word of English that no given-name table holds ("Sport", "Agriculture", "Guests"; not "Hope", "Rose")."""
    from .gazetteer import fold
    from .person_titles import given_words
    from .surname_bearers import english_word

    return word.isalpha() and english_word(word) and fold(word) not in given_words()


def lead(text: str, start: int, end: int) -> int:
    """The person span's start without a portfolio's word before the name ("Sport [Maree Todd]")."""
    words = text[start:end].split()
    if len(words) >= 3 and enabled() and _OFFICE_LIST.search(text[max(0, start - 120):start]) \
            and _plain_word(words[0]):
        return start + len(words[0]) + 1
    return start


def tail(text: str, start: int, end: int) -> int:
    """The person span's end without a credit's label before its colon ("[Stefanie Dekker] Guests:"); asked after
    the span grew over the capitalised words after it."""
    words = text[start:end].split()
    if text[end:end + 1] == ":" and len(words) >= 3 and enabled() and _plain_word(words[-1]):
        return end - len(words[-1]) - 1
    return end


# Round 41: a sentence adverb the model glued to the name after it ("[Hopefully Darrell Issa] and company will ask
# her", "[Meanwhile Darrell Issa] said"): the corpus pass then made the glued form the canonical name of every
# "Darrell Issa" in the archive. A pure adverb of WordNet (no adjective, noun or verb reading: not "Early Warning",
# "Daily Mail", "Family First") ending in "-ly", or a discourse adverb ("Meanwhile", "However"), opening a sentence
# before two more words, is no part of a name or a body's name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”’‘(]\s*|\n)$")


@lru_cache(maxsize=1)
def _pure_adverbs() -> frozenset[str]:
    from .english_words import _lookups

    lookups = _lookups()
    if lookups is None:
        return frozenset()
    index = lookups.get_table("lemma_index")
    other = set(index.get("adj", [])) | set(index.get("noun", [])) | set(index.get("verb", []))
    # the "-ly" adverbs, and the discourse adverbs that open a sentence (not "Never Again Action", "Together for Yes")
    return frozenset(w for w in index.get("adv", []) if w.isalpha() and w.endswith("ly") and w not in other) \
        | _DISCOURSE


_DISCOURSE = frozenset({"meanwhile", "however", "nevertheless", "nonetheless", "moreover", "furthermore",
                        "therefore", "instead", "perhaps", "thus", "hence", "indeed", "also"})


def adverb_lead(text: str, start: int, end: int) -> int:
    """The span's start without a sentence adverb glued before the name (see _pure_adverbs); NEWSFACET_ADVERB_LEAD=0
    keeps it."""
    words = text[start:end].split()
    if len(words) < 3 or switches.get("NEWSFACET_ADVERB_LEAD", "1") == "0":
        return start
    first = words[0].rstrip(",")
    if first.lower() in _pure_adverbs() and first[:1].isupper() and _plain_word(first) \
            and _SENTENCE_START.search(text[max(0, start - 3):start]):
        return start + len(words[0]) + 1
    return start


# Round 55: a beauty pageant's title after "Miss" is no person: "Miss [Universe Zimbabwe] pageant", "the Miss
# [Namibia] organisation", "Miss [Iloilo-World]", and before its winner's name "Miss [Universe Australia Erin] McNaught".
# (dev: rappler2023, herald_zw2025, africa_newswire2022, dailymail_au2020, india_news2018, csmonitor2015 each filed
# such a title as a person.) The title's words are a pageant's own ("Universe", "World", "Teen") and the names of
# countries, continents and first-level regions ("India", "Africa", "Morobe"; no town's: "Miss Austin" is a surname), hyphened or not.
_PAGEANT_BEFORE = re.compile(r"(?:^|[^\w])(?:Miss|Mister)\s+$")
_PAGEANT_WORDS = {"universe", "world", "earth", "international", "intercontinental", "supranational", "grand", "teen",
                  "eco", "globe", "global", "tourism", "charm", "heritage", "africa", "asia", "europe", "america", "americas",
                  "oceania", "pacific", "caribbean", "latina"}
_TITLE_WORD = re.compile(r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*")


def pageant(text: str, start: int, end: int) -> int:
    """The person span's start past a pageant's title after "Miss" (``end`` when the whole span is the title)."""
    if not _PAGEANT_BEFORE.search(text[max(0, start - 8):start]) or not enabled():
        return start
    at = start
    while at < end:
        word = _TITLE_WORD.match(text, at, end)
        if not word or not all(_pageant_word(w) for w in word.group().split("-")):
            break
        at = word.end()
        while at < end and text[at] == " ":
            at += 1
    return at


@lru_cache(maxsize=4096)
def _pageant_word(word: str) -> bool:
    from . import places
    from .gazetteer import fold

    return fold(word) in _PAGEANT_WORDS or any(
        p.kind in ("country", "region") and fold(p.name).split()[0] == fold(word) for p in places.candidates(word))


def pageant_title(before: str, name: str) -> bool:
    """Whether ``name`` after the text ``before`` it is a pageant's title ("Miss " + "Namibia"): no honorific's name."""
    return bool(name) and pageant(before + name, len(before), len(before) + len(name)) == len(before) + len(name)
