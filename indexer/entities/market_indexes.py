"""Round 53: a stock market index is no body ("The Dow fell 793 points", "South Korea's Kospi added 0.4 per cent").

Business copy names indexes the way it names firms, and the model tags them ORG (sometimes GPE: "Sensex",
"Stoxx"). In a wire or markets archive they become some of the org facet's busiest values -- "Dow", "Nasdaq",
"Kospi", "S&P ASX 200", "FTSE" -- and a journalist ticking one gets market reports, not the body. Judges counted
them wrong wherever they met them: "FTSE" in bbc2005 and "HSI" in webbsite_hk2009 (dev), "Kospi", "S&P ASX 200"
and "Dow" in a fresh Canadian archive of 2018-19.

Two kinds of names:
- names that only ever denote an index ("Kospi", "Sensex", "FTSE", "S&P 500", "Nikkei 225", "CAC 40"): the tagger
  gives them no value at all;
- names shared with a body -- the Nikkei newspaper, Hang Seng Bank, Nasdaq the exchange operator, Dow Chemical,
  Standard & Poor's the rating agency: an index only where its sentence writes it as one, a market move or an
  index word after it ("the Nikkei gained 0.3 percent", "Dow futures lost", "the Hang Seng index", "Nikkei
  (.N225)") or a market word before it ("the tech-heavy Nasdaq"). org_things, the archive's pass over things
  named like bodies (round 15), takes such a mention out of the facet and counts it as a market's use: a value so
  used in a third of its mentions is an index in all of them but the body's own sentences ("The Dow and Nasdaq
  each closed at their lowest level" in a markets archive). An article about the body that once names its index
  ("the owner of the Nasdaq stock index") keeps the body's other mentions.
NEWSFACET_MARKET_INDEXES=0 reads them as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from . import switches

# (lower case, ASCII: ``key``; the index families' usual spellings, with their numbers where the name alone
# is a body's too)
ONLY_INDEXES = frozenset({
    "kospi", "kosdaq", "ftse", "sensex", "bse sensex", "nifty 50", "cnx nifty", "nse nifty", "topix", "taiex",
    "bovespa", "ibovespa", "merval", "klci", "fbm klci", "stoxx", "stoxx 600", "stoxx europe 600", "euro stoxx",
    "euro stoxx 50",
    "eurostoxx", "s&p 500", "s&p500", "s&p 100", "s&p/asx 200", "s&p asx 200", "s&p/asx200", "asx 200", "asx200",
    "s&p/tsx", "s&p/tsx composite", "s&p tsx", "tsx composite", "nikkei 225", "nikkei average", "nikkei stock average",
    "ftse 100", "ftse 250", "ftse 350", "ftse all-share", "ftse mib", "ftseurofirst 300", "ftseurofirst",
    "cac 40", "cac-40", "dax 30", "dax 40", "dax", "ibex 35", "ibex", "aex", "hang seng index", "hsi",
    "dow jones industrial average", "dow jones industrials", "dow industrials", "djia", "nasdaq composite",
    "nasdaq 100", "nasdaq-100", "russell 2000", "russell 1000", "shanghai composite", "sse composite",
    "shenzhen component", "csi 300", "csi300", "straits times index", "jakarta composite", "psei", "nzx 50",
    "kse-100", "kse 100", "kse-100 index", "dsex", "jse all share", "all ordinaries", "all ords", "wig20", "bux",
    "micex", "rts index", "vix", "msci world", "msci emerging markets", "tadawul all share", "egx30", "qe index",
    "dfm index", "ta-35", "ta-125", "omxs30", "psi 20", "psi-20", "bist 100", "ise 100", "set index",
})
# names a body shares with an index: an index only in a sentence that writes it as one
ALSO_BODIES = frozenset({
    "dow", "dow jones", "nasdaq", "nikkei", "hang seng", "s&p", "s & p", "tsx", "asx", "nifty", "jse", "cac",
    "set", "moex", "rts", "psx", "nyse", "amex", "standard & poor's", "standard and poor's", "adx", "tase", "ase",
    "omx", "smi", "sti", "aex",
})
_MOVE = (r"(?:rose|fell|gained|lost|added|dropped|declined|slipped|slid|sank|jumped|climbed|edged|eased|tumbled|"
         r"surged|advanced|plunged|plummeted|rallied|shed|dipped|rebounded|retreated|soared|slumped|inched|ticked|"
         r"firmed|weakened|rises|falls|gains|loses|adds|drops|declines|slips|jumps|climbs|rising|falling|gaining|"
         r"losing|dropping|declining|slipping|climbing|jumping|(?:closed|ended|finished|opened|traded|was|is|"
         r"stood|hit|touched)\s+(?:nearly\s+|almost\s+|slightly\s+|sharply\s+)?"
         r"(?:up|down|flat|higher|lower|at\s+\d|\d|near|a\s+(?:record|\d))|up|down|higher|"
         r"lower)")
# after the name: an index's number ("FTSE 100"), a Reuters index code in brackets ("Nikkei (.N225)", "Dow (. DJI)"),
# an index word, or a market move a few adverbs on ("the Nasdaq also falling", "the Dow ended nearly flat")
_AFTER = re.compile(r"^(?:\s*[-/]?\s*(?:500|225|200|100|250|350|300|600|40|35|30|50|20)\b(?![.,]\d)|"
                    r"\s*\(\s*\.\s*[A-Z0-9]{2,6}\s*\)|(?:\s+\d{2,4}\b)?(?:’s|'s)?"
                    r"(?:\s+(?:index|indices|composite|average|futures|benchmark|industrials|stock\s+average|"
                    r"share\s+index|stock\s+index)\b|\s+(?:(?:also|index|composite|average|had|has|have|was|is|"
                    r"briefly|sharply|slightly|steadily|further|initially|then|each|both|itself|only)\s+){0,2}"
                    + _MOVE + r"\b))", re.I)
# Round 60: an index word after one or two words of the index's kind ("Dow Jones industrial average", "S&P
# financial index") and a fall written "is off 2 percent": a Reuters archive had the industrial average in 32 of the
# 41 articles of its org value "Dow Jones" (NEWSFACET_INDEX_KINDS=0: not read).
_KIND_AFTER = re.compile(r"^(?:(?:\s+[a-z][a-z\-]+){1,2}\s+(?:index|indices|indexes|average)\b|\s+(?:is|was)\s+off\s+\d)",
                         re.I)
_BEFORE = re.compile(r"\b(?:benchmark|blue[- ]chip|tech(?:nology)?[- ]heavy|broader|broad-based|"
                     r"index(?:es)?\s+like\s+the|indices\s+like\s+the)\s+(?:the\s+)?$", re.I)


def enabled() -> bool:
    return switches.get("NEWSFACET_MARKET_INDEXES", "1") != "0"


def key(text: str) -> str:
    """The name as the lists hold it: ASCII, lower case, one space between words."""
    # (asked of every candidate: anyascii only for the rare name that needs it)
    return " ".join((text if text.isascii() else anyascii(text)).lower().split()).strip(" .")


def only_index(text: str) -> bool:
    """Whether a name denotes nothing but an index ("Kospi", "FTSE 100", "S&P/ASX 200")."""
    return _only_index(text) and enabled()


@lru_cache(maxsize=16384)
def _only_index(text: str) -> bool:
    # (asked of every candidate of every article: one look per name)
    return key(text) in ONLY_INDEXES


def written_as_index(before: str, after: str) -> bool:
    """Whether the words around a name write it as an index: a market move or an index word after it, a
    market word before it."""
    return bool(_AFTER.match(after[:60]) or _BEFORE.search(before[-40:])
                or _KIND_AFTER.match(after[:60]) and switches.get("NEWSFACET_INDEX_KINDS", "1") != "0")


def shared(text: str) -> bool:
    """Whether a body shares the name with an index ("Nikkei", "Nasdaq", "Dow")."""
    return _shared(text) and enabled()


@lru_cache(maxsize=16384)
def _shared(text: str) -> bool:
    # (asked of every org mention of the archive, twice: org_things' features and its pass)
    return key(text) in ALSO_BODIES


def market_use(text: str, before: str, after: str) -> bool:
    """Whether a mention of a shared name is the index in its sentence (org_things counts it as a market's use,
    and takes it out of the facet)."""
    return shared(text) and written_as_index(before, after)
