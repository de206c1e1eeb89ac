"""A state university system's campus named by its town: "the University of California, Berkeley", "the University of
Texas at Austin", "California State University, Fullerton". The model tags the system ("University of California")
and the town apart, so every campus was one value: a fresh science archive lumped Berkeley, Davis, Santa Cruz,
Riverside, Irvine and Los Angeles under "University of California" (22 stories). Round 62: the system's name, then
", " or " at " and a town of that very state (the gazetteer's city of that name lies in the region the system is
named after), is one name, the campus's; the town's span (GPE, or PERSON for "Davis") joins it. A town of another
region or a country after the comma is no campus ("University of Oxford, England"). Run by org_spans.join_and_split;
settle_campuses then gives a system the archive writes with one town only its own name back (a university and its
seat, "the University of Iowa, Iowa City"). NEWSFACET_CAMPUS_NAMES=0 turns both off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import places, switches
from .gazetteer import fold
from .org_name_forms import initials

_SYSTEM = re.compile(r"(?:[Tt]he\s+)?(?:University\s+of\s+(?P<of>[A-Z][\w ]+)|"
                     r"(?P<state>[A-Z][\w ]+)\s+State\s+University)")
_END = re.compile(r"(?:[,.;:)!?]|\s+[a-z(]|\s*$)")  # the town closes the name (not "Davis and Stanford")
_TOWN_LABELS = {"GPE", "LOC", "PERSON", "FAC"}


def enabled() -> bool:
    return switches.get("NEWSFACET_CAMPUS_NAMES", "1") != "0"


def join_campuses(text: str, spans: list) -> list:
    """``spans`` of one paragraph, in order, with each system + town pair joined into one ORG span."""
    if len(spans) < 2 or "University" not in text or not enabled():
        return spans
    out = []
    for s in spans:
        left = out[-1] if out else None
        if left is not None and left.label == "ORG" and s.label in _TOWN_LABELS and s.start > left.end \
                and _END.match(text, s.end) and campus_name(text[left.start:s.end]):
            out[-1] = replace(left, end=s.end, text=text[left.start:s.end])
            continue
        out.append(s)
    return out


_NAME = re.compile(r"(?P<system>.+?)(?:,\s+|\s+at\s+)(?P<town>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})")


def campus_name(text: str) -> bool:
    """Whether ``text`` is a system's name and one of its campus towns ("University of California, Davis"): one name,
    which spans._parts does not split at its comma. (The model's span may hold the comma: "the University of
    California," + "Berkeley".)"""
    if "University" not in text:
        return False  # (asked of every ORG span by spans._parts: most are no university's)
    m = _NAME.fullmatch(text)
    return bool(m) and enabled() and _campus(m.group("system"), m.group("town"))


def _campus(system: str, town: str) -> bool:
    m = _SYSTEM.fullmatch(system)
    if m is None:
        return False
    region = fold(m.group("of") or m.group("state"))
    return any(p.kind == "city" and isinstance(p.region, str) and fold(p.region) == region
               for p in places.candidates(town))


def settle_campuses(articles) -> int:
    """A system written with one campus town only (after a comma) in the whole archive is that university by its
    system's name: "the University of Iowa, Iowa City" is the University of Iowa, the town its seat (the fresh health
    archive's "University of Pennsylvania, Philadelphia", "University of Florida, Jacksonville"), while the University
    of California's Berkeley, Davis and Los Angeles stay three campuses. Run by linking before the org variants merge.
    Returns how many mentions went back to the system's name."""
    if not enabled():
        return 0
    towns: dict[str, set[str]] = {}
    forms: dict[str, str] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.value not in forms:
                hit = _NAME.fullmatch(m.value)
                # (a comma only: "University of Louisiana at Monroe" is a university's own name, not its seat)
                if hit and "," in m.value and _campus(hit.group("system"), hit.group("town")):
                    system = re.sub(r"^[Tt]he\s+", "", hit.group("system"))
                    forms[m.value] = system
                    towns.setdefault(system, set()).add(fold(hit.group("town")))
    alone = {v: system for v, system in forms.items() if len(towns[system]) < 2}
    # ... and a campus written short, the system's initials ("UC" of "University of California", "CSU" of "California
    # State University") and the town ("UC Davis", "UT-Austin"), is the campus the archive names in full (the science
    # archive's "UC Berkeley" beside "University of California, Berkeley")
    short = {}
    for v, system in forms.items():
        if v not in alone:
            town = _NAME.fullmatch(v).group("town")
            short[fold(f"{initials(system)} {town}")] = v
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "org":
                continue
            full = alone.get(m.value) or short.get(fold(m.value.replace("-", " ")))
            if full:
                m.value = full
                n += 1
    return n
