"""Body names that list their fields: "Ministry of Business, Innovation and Employment", "Department for
Environment, Food and Rural Affairs", "Bureau of Alcohol, Tobacco, Firearms and Explosives".

Governments name ministries, departments and schools by the portfolios they hold, written as a list with
commas and a closing "and". The span repair that splits a span the model glued over two bodies at its commas
("Astra, Izhevsk", "Coles, Bi-Lo") cut these into a wrong body ("Ministry of Business") and a fragment
("Innovation and Employment"); and the small model itself often stops at a comma or an "and" inside the list
("the Bureau of Alcohol, Tobacco" + "Explosives", "the School of Communication" + untagged ", Journalism and
Marketing").

A field list is: a body word ("Ministry", "Department", "School", ...) then "of", "for" or "on", then two or more
fields separated by commas (or "&") with "and" before the last. Each field is one to four capitalised words of
English (WordNet) -- no acronym, no body word ("HSBC and Tesco Bank", "Foreign Office and Treasury" are other
bodies), no title ("... and Special Initiatives Professor Ahsan Iqbal" stops before the title) and no name the
dictionary lacks ("University of California, San Francisco and Dorothy Caputo": a place and a person).
Round 32; ``NEWSFACET_ORG_FIELDS=0`` turns both the joining and the no-split rule off.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import switches
from .org_spans import BODY_LAST, LEGAL, NAME_LABELS

# The body words a field list follows (a list of portfolios names a public body or an academic unit).
_HEADS = BODY_LAST | {"directorate", "secretariat", "division", "faculty", "academy", "portfolio", "minister",
                      "ministers", "secretary", "commissioner", "tribunal", "court", "chamber", "chambers",
                      "confederation"}
# Body words that are also portfolios in a list ("Ministry of Public Service, Labour and Social Welfare",
# "Chamber of Commerce, Industries, Mines and Agriculture", "Department of Health and Human Services")
_FIELDS_TOO = {"industries", "services", "service", "exchange"}
_NOT_FIELDS = (BODY_LAST - _FIELDS_TOO) | LEGAL
# Words that name a body on their own: after a body's name they are a second body ("the Ministry of Defence and
# Treasury", "the Department of Justice and Congress"), never one of its fields.
_BODIES_ALONE = {"congress", "parliament", "senate", "cabinet", "treasury", "army", "navy", "police", "assembly",
                 "legislature", "government", "administration", "judiciary", "military", "presidency", "kremlin",
                 "pentagon", "council", "court", "courts"}
_HEAD = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for|on)\s+(?:the\s+)?")
_FIELD_WORD = re.compile(r"[A-Z][a-z\-]+(?![\w’'])")  # a whole word: "Price" of "PriceWaterhouseCoopers" is none
# a comma, a comma and "and", or "and" (an "&" separates fields but closes no list: "Center for Medicare & Medicaid
# Services Administrator" would run on); groups 1 and 2 hold the conjunction
_SEP = re.compile(r",\s+(?:(and|&)\s+)?|\s+(and|&)\s+")
_MAX_FIELD_WORDS = 4
_MAX_FIELDS = 8


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_FIELDS", "1") != "0"


@lru_cache(maxsize=16384)
def _field_word(word: str) -> bool:
    """A word of English (the forms WordNet lists under their stem too: "Fisheries", "Licensing") that is no
    body word, legal form, title, stop word ("Also" of a typo) or sizeable place (WordNet lists "Britain" and
    "Cambridge" as well)."""
    from .name_titles import TITLE_ONE_WORD
    from .person_titles import english
    from .surname_bearers import english_word

    low = word.lower()
    from spacy.lang.en.stop_words import STOP_WORDS

    if low in _NOT_FIELDS or low in _BODIES_ALONE or low in TITLE_ONE_WORD or low in STOP_WORDS or _big_place(word):
        return False
    return english_word(word) or low.endswith("ies") and english(low[:-3] + "y") \
        or low.endswith("ing") and (english(low[:-3]) or english(low[:-3] + "e"))


def _big_place(name: str) -> bool:
    """A country, a first-level region or a city of 100,000 people by that name ("Britain", "Cambridge")."""
    from . import places

    return any(p.kind in ("country", "region", "multi") or p.population >= 100_000 for p in places.candidates(name))


def _field(text: str, pos: int) -> int | None:
    """Where the field of up to four field words starting at ``pos`` ends, or None when none starts there."""
    end = None
    for _ in range(_MAX_FIELD_WORDS):
        m = _FIELD_WORD.match(text, pos)
        if not m or not _field_word(m.group()):
            break
        end = m.end()
        if not text.startswith(" ", end):
            break
        pos = end + 1
    return end


def _fields_end(text: str, pos: int) -> int | None:
    """Where a list of two or more fields starting at ``pos`` ends (after the field the last "and" opens), or
    None when no such list starts there."""
    closed = False
    for _ in range(_MAX_FIELDS):
        end = _field(text, pos)
        if end is None:
            return None  # no field where one was due ("Ministry of Defence and MI5")
        if closed:  # the field after the "and" closes the list, unless a body word goes on from it:
            after = _FIELD_WORD.match(text, end + 1) if text.startswith(" ", end) else None
            if after and after.group().lower() in BODY_LAST | LEGAL:
                return None  # "... of Technology, and Northwestern University": another body
            return end
        sep = _SEP.match(text, end)
        if not sep:
            return None  # a list closes with "and": "Ministry of Defence, Monday" is no list
        closed = "and" in (sep.group(1), sep.group(2))
        pos = sep.end()
    return None


def _list_in(name: str, head_before: int | None = None) -> tuple[int, int] | None:
    """(where the fields start, where they end) of the first field list a body word opens in ``name`` (one
    that ends before ``head_before``, when given: the body word must be the span's own)."""
    for m in _HEAD.finditer(name):
        if head_before is not None and m.end(1) > head_before:
            return None
        if m.group(1).lower() in _HEADS:
            end = _fields_end(name, m.end())
            if end is not None:
                return m.end(), end
    return None


def field_list(name: str) -> bool:
    """Whether ``name`` closes with a body's field list ("the Ministry of Youth, Sport, Arts and Recreation")."""
    if "," not in name and " and " not in name and "&" not in name or not enabled():
        return False  # (the shape first: asked of every organisation span)
    found = _list_in(name)
    return found is not None and name[found[1]:].strip(" ,.") == ""


def join_fields(text: str, spans: list) -> list:
    """``spans`` of one paragraph with each ORG span that opens a field list grown over the whole list, and the
    spans it then covers (the model's pieces of the list, "Explosives", "Welfare") dropped. A name of another
    kind inside the list (a place, a person) leaves the span as it was."""
    out: list = []
    until = -1
    for s in spans:
        if s.start < until:
            continue  # a piece of the list just joined
        if s.label == "ORG" and _HEAD.search(s.text) and enabled():  # (the switch read only where it matters)
            grown = _grown(text, s, spans)
            if grown is not s:
                out.append(grown)
                until = grown.end
                continue
        out.append(s)
    return out


def _grown(text: str, s, spans: list):
    window = text[s.start:s.start + 300]
    found = _list_in(window, len(s.text))
    if found is None:
        return s
    end = s.start + found[1]
    if end <= s.end:
        return s
    if any(o is not s and o.start < end and o.end > s.end and (o.label != "ORG" and o.label in NAME_LABELS
                                                            or o.start < s.end or o.end > end) for o in spans):
        return s  # a place or a person the model read inside the list, or a name running past it: no fields
    return replace(s, end=end, text=text[s.start:end])
