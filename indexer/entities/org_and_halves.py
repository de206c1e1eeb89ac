"""Round 50: one body's name the model tagged as two ORG spans either side of its "and".

"the Department of Environment" + "and" + "Heritage", "Farmers" + "and" + "Graziers Association", "the World
Travel" + "and" + "Tourism Council (WTTC)": each half was a value of its own, and neither is a body. (The untagged
second half is org_spans._run_past_and's; this is the case where the model tagged it.)

The second half must be no name of its own: one to four capitalised words of English (inflected or not: "Graziers",
"Studies"), no demonym, place, known body or outlet, not opened by "the" (which starts another noun phrase:
"the Bureau of Meteorology and the Greenhouse Office"), and not a legal form alone ("Merrill Lynch and Co" is left
to the company rules). Then, as for the untagged half:
- a first half of the "X of/for/on Y" kind goes on through a second half with no body word in it ("Ministry of
  Federal Education and Professional Training"; not "Department of Justice and Congress", two bodies);
- any other first half needs a second half ending in a body word while its own last word is none, and two words or a
  plural of English ("Farmers", "Ports"): a party's one word ("Labour and Green Party") stays apart.
NEWSFACET_ORG_AND_HALVES=0 leaves the halves apart.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import orgs, switches

_THE = re.compile(r"^(?:the|The)\s+")
_WORD = re.compile(r"[A-Z][a-z’'\-]+")
_OF_KIND = re.compile(r"\s(?:for|of|on)\s")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_AND_HALVES", "1") != "0"


def _ordinary(words: list[str]) -> bool:
    """Words of English, no demonym, and no one's name: WordNet lists people ("morgan", "stanley": "Bank of
    America and Morgan Stanley" are two banks), so an English given name or a common surname is no ordinary word."""
    from .english_words import inflected
    from .faker_names import common_surnames, english_genders
    from .gazetteer import fold
    from .junk import is_demonym

    names, surnames = english_genders(), common_surnames()
    return all(_WORD.fullmatch(w) and inflected(w) and not is_demonym(w) and fold(w) not in names
               and fold(w) not in surnames for w in words)


def _no_name(text: str, legal: set[str]) -> bool:
    """A second half that names nothing alone (see the module docstring)."""
    from . import places

    words = text.split()
    if not 1 <= len(words) <= 4 or _THE.match(text) or all(w.lower().rstrip(".") in legal for w in words):
        return False
    return _ordinary(words) and not (places.candidates(text) or orgs.known_org(text) or orgs.is_outlet(text)) \
        and not any(_sure_place(w) for w in words)


def _sure_place(word: str) -> bool:
    """A country or a big city ("Vanuatu": "Digicel and Vanuatu Broadcasting and Television Corporation"
    are two; found on held-out vbr_vanuatu2021), not a region or a village named like a word (Togo's "Maritime")."""
    from . import places

    return any(p.kind == "country" or p.kind == "city" and p.population >= places.BIG_CITY for p in places.candidates(word))


def _one_body(left_text: str, right_text: str, body_last: set[str], legal: set[str], last_word) -> bool:
    left = _THE.sub("", left_text)
    if orgs.known_org(left) or orgs.is_outlet(left):
        return False
    tail_body = last_word(right_text) in body_last | legal
    if _OF_KIND.search(left):
        from .gazetteer import fold
        from .org_evidence import _heads

        heads = _heads()  # (a body's word anywhere in it: "the Department of Justice and Congress" are two)
        return not tail_body and not any(fold(w) in heads for w in right_text.split())
    words = left.split()
    if not tail_body or last_word(left) in body_last | legal:
        return False
    if len(words) >= 2:
        return True
    from . import places

    return words[0].endswith("s") and _ordinary(words) and not places.candidates(words[0])


def join_halves(text: str, spans: list) -> list:
    """``spans`` of one paragraph, in order, with each such pair of ORG spans joined into one."""
    if not any(text[a.end:b.start] == " and " for a, b in zip(spans, spans[1:])) or not enabled():
        return spans  # (most paragraphs: no two spans either side of an "and")
    from .org_spans import BODY_LAST as body_last  # (org_spans calls this module: its names are read at call time)
    from .org_spans import LEGAL as legal
    from .org_spans import _last_word as last_word

    out: list = []
    for s in spans:
        left = out[-1] if out else None
        if left is not None and left.label == "ORG" and s.label == "ORG" and text[left.end:s.start] == " and " \
                and _no_name(s.text, legal) and _one_body(left.text, s.text, body_last, legal, last_word):
            out[-1] = replace(left, end=s.end, text=text[left.start:s.end])
            continue
        out.append(s)
    return out
