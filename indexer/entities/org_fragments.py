"""Round 29: an organisation mention that is a piece of a longer name the archive tags whole elsewhere takes that
name.

The small model cuts a body's name at "and", "of", "for" or a capitalised word it reads as something else:
"Public and [Commercial Services Union]", "[Meat and Livestock] Australia", "the [United Liberation Movement]
for West Papua", "Toyota [Motor Corp]", "Real [Madrid]". The facet then lists the piece ("Commercial Services
Union", "Madrid" as a body) beside the body's own name. Where the archive's model tagged the whole name as one
span in some other sentence, and the words around this mention spell exactly that name, the mention is that
body: it takes the whole span and its value; a place or person mention inside the new span (the "Australia" of
"Meat and Livestock Australia") goes.

Not when the words before the piece only say whose body it is (a place, a nationality or a party: "United States
Senate", "Republican Senate", "California GOP": the body keeps its own name) or name what a body has ("Catechism of
the Catholic Church", "Houses of Parliament"); not words after a complete name with no joining word (a degree or a
title: "University of X PhD", "NA Speaker"); not a determiner alone ("The Washington Post" is the Washington Post);
not when the new span takes in another org mention ("the Republican Congress") or the whole is two names written
together ("the IMF and World Bank", "ABC/AFP", a byline's two reporters), a possessive ("Labour's Education"), a
name the archive keeps out of the facet (a product, "Android Oreo"), or a person's full name the model once tagged
as a body. NEWSFACET_ORG_FRAGMENTS=0 turns the pass off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET

from . import switches

# How many words either side a mention may grow by.
MAX_WORDS = 5
# Words a name is extended by: a capitalised word, a number or ordinal, or a name's joining word.
_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w.\-]*|and|of|for|the|de|du|des|la|le|&|\+)")
_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,6}")
_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")
# A joining word among the words a name grows by: they go on a cut name ("Public and [Commercial Services Union]").
_JOINER = re.compile(r"\b(?:and|of|for)\b|&")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_FRAGMENTS", "1") != "0"


def _surfaces(articles) -> tuple[dict[str, str], set[str], set[str], set[str]]:
    """Whole names the model tagged as one org span somewhere (two words or more), with their values; and every
    org text and value of the archive (to tell two bodies written together); its people's texts and values; the
    first and last words of its people's full names (a piece that is one is a person's name read as a body: "Hamaneh")."""
    whole: dict[str, str] = {}
    names: set[str] = set()
    people: set[str] = set()
    edges: set[str] = set()  # the first and last words of the archive's full names
    for a in articles:
        for m in a.mentions:
            if m.kind == "person":
                people.update((m.text, m.value))
                words = m.value.split()
                if len(words) >= 2:
                    edges.update((words[0], words[-1]))
            if m.kind != "org":
                continue
            names.add(m.text)
            names.add(m.value)
            if m.label != NO_FACET and " " in m.text:
                whole.setdefault(m.text, m.value)
    # a person's full name the model once read as a body ("Keanu Reeves" of "the new Keanu Reeves thriller") is
    # no body's whole name: the surname it would grow is the person's
    return {t: v for t, v in whole.items() if t not in people and v not in people}, names, people, edges


def firm_cores(whole: dict[str, str]) -> dict[str, str]:
    """Round 37: a firm's name joined by "and"/"&" that the archive writes whole with its legal form ("Cable and
    Wireless Plc", "Procter & Gamble Co"), without that form ("Cable and Wireless") -> the whole name's value. The
    model often tags such a name's halves as two bodies ("[Cable] and [Wireless] fell"); the legal form written
    once shows the name is one company's, not two bodies written together. NEWSFACET_FIRM_CORES=0 turns it off."""
    if switches.get("NEWSFACET_FIRM_CORES", "1") == "0":
        return {}
    from .org_spans import ends_legal

    out: dict[str, str] = {}
    for text, value in whole.items():
        if len(text.split()) >= 4 and ends_legal(text):
            core = " ".join(text.split()[:-1]).rstrip(",")
            if _JOIN.search(core) and "/" not in core:
                out[core] = whole.get(core, value)
    return out


def _two_bodies(text: str, names: set[str], people: set[str]) -> bool:
    """Two names written together: each half a body of the archive ("the IMF and World Bank", "ABC/AFP"), or
    either half a person of it (a byline's "Kizzy Kalsakau & Anita")."""
    parts = [p for p in _JOIN.split(text) if p]
    return len(parts) >= 2 and (sum(p in names for p in parts) >= 2 or any(p in people for p in parts))


