"""A country's name as the last word of a person's name (round 55 of issue 11).

The article's full name may end with a country's name, a real surname ("Jim Jordan", "Steve Israel", "Tom
Holland") or the model gluing a country onto a name ("President Dr [ED Mnangagwa Zimbabwe] seeks",
"[Tsai Taiwan]", a pageant's "Miss [Supranational Philippines]"). The tagger linked every bare mention of that word
the model tagged GPE/LOC to the full name: in a dev Zimbabwe story nine "Zimbabwe and Ghana share cordial
relations" became mentions of the person "ED Mnangagwa Zimbabwe" and the article lost its country (rnz_solomons
2018 dev: 13 "Taiwan" so). The model's place reading of a country's name now stands unless a title or honorific
right before it or a verb of speech right after it says a person ("Congressman Israel", "Representative Jordan",
"Jordan said"); the model's PERSON tags link as before. NEWSFACET_COUNTRY_SURNAMES=0: every such mention links as before.
"""
from __future__ import annotations

import re

from . import name_titles, places, switches
from .gazetteer import fold

_SAID_AFTER = re.compile(r"[’']?\s+(?:said|says|told|added|asked|wrote|argued|explained|insisted|replied|tweeted)\b")


def links(label: str, word: str, before: str, after: str) -> bool:
    """Whether a mention ``word`` (the full name's last word) the model tagged ``label`` may be that person."""
    if label not in ("GPE", "LOC") or switches.get("NEWSFACET_COUNTRY_SURNAMES", "1") == "0":
        return True
    if not any(p.kind == "country" and fold(p.name) == fold(word) for p in places.candidates(word)):
        return True
    return name_titles.title_before(before) or name_titles.honorific_before(before) or bool(_SAID_AFTER.match(after))
