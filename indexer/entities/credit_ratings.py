"""Round 45: a credit rating the model tagged ORG is no organisation.

A wire's ratings briefs ("S and P cut the company's senior debt to BBB-minus from BBB-plus", "The issue is rated a
top-flight AAA by Standard and Poor's", "downgraded to DP-8 (high BBB)") name grades the model tags ORG: "BBB" was
a value of six dev articles (reuters21578), beside "CCC", "AAA" and "BBB-plus" -- a grade, not a body. A mention
is a grade when its text is one (the agencies' letter grades, with a number, a sign or "-plus"/"-minus") and its
paragraph reads as a rating: an agency, a rating verb or the debt it rates around it. The same letters naming a
body in another sentence ("The Commodity Credit Corporation (CCC) has switched ...", "a CCC spokesman") stay the
body's. NEWSFACET_CREDIT_RATINGS=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches

_GRADE = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|DDD|DD|D|Aaa|Aa|Baa|Ba|Caa|Ca)[1-3]?(?:[+\-]|-plus|-minus)?")
# a rating sentence: an agency, a rating verb, the grade scale's words or the debt a grade is given to
_RATING = re.compile(r"\b(?:rat(?:e|ed|es|ing|ings)|downgrad\w*|upgrad\w*|affirm\w*|outlook|investment[- ]grade|"
                     r"junk|credit ?watch|Standard (?:and|&) Poor[’']?s|S ?(?:and|&) ?P|Moody[’']?s|Fitch|"
                     r"Duff (?:and|&) Phelps|DP-\d+|(?:senior|subordinated) debt|commercial paper|preferred stock)\b",
                     re.I)
# ... or a move along the scale: two grades after "to" and "from" ("reduced to BBB-minus and A-3 from BBB")
_MOVE = re.compile(r"\b(?:to|from)\s+(?:AAA|AA|BBB|BB|CCC|Aaa|Baa|Caa|[A-D])[1-3]?(?:[+\-]|-plus|-minus)?(?=[\s,.;)]|$)")
WINDOW = 160  # characters either side of the grade: its sentence, or the one before it in a brief


def enabled() -> bool:
    return switches.get("NEWSFACET_CREDIT_RATINGS", "1") != "0"


def is_grade(para: str, start: int, end: int) -> bool:
    """Whether the span para[start:end] is a credit rating in a rating sentence."""
    if not _GRADE.fullmatch(para[start:end]) or not enabled():
        return False
    around = para[max(0, start - WINDOW):end + WINDOW]
    return bool(_RATING.search(para[max(0, start - WINDOW):start]) or _RATING.search(para[end:end + WINDOW])
                or len(_MOVE.findall(around)) >= 2)
