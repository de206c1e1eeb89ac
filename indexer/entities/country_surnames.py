"""A country's or a first-level region's name as the last word of a person's name (round 55 of issue 11).

The article's full name may end with a country's name, a real surname ("Jim Jordan", "Steve Israel", "Joe
Montana") or the model gluing a country onto a name ("President Dr [ED Mnangagwa Zimbabwe] seeks", "[Tsai Taiwan]",
"[WaterAid Scotland]", "[Battleground Texas]"). The tagger linked every bare mention of that word the model tagged
GPE/LOC to the full name: in a dev Zimbabwe story nine "Zimbabwe and Ghana share cordial relations" became mentions
of the person "ED Mnangagwa Zimbabwe" and the article lost its country (dev: 13 "Taiwan", 8 "Scotland", 8 "Texas",
8 "Ohio" so; a fresh Canadian archive: 26 "Canada" under "Modern Canada"). The model's place reading of such a
word now stands when the full name opens with no given name (Faker's tables, two locales or more: "ED", "Tsai",
"WaterAid" open no person's name; "Montana was sacked once" stays Joe Montana), unless a title, an honorific or an
initial right before it or a verb of speech after it says a person ("Congressman Israel", "Y Nyanga", "Jordan
said") or the word is a common surname too (Faker's US and British tables: "Jordan", "Miranda"). The model's PERSON
tags link as before. NEWSFACET_COUNTRY_SURNAMES=0: every such mention links as before.
"""
from __future__ import annotations

import re

from . import name_titles, places, switches
from .faker_names import common_surnames, shared_given_names
from .gazetteer import fold

_INITIAL_BEFORE = re.compile(r"(?:^|[\s(])[A-Z]\.?\s$")  # "S Betsen, Y [Nyanga]"
_SAID_AFTER = re.compile(r"[’']?\s+(?:said|says|told|added|asked|wrote|argued|explained|insisted|replied|tweeted)\b")


def links(label: str, word: str, before: str, after: str, full: str) -> bool:
    """Whether a mention ``word`` (the last word of the article's person ``full``) the model tagged ``label`` may
    be that person."""
    if label not in ("GPE", "LOC") or switches.get("NEWSFACET_COUNTRY_SURNAMES", "1") == "0":
        return True
    if fold(full.split()[0]) in shared_given_names():
        return True  # a person's name opening with a given name ("Joe Montana", "Ann Maine"): the surname is theirs
    if not any(p.kind in ("country", "region") and fold(p.name) == fold(word) for p in places.candidates(word)) \
            or fold(word) in common_surnames():
        return True  # no country's or first-level region's name, or a common surname too ("Jordan", "Rivera")
    return name_titles.title_before(before) or name_titles.honorific_before(before) \
        or bool(_INITIAL_BEFORE.search(before[-4:]) or _SAID_AFTER.match(after))
