"""Round 36: a person's family name is the word the archive writes after "Mr" or "Dr", wherever it stands in the name.

Linking read a full name's LAST word as its surname everywhere: the bare "Hui" it is written alone as, the shared
surnames it gates, the cross-article links a bare word may take. Names written family name first ("Cheng Yu Tung",
"Wang Yi", "Kim Jong Un") or, in Hong Kong's style, after an English given name ("Herbert Hui Ho Ming",
"Donald Tsang Yam Kuen") have their family name elsewhere, and the archive says where: "Mr Cheng", "Mr Hui",
"Chief Executive Tsang". So:
- in an article, a bare name that is the second word of exactly one full name of three words or
  more, whose last word the article never writes alone, is that person ("Duncan Chui Tak Keung ... Mr Chui");
  the given name before it and given names after it (cast.ArticlePeople.full asks ``middle_family``);
- over the archive, a full name whose titled bare mentions use another word than its last one more often than
  the last one has that word as its family name (``learn``); linking keys the surname links and the
  shared-surname gate by it: "Hui" alone, the family name of Herbert Hui Ho Ming and Ronnie Hui Ka Wah, names
  nobody in particular; "Ping" alone is no longer "Gao Ping" once the archive writes "Mr Gao".
A royal, noble or religious title goes with a given name ("Prince Charles", "Sir Keir", "Pope Francis",
"Sheikh Mohammed"): it is no evidence. NEWSFACET_FAMILY_NAMES=0 turns both off.
"""
from __future__ import annotations

from collections import Counter

from search.model import NO_FACET, Article

from . import switches
from .faker_names import given_names
from .name_titles import title_word
from .people import FIRST_NAMES, surname_key, token_key

# Titles written before a given name, not a family name.
_GIVEN_TITLES = {"sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "saint", "st",
                 "sheikh", "sheikha", "emir", "sultan", "father", "sister", "brother", "imam", "mother", "uncle",
                 "aunt", "aunty", "auntie", "duke", "duchess", "emperor", "empress", "crown prince", "cardinal",
                 "archbishop", "bishop", "rev", "reverend"}


def enabled() -> bool:
    return switches.get("NEWSFACET_FAMILY_NAMES", "1") != "0"


def middle_family(key: str, forms, singles: set[str]) -> set[str]:
    """The article's full-name keys (``forms``: variant keys) of three words or more whose second word is ``key``,
    after a given name and before given names, and whose last word the article never writes alone (``singles``:
    token keys of its one-word names): "Duncan Chui Tak Keung" for "Chui", not "Victor Federal Savings"."""
    if not enabled():
        return set()
    return {k for k in forms if len(w := k.split()) >= 3 and w[1] == key and w[-1] not in singles
            and (w[0] in given_names() or w[0] in FIRST_NAMES) and _given_after([x.capitalize() for x in w[2:]])}


def learn(articles: list[Article]) -> dict[str, str]:
    """Full person value -> its family name as the value writes it, for values whose titled bare mentions ("Mr
    Hui") use a word other than the last one more often than the last one."""
    if not enabled():
        return {}
    votes: dict[str, Counter] = {}
    weight: Counter = Counter()  # articles per full person value
    for a in articles:
        weight.update({m.value for m in a.mentions if m.kind == "person" and " " in m.value and m.label != NO_FACET})
        for m in a.mentions:
            if m.kind != "person" or m.label == NO_FACET or " " in m.text.strip() or " " not in m.value:
                continue
            title = title_word(a.paragraphs[m.paragraph].text[:m.start])
            if not title or title in _GIVEN_TITLES:
                continue
            word = token_key(m.text.strip())
            written = next((w for w in m.value.split() if token_key(w) == word), None)
            if written is not None:
                votes.setdefault(m.value, Counter())[written] += 1
    # ... unless the word is the last word of people the archive names as often ("President Mnangagwa" beside the
    # glued "Mnangagwa Precabe Farm": Emmerson Mnangagwa's surname stays his)
    by_last: Counter = Counter()
    for value, n in weight.items():
        by_last[surname_key(value)] = max(by_last[surname_key(value)], n)
    out = {}
    for value, c in votes.items():
        words = value.split()
        (word, n), *_ = c.most_common()
        if surname_key(word) != surname_key(value) and n > c[words[-1]] and by_last[surname_key(word)] < weight[value] \
                and _given_after(words[words.index(word) + 1:]):
            out[value] = word
    from .east_asian_names import family_first

    for value, n in weight.items():  # round 66: "Xi Jinping", "Kim Jong Un" by their shape, where no title said
        word = None if value in votes else family_first(value)
        if word is not None and by_last[surname_key(word)] < n:
            out[value] = word
    return out


def _given_after(words: list[str]) -> bool:
    """Whether the words after a family name are given names: capitalised, each no word of English or a syllable of
    four letters at most ("Yu Tung", "Ho Ming", "Yam Kuen"; not "Obama [White House]", "Victor Federal [Savings]",
    a body the model read as a name)."""
    from .surname_bearers import english_word

    return bool(words) and all(w[:1].isupper() and (len(w) <= 4 or not english_word(w)) for w in words)


def family_key(value: str, learnt: dict[str, str]) -> str:
    """The key a bare mention of the person's family name has (people.surname_key's): the learnt word's, else the
    last word's."""
    word = learnt.get(value)
    return surname_key(word) if word else surname_key(value)


def family_word(value: str, learnt: dict[str, str]) -> str:
    """The person's family name as written: the learnt word, else the last word."""
    return learnt.get(value) or value.split()[-1]
