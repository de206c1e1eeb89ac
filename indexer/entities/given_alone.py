"""A bare given name shared by several people of the archive names nobody in particular.

Round 17 of issue 11. surname_links.gate_shared_surnames keeps a bare surname of two or more people ("Singh", "Rao") out
of the person facet; the given name left alone is the same thing from the other end: "Tom", "Max", "Kyle",
"John", "Ahmad" written alone -- a child in one story, a reality-show contestant in another, a cut of "Kyle and
Jackie O" -- became person values that lump those people together. On the judged top-100 person values of 14
archives, 10 of the 11 one-word values that opened the full names of two or more different people were wrong;
the right one had a bearer who dominates (below).
A name the archive writes after a regnal or papal title ("Pope Francis", "Prince Charles", "King Charles") is
a reign's name and stays: the title says who it is wherever it is written. So does a name one bearer
dominates, as linking does for surnames (DOMINANCE times the articles of all the others: "Brendan" is Brendan Cox
in a 2016 UK archive). The mentions stay (highlighted, stored), labelled NO_FACET. NEWSFACET_GIVEN_ALONE=0 turns
the gate off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET, Article

from . import switches
from .gazetteer import fold
from .name_titles import royal_styled
from .people import surname_key
from .surname_bearers import DOMINANCE

MIN_BEARERS = 2  # different people (surnames) of the archive opening their full names with the word
_REGNAL_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?:King|Queen|Prince|Princess|Pope|Emperor|Empress|Duke|Duchess|"
                            r"Saint|St\.?|Sheikh|Sheikha|Sultan|Crown Prince)\s+$")


def gate_shared_given_names(articles: list[Article]) -> int:
    """Label NO_FACET the one-word person values that open the full names of MIN_BEARERS or more different
    people of the archive (see the module docstring). Returns the number of mentions gated."""
    if switches.get("NEWSFACET_GIVEN_ALONE", "1") == "0":
        return 0
    bearers: dict[str, Counter] = {}  # folded given name -> articles per surname of the people carrying it
    regnal: set[str] = set()  # one-word values the archive writes after a regnal title
    for a in articles:
        pairs = set()
        for m in a.mentions:
            if m.kind != "person":
                continue
            words = m.value.split()
            if len(words) >= 2:
                pairs.add((fold(words[0]), surname_key(m.value)))
            elif _regnal(a, m):
                regnal.add(fold(m.value))
        for given, surname in pairs:
            bearers.setdefault(given, Counter())[surname] += 1
    shared = {g for g, c in bearers.items() if len(c) >= MIN_BEARERS and not _dominated(c)} - regnal
    done = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.label != NO_FACET and len(m.value.split()) == 1 and fold(m.value) in shared:
                m.label = NO_FACET
                done += 1
    return done


def _regnal(a, m) -> bool:
    """Whether a one-word person mention has a regnal title before its span or inside it ("Pope Francis" tagged whole,
    valued "Francis")."""
    at = max(m.text.find(m.value), 0)
    return bool(_REGNAL_BEFORE.search(a.paragraphs[m.paragraph].text[max(0, m.start - 16):m.start] + m.text[:at]))


def _dominated(articles_per_bearer: Counter) -> bool:
    """One bearer in DOMINANCE times the articles of all the others together (and in DOMINANCE at least)."""
    top = articles_per_bearer.most_common()
    return top[0][1] >= DOMINANCE and top[0][1] >= DOMINANCE * sum(n for _, n in top[1:])


# Round 66: the same word with one bearer names that bearer. A celebrity archive wrote "Kourtney", "Kylie", "Kanye"
# alone in 9, 8 and 7 articles that never name them in full, beside "Kourtney Kardashian", "Kylie Jenner", "Kanye
# West" elsewhere: twin values of one person each. A bare given name takes its one bearer's full name when the bearer
# is named in full in MIN_FULL articles or more, and in half as many at least as the bare word stands alone; the word
# is nobody's family name in the archive, nor a reign's name, and the model tags it PERSON where it stands alone.
MIN_FULL = 3


def link_sole_given_names(articles: list[Article]) -> int:
    """Give the one-word person values opening the full names of one person only that person's full name (see
    above; NEWSFACET_SOLE_GIVEN_NAMES=0: never). Returns the number of mentions linked."""
    if switches.get("NEWSFACET_SOLE_GIVEN_NAMES", "1") == "0":
        return 0
    full: dict[str, dict[str, Counter]] = {}  # folded first word -> surname key -> full values, by articles
    families, regnal, alone, tagged = set(), set(), Counter(), Counter()
    for a in articles:
        values = {m.value for m in a.mentions if m.kind == "person" and m.label != NO_FACET}
        for v in values:
            if " " in v and royal_styled(v):
                regnal.add(fold(v.split()[-1]))  # "Prince Harry": a "Harry" alone may be his, whoever else is Harry
            elif " " in v:
                full.setdefault(fold(v.split()[0]), {}).setdefault(surname_key(v), Counter())[v] += 1
                families.add(surname_key(v))
        firsts = {fold(v.split()[0]) for v in values if " " in v}
        alone.update({fold(v) for v in values if " " not in v} - firsts)
        regnal.update(fold(m.value) for m in a.mentions if m.kind == "person" and " " not in m.value and _regnal(a, m))
        tagged.update({fold(m.value) for m in a.mentions if m.kind == "person" and m.label == "PERSON"
                       and " " not in m.value})
    target, barred = {}, families | regnal
    for word, n in alone.items():
        bearers = Counter({key: sum(c.values()) for key, c in full.get(word, {}).items()})
        if not bearers or word in barred or tagged[word] * 2 < n \
                or len(bearers) > 1 and not _dominated(bearers):
            continue  # (a slip beside the one bearer, "Kanye West Diss Song", is dominated: no bearer)
        key, articles_full = bearers.most_common(1)[0]
        if articles_full >= max(MIN_FULL, n / 2):
            target[word] = full[word][key].most_common(1)[0][0]
    if not target:
        return 0
    from .name_uses import given_name_before

    # The bearer's company: the other people and bodies of the articles naming the bearer in full. An article where the
    # word stands alone names the bearer only where it shares some of that company ("Kanye" beside Kim Kardashian; not
    # "Liam" of a One Direction story in an archive whose one Liam in full is Liam Hemsworth, beside Miley Cyrus).
    company: dict[str, set[str]] = {v: set() for v in target.values()}
    for a in articles:
        values = {m.value for m in a.mentions if m.kind in ("person", "org") and m.label != NO_FACET}
        for v in values & company.keys():
            company[v] |= values - {v}
    done = 0
    for a in articles:
        values = {m.value for m in a.mentions if m.kind in ("person", "org") and m.label != NO_FACET}
        firsts = {fold(v.split()[0]) for v in values if " " in v}
        for m in a.mentions:
            word = fold(m.value) if m.kind == "person" and m.label != NO_FACET and " " not in m.value else None
            if word not in target or not values - {m.value} & company[target[word]] \
                    or any(f.startswith(word) for f in firsts):  # ("Alex" beside the article's Alexander Skarsgard)
                continue
            para = a.paragraphs[m.paragraph].text
            if given_name_before(para[max(0, m.start - 80):m.start]) or _AGE_AFTER.match(para, m.end):
                continue  # "his mother, Patricia", "lamented Abrar, 62,": somebody's own, somebody in the story
            m.value = target[word]
            done += 1
    return done


_AGE_AFTER = re.compile(r",\s+\d{1,3},")
