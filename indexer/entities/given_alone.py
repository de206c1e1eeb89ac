"""A bare given name shared by several people of the archive names nobody in particular.

Round 17 of issue 11. linking._gate_shared_surnames keeps a bare surname of two or more people ("Singh", "Rao") out
of the person facet; the given name left alone is the same thing from the other end: "Tom", "Max", "Kyle",
"John", "Ahmad" written alone -- a child in one story, a reality-show contestant in another, a cut of "Kyle and
Jackie O" -- became person values that lump those people together. On the judged top-100 person values of 11
archives, every one-word value that opened the full names of two or more different people was wrong (10 of 10).
A name the archive writes after a regnal or papal title ("Pope Francis", "Prince Charles", "King Charles") is
a reign's name and stays: the title says who it is wherever it is written. The mentions stay (highlighted,
stored), labelled NO_FACET. NEWSFACET_GIVEN_ALONE=0 turns the gate off.
"""
from __future__ import annotations

import os
import re

from search.model import NO_FACET, Article

from .gazetteer import fold
from .people import surname_key

MIN_BEARERS = 2  # different people (surnames) of the archive opening their full names with the word
_REGNAL_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?:King|Queen|Prince|Princess|Pope|Emperor|Empress|Duke|Duchess|"
                            r"Saint|St\.?|Sheikh|Sheikha|Sultan|Crown Prince)\s+$")


def gate_shared_given_names(articles: list[Article]) -> int:
    """Label NO_FACET the one-word person values that open the full names of MIN_BEARERS or more different
    people of the archive (see the module docstring). Returns the number of mentions gated."""
    if os.environ.get("NEWSFACET_GIVEN_ALONE", "1") == "0":
        return 0
    bearers: dict[str, set[str]] = {}  # folded given name -> surnames of the people carrying it
    regnal: set[str] = set()  # one-word values the archive writes after a regnal title
    for a in articles:
        for m in a.mentions:
            if m.kind != "person":
                continue
            words = m.value.split()
            if len(words) >= 2:
                bearers.setdefault(fold(words[0]), set()).add(surname_key(m.value))
            else:
                # the title before the span, or inside it ("Pope Francis" tagged whole, valued "Francis")
                at = max(m.text.find(m.value), 0)
                if _REGNAL_BEFORE.search(a.paragraphs[m.paragraph].text[max(0, m.start - 16):m.start] + m.text[:at]):
                    regnal.add(fold(m.value))
    done = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.label != NO_FACET and len(m.value.split()) == 1:
                key = fold(m.value)
                if len(bearers.get(key, ())) >= MIN_BEARERS and key not in regnal:
                    m.label = NO_FACET
                    done += 1
    return done
