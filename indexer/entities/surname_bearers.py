"""Whom an article's bare surname names: its own text may write another bearer's given name before it.

Round 16 of issue 11. Where surnames are shared by many people (a Nepali archive's Sharma, Poudel, Lamichhane;
any archive's Smith), a bare surname is linked to the wrong full name when the article's own text names a
different bearer the model did not tag: "According to Som Prasad Lamichhane, director ... said Lamichhane" (no
PERSON span on the full name) was linked across articles to the archive's one "Prem Lal Lamichhane"; "said Pradip
Poudel" (only "Poudel" found) was linked within its article to "Ram Chandra Poudel". The word right before the
surname tells: a capitalised word that is no English word, title or stop word and not one of the candidate's own
names is the given name of another person of that surname. NEWSFACET_SURNAME_BEARERS=0 turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from search.model import Article

from . import switches
from .gazetteer import fold

# A name shared by several bearers names the most written-about one only when it leads this much: in DOMINANCE
# times the articles of all the others together (surname linking, bare given names, surnames filed as orgs).
DOMINANCE = 4

_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘]))([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")


def enabled() -> bool:
    return switches.get("NEWSFACET_SURNAME_BEARERS", "1") != "0"


def english_word(word: str) -> bool:
    """A word of English (WordNet, as person_titles.english), plurals too ("Conservatives")."""
    from .person_titles import english

    low = word.lower()
    return english(low) or low.endswith("s") and english(low[:-1]) or low.endswith("es") and english(low[:-2])


@lru_cache(maxsize=16384)
def _name_word(word: str) -> bool:
    """A capitalised word that can only be part of a name: no English word, title, stop word or people."""
    return not (english_word(word) or _TITLE_OR_STOP(word))


def given_before(before: str) -> str | None:
    """The name word written right before a surname (``before``: the text up to it), folded, or None."""
    m = _BEFORE.search(before[-30:])
    return fold(m.group(1)) if m and _name_word(m.group(1)) else None


def other_bearer(before: str, full: str) -> bool:
    """Whether the text before a surname names a person other than ``full``: a name word not in ``full``."""
    if not enabled():
        return False
    word = given_before(before)
    return word is not None and word not in {fold(w) for w in full.split()}


def article_bearers(article: Article, surname: str) -> set[str]:
    """The folded name words the article writes right before ``surname`` anywhere in its text."""
    if not enabled() or not surname[:1].isupper():
        return set()
    pattern = re.compile(r"(?<=\s)%s\b(?![\w\-])" % re.escape(surname))
    out = set()
    lower = None  # the article's words written in lower case, on first need
    for p in article.paragraphs:
        if surname not in p.text:
            continue
        for m in pattern.finditer(p.text):
            word = given_before(p.text[:m.start()])
            if word:
                out.add(word)
            elif english_given_names():
                # round 36: a given name that is also a word of English ("Angus Taylor", "Rose Smith"), which the
                # article never writes in lower case, is another bearer's given name too
                m2 = _BEFORE.search(p.text[:m.start()][-30:])
                if m2 and fold(m2.group(1)) in _given_names() and not _TITLE_OR_STOP(m2.group(1)):
                    if lower is None:
                        lower = set(re.findall(r"\b[a-z]+\b", " ".join(q.text for q in article.paragraphs)))
                    if m2.group(1).lower() not in lower:
                        out.add(fold(m2.group(1)))
    return out


def english_given_names() -> bool:
    return switches.get("NEWSFACET_ENGLISH_GIVEN", "1") != "0"


def _given_names() -> frozenset[str]:
    from .faker_names import shared_given_names

    return shared_given_names()  # ("Angus", not "Captain": Faker's English table lists words too)


@lru_cache(maxsize=4096)
def _TITLE_OR_STOP(word: str) -> bool:
    """A title, stop word, nationality or people's name: never a given name before a surname."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .junk import is_demonym
    from .name_titles import NATIONALITY_NOUNS, TITLE_RE
    from .people import _STOP_BEFORE

    low = word.lower()
    return bool(low in STOP_WORDS or TITLE_RE.match(word + " ") or low in _STOP_BEFORE or low in NATIONALITY_NOUNS
                or is_demonym(word))
