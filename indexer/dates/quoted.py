"""Relative days inside a quotation placed by the sentence before it.

A story tells when someone spoke ("... at a press conference on Saturday night.") and then quotes them
("There's blood on many hands tonight"): the quoted "tonight", "today", "yesterday" are the speaker's, so
they count from the day of the speech, not from publication. Only when the quote opens right after a
sentence that tells of the speech and ends on a past day (at most a part of the day between), in the same
paragraph. Seen sets: 1 such quote (handmade5), right; unannotated corpora: none (Texaco's "filed ... on
Sunday. \"... the stock today,\"" is why the sentence must tell of speaking). Round 9: also when a short
lead-in sentence hands over to the quote ("posted to Facebook on Sunday. It says, \"... Last night ...",
"her post from Thanksgiving. She writes, \"Today ..."); "last night" counts too. Seen sets: 2 (handmade6), both
right, none changed elsewhere; the 13 unannotated corpora have 2 lead-in quotes with a day word, neither after a
dated sentence, so unchanged.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from search.model import Mention

# Days from the speaker's day, for each relative day word ("this morning" is article.py's too).
SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
         "this morning": 0, "this afternoon": 0, "this evening": 0}
_WORD = re.compile(r"(today|tonight|yesterday|tomorrow|last\s+night)(?:'s|’s)?", re.I)
# A short sentence that only hands over to the quote: "... on Sunday. It says, \"", "... from Thanksgiving. She
# writes, \"". It is a speech verb itself, so the dated sentence before it need not be one.
_LEAD_IN = (r"(?:(?:It|She|He|They|The\s+(?:post|statement|message|letter|note))\s+(?:says|said|writes|wrote|reads|read)"
            r"\s*[,:]\s*)")
# The speech's day ends its sentence: "... on Saturday night. \"" (a part of the day may follow the span).
_SPEECH_END = re.compile(rf"^(?:\s+(?:morning|afternoon|evening|night))?\s*[.:]\s*(?P<lead>{_LEAD_IN})?[\"“]$", re.I)
_CLOSE_QUOTE = re.compile(r"[\"”]")
# The day must be the speech's: "said at a press conference on Saturday night." -- not "Texaco filed for
# protection on Sunday. \"That decision ... today,\" an analyst said", where the quote is from publication day.
_SPEECH = re.compile(r"\b(?:said|says|told|tells|press conference|news conference|interview|statement|speech|"
                     r"remarks|briefing|announced)\b", re.I)


def _sentence_before(text: str, at: int) -> str:
    """The sentence that runs up to ``at``."""
    cut = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    return text[cut + 1:at]


def inside_quote(before: str) -> bool:
    """Does the paragraph text ``before`` end inside a quotation (straight or curly quotes)?"""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def speaker_days(text: str, found: list[Mention], base: date | None) -> list[Mention]:
    if base is None:
        return found
    out = list(found)
    for i, m in enumerate(out):
        w = _WORD.fullmatch(m.text)
        if not w:
            continue
        opening = max(text.rfind('"', 0, m.start), text.rfind("“", 0, m.start))
        if opening < 0 or _CLOSE_QUOTE.search(text, opening + 1, m.start):
            continue
        spoken = [p for p in out if p.end <= opening and p.value == p.date_end and p.value < base.isoformat()
                  and not _WORD.fullmatch(p.text) and (end := _SPEECH_END.match(text[p.end:opening + 1]))
                  and (end["lead"] or _SPEECH.search(_sentence_before(text, p.start)))]
        if spoken:
            d = date.fromisoformat(spoken[-1].value) + timedelta(days=SHIFT[" ".join(w.group(1).lower().split())])
            out[i] = replace(m, value=d.isoformat(), date_end=d.isoformat())
    return out