def _grow(para: str, start: int, end: int, whole: dict[str, str]) -> tuple[int, int] | None:
    """The longest span around [start, end) whose text is a whole name of ``whole``, or None."""
    lefts, i = [start], start
    for _ in range(MAX_WORDS):
        m = re.search(r"(\S+)\s+$", para[max(0, i - 40):i])
        if not m or not _NAME_WORD.fullmatch(m.group(1)):
            break
        i = i - len(m.group(0))
        lefts.append(i)
    rights, j = [end], end
    for _ in range(MAX_WORDS):
        m = re.match(r"\s+(\S+?)(?=[\s,.;:!?)\"”’']|$)", para[j:j + 40])
        if not m or not _NAME_WORD.fullmatch(m.group(1)):
            break
        j = j + m.end()
        rights.append(j)
    best = None
    for lo in lefts:
        if lo < start and para[lo:lo + 4] in ("The ", "the "):
            continue  # (a determiner the model once took into the span adds nothing to the name: "The Washington Post")
        for hi in rights:
            if (lo, hi) != (start, end) and para[lo:hi] in whole and (best is None or hi - lo > best[1] - best[0]):
                best = (lo, hi)
    return best


# A party's adjective before a body's name says whose it is ("the Republican Senate", "a Democratic House").
_PARTY_WORDS = {"republican", "republicans", "democratic", "democrat", "democrats", "conservative", "labour",
                "labor", "liberal", "gop"}


def _qualified(added: str, piece: str, heads: set[str], place_first: bool) -> bool:
    """Words before a body's own name that only say whose it is, not a cut name's first half: a place's name
    ("United States Senate", "California GOP", "U.S. District Court"), or a nationality's or a party's adjective
    before a name a body's head word closes ("Chinese Foreign Ministry", "Republican Senate"; not "Toyota Motor
    Corp", "House Ways and Means Committee", "The Associated Press"), or what a complete body has or holds, written
    with "of" before its name ("Catechism of the Catholic Church", "Houses of Parliament"). The archive files such a
    body under its own name; the qualified one would be a second value beside it."""
    from .junk import is_demonym
    from .org_programmes import _headed

    if place_first:
        return True
    if not _headed(piece, heads):
        return False
    if re.search(r"\bof(?:\s+the)?\s*$", added):
        return True  # what a complete body has or holds: "Catechism of the [Catholic Church]", "Houses of [Parliament]"
    words = [w for w in added.split() if w.lower() != "the"]
    return bool(words) and (is_demonym(words[0]) or words[0].lower() in _PARTY_WORDS) \
        and not _JOINER.search(added)  # "Australian Wine and [Brandy Corporation]": a cut name


def _trailing(added: str, piece: str, heads: set[str]) -> bool:
    """Words after a complete name (one a body's head word closes, or an acronym) with no joining word or legal
    form among them are no part of it: a degree, a title, a section ("University of X PhD", "NA Speaker", "RBS Six
    Nations"); "Ministry of Defence of the DPRK", "Merrill Lynch and Co" go on the name."""
    from .org_programmes import _headed
    from .org_spans import LEGAL

    if _JOINER.search(added) or any(w.strip(".,").lower() in LEGAL for w in added.split()):
        return False
    return bool(_ACRONYM.fullmatch(piece)) or _headed(piece, heads)


def restore_whole_names(articles) -> int:
    """Grow each org mention cut from a name the archive tags whole (module docstring). Returns how many grew."""
    if not enabled():
        return 0
    whole, names, people, edges = _surfaces(articles)
    if not whole:
        return 0
    cores = firm_cores(whole)
    whole = {**whole, **cores}
    heads = None  # (built on the first growth: most archives' mentions never grow)
    # (the strict pieces a whole name is made of: a mention that is none of them cannot grow, and most are none)
    pieces = set()
    for text in whole:
        words = text.split()
        pieces.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                      if j - i < len(words))
    grown = 0
    for a in articles:
        changed = False
        gone: set[int] = set()  # ids of the mentions a grown span took in
        for m in list(a.mentions):
            if m.kind != "org" or m.text not in pieces or m.text in edges or id(m) in gone:
                continue
            para = a.paragraphs[m.paragraph].text
            span = _grow(para, m.start, m.end, whole)
            if span is None:
                continue
            text = para[span[0]:span[1]]
            if "’s" in text or "'s" in text or _two_bodies(text, names, people) and text not in cores:
                continue
            if heads is None:
                from .org_evidence import _heads

                heads = _heads()
            inside = [o for o in a.mentions if o is not m and o.paragraph == m.paragraph
                      and o.start < span[1] and span[0] < o.end]
            if span[1] > m.end and _trailing(para[m.end:span[1]], m.text, heads):
                continue
            if span[0] < m.start and _qualified(para[span[0]:m.start], m.text, heads,
                                                any(o.kind == "place" and o.start == span[0] for o in inside)):
                continue
            if any(o.kind not in ("place", "person") and not (text in cores and o.kind == "org")
                   or o.start < span[0] or o.end > span[1] for o in inside):
                continue  # (another body, a date, or a mention reaching past the name: leave both -- "the Republican
                # Congress" is the party's adjective and the body, not one name)
            gone.update(id(o) for o in inside)
            a.mentions = [o for o in a.mentions if id(o) not in gone]
            m.start, m.end, m.text, m.value = span[0], span[1], text, whole[text]
            grown += 1
            changed = True
        if changed:
            a.mentions.sort(key=lambda x: (x.paragraph, x.start))
    return grown
