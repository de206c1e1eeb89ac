"""Round 31: a name of two or three words that closes one longer name of its article.

Long names reach the facet cut: the small model tags "Felix Kwakye Ofosu" once and "Kwakye Ofosu" after,
"Rafael Caro Quintero" then "Caro Quintero", "Elizabeth Colbert Busch" then "Ms. Colbert Busch", "J. Russell
George" then "Inspector General Russell George". Each part became a person of its own beside the full name
(two values for one person in the person facet), and the bare surname ("Ofosu") linked to neither: two full
names ended with it. A part links to the one longer name of the article it closes when the words it lacks,
before it, are given names of the tables or initials ("Rafael", "J.", "Felix") -- not a title ("Cde", "Atty"
are in no table) nor a possessive ("McLaren's Lando Norris"). Not a part written right after a name word of
its own ("Pawlu Borg Bonaci" is not "Carmelo Borg Bonaci"), nor a part named in a roll of names (five person
spans in its paragraph: a list of soldiers holds "Ullah Khan" and "Zahid Ullah Khan", two men).
A part that opens a longer name ("Josep Borrell" of "Josep Borrell Fontelles") is left alone: its last word
is the surname its article's bare mentions link by ("Mr Fuentes" of "Jose Fuentes Garcia").
NEWSFACET_PART_NAMES=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import switches
from .gazetteer import fold
from .name_titles import TITLE_RE
from .people import PARTICLES
from .surname_bearers import _BEFORE as _WORD_BEFORE
from .surname_bearers import _name_word

# Person names in one paragraph that make it a roll of names, whose short and long names may be two people.
ROLL = 5
_INITIAL = re.compile(r"[A-Z]\.?$")
_POSSESSIVE = re.compile(r"[’']s?$")


def enabled() -> bool:
    return switches.get("NEWSFACET_PART_NAMES", "1") != "0"


@lru_cache(maxsize=16384)
def front_word(word: str) -> bool:
    """A word a full name may hold before its part: an initial or a given name of the tables, no title."""
    from .person_titles import given_words

    if _POSSESSIVE.search(word) or TITLE_RE.match(word + " "):
        return False
    return bool(_INITIAL.match(word)) or fold(word) in given_words()


def completed(words: list[str], forms: dict[str, Counter], shown) -> str | None:
    """The key of the one longer name in ``forms`` (variant key -> forms as written) that the name whose key
    words are ``words`` closes, given names or initials before it; ``shown(key)``: the key's name as written."""
    n = len(words)
    if not 2 <= n <= 3 or words[0] in PARTICLES:
        return None  # ("de Havilland", "del Ponte": cast.full's particle rule, for a span it reads)
    found = set()
    for key in forms:
        kw = key.split()
        if not n < len(kw) <= n + 2:
            continue
        if kw[-n:] == words and all(front_word(w) for w in shown(key).split()[:len(kw) - n]):
            found.add(key)
    return next(iter(found)) if len(found) == 1 else None


def wholes(forms: dict[str, Counter], shown, cands, paragraphs, key_of) -> dict[str, str]:
    """Part key -> the longer name's key, for the article's parts (see the module docstring). ``cands``: the
    article's spans (the parts' places); ``key_of``: a span text's variant key."""
    if not enabled():
        return {}
    out = {k: whole for k in forms if (whole := completed(k.split(), forms, shown))}
    if not out:
        return out
    named = Counter(c.paragraph for c in cands if c.label == "PERSON")
    for c in cands:
        key = key_of(c.text)
        whole = out.get(key)
        if whole is None:
            continue
        full = shown(whole).split()
        before = _WORD_BEFORE.search(paragraphs[c.paragraph].text[max(0, c.start - 30):c.start]) \
            if c.paragraph < len(paragraphs) else None
        other = before and before.group(1) not in full and (front_word(before.group(1)) or _name_word(before.group(1)))
        if named[c.paragraph] >= ROLL or other:
            del out[key]
    return out

