"""Past-looking words that are no past verb, so they give a date's clause no past tense (tense._cues).

"a self-imposed Dec. 22 deadline", "a U.S.-backed force": a past participle joined by a hyphen to the word
before it is a compound adjective. "a revised tax bill", "the expanded programme": an "-ed" word between a
determiner and the noun it qualifies is an adjective. "a tax cut bill", "a BoE rate cut": "cut" (and "hit",
"set", "put") right after a determiner or a noun of what is cut is a noun. Each was read
as a past verb, turning the year of a coming holiday or deadline backwards ("will try to pass a tax cut bill
ahead of the Dec. 25 Christmas holiday" -> the Christmas before).
"""
from __future__ import annotations

import re

# A hyphen right after a word ("self-", "U.S.-", "long-"), not a dash ("--") and not a verb prefix
# ("re-elected", "co-founded", "pre-recorded": still a verb).
_HYPHEN_BEFORE = re.compile(r"(?<![-\w])(?!(?:re|co|pre|un|over|out|under|mis|de|non)-$)[\w.]*\w\.?-$", re.I)
_DETERMINER = r"\b(?:a|an|the|its|their|his|her|our|your|my)\s+"
_DETERMINER_BEFORE = re.compile(rf"{_DETERMINER}(?:\w+ly\s+)?$", re.I)
# The noun the adjective qualifies: a lower-case word that is no preposition, conjunction or article.
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|by|for|to|from|with|of|and|or|but|that|which|who|the|a|an|as|than|"
                         r"into|over|after|before|since|until|through|up|down|out|off|back|last|next|this|its)\b)[a-z][\w-]*")
_NOUN_VERBS = {"cut", "hit", "set", "put"}
# Right after a determiner ("a cut", "the hit") or a noun of what is cut ("tax cut"); not after a determiner and a
# noun, where it is the verb ("The storm hit the coast").
_CUT_NOUN_BEFORE = re.compile(rf"(?:{_DETERMINER}|\b(?:tax|rate|price|job|pay|budget|spending|production|"
                              r"output|wage|interest[- ]rate|supply)\s+)$", re.I)


def not_a_verb(clause: str, start: int, end: int) -> bool:
    """Is the past cue ``clause[start:end]`` an adjective or a noun rather than a past verb?"""
    word, before = clause[start:end].lower(), clause[:start]
    if _HYPHEN_BEFORE.search(before):
        return True
    if word.endswith("ed") and _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(clause[end:]):
        return True
    return word in _NOUN_VERBS and bool(_CUT_NOUN_BEFORE.search(before))
