"""Round 14: org values the archive's own sentences use as something else than a body -- a rank, a byline's
desk, a venue, a group of office holders, a cut title, or a name with its possessive glued on.

The wrong org values left on the fresh Zimbabwean and Solomon Islands archives were mostly names the model
tags ORG by their shape (capitalised, ending in "General", "Bureau", "Club", "House") while every sentence
around them says what they are:
- a RANK: every word is a rank's or an office's ("Major-General", "Brigadier General", "Commissioner-General")
  and the archive writes it before a person's name, before "(Rtd)", or after "the rank of";
- a DESK: a name ending in "Bureau"/"Desk" that closes a short paragraph in most of its mentions -- a byline
  ("Peter Matika, Bulawayo Bureau"); a bureau the stories talk about sits inside sentences;
- a VENUE: a name ending in a facility's word ("House", "Club", "Post", "Stadium", "Oval") that follows "at",
  "to", "through" ... in most of its mentions and never acts ("at Harare Sports Club", "at State House";
  "the White House said" acts; "at the X Hotel", round 18). Hospitals, museums and centres are left alone: the
  judges filed them as bodies as often as places;
- a KIND of body in the plural, made of words the archive writes in lower case ("Government Ministries");
- a PLACE: a country called by its first word made plural ("the Solomons" for Solomon Islands), a compass
  word before a name the archive tags as a place ("Central Guadalcanal", a constituency);
- a GROUP of office holders: "Heads of State and Government", "Ministers of Foreign Affairs";
- a CUT TITLE: a span of common words (each written in lower case elsewhere in the archive) that follows an
  office's "X of" in all of its mentions, three or more ("Head of [State and Government]"); a body after an office has "the"
  between ("Secretary-General of the United Nations") or a name in it ("Chief of [Bougainville Police]");
  round 19: so is a PORTFOLIO of such words that follows an office in any case, or a body's head word, and "of"/"for"
  in all its mentions, "the" between or not ("president of the [State Affairs]", "Vice Presidency for [Science and
  Technology]"), unless a unit's word closes it ("chief of the General Staff"); and a party cut before the office
  of one of its levels ("BJP State [president]", "Ashanti Regional [Chairman]");
- a GLUED POSSESSIVE: an ASCII-stripped scrape writes "Harare City Councils affairs", "Cubas contributions"; a
  value ending in "s" before a lower-case word in most of its mentions, whose bare form is another org value of
  the archive, becomes that value (merged); one whose bare form is a country is no body.
A value with such evidence leaves the facet (label NO_FACET, mention kept), unless the alias or outlet tables
know it. NEWSFACET_ORG_USES=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import orgs, switches
from .gazetteer import country_codes, fold
from .org_kinds import OFFICE_WORDS, SHARE
from .org_other import _body_heads
from .place_fragments import COMPASS

# The words of a military or police rank ("Major-General", "Air Chief Marshal", "Lt-Col", "Snr Asst Comm").
RANK_WORDS = OFFICE_WORDS | {"major", "lieutenant", "lt", "brigadier", "brig", "colonel", "col", "marshal",
                             "admiral", "corporal", "cpl", "sergeant", "sgt", "commodore", "vice", "rear", "air",
                             "flight", "wing", "squadron", "warrant", "cadet", "gen", "maj", "comm", "asst",
                             "snr", "senior", "acting", "constable", "private", "retired", "rtd", "commissar"}
# Plural office holders opening a name ("Heads of State", "Ministers of Foreign Affairs").
_HOLDERS = {"heads", "ministers", "secretaries", "chiefs", "leaders", "members", "directors", "commissioners",
            "governors", "ambassadors", "presidents", "representatives", "delegates", "envoys"}
_GLUE = {"of", "and", "the", "for", "&"}
# The level of a party's or a body's branch, before its office ("State president", "Regional Chairman").
_LEVELS = {"state", "regional", "district", "provincial", "national", "municipal", "divisional", "zonal",
           "constituency"}
# Last words of a unit the judges filed as a body as often as not, even named only inside a title ("head of the
# World Studies Program", "chief of the General Staff").
_UNIT_LAST = {"program", "programme", "staff", "unit", "project"}
_PLURAL_HEADS = {"ministries", "departments", "councils", "committees", "agencies", "authorities", "commissions",
                 "boards", "offices", "organisations", "organizations", "institutions", "bodies", "parastatals",
                 "municipalities", "directorates"}
_DESK_LAST = {"bureau", "desk"}
# Facilities whose name is a venue in the sentences that use it so (not "hospital", "museum", "centre": judged
# bodies as often as places on the 29 corpora). "hotel" since round 18: on the 38 corpora the judged hotel values
# were venues of a meeting or a death in four corpora ("at the X Hotel in Mumbai") and bodies in one (a hotel
# company's own news); the "at" share tells them apart.
VENUE_LAST = {"house", "club", "post", "stadium", "oval", "ground", "grounds", "arena", "pavilion", "airport",
              "field", "park", "square", "hall", "theatre", "theater", "showgrounds", "racecourse", "course",
              "hotel"}
_AT_BEFORE = re.compile(r"\b(?:at|At|to|into|inside|outside|through|from|near|via|in)\s+(?:the\s+)?$")
_RANK_BEFORE = re.compile(r"\b(?:rank|ranks|title)\s+of\s+(?:a\s+|full\s+)?$")
_RETIRED_AFTER = re.compile(r"^\s*\((?:Rtd|Retd|Retired|rtd|retd|retired)\b")
_NAME_AFTER = re.compile(r"^\s+(?:\([A-Za-z]+\)\s+)?(?:Dr\s+)?[A-Z][a-z]+")
_OFFICE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+$")
# An office written in any case, "of"/"for", "the" or not ("president of the [State Affairs]", "Vice-President for
# [Science and Technology]", "minister of [Physical Culture and Sports]"): the portfolio of a title; or a body's
# head word there ("Vice Presidency for [Science and Technology]", "Office of [Science and Technology]"): the tail
# of a longer name (round 19).
_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
_LOWER_AFTER = re.compile(r"^\s+[a-z]")
_APOSTROPHE_S = re.compile(r"^[’'`]s?\b")
_APOSTROPHES = "\0apostrophes"  # (a key no value can take)
_NEXT_WORDS = re.compile(r"^\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
_ACTS_AFTER = re.compile(r"^\s+(?:has\s+|have\s+|had\s+|on\s+\w+\s+)?(?:said|says|announced|told|stated|"
                         r"confirmed|issued|released|warned|urged|called|added|noted)\b")


def _words(v: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", v.strip("()")) if w]


def features(articles) -> dict[str, Counter]:
    """Per org value: how many of its mentions sit where a rank, a byline, a venue, an office's
    "of" or a glued possessive would (one walk over the org mentions; the paragraph text is already split). Of a
    known body's mentions only the count and the archive's apostrophes are read: apply leaves it alone."""
    from search.model import NO_FACET

    out: dict[str, Counter] = {}
    apostrophes = out.setdefault(_APOSTROPHES, Counter())
    for a in articles:
        person_at = {(m.paragraph, m.start) for m in a.mentions if m.kind == "person"}
        for m in a.mentions:
            if m.kind != "org":
                continue
            f = out.setdefault(m.value, Counter())
            f["n"] += 1
            if m.label != NO_FACET:
                f["faceted"] += 1
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 40):m.start], para[m.end:m.end + 40]
            if orgs.known_body(m.value):
                if _APOSTROPHE_S.match(after):
                    apostrophes["n"] += 1
                continue
            if _RANK_BEFORE.search(before) or _RETIRED_AFTER.match(after) or (m.paragraph, m.end + 1) in person_at:
                f["rank"] += 1
            if not para[m.end:].strip(" .") and len(para) <= len(m.text) + 40:
                f["byline"] += 1
            if _AT_BEFORE.search(before):
                f["at"] += 1
            if _ACTS_AFTER.match(after):
                f["acts"] += 1
            o = _OFFICE_OF_BEFORE.search(before)
            if o and (fold(o.group(1)) in OFFICE_WORDS or fold(o.group(1)) in _HOLDERS
                      or fold(o.group(1)).rstrip("s") in OFFICE_WORDS):
                f["office_of"] += 1
            t = _TITLE_OF_BEFORE.search(before)
            if t and (fold(t.group(1)) in OFFICE_WORDS or fold(t.group(1)) in _name_heads()):
                f["title_of"] += 1
            if _LOWER_AFTER.match(after) and not _ACTS_AFTER.match(after):
                f["lower_after"] += 1
            if _APOSTROPHE_S.match(after):
                apostrophes["n"] += 1  # the archive writes possessives with their apostrophe
            c = _NEXT_WORDS.match(after)
            if c and {fold(w) for w in c.groups() if w} & RANK_WORDS:
                f["office_next"] += 1  # "Zanu PF national [Chairman]", "... national [deputy Political Commissar]"

    return out


def decide(v: str, f: Counter, low: Counter, where: set[str] = frozenset()) -> str | None:
    """The use the archive's sentences give org value ``v`` instead of a body, or None (``low``: the archive's
    lower-case word counts, org_words._counts; ``where``: the names of its place mentions)."""
    from . import places

    words = _words(v)
    n = f["n"]
    if not words or not n:
        return None
    lows = [fold(w).strip(".") for w in words]
    if len(words) <= 4 and all(w in RANK_WORDS for w in lows) and (f["rank"] >= 1 or len(words) >= 2):
        return "rank or office (its words are a rank's; used before names or after 'rank of')"
    first = v.split()[0].split("-")
    if len(v.split()) >= 3 and v.split()[1] == "of" and all(fold(w) in RANK_WORDS for w in first):
        return "title ('Commissioner-General of Police')"
    if lows[-2:] == ["border", "post"]:
        return "border post (a place)"
    if lows[-1] in _DESK_LAST and f["byline"] > SHARE * n:
        return "byline desk (closes a short paragraph)"
    if len(words) >= 2 and lows[-1] in VENUE_LAST and f["at"] >= SHARE * n and f["acts"] * 3 < n:
        return "venue (after 'at', 'to', 'through' in most mentions)"
    if len(words) == 2 and lows[0] in COMPASS | {"central"} and words[1] in where and places.candidates(words[1]):
        return "place (a compass part of a place: 'Central Guadalcanal')"
    if len(words) == 1 and _short_plural(v):
        return "place (a country's short plural: 'the Solomons')"
    if len(words) >= 2 and _plural_head(lows[-1]) and all(low[w] for w in lows) and not _GLUE & set(lows):
        return "kind of body in the plural ('Government Ministries')"
    if len(words) >= 3 and lows[0] in _HOLDERS and lows[1] == "of":
        return "group of office holders"
    if f["office_of"] == n >= 3 and all(low[w] for w in lows if w not in _GLUE):
        return "cut from an office's title ('Head of X')"
    if portfolio_of_title(words, lows, f, low):
        return "portfolio of an office's title ('president of the [State Affairs]')"
    if len(words) >= 2 and (words[-1].islower() or _level_cut(lows)) and lows[-1] not in _body_heads() \
            and f["office_next"] > SHARE * n:
        return "cut before an office ('Zanu PF national [Chairman]', 'BJP State [president]')"
    return None


def portfolio_of_title(words: list[str], lows: list[str], f: Counter, low: Counter) -> bool:
    """Round 19: a field or portfolio named only inside an office's title ("president of the [State Affairs]",
    "Vice-President for [Science and Technology]"): every mention after an office's "of"/"for" (its case and a
    "the" between do not matter), three or more, every word an ordinary word of the archive and none a body's head
    or an acronym -- "chief of the General Staff" keeps a body's word, "Chairman of the [KVRA]" a name.
    NEWSFACET_TITLE_PORTFOLIO=0 turns it off."""
    if switches.get("NEWSFACET_TITLE_PORTFOLIO", "1") == "0":
        return False
    return f["title_of"] == f["n"] >= 3 and lows[-1] not in _body_heads() | _UNIT_LAST \
        and all(low[w] and not words[i].isupper() for i, w in enumerate(lows) if w not in _GLUE)


def _level_cut(lows: list[str]) -> bool:
    """Round 19: a party or body cut before the office of one of its levels, the level word capitalised ("BJP
    State [president]", "Ashanti Regional [Chairman]"): no name of a body closes with such a word and no "of"
    ("Department of State" does). NEWSFACET_TITLE_PORTFOLIO=0 turns it off."""
    from .org_evidence import district_body

    return lows[-1] in _LEVELS and not _GLUE & set(lows) and switches.get("NEWSFACET_TITLE_PORTFOLIO", "1") != "0" \
        and not district_body(" ".join(lows))  # round 53: "Allentown School [Superintendent]" is no cut title


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    """Head words of a body's name that an "of"/"for" portfolio follows ("Ministry of", "Vice Presidency for")."""
    return _body_heads() | {"presidency", "vice-presidency", "secretariat", "directorate"}


def _plural_head(word: str) -> bool:
    """A state or public body's head noun in the plural ("ministries", "councils", "departments")."""
    return word in _PLURAL_HEADS


@lru_cache(maxsize=4096)
def _short_plural(v: str) -> bool:
    """A country of several words called by its first word made plural ("Solomons" for Solomon Islands)."""
    from .gazetteer import _data

    if len(v) < 5 or not v.endswith("s") or v.endswith("ss"):
        return False
    return any(name.startswith(v[:-1] + " ") for name in _data()[2].values())


def _possessive_stem(v: str, f: Counter, values: set[str], people: set[str], where: set[str]) -> tuple[str, str] | None:
    """("merge", bare value), ("place", bare name) or ("person", bare name) for a value written with its
    possessive glued on."""
    if len(v) < 5 or not v.endswith("s") or v.endswith("ss") or v[-2:-1].isupper():
        return None
    stem = v[:-1]
    if country_codes(stem):
        return "place", stem  # "Cubas support", "Kenyas Deputy Ambassador": a country's name never ends so
    if f["lower_after"] <= SHARE * f["n"]:
        return None
    if stem in where:
        return "place", stem  # "Harares streets": the town's, not a body's
    if stem in values:
        return "merge", stem
    if stem in people:
        return "person", stem
    return None


def apply(articles, low: Counter) -> int:
    """Take the mentions of such values out of the org facet (merging glued possessives into their bare value).
    Returns the number of mentions changed."""
    if switches.get("NEWSFACET_ORG_USES", "1") == "0":
        return 0
    from search.model import NO_FACET

    feats = features(articles)
    if not feats:
        return 0
    apostrophes = feats.pop(_APOSTROPHES)["n"]
    values = {v for v, f in feats.items() if f["faceted"]}
    label = {}  # a faceted mention's label per value: a glued possessive merged into it joins the facet
    people, where = set(), set()
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.label != NO_FACET:
                label.setdefault(m.value, m.label)
            if m.kind == "place" and m.label != NO_FACET:
                where.add(m.text)
            if m.kind == "person" and m.label != NO_FACET:
                people.add(m.value)
                people.add(m.value.split()[-1])  # "Coventrys" of Kirsty Coventry
    out, rename, glued = {}, {}, {}
    for v, f in feats.items():
        if orgs.known_org(v) or orgs.is_outlet(v):
            continue
        kind = decide(v, f, low, where) if f["faceted"] else None
        if kind:
            out[v] = kind
            continue
        stem = _possessive_stem(v, f, values, people, where)
        if stem and (stem[0] != "merge" or feats[stem[1]]["n"] >= f["n"]):  # the bare body is its usual form
            glued[v] = stem
    # Only in an archive that drops its apostrophes: where org names are followed by "'s" as often as the
    # candidates are by a glued "s", "Kelvo Mills agreed" is a plural name and "Hamas" no possessive of "Hama".
    if apostrophes < sum(feats[v]["lower_after"] for v in glued):
        for v, (kind, stem) in glued.items():
            if kind == "merge":
                rename[v] = stem
            else:
                out[v] = f"a {kind}'s name with its possessive glued on"
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "org":
                continue
            if m.value in rename:
                m.value = rename[m.value]
                m.label = label[m.value]
                n += 1
            if m.value in out:
                m.label = NO_FACET
                n += 1
    return n
