"""Years, decades and day numbers written as words, as broadcast transcripts do ("nineteen ninety-one",
"the year two thousand", "the nineties", "March eighth"): rewritten to digits so the resolvers that read
"1991", "the 1990s" and "March 8" handle them.
"""
from __future__ import annotations

import re
from datetime import date

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}
_ORDINAL_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "thirtieth": 30}
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}

_U = "|".join(_UNITS)
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{_U}))?|{'|'.join(_TEENS)}|oh[\s-](?:{_U}))"
_SPOKEN_YEAR = re.compile(rf"\b(?P<c>nineteen|eighteen|twenty)[\s-](?P<r>{_TWO_DIGITS}|hundred)\b")
_THOUSAND = re.compile(rf"\b(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(?P<r>{_U}|{'|'.join(_TEENS)}))?\b")
_DECADE = re.compile(rf"\b(?:the\s+)?(?:(?P<c>nineteen|eighteen)[\s-])?(?P<d>{'|'.join(_DECADES)})\b")
_ORD_ALT = "|".join(sorted(list(_ORDINAL_TEENS) + list(_ORDINAL_UNITS), key=len, reverse=True))
_SPOKEN_DAY = re.compile(rf"\b(?:(?P<t>twenty|thirty)[\s-])?(?P<o>{_ORD_ALT})\b")


def _two_digits(words: str) -> int:
    parts = re.split(r"[\s-]", words)
    if parts[0] == "oh":
        return _UNITS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)


def digits_for_spoken(s: str, base: date | None) -> str:
    """``s`` (lowercase) with spoken years, decades and, after a month name, day ordinals as digits."""
    if not re.search(r"[a-z]", s):
        return s
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}

    def year(m: re.Match) -> str:
        rest = 0 if m["r"] == "hundred" else _two_digits(m["r"])
        return str(century[m["c"]] + rest)

    s = _SPOKEN_YEAR.sub(year, s)
    s = _THOUSAND.sub(lambda m: str(2000 + (_UNITS.get(m["r"]) or _TEENS.get(m["r"], 0) if m["r"] else 0)), s)

    def decade(m: re.Match) -> str:
        d = _DECADES[m["d"]]
        if m["c"]:
            start = century[m["c"]] + d
        else:  # the latest such decade that has begun by publication
            year_now = base.year if base else 1999
            start = (year_now // 100) * 100 + d
            if start > year_now:
                start -= 100
        return ("the " if m.group().startswith("the") else "") + f"{start}s"

    s = _DECADE.sub(decade, s)
    if re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\s+(?:twenty|thirty|" + _ORD_ALT + r")\b", s):
        s = _SPOKEN_DAY.sub(lambda m: str(({"twenty": 20, "thirty": 30}.get(m["t"] or "", 0))
                                          + _ORDINAL_UNITS.get(m["o"], 0) + _ORDINAL_TEENS.get(m["o"], 0)), s)
    return s
