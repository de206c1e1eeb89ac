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

import os
import re

# An office whose portfolios the sentence lists right up to the holder's name: "Minister for A, B and ", "Secretary, "
_OFFICE_LIST = re.compile(r"\b(?:Minister|Ministers|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Director|"
                          r"Convener|Convenor|Chair)\b(?:\s+(?:for|of)\b)?[^.;:!?\"“”()]{0,80}(?:,|\band)\s$")


def enabled() -> bool:
    return os.environ.get("NEWSFACET_PERSON_EDGES", "1") != "0"


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
