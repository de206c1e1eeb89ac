"""Round 63: "a Black woman", "queer Black people", "Black and Asian people": a people's adjective, capitalised as
North American style writes it since 2020, is nobody's name.

The model tags the capitalised adjective ORG or PERSON when no noun of its own follows ("its Black creators", "A Black
man dies"); a fresh Canadian archive (Toronto Star, CTV, 2020) listed "Black" as an organisation of ten articles, and
"White" and "Black" alone are surnames as well, so the words cannot join junk.PEOPLES ("Indigenous", which is no
surname, does). Here the one-word span "Black", "White" or "Brown" is no mention where the sentence goes on as an
adjective's does: a noun of people or of their lives after it, perhaps behind one more adjective ("Black trans
women", "Black business owners"), or a list of such adjectives ("Black, Indigenous and people of colour", "Black and
Asian people"). "Black said", "Black's novels", "Jack Black" are the person. NEWSFACET_IDENTITY_WORDS=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches

WORDS = frozenset({"Black", "White", "Brown"})
_NOUNS = (r"people|persons?|man|men|woman|women|boys?|girls?|child|children|kids|youths?|teens?|teenagers?|students?|"
          r"residents?|voters?|communit(?:y|ies)|neighbou?rhoods?|famil(?:y|ies)|creators?|artists?|musicians?|"
          r"writers?|authors?|leaders?|owners?|business(?:es)?|entrepreneurs?|workers?|employees?|staff|officers?|"
          r"administrators?|educators?|teachers?|doctors?|nurses?|patients?|mothers?|fathers?|parents?|folks?|"
          r"individuals?|customers?|colleagues?|athletes?|players?|lives|life|history|culture|identity|experiences?|"
          r"voices?|representation|hair|joy|excellence|neighbou?rs|talent|scholars?|journalists?|activists?|"
          r"organizers?|organisers?|comedians?|actors?|actresses|filmmakers?|candidates?|drivers?|victims?")
_AFTER = re.compile(r"(?:\s+[a-z][a-z\-]*)?\s+(?:%s)\b|,?\s+(?:and|or)\s+(?:Indigenous|Asian|Latin[oax]|Hispanic|"
                    r"White|Black|Brown|racialized|people of colou?r)\b|,\s+(?:Indigenous|Asian|Latin[oax])\b" % _NOUNS)


def adjectival(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` is such a people's adjective (module docstring)."""
    return text[start:end] in WORDS and bool(_AFTER.match(text, end)) \
        and switches.get("NEWSFACET_IDENTITY_WORDS", "1") != "0"
