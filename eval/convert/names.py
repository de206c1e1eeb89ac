"""Names, not descriptions: word-class rules that cut a shipped entity mention down to the name our gold keeps.

For converters of sets whose annotators marked more than names (re3d so far): pronouns, roles ("The Foreign
Secretary"), descriptions ("the Asad regime", "the camp"). The rules go by word class
(articles, titles, capitalisation, settlement nouns), never by particular names; see eval/convert/re3d.py
for what they do to a set, with examples.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

ARTICLES = {"the", "a", "an"}
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "your",
            "his", "its", "their", "who", "this", "that", "these", "those"}
CALENDAR = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# titles, ranks and offices that come before a person's name (a word class; cut up to the last one)
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "hon",
    "president", "vice", "prime", "minister", "secretary", "foreign", "defence", "defense", "state", "general",
    "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl",
    "corporal", "pte", "private", "adm", "admiral", "cmdr", "commander", "brig", "brigadier", "marshal",
    "navy", "army", "air", "force", "marine", "marines", "senior", "chief", "petty", "officer", "special",
    "advisor", "adviser", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
    "prince", "princess", "sheikh", "emir", "sultan", "imam", "ayatollah", "mayor", "governor", "senator",
    "sen", "rep", "representative", "deputy", "chancellor", "premier", "chairman", "director", "commissioner",
    "high", "under", "assistant", "staff", "sergeant-major", "airman", "seaman", "specialist", "spc", "pfc",
    "designate", "elect", "minister-designate", "secretary-general", "secretary-designate", "hrh", "fco",
    "mod", "un", "us", "u.s.", "uk", "eu",
}
ROLES = {"secretary", "advisor", "adviser", "envoy", "general", "minister", "spokesman", "president",
         "ambassador", "commander"}  # an org span holding one of these and a name is a person's role
ORG_GLUE = {"of", "and", "for", "the", "on", "in", "to", "against", "de", "des", "du", "al"}
PARTICLES = {"al", "bin", "ibn", "bint", "abu", "el", "de", "da", "du", "di", "van", "von", "der", "den", "la",
             "le", "del", "dos", "y", "ul", "ud"}
SETTLEMENT_NOUNS = {"city", "town", "village", "port", "province", "governorate", "region", "district", "area",
                    "suburb", "neighbourhood", "neighborhood", "municipality", "county"}


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # zero-width marks (U+200B-U+200F) separate words too: "Minister\u200e Haider"
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\s\u200b-\u200f]+", text[start:end])]


def _bare(word: str) -> str:
    return word.strip(".,;:'\"’‘“”()").lower()


def _capitalised(word: str) -> bool:
    last = re.split(r"[-‐]", word.strip(".,;:'\"’‘“”()"))[-1]
    return bool(last) and (last[0].isupper() or last[0].isdigit())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in "‘'\"“"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "." or unicodedata.combining(text[end - 1])
                               or (text[end - 1] == ")" and "(" in text[start:end])):
        end -= 1
    if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
        end -= 2
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    if end - start > 1 and text[start] in "‘'\"“" and not any(q in text[start + 1:end] for q in "’'\"”"):
        start += 1  # an opening quote without its closing one
    return start, end


def _common(w: str) -> bool:
    """An article or a lower-case word that is no name particle ("of", "spokesman"; not "al-Abadi", "de")."""
    return _bare(w) in ARTICLES or (w[0].islower() and _bare(w) not in PARTICLES
                                    and not w.lower().startswith(("al-", "el-", "bin-")))


def _acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a person mention: the run of capitalised words after the last title ("Russian Foreign
    Minister Sergei Lavrov"), or before a comma or article ("Boris Johnson, ..."); a mention whose last word is
    a title or a common word is a role, not a name ("The Foreign Secretary", "Central Command spokesman")."""
    words = _words(text, start, end)
    if not words:
        return None
    last = text[words[-1][0]:words[-1][1]]
    if _common(last) or _bare(last) in TITLES:
        return None
    every_caps = all(_acronym(text[ws:we]) for ws, we in words)
    n = len(words)
    # from the end, back over capitalised words that are neither titles nor (in mixed case) acronyms
    while n > 0:
        w = text[words[n - 1][0]:words[n - 1][1]]
        if n < len(words) and (w.endswith(",") or _common(w) or _bare(w) in TITLES
                               or (_acronym(w) and not every_caps)):
            break
        n -= 1
    words = words[n:]
    return _trim(text, words[0][0], words[-1][1]) if words else None


