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
            else:
                # the title before the span, or inside it ("Pope Francis" tagged whole, valued "Francis")
                at = max(m.text.find(m.value), 0)
                if _REGNAL_BEFORE.search(a.paragraphs[m.paragraph].text[max(0, m.start - 16):m.start] + m.text[:at]):
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


def _dominated(articles_per_bearer: Counter) -> bool:
    """One bearer in DOMINANCE times the articles of all the others together (and in DOMINANCE at least)."""
    top = articles_per_bearer.most_common()
    return top[0][1] >= DOMINANCE and top[0][1] >= DOMINANCE * sum(n for _, n in top[1:])
