"""Province abbreviations Canadian copy writes after a town ("Lethbridge, Alta.", "Victoria, B.C.", "Halifax, N.S."),
read as the province there and only there.

regions.CA_PROVINCE_ABBREVIATIONS puts into the gazetteer the abbreviations that are no other word ("Ont.", "Que.",
"Sask."). The others (regions.CA_PROVINCE_ABBREVIATIONS_AFTER_TOWN) stay out of it, because elsewhere they are
something else: "B.C." the era, "Alta" a Norwegian town, "Man." a sentence's man, "N.S." and "N.B." a person's
initials. Right after a capitalised name and its comma, closing
the name, they can only be the province: no era follows a comma, no man is written so. A Canadian archive (CTV, the
Toronto Star, a Waterloo daily) wrote "Lethbridge, Alta." and "Victoria, B.C." throughout; Victoria went to the
Australian state and "Alta" to Norway. NEWSFACET_COMMA_PROVINCES=0 turns the rule off.
"""
from __future__ import annotations

import re

from . import switches
from .regions import CA_PROVINCE_ABBREVIATIONS_AFTER_TOWN

# abbreviation -> province, as written and in a dateline's capitals ("PINE LAKE, ALTA. --")
COMMA_ONLY = {form: province for province, forms in CA_PROVINCE_ABBREVIATIONS_AFTER_TOWN.items()
              for written in forms for form in (written, written.upper())}
# ", Alta." closing the town's name: then the line's end, punctuation, a quote or a space (not a word glued to it).
# (Asked only after a place, or a capitalised name, and its comma: "the director, N.S. Rajan" is neither.)
_AFTER_TOWN = re.compile(r"^,\s+(%s)(?=[\s,;:)\"”’']|$)" % "|".join(map(re.escape, COMMA_ONLY)))
_TOWN_BEFORE = re.compile(r"[A-Z][\w’'\-]*,\s+$")


def enabled() -> bool:
    return switches.get("NEWSFACET_COMMA_PROVINCES", "1") != "0"


def after_town(after: str) -> str | None:
    """The province an abbreviation right after a town and its comma stands for (``after``: the text after the
    town), else None."""
    if not after.startswith(",") or not enabled():
        return None
    m = _AFTER_TOWN.match(after)
    return COMMA_ONLY[m.group(1)] if m else None


def abbreviation(text: str) -> bool:
    """Whether a mention's text is one of these abbreviations, with its full stop or without ("Alta")."""
    return text in COMMA_ONLY or text + "." in COMMA_ONLY


def own_span(text: str, start: int, end: int) -> str | None:
    """The province the span ``text[start:end]`` is when it is such an abbreviation (its full stop inside the span or
    just after it) right after a capitalised name and its comma, else None."""
    word = text[start:end] if text[end - 1:end] == "." else text[start:end + 1]
    if word not in COMMA_ONLY or not enabled() or not _TOWN_BEFORE.search(text[max(0, start - 40):start]):
        return None
    return COMMA_ONLY[word] if _CLOSED.match(text, start + len(word)) else None


_CLOSED = re.compile(r"(?=[\s,;:)\"”’']|$)")
