"""A person's name the model glued onto the end of an organisation's span (round 55 of issue 11).

Wire and radio copy names a source by office, body and name in one run: "President of the [Victorian Farmers
Federation Simon Ramsay] says", "Chairman of [AWB International Ian Donges] says", "US ambassador to the [UN Samantha
Power] outlined", "[University of Sydney Fiona Stanaway] told the ABC". The small model tags the run as one ORG, so
the facet showed a body nobody else names and lost the person (dev: sixteen such organisation values in seven
corpora, as many again dropped as no body at all). On raw NER spans of one paragraph, an ORG span of three words or
more splits before its last two when they read as a person's name -- a given name of Faker's tables (two locales or
more) and a capitalised surname that is no body's, outlet's or firm's word nor a word of English other than a
common surname -- and a verb of speech or a clause
follows the span ("says", "told", "has", ","). The words before become an ORG span of their own only when they
name a body by themselves (an acronym, a known body, a body word: "Federation", "University of Sydney"); a
portfolio or a trade ("Agriculture", "Publican") goes. A given name and surname that make a place with the word
before ("Los Angeles", "Santa Cruz") or a known body's name stay whole. NEWSFACET_ORG_PERSON_TAILS=0 turns it off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import orgs, places, switches
from .faker_names import common_surnames, english_genders, shared_given_names
from .gazetteer import fold
from .surname_bearers import english_word

# Last words of a firm's, an outlet's or a team's name that no surname is ("Roy Morgan Research", "Salomon Smith
# Barney" is left to known_org; "Los Angeles Times", "McGuigan Simeon Wines").
_NOT_SURNAMES = {"times", "post", "news", "chronicle", "herald", "journal", "mail", "telegraph", "tribune", "gazette",
                 "review", "express", "star", "sun", "mirror", "observer", "guardian", "independent", "standard",
                 "record", "courier", "press", "presse", "today", "weekly", "daily", "international", "securities",
                 "properties", "partners", "associates", "capital", "airways", "airlines", "motors", "media", "foods",
                 "energy", "systems", "research", "wines", "tacos", "mine", "mines", "brothers", "sons", "estate"}
_AFTER = re.compile(r",|\s+(?:says|said|told|tells|argues|argued|believes|believed|explains|explained|warns|warned|"
                    r"adds|added|outlined|agrees|agreed|thinks|expects|welcomed|defended|has|had|is|was|will|would|"
                    r"who|also)\b")
_GIVEN = re.compile(r"[A-Z][a-z]+")
_THE = re.compile(r"^(?:the|The)\s+")  # (compiled once: _person_start reads every ORG span)
_SURNAME = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z’'\-]+")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_PERSON_TAILS", "1") != "0"


def split_people(text: str, spans: list) -> list:
    """``spans`` of one paragraph with each ORG span that ends on a glued person's name split (module docstring)."""
    if not enabled():
        return spans
    out = []
    for s in spans:
        cut = _person_start(text, s) if s.label == "ORG" else None
        if cut is None:
            out.append(s)
            continue
        body = text[s.start:cut].rstrip()
        if _names_a_body(body):
            out.append(replace(s, end=s.start + len(body), text=body))
        out.append(replace(s, start=cut, label="PERSON", text=text[cut:s.end]))
    return out


def _person_start(text: str, s) -> int | None:
    words = _THE.sub("", s.text).split()
    if len(words) < 3 or not _AFTER.match(text, s.end):
        return None
    given, surname = words[-2], words[-1]
    if not _GIVEN.fullmatch(given) or not _SURNAME.fullmatch(surname) or fold(surname) in _NOT_SURNAMES \
            or english_word(surname) and fold(surname) not in common_surnames():
        return None  # ("the Paris Club", "Australian Institute of Marine Science": a word of English is no surname
        # unless it is a common one, "Power", "Wilson")
    if fold(given) not in shared_given_names() or _body_word(surname) or orgs.known_org(s.text):
        return None
    if places.candidates(f"{words[-3]} {given}") or places.candidates(f"{given} {surname}"):
        return None  # "Los Angeles", "UC Santa Cruz": a place's name, not a person's
    if len(words) == 3 and not (_names_a_body(words[0]) or english_word(words[0])) \
            or fold(given) in common_surnames() and fold(given) not in english_genders():
        return None  # "Salomon Smith Barney": a firm of partners' names ("Smith" is no English given name)
    return s.end - len(given) - len(surname) - 1


# Heads of places, works and groups that no surname closing a glued name is ("Holy Trinity Church", "Breakthrough
# Urban Ministries": a saint's or a given name opens many such names).
_HEADS = {"church", "chapel", "cathedral", "mosque", "temple", "hospital", "clinic", "academy", "museum", "library",
          "theatre", "theater", "hall", "house", "club", "team", "band", "choir", "orchestra", "hotel", "restaurant",
          "cafe", "shop", "store", "market", "park", "garden", "gardens", "square", "street", "road", "bridge", "station",
          "stadium", "arena", "centre", "center", "ministries", "churches", "schools", "studios", "productions"}


def _body_word(word: str) -> bool:
    from .org_spans import BODY_LAST, LEGAL

    w = fold(word)
    return w in BODY_LAST | LEGAL | _HEADS or w.endswith("ies") and w[:-3] + "y" in BODY_LAST


def _names_a_body(words: str) -> bool:
    """An acronym, a known body, or a name holding a body word ("Victorian Farmers Federation", "Bank of England")."""
    bare = _THE.sub("", words)
    if not bare or orgs.known_org(bare) or re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", bare):
        return True
    return any(_body_word(w) for w in re.findall(r"[A-Za-z]+", bare))
