"""Round 54: a ministry named by the first of its portfolios is the ministry the archive names with them all.

A country's press writes its health ministry both "the Ministry of Health and Population" and "the Ministry of
Health", its planning ministry "Ministry of Planning & Development" and "Ministry of Planning", Zimbabwe's "Ministry
of Health and Child Care" and "Ministry of Health". The facet listed the short form beside the full one: one body
under two values (a Nepali archive: three articles under the short form, seven under the long one).

Where the archive's only longer form of such a short name ("Ministry of X", "Department of X") goes on with its
further portfolios (", ..." or "and ..."/"& ...", capitalised words only) the short name is that body -- in an
archive with one home country (archive.home_countries), every article holding either form one of that home's. A
pooled archive's "Ministry of Health" is Ghana's in one story and Egypt's "Ministry of Health and Population" is
another country's: there the forms stay apart. Two longer forms ("Ministry of Education and Sports", "Ministry of
Education, Science and Technology") leave the short one alone too. NEWSFACET_PORTFOLIOS=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from search.model import NO_FACET, Article

from . import switches

_SHORT = re.compile(r"(?:Ministry|Department) (?:of|for) [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*")
# the rest of a longer form: its further portfolios, capitalised words joined by ",", "and", "&"
_REST = re.compile(r"(?:,| and| &)(?: (?:and|&|of|the|for)| [A-Z][\w’'\-]*,?)+")


def enabled() -> bool:
    return switches.get("NEWSFACET_PORTFOLIOS", "1") != "0"


def merge_portfolios(articles: list[Article]) -> int:
    """File each short ministry name under the archive's one longer form of it (module docstring). Returns the
    number of mentions refiled."""
    if not enabled() or not articles:
        return 0
    holders: dict[str, set[int]] = defaultdict(set)
    for i, a in enumerate(articles):
        for m in a.mentions:
            if m.kind == "org" and m.label != NO_FACET and m.value.startswith(("Ministry ", "Department ")):
                holders[m.value].add(i)
    shorts = [v for v in holders if _SHORT.fullmatch(v)]
    if not shorts:
        return 0
    longer: dict[str, list[str]] = defaultdict(list)
    for v in holders:
        for s in shorts:
            if v != s and v.startswith(s) and _REST.fullmatch(v[len(s):]):
                longer[s].append(v)
    wanted = {s: forms[0] for s, forms in longer.items() if len(forms) == 1}
    if not wanted:
        return 0
    from .archive import home_countries

    homes = home_countries(articles)[0]
    target = {s: long for s, long in wanted.items()
              if len({homes[i] for i in holders[s] | holders[long]}) == 1 and homes[next(iter(holders[s]))]}
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.value in target and m.label != NO_FACET:
                m.value = target[m.value]
                n += 1
    return n
