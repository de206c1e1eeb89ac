"""A broadcaster's programme named after its possessive is a title, not a place or a person (round 39 of issue 11).

"She told BBC One's Breakfast with Frost", "asked on ITV's Good Morning Britain", "the BBC's Network Africa
programme": the model tags the words of the programme's title as a place
("Breakfast" in six dev stories of a British archive, "Britain", "Africa") or a person ("Frost", counted as David
Frost in ten). After a broadcaster's possessive, a run of capitalised words opening with a word of English that no
given-name table holds ("Breakfast", "Good", "Network", "Dispatches") is a programme's title: the place and person
mentions inside it leave the facets (they stay mentions, NO_FACET). A run opening with a given name is the
broadcaster's journalist ("CNN's Jake Tapper", "CBS's Major Garrett") and stays (so does a title opening with a
word some table gives as a name: "Sky News' Sunday with Adam Boulton"). NEWSFACET_BROADCAST_TITLES=0
turns it off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET, Article

from . import switches

# A broadcaster by its name: the public and commercial networks English-language news names most, a channel's
# number ("BBC One", "ITV1", "Channel 4"), or any name closing with a broadcasting word ("Newstalk Radio", "Fox TV").
_BROADCASTER = (r"(?:BBC(?:\s+(?:One|Two|Three|Four|1|2|News|World(?:\s+Service)?|Radio\s+\w+))?|ITV\d?|Channel\s+\d|"
                r"Sky(?:\s+News)?|ABC|CBS|NBC|CNN|MSNBC|Fox(?:\s+News)?|PBS|NPR|RTÉ|RTE|TVNZ|RNZ|SBS|CBC|Al\s+Jazeera|"
                r"NHK|[A-Z][\w\-]+\s+(?:Radio|TV|FM|Television))")
_TITLE = (r"((?:[A-Z][\w’'\-]*)(?:\s+(?:(?:with|of|the|and|&)\s+)?[A-Z][\w’'\-]*)*)")
_PROGRAMME = re.compile(r"\b%s(?:[’']s|[’'])\s+%s" % (_BROADCASTER, _TITLE))


def enabled() -> bool:
    return switches.get("NEWSFACET_BROADCAST_TITLES", "1") != "0"


def _opens_title(word: str) -> bool:
    from .gazetteer import fold
    from .person_titles import given_words
    from .surname_bearers import english_word

    return english_word(word) and fold(word) not in given_words()


def settle_broadcast_titles(articles: list[Article]) -> int:
    """Place and person mentions inside a programme's title (the module docstring): NO_FACET. Returns how many."""
    if not enabled():
        return 0
    n = 0
    for a in articles:
        spans: dict[int, list[tuple[int, int]]] = {}
        for i, p in enumerate(a.paragraphs):
            if "’" not in p.text and "'" not in p.text:
                continue
            found = [(m.start(1), m.end(1)) for m in _PROGRAMME.finditer(p.text) if _opens_title(m.group(1).split()[0])]
            if found:
                spans[i] = found
        if not spans:
            continue
        for m in a.mentions:
            if m.kind in ("place", "person") and m.label != NO_FACET \
                    and any(s <= m.start and m.end <= e for s, e in spans.get(m.paragraph, ())):
                m.label, m.region, m.country = NO_FACET, None, None
                n += 1
    return n