def _place(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name(s) in a place mention: after a settlement noun + "of" ("the port city of Tartus"), after the
    last common word ("eastern Aleppo", "west of Damascus"), without a settlement noun after it ("Idlib
    province"); "Rome, Italy" is two places."""
    words = _words(text, start, end)
    while len(words) > 1 and _bare(text[words[-1][0]:words[-1][1]]) in SETTLEMENT_NOUNS:
        words = words[:-1]
    if not words:
        return []
    inner = [n for n, (ws, we) in enumerate(words) if _common(text[ws:we]) and _bare(text[ws:we]) != "of"]
    if inner and not _common(text[words[-1][0]:words[-1][1]]):
        words = words[inner[-1] + 1:]
    while words and _bare(text[words[0][0]:words[0][1]]) == "of":
        words = words[1:]
    if not words:
        return []
    s, e = words[0][0], words[-1][1]
    pieces = [(s + p.start(), s + p.end()) for p in re.finditer(r"[^,]+", text[s:e])]
    if len(pieces) > 1 and all(_capitalised(text[a:b].strip()) for a, b in pieces):
        return pieces
    return [(s, e)]


def name_ok(text: str, start: int, end: int, kind: str, demonyms: set[str]) -> bool:
    words = [text[a:b] for a, b in _words(text, start, end)]
    if not words or not _capitalised(words[0]) or not _capitalised(words[-1]):
        return False
    bare = [_bare(w) for w in words]
    if len(words) == 1 and bare[0] in PRONOUNS | TITLES - {"us", "u.s.", "uk", "eu", "un"}:
        return False
    if all(b in CALENDAR or b.isdigit() for b in bare):
        return False
    if kind == "org" and (re.match(r"\d+\s", text[start:end]) or bare[-1] in ROLES or any(
            b in ROLES and not _common(nxt) for b, nxt in zip(bare, words[1:]))):
        return False  # "300 ANG Airmen", "US Secretary", "U.S. Army General Joseph": a count or a person
    if kind == "org" and any(_common(w) and _bare(w) not in ORG_GLUE for w in words):
        return False  # "Syrian news agency Sana", "Arab element of the SDF": a description
    if len(words) == 1 and (bare[0] in demonyms or (bare[0].endswith("s") and bare[0][:-1] in demonyms)):
        return False  # "Iraqi", "Syrians": a nationality, not a name of ours
    return True


def clean(text: str, start: int, end: int, kind: str, demonyms: set[str]) -> list[tuple[int, int]]:
    """Our span(s) for one re3d mention, [] when it is no name under our convention."""
    start, end = _trim(text, start, end)
    words = _words(text, start, end)
    while words and _bare(text[words[0][0]:words[0][1]]) in ARTICLES and len(words) > 1:
        words = words[1:]
    if not words:
        return []
    start, end = words[0][0], words[-1][1]
    spans = [(start, end)]
    if kind == "person":
        got = _person(text, start, end)
        spans = [got] if got else []
    elif kind == "place":
        spans = _place(text, start, end)
    out = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if e > s and name_ok(text, s, e, kind, demonyms):
            out.append((s, e))
    return out


def sentence_initial_common(text: str, start: int, end: int, lower_words: Counter) -> bool:
    """One word at a sentence start that the corpus otherwise writes in lower case ("Refugees", "Donors")."""
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = text[:start].rstrip(" \"“‘'")
    return (not before or before[-1] in ".!?:\n") and lower_words[word.lower()] > 0
