"""Round 58: a person's name that opens a longer name of a building, a body, a prize or a law is no mention of the
person.

"[Ronald Reagan] Washington National Airport", "the [Jane Goodall] Institute", "near [Trump] Tower", "the [Magnitsky]
Act", "the [Johnny Carson] Theater": the model tags the person's name inside the thing named after them, and the
person facet counted the airport's story as the president's (a fresh CNN archive: three of "Ronald Reagan"'s five
articles were flights out of the airport). person_shapes gates a value most of whose mentions are such things; this
reads each mention: a person mention followed at once by up to MAX_BETWEEN capitalised words and a head noun of such a
thing (Airport, Institute, Tower, Act, Prize ...), all capitalised, leaves the facet (label NO_FACET, the mention
kept). Not across a possessive ("Brando's Academy Award", "Trump's Electoral College": the person's own), a connective
("John Terry and Wayne Bridge", "Watson of the Tax Foundation"), nor in a paragraph written in title case (a heading's
"Biden Signs Infrastructure Act"). NEWSFACET_NAMED_FACILITIES=0 turns it off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET

from . import switches

MAX_BETWEEN = 3
_HEADS = ("Airport|Airfield|Library|Stadium|Arena|Bridge|Hospital|Center|Centre|School|College|University|Institute|"
          "Museum|Memorial|Park|Highway|Boulevard|Avenue|Street|Road|Building|Hall|Tower|Towers|Dam|Foundation|"
          "Award|Awards|Prize|Act|Trophy|Cup|Medal|Scholarship|Fellowship|Lecture|Station|Terminal|Expressway|"
          "Freeway|Parkway|Plaza|Theatre|Theater|Auditorium|Gardens")
_CONNECTIVES = r"(?!(?:And|Of|The|For|In|At|On)\b)"
_NAMED_AFTER = re.compile(r"(?:\s%s[A-Z][\w.\-]*){0,%d}\s(?:%s)\b" % (_CONNECTIVES, MAX_BETWEEN, _HEADS))
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def enabled() -> bool:
    return switches.get("NEWSFACET_NAMED_FACILITIES", "1") != "0"


def _title_case(text: str) -> bool:
    """A heading's title case: four words or more and none of four letters or more in lower case (a sentence has
    its verbs and nouns: "Protesters gathered near Trump Tower")."""
    words = _WORD.findall(text)
    return len(words) >= 4 and not any(w[0].islower() and len(w) >= 4 for w in words)


def named_thing(para: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens the longer name of a thing (module docstring)."""
    return bool(_NAMED_AFTER.match(para, end)) and not _title_case(para)


def gate_named_facilities(articles) -> int:
    """Label NO_FACET the person mentions that open a building's, a body's, a prize's or a law's name. Returns how
    many."""
    if not enabled():
        return 0
    gated = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.label != NO_FACET and named_thing(a.paragraphs[m.paragraph].text, m.end):
                m.label = NO_FACET
                gated += 1
    return gated


# Round 63: the heads above and a town's street, school and club words, right after a bare word
_THING_AFTER = r"\s+(?:(?:%s|Collegiate|Secondary|Elementary|United|Rovers|Wanderers)\b|(?:St|Ave|Rd|Dr)\.)" % _HEADS


def things_named(article, words: set[str]) -> set[str]:
    """Round 63: which of ``words`` (bare names of the article) its text writes as the first word of a street's, a
    school's, a club's or a building's name ("Weber St. N.", "a soon-to-be Galt Collegiate graduate", "Hamilton
    United's reserve team"). There a bare "Weber" or "Galt" the model tags PERSON is as likely the street or the
    school, which a local paper writes about: a Waterloo daily's "roadworks on Weber" and "Galt's first championship"
    had linked to the archive's one Peter Weber and Heather Galt. NEWSFACET_NAMED_FACILITIES=0: none."""
    if not words or not enabled():
        return set()
    # (not a name's part after a hyphen, "the Warne-Muralitharan Trophy"; nor the surname of a person the article names
    # in full: "after Muralitharan, Chaminda Vaas" in a story writing "the post-Muttiah Muralitharan era")
    words = {w for w in words if not any(m.kind == "person" and len(m.value.split()) >= 2 and m.value.split()[-1] == w
                                         for m in article.mentions)}
    if not words:
        return set()
    rx = re.compile(r"(?<![\w\-’'])(%s)%s" % ("|".join(map(re.escape, sorted(words))), _THING_AFTER))
    return {m.group(1) for p in article.paragraphs for m in rx.finditer(p.text) if not _title_case(p.text)}
