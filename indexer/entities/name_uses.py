"""Round 36: a bare name the sentence shows is nobody's surname, so it links to no full name of another article.

Cross-article linking gave a bare word the archive's one full name ending with it. Judged on 13 dev archives, its
wrong links were mostly words the sentence itself marks as something else than a surname:
- a GIVEN NAME: after a kin word ("her sister Morgan", "daughters Emma and Victoria") or a royal title ("Prince
  Charles", "Sheikh Mohammed") -- place_surnames reads the same sentences so for one-word places; here such a
  word stays bare (and linking's later gates decide whether a bare given name keeps a facet value);
- a PART OF A NAME: before "'s" and the kind of thing named after someone ("Valentine's Day", "Hawke's Bay",
  "Martha's Vineyard" is no Vineyard person, but "King's College", "St Patrick's Cathedral"): the mention is
  labelled NO_FACET, as it names no person at all.
NEWSFACET_GIVEN_WORD_USES=0 turns both off.
"""
from __future__ import annotations

import re

from . import switches
from .place_surnames import _KIN_BEFORE

_GIVEN_TITLE_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?:King|Queen|Prince|Princess|Duchess|Sheikh|Sheikha|Pope|Emperor|"
                                 r"Empress|Sir|Dame)\s+$")
# What is named after somebody: a day or a feast, a landform or a water, a building or an institution.
_NAMED_AFTER = re.compile(r"^[’']s\s+(?:Day|Eve|Night|Birthday|Bay|Island|Islands|Point|Head|Creek|Cove|Peak|Hill|"
                          r"Harbour|Harbor|Sound|Reach|Gully|Crossing|Landing|Lane|Wood|Park|Vineyard|Cathedral|"
                          r"Church|Chapel|College|Hospital|School|Inn|Square|Gate|Bridge|Road|Street|Well|Castle)\b")


def given_word_uses() -> bool:
    return switches.get("NEWSFACET_GIVEN_WORD_USES", "1") != "0"


def given_name_before(before: str) -> bool:
    """Whether the text right before a one-word name marks it as a given name: a kin word or a royal title."""
    return bool(_KIN_BEFORE.search(before[-80:]) or _GIVEN_TITLE_BEFORE.search(before[-12:]))


def named_in_full(after: str) -> bool:
    """Whether the text right after a one-word name makes it the possessive part of a longer name ("'s Day")."""
    return bool(_NAMED_AFTER.match(after))
