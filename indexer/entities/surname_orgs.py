"""A person's surname filed as an organisation: one entity, one facet (part of people linking).

The small model tags a famous surname ORG in one article out of many ("voted for Trump", "blasting
Trump"; "Rouhani", "Farage" once each), where the article names nobody in full to link it to, and the org
facet then lists the person. The archive itself says whom the word names: in most of the articles that
use it, it is the surname of one person the archive names in full. Such an org mention is that person's,
linked to the full name, when
- one full name of the archive carries the surname (or one carries it in far more articles than all
  others together: surname_bearers.DOMINANCE, as surname linking);
- the word is that person's surname, linked to the full name, in at least two articles and in at least
  twice as many articles as it is an org value ("Ford" the maker and Christine Blasey Ford stay apart);
- the archive does not use the word as a business or a party ("Disney shares", "Umno members": person_bodies
  cues on at least one mention in ten);
- the word is not an ordinary English word where it appears ("Leave" of "Vote Leave", "Law", "Garden":
  written in lower case as often as capitalised in its articles).
NEWSFACET_SURNAME_ORGS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from search.model import NO_FACET, Article

from . import switches
from .people import surname_key
from .person_bodies import _BODY_AFTER, _BODY_BEFORE, _FIRM_AFTER, _FIRM_BEFORE
from .surname_bearers import DOMINANCE

MIN_PERSON = 2  # articles where the word links to the full name
RATIO = 2  # ... at least this many times the articles where it is an org value
CUE_SHARE = 10  # business or party cues on one mention in this many: the word names a body too


def enabled() -> bool:
    return switches.get("NEWSFACET_SURNAME_ORGS", "1") != "0"


def _word(m) -> bool:
    return " " not in m.text and m.text[:1].isupper() and not m.text.isupper() and m.label != NO_FACET


def _business_cue(para: str, start: int, end: int) -> bool:
    after, before = para[end:end + 40], para[max(0, start - 40):start]
    return bool(_FIRM_AFTER.match(after) or _FIRM_BEFORE.search(before) or _BODY_AFTER.match(after)
                or _BODY_BEFORE.search(before))


# After a lower-case word or a comma, where a capital means a name and not a sentence's start.
_MID_SENTENCE = re.compile(r"(?:(?<![\w’'\-])[a-z][\w’'\-]*|,)\s+$")


def _named(word: str, bearer: str, low: Counter, cap: Counter) -> bool:
    """The word and the bearer's first word are names, not ordinary words, where the word is used; the bearer
    has no possessive inside ("Cox’s Twitter" is a span, not a person)."""
    if re.search(r"[’']s\b", bearer):
        return False
    return all(low[w.lower()] <= cap[w.lower()] for w in (word, bearer.split()[0]))


def refile_surname_orgs(articles: list[Article]) -> int:
    """File org mentions of a word the archive reads as one person's surname under that person. Returns
    how many mentions moved."""
    if not enabled():
        return 0
    bearers: dict[str, Counter] = defaultdict(Counter)  # surname key -> full names, by articles
    linked: Counter = Counter()  # word -> articles where it links to a full name
    filed: Counter = Counter()  # word -> articles where it is an org value
    for a in articles:
        for v in {m.value for m in a.mentions if m.kind == "person" and m.label != NO_FACET and len(m.value.split()) >= 2}:
            bearers[surname_key(v)][v] += 1
        linked.update({m.text for m in a.mentions if m.kind == "person" and _word(m) and m.value != m.text})
        filed.update({m.text for m in a.mentions if m.kind == "org" and _word(m) and m.value == m.text})
    target: dict[str, str] = {}
    for word, n in filed.items():
        if linked[word] < max(MIN_PERSON, RATIO * n):
            continue
        ranked = bearers.get(surname_key(word), Counter()).most_common()
        if not ranked or sum(c for _, c in ranked[1:]) * DOMINANCE > ranked[0][1]:
            continue
        target[word] = ranked[0][0]
    if not target:
        return 0
    uses, cues, low, cap = Counter(), Counter(), Counter(), Counter()
    # the word, and the bearer's first word: "Vote" of "Vote Leave" is no given name
    checked = {w.lower() for w in target} | {v.split()[0].lower() for v in target.values()}
    pattern = re.compile(r"(?<![\w’'])(%s)(?![\w’'\-])" % "|".join(re.escape(w) for w in checked), re.I)
    for a in articles:
        for m in a.mentions:
            if m.text in target and m.kind in ("person", "org"):
                uses[m.text] += 1
                if _business_cue(a.paragraphs[m.paragraph].text, m.start, m.end):
                    cues[m.text] += 1
        if not any(m.text in target for m in a.mentions):
            continue
        for p in a.paragraphs:  # written in lower case mid-sentence: an ordinary word ("leave", "law")
            for hit in pattern.finditer(p.text):
                w = hit.group(1)
                if _MID_SENTENCE.search(p.text[max(0, hit.start() - 30):hit.start()]):
                    (low if w[:1].islower() else cap)[w.lower()] += 1
    target = {w: v for w, v in target.items() if cues[w] * CUE_SHARE < uses[w] and _named(w, v, low, cap)}
    moved = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.text in target and m.value == m.text and m.label != NO_FACET:
                m.kind, m.value, m.region, m.country = "person", target[m.text], None, None
                moved += 1
    return moved
