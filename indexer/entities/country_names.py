"""Countries by their official names: "Lao People's Democratic Republic", "Republic of Cuba", "Democratic
People's Republic of Korea".

GeoNames (the gazetteer) knows a country by its short name and common alternates, not always by the long form
state media, treaties and communiqués write; the model tags that form ORG and the org facet fills with countries.
ISO 3166-1 (pycountry) gives every country's official name and its ISO name, written "Korea, Republic of" with the
head first, read here head last. Each long form is one country's: no context is needed. A name the gazetteer
already holds is never overridden (gazetteer.lookup asks here only when it finds nothing).
NEWSFACET_COUNTRY_NAMES=0 turns the aliases off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches

_LEADING_THE = re.compile(r"^[Tt]he\s+")
_BRACKETS = re.compile(r"\s*\(.*?\)")


def enabled() -> bool:
    return switches.get("NEWSFACET_COUNTRY_NAMES", "1") != "0"


def long_forms(name: str) -> list[str]:
    """The forms an ISO country name is written in running text: "Korea, Republic of" -> "Republic of Korea";
    "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"; "the State of Eritrea" ->
    "State of Eritrea". A comma name that is not such an inversion ("Bonaire, Sint Eustatius and Saba") is a
    list, left out."""
    name = _BRACKETS.sub("", name).strip()
    if ", " in name:
        head, _, tail = name.partition(", ")
        if not re.search(r"\bof(?: the)?$", tail):
            return []
        name = f"{tail} {head}"
    name = _LEADING_THE.sub("", name)
    return [name] if len(name.split()) >= 2 else []


@lru_cache(maxsize=1)
def _official() -> dict[str, str]:
    """Folded long form -> ISO 3166-1 alpha-2 code."""
    import pycountry

    from .gazetteer import fold

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name"):
            for form in long_forms(getattr(c, attr, "") or ""):
                out.setdefault(fold(form), c.alpha_2)
    return out


def official_keys() -> frozenset[str]:
    """Every folded long form country_code() knows."""
    return frozenset(_official())


def country_code(key: str) -> str | None:
    """The ISO code of the country a folded name is the official long form of, else None."""
    code = _official().get(key)
    return code if code and enabled() else None


_SMALL = {"of", "the", "and"}


@lru_cache(maxsize=1)
def acronyms() -> dict[str, frozenset[str]]:
    """Initials of the official long forms ("Republic of Korea" -> "ROK" and "RK", "People's Republic of China"
    -> "PRC"), three letters or more, -> ISO alpha-2. Acronyms collide with bodies' ("RSS", "IRA"), so a caller
    reads one as its country only where the article talks about that country already (region_codes.py)."""
    import pycountry

    out: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name"):
            for form in long_forms(getattr(c, attr, "") or ""):
                words = [w for w in re.split(r"[\s\-]+", form) if w[:1].isalpha()]
                if len(words) < 2:
                    continue
                for keep_small in (True, False):
                    letters = "".join(w[0].upper() for w in words if keep_small or w.lower() not in _SMALL)
                    if len(letters) >= 3:
                        out.setdefault(letters, set()).add(c.alpha_2)
    return {k: frozenset(v) for k, v in out.items()}
