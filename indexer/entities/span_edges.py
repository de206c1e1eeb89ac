"""The edges of a name's span: what the model took in around the name and trim drops (quotes, bullets, "the", a
trailing preposition or possessive, an embedded post's link, emoji), and the dots that belong to it ("U.S.",
"Calif.", "Ford Motor Co."). Moved out of spans.py in round 55 (one concept per module); spans.candidates calls trim on
every part of every span.
"""
from __future__ import annotations

import re
import unicodedata

from .regions import STATE_ABBREVIATION_WORDS

# trim's patterns, compiled once: it runs on every part of every span
LEAD = re.compile(r"^(?:[\s\"“'‘•\-–(]+|(?:the|The)\s+)+")
_LOW_TAIL = re.compile(r"(?:\s+(?:on|in|at|of|and|the|to|for))+$")  # round 34: "for" ("University of Waikato for")
_TAIL = re.compile(r"(?:[’']s?|[\s\"”'’,.:;()\-])+$")
_LOW_ENDS, _TAIL_ENDS = ("on", "in", "at", "of", "and", "the", "to", "for", "\n"), "’'s\"”,.:;()-"  # (how matches end)

_CUT_COMPOUND = re.compile(r"\s+Co$")  # (round 23) "Co-leader", "Co-operation" cut at the hyphen
# Round 55: a capitalised title after the hyphen too ("Scottish Green Party Co-Leader"), not a name's own compound
# ("Co-Operative Bank").
_CO_TITLE = re.compile(r"-(?:[Ll]eader|[Cc]hair\w*|[Ff]ounder|[Dd]irector|[Pp]resident|[Hh]ost|[Cc]onvenor|[Cc]aptain)\b")
_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+[A-Z]$")
# An embedded post's hashtag or link the model ran a name into ("Brexit #EUref pic.twitter.com/o0fo9ZHig9"):
# round 30, no name goes on past it.
_WEB_TAIL = re.compile(r"\s+(?:#\w|pic\.twitter\.com|https?://|www\.)")


# Abbreviations that end a name with their own dot, as news copy writes them and news NER keeps them: a company's
# legal form ("Ford Motor Co.", "Manpower Inc.", "WORLDSOURCES, INC.") and a US state's wire-style abbreviation
# ("Fresno, Calif.", "Hartford, Conn."). Cutting the dot made each such mention a miss against newswire gold
# (ieer1998 dev: 37 org and 15 place mentions) and left the bare "Conn"/"Mass" to read as words.
_LEGAL_DOTTED = {"co", "cos", "corp", "inc", "ltd", "plc", "bros", "pty", "bhd"}
_LAST_WORD = re.compile(r"(?:^|[\s,])([A-Za-z][A-Za-z.]*)$")


def _dotted_end(span: str) -> bool:
    """Whether the span's last word takes the dot after it: a legal form after a name, or a state abbreviation."""
    last = _LAST_WORD.search(span)
    if not last:
        return False
    word = last.group(1)
    if word.lower() in _LEGAL_DOTTED:
        return last.start(1) > 0  # "Co." alone is no name
    return word in STATE_ABBREVIATION_WORDS


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop articles, quotes, bullets, trailing prepositions and a possessive from the edges of a span."""
    s = text[start:end]
    lead = LEAD.match(s)
    if lead:
        start += lead.end()
    s = text[start:end]
    web = _WEB_TAIL.search(s) if "#" in s or "/" in s or "www." in s else None
    if web and web.start() > 0:
        end = start + web.start()
        s = text[start:end]
    low_tail = _LOW_TAIL.search(s) if s.endswith(_LOW_ENDS) else None  # "The Hague on" -> "The Hague"
    if low_tail:
        end = start + low_tail.start()
        s = text[start:end]
    tail = _TAIL.search(s) if s[-1:] in _TAIL_ENDS or s[-1:].isspace() else None
    if tail and tail.start() > 0:
        end = start + tail.start()
        if text[end:end + 1] == "." and (_INITIALS_END.search(text[start:end]) or _dotted_end(text[start:end])):
            end += 1  # "U.S.", "U.N.", "Calif.", "Ford Motor Co.": the last dot belongs to the abbreviation
    cut = _CUT_COMPOUND.search(text[start:end]) if text[end:end + 1] == "-" else None
    if cut and (text[end + 1:end + 2].islower() or _CO_TITLE.match(text, end)):
        end = start + cut.start()  # "Green Party Co" + "-leader": the model stopped inside a compound word
    # round 39: emoji and other symbols an embedded post glues to a name ("Adam Hughes🇮🇪", "™"): never part of it
    while end > start and (_symbol(text[end - 1]) or end - 1 > start and text[end - 1].isspace() and _symbol(text[end - 2])):
        end -= 1
    while start < end and _symbol(text[start]):
        start += 1
    return start, end


def _symbol(ch: str) -> bool:
    """A pictograph, a flag's letters, a trademark sign or an invisible joiner: no letter of any name."""
    return unicodedata.category(ch) in ("So", "Sk", "Cf", "Co", "Cn") or ch == "\ufe0f"


# Round 60: the water's name the model cut before its "of" ("[Gulf] of Mexico", "[Bay] of Bengal"): the scan then found
# the country alone, and "Gulf" lumped the Gulf of Mexico with the Persian Gulf (a Reuters archive: 8 of 26). One word
# after it: "[Gulf] of Carpentaria Commercial Fishermen" is a body's name.
_WATER_HEAD = re.compile(r"(?:^|\s)(?:Gulf|Sea|Bay|Straits?|Bight|Isle)$")
_OF_NAME_AFTER = re.compile(r" of (?:the )?[A-Z][\w’'\-]+(?![\w’'\-]| [A-Z])")


def water_name_end(text: str, start: int, end: int) -> int | None:
    """The end of a water's name that runs on past the span text[start:end] ("Gulf" + " of Mexico"), or None."""
    from . import switches

    after = _OF_NAME_AFTER.match(text, end) if _WATER_HEAD.search(text[start:end]) else None
    return after.end() if after and switches.get("NEWSFACET_WATER_OF_AFTER", "1") != "0" else None
