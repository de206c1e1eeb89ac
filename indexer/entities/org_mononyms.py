"""Round 66: a person known by one name ("Beyoncé", "Drake", "Fergie") the model tags ORG in article after article.

(Or GPE: the same archive's unaccented "Beyonce", a place no gazetteer knows. Its mentions the gazetteer does not
locate count with the ORG ones.)

The small model reads a lone unfamiliar word as a body. org_words.weed files a name tagged ORG as a person where its
article marks it as one, but only for a name tagged so in two articles or fewer: a name tagged ORG across the archive
is mostly a company named after people ("Coles Myer", "Ford"). A celebrity archive had "Beyoncé" as an organisation
in 18 articles and "Drake" in 16 -- "after Beyoncé announced she and Jay Z were expecting twins", "his wife, Beyoncé",
"Canadian rapper and on-off boyfriend Drake". Such a word is a person when
- the articles mark it as a person in several of them (two at least, and an eighth of its articles): a role or a
  kinship word before it in small letters ("rapper Drake", "his wife, Beyoncé"), "she"/"he" after its verb, a family
  word after its possessive, an age in commas, or a role in apposition after "a"/"the" ("X, the pop star,"). Not
  org_person_cues' looser cues: its list with a person made Kashmir a person ("Azad Jammu and Kashmir", beside the
  person the model made of "Azad Jammu"), and its apposition Oxfam ("she'd worked for Oxfam, she was a campaigner")
  and Marvel ("characters from Marvel, Star Wars, Disney") on held-out parts read after the round's scoring;
- nothing marks it as a business or a party (surname_orgs' cues: "Ford shares", "Disney's board"; one mention in ten
  at most);
- it is shaped like a name: capitalised, no acronym, no place, never written in lower case in its articles.
NEWSFACET_ORG_MONONYMS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import orgs, switches
from .gazetteer import fold

CUE_SHARE = 8  # marked as a person in one article of this many at least (celebrity copy seldom says what one is)
MIN_MARKED = 2
BODY_SHARE = 10  # business cues on more than one mention in this many: a body too
_KIN_BEFORE = re.compile(r"\b(?:boyfriend|girlfriend|fianc[eé]e?|husband|wife|ex|sister|brother|mom|mum|dad|daughter|"
                         r"son|bff|pal|rapper|singer|star|superstar|diva|songstress|hitmaker)\s*,?\s+$")
# ... a family word after its possessive ("Beyoncé's twins", "Drake's ex"; not a band's "album" or "tour")
_FAMILY_AFTER = re.compile(r"^[’']s\s+(?:new\s+|former\s+|estranged\s+)?(?:girlfriend|boyfriend|ex|ex-\w+|baby|"
                           r"babies|"
                           r"twins|pregnancy|mom|mum|dad|sister|brother|kids|children|fianc[eé]e?|bump)\b"
                           r"|^,\s+\d{1,2},\s")  # (or an age in commas: "Beyonce, 36, was")
# ... "she"/"he" after its verb ("Beyoncé announced she", "Drake admits he"; not "in Kashmir when he", "IRNA said he")
_PRONOUN_AFTER = re.compile(r"^\s+(?!(?:said|says|told|tells|reported|reports|added|adds)\b)[a-z]+(?:ed|s)"
                            r"\s+(?:she|he)\b")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_MONONYMS", "1") != "0"


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """A role in apposition after "a"/"the", in small letters ("X, the pop star,"): org_person_cues' role words."""
    from .org_person_cues import _ROLE_WORDS

    return re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,3}" + _ROLE_WORDS + r"\b")


def _marked(article, m) -> bool:
    from .org_person_cues import _ROLE_RIGHT_BEFORE

    para = article.paragraphs[m.paragraph].text
    before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 80]
    apposition = _apposition().match(after)
    return bool(_KIN_BEFORE.search(before[-30:]) or _PRONOUN_AFTER.match(after) or _FAMILY_AFTER.match(after)
                or _ROLE_RIGHT_BEFORE.search(before[-40:]) or apposition)


# A name's shape: a capital, then small letters ("Beyoncé", "O'Neal"): no "CTVNews.ca", no "iPhone", no "MLB"
_NAME_WORD = re.compile(r"[A-Z][a-zß-ÿ]+(?:[’'\-][A-Za-zß-ÿ]+)?")


def _candidate(m) -> bool:
    word = m.text.strip()
    return (m.kind == "org" or m.kind == "place" and m.country is None and m.region is None) \
        and bool(_NAME_WORD.fullmatch(word)) and " " not in m.value and (m.value == word or fold(m.value) == fold(word))


def refile_mononyms(articles) -> int:
    """File the org mentions (and the unlocated place mentions) of such words as people's. Returns how many mentions
    moved."""
    if not enabled():
        return 0
    from . import places
    from .cast import plausible_person
    from .surname_orgs import _business_cue

    spread: dict[str, set[int]] = defaultdict(set)  # folded word ("Beyonce", "Beyoncé") -> articles
    shown: dict[str, Counter] = defaultdict(Counter)  # ... -> its spellings
    for i, a in enumerate(articles):
        for m in a.mentions:
            if _candidate(m):
                spread[fold(m.value)].add(i)
                shown[fold(m.value)][m.value] += 1
    wide = {k for k, arts in spread.items() if len(arts) > 2 and not any(
        orgs.known_org(v) or orgs.is_outlet(v) for v in shown[k])}
    if not wide:
        return 0
    marked: dict[str, set[int]] = defaultdict(set)
    uses, firm = Counter(), Counter()
    for i, a in enumerate(articles):
        for m in a.mentions:
            if _candidate(m) and (k := fold(m.value)) in wide:
                uses[k] += 1
                firm[k] += _business_cue(a.paragraphs[m.paragraph].text, m.start, m.end)
                if _marked(a, m):
                    marked[k].add(i)
    people = {k: shown[k].most_common(1)[0][0] for k in wide
              if len(marked[k]) >= max(MIN_MARKED, len(spread[k]) / CUE_SHARE) and firm[k] * BODY_SHARE <= uses[k]
              and all(plausible_person(v) and not places.candidates(v) for v in shown[k])
              and not _lower_case(k, [articles[i] for i in spread[k]])}
    moved = 0
    for a in articles if people else ():
        for m in a.mentions:
            if _candidate(m) and (k := fold(m.value)) in people:
                m.kind, m.value, m.region, m.country = "person", people[k], None, None
                moved += 1
    return moved


def _lower_case(key: str, articles) -> bool:
    """Whether its articles write the word (``key``: folded) in lower case too ("usher", "drake" of a duck)."""
    from anyascii import anyascii

    low = re.compile(rf"(?<![\w’'\-]){re.escape(key)}(?![\w’'\-])")
    return any(low.search(p.text if p.text.isascii() else anyascii(p.text)) for a in articles for p in a.paragraphs)
