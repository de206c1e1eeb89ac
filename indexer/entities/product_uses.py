"""Round 44: a make written before the kind of thing it made, after "a" or someone's, is that thing, not the company.

"a black BMW sedan", "a Volkswagen T-Cross car", "her Chanel bag": a car or a bag in the story. org_words.weed drops such
mentions from the organisation facet, and the article's other mentions of the make ("the wrecked BMW" is the same
sedan) except where the maker acts ("Volkswagen said"). NEWSFACET_PRODUCT_USES=0 keeps only org_words' one-word reading
("a Lexus,").
"""
from __future__ import annotations

import re

from . import switches

# A make before the kind of thing it made, after "a" or someone's ("a black BMW sedan", "her Chanel bag", "a
# Volkswagen T-Cross car", "an Apple computer"): the thing, in every mention of the make in that article -- "the wrecked
# BMW" is the same sedan -- but where the maker acts (NEWSFACET_PRODUCT_USES=0: only _a_thing's one-word reading)
_MADE_THING = re.compile(r"^(?:\s+[A-Z][\w\-]*){0,3}\s+(?:car|vehicle|van|truck|ute|sedan|hatchback|SUV|4WD|jeep|"
                         r"motorbike|motorcycle|scooter|phone|smartphone|handset|laptop|tablet|computer|TV|camera|"
                         r"watch|sneaker|trainer|shoe|bag|handbag)s?\b")
_OWNER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur|[Ii]ts)\s+(?:[a-z$\d,\-]+\s+){0,2}$")


# ... unless the mention is the maker acting ("Volkswagen said", "BMW's spokesman")
_ACTS = re.compile(r"^(?:[’']s\s+spokes|\s+(?:said|says|announced|reported|told|confirmed|denied|declined|recalled|"
                   r"spokes(?:man|woman|person))\b)")


def enabled() -> bool:
    return switches.get("NEWSFACET_PRODUCT_USES", "1") != "0"


def product_use(article, m) -> bool:
    """Whether the mention is a make before the thing it made (see the module docstring; org_words asks enabled())."""
    para = article.paragraphs[m.paragraph].text
    return bool(_MADE_THING.match(para[m.end:m.end + 40]) and _OWNER_BEFORE.search(para[max(0, m.start - 30):m.start]))


def acts(article, m) -> bool:
    """Whether the mention is the maker acting: "Volkswagen said", "BMW's spokesman"."""
    return bool(_ACTS.match(article.paragraphs[m.paragraph].text[m.end:m.end + 30]))
