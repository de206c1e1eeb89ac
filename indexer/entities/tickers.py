"""Round 50: stock tickers in wire copy ("Apple Inc ( AAPL.O )", "EADS ( EAD.PA )", "Merrill Lynch <MER>").

A financial wire writes a listed company's ticker in brackets after its name. The model tags the ticker ORG: a Reuters
business archive had seventeen ticker values in its org facet ("AAPL.O" in 7 articles, "MSFT.O" in 6). A ticker is
no value of any facet (``is_ticker``). And the bracket after a name says the name is a listed company
(``ticker_after``): firms named like people ("Fannie Mae", "Bear Stearns") and single words ("EADS", "Allianz")
had no other cue and were hidden from the facet.

A ticker is a Reuters instrument code -- one to six capitals or digits, an optional share-class tail ("VOWG_p"), a dot
and an exchange's letters ("AAPL.O", "6758.T", "UBSN.VX") -- or, in the 1980s wire, capitals in angle brackets
("<MER>"). Alone, the code must have two characters before its dot ("U.S" is none) or stand in brackets ("C.N" of
"Citigroup Inc ( C.N )"). NEWSFACET_TICKERS=0 reads tickers as before.
"""
from __future__ import annotations

import re

from . import switches

_RIC = r"[A-Z0-9]{1,6}(?:_[a-z]{1,2})?\.[A-Z]{1,3}"
_CODE = re.compile(r"(?:%s|[A-Z0-9]{2,6}_[a-z]{1,2})" % _RIC)
_LONG_CODE = re.compile(r"[A-Z0-9]{2,6}(?:_[a-z]{1,2})?\.[A-Z]{1,3}")
_OPENED = re.compile(r"[(<]\s*$")
_CLOSED = re.compile(r"^\s*[)>]")
_AFTER = re.compile(r"^\s*(?:\(\s*%s(?:\s*,\s*%s)*\s*\)|<[A-Z][A-Z.]{0,5}>)" % (_RIC, _RIC))


def enabled() -> bool:
    return switches.get("NEWSFACET_TICKERS", "1") != "0"


def is_ticker(text: str, before: str, after: str) -> bool:
    """Whether a span is a ticker code (``before``/``after``: its paragraph's text around it)."""
    if not _CODE.fullmatch(text) or not enabled():
        return False
    return bool(_LONG_CODE.fullmatch(text) or _OPENED.search(before[-3:]) and _CLOSED.match(after))


def ticker_after(after: str) -> bool:
    """Whether a bracketed ticker follows a name: "( BLK.N )", "(Paris: ...)" no; "<MER>"."""
    return bool(_AFTER.match(after[:40])) and enabled()
