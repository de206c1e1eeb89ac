"""Round 20: the readings of a named thing that is not a body, for org_programmes' tally of a value's mentions.

org_programmes drops org values the archive uses as a programme, a law or a show. Other named things come
through the same door and the judges call them wrong in corpora of every kind (wrong20.txt: "Meet the Press",
"State of the Union", "EastEnders", "AFCON", "NAFTA", "Citizens United", "Tea Party", "MAGA"). Nobody in them
speaks or hires; the words around their mentions, tallied over the archive, say what they are:
- a BROADCAST: a broadcaster's possessive before it ("NBC's X", "CNN's X": the outlet table's names), a host
  or a guest on it ("host of X", "interviewed on X", "on Sunday's X"), its people and parts after it ("X host",
  "X viewers", "X audience");
- an EVENT or an ADDRESS: its parts and winners after it ("X address", "X tournament", "X qualifiers", "X
  winner", "X final"), or what is done at it ("deliver his X", "won the X", "qualified for the X");
- a MOVEMENT or a SLOGAN: "X movement", "X favourite", "X darlings", "X hats", "X-style", "X wave";
- a COURT CASE: "X decision", "X ruling", "ruling in X", "overturn X", "X v. Y";
- an AGREEMENT or a LAW: "renegotiate X", "withdraw from X", "X deal", "X partners", "violation of X",
  "interpretation of X", "X provisions".
A name inside a court case ("Citizens United v. FEC", "D.C.
v. Heller") is no mention of the gold's (laws, cases, programmes, shows and events are unannotated in every
evaluation corpus): ``in_case_name`` finds them. NEWSFACET_NAMED_USES=0 turns these readings off.
"""
from __future__ import annotations

import re

from . import switches

_S = r"(?:[’']s)?"  # "X's address"
# A broadcaster's possessive just before the name ("NBC's Meet the Press", "CNN's State of the Union"): the
# group is checked against the outlet table (orgs.is_outlet), so "Labor's Medicare" is no broadcast.
_OUTLET_POSS = re.compile(r"\b([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})[’']s\s+$")
_BROADCAST_BEFORE = re.compile(r"(?:(?<!\ba )(?<!whole )\bhost(?:s|ed|ing)? of|\bpresenter of|\b(?:interviewed|appearing|"
                               r"appearance|aired|broadcast|guest) on|\bon (?:\w+day|this week|last week|last night|"
                               r"tonight)[’']s|\b(?:episode|edition) of|\b(?:Today|tonight) on)\s+(?:the\s+)?$")
_BROADCAST_AFTER = re.compile(rf"^{_S}[\s\-]+(?:host|hosts|presenter|presenters|viewers|audience|segment|moderator|"
                              r"interviewer|actors?|actress|actresses|storylines?|characters?|soap)\b")
_STORY_BEFORE = re.compile(r"\b(?:storylines? of|portrayal of \w+(?: \w+)? in)\s+(?:the\s+)?$")
# An event's parts and people, an address ("State of the Union address", "AFCON qualifiers", "the X final").
_EVENT_AFTER = re.compile(rf"^{_S}[\s\-]+(?:address|addresses|speech|speeches|tournament|tournaments|qualifiers?|"
                          r"qualifying|qualification|finals?|semi-?finals?|quarter-?finals?|winners?|runners?-up|"
                          r"titles?|trophy|edition|editions|opener|ceremony|ceremonies|medals?|medallists?|medalists?|"
                          r"fixtures?|draw)\b")
# (Not "X scholarship", "X fellowship", "X laureate": a body funds or awards them, "the Alumni Association
# Scholarship Fund", "a Guggenheim fellowship"; round 21.)
_EVENT_BEFORE = re.compile(r"\b(?:deliver(?:s|ed|ing)?\s+(?:his|her|their|the|a|its)|(?:give|gives|gave|giving)\s+"
                           r"(?:his|her|their|its))\s+(?:\d{4}\s+|first\s+|last\s+|final\s+)?$"
                           r"|\b(?:won|wins|win|winning|winner of|winners of|qualif(?:y|ies|ied|ying) for|"
                           r"compet(?:e|es|ed|ing) (?:in|at)|edition of|ahead of the \d{4}|at the \d{4})\s+(?:the\s+)?$")
# A movement and its slogan ("the Tea Party movement", "a Tea Party favourite", "MAGA hats"). (Not "-inspired",
# "-style", "ideology": "an ISIS-inspired attack" is an armed group's, a body the judges keep.)
_MOVEMENT_AFTER = re.compile(rf"^{_S}(?:[\s\-]+(?:movement|movements|favou?rites?|darlings?|insurgents?|insurgency|"
                             r"wave|hats?|slogan|slogans|conservatism|populism|populists?|faithful|world|universe|"
                             r"diehards?)\b)")
_MOVEMENT_BEFORE = re.compile(r"\b(?:the|a) (?:\w+ )?movement (?:known as|called)\s+$", re.I)
# A court case ("the Citizens United decision", "ruling in X", "overturn X", "X v. Y"). A body decides and rules
# too ("the Fed decision", "the High Court ruling"): "decision", "ruling" count only after a name with no acronym
# and no court's or board's word.
_CASE_AFTER = re.compile(r"^,?\s+(?:v\.|was decided|was wrongly decided)(?=[\s,.;:)]|$)")
_CASE_WORD_AFTER = re.compile(rf"^{_S}\s+(?:decision|decisions|ruling|rulings|verdict|precedent)\b")
_CASE_BEFORE = re.compile(r"(?:\bv\.|\b(?:ruling|decision|opinion|dissent|concurrence)s? in|"
                          r"overturn(?:s|ed|ing)?|overturning of|overrul(?:e|es|ed|ing))\s+(?:the\s+)?$", re.I)
_CAPS = re.compile(r"\b[A-Z]{2,}")
_DECIDERS = re.compile(r"\b(?:Courts?|Tribunals?|Circuit|Bench|Judiciary|Commission|Board|Council|Committee|Authority|"
                       r"Panel|Ombudsman|Regulator)\b", re.I)
# An agreement or a statute ("renegotiate NAFTA", "ratify the treaty", "violation of Title IX"). (Not "deal",
# "talks", "partners", "obligations", "commitments", "withdraw from", "members of": "the IMF deal", "Hamas talks",
# "NATO obligations", "withdraw from the WHO", "members of the ANC" are a body's.)
_DEAL_AFTER = re.compile(rf"^{_S}[\s\-]+(?:pact|treaty|accord|agreements?|trade deal|trade pact|trade area|signatories|"
                         r"provisions?|renegotiation)\b")
# What the archive says the name is: "X is a trade deal that", "X, the Sunday talk show," (an apposition's head
# noun, closing the phrase: "a law firm", "a balancing act" are none; not "movement": "X is a global movement
# that" is how charities speak of themselves).
_DEFINED = re.compile(r"^(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s+(?:(?!(?:of|behind|that|which|who|with|for|in|on|to|and|"
                      r"by|from)\b)[\w\-’']+\s+){0,3}?(?:(?P<broadcast>show|programme|program|series|drama|soap|sitcom|"
                      r"podcast)|(?P<event>tournament|championship|competition|address|speech|scholarship|fellowship)|"
                      r"(?P<case>case|ruling|decision)|(?P<deal>deal|agreement|pact|treaty|accord|law|statute))"
                      r"(?=\s*[,.;:)]|\s+(?:that|which|between|signed|with|of|in|on|from|for|aimed|hosted|presented|"
                      r"broadcast|aired|run|launched|named|where)\b)")
_DEAL_BEFORE = re.compile(r"\b(?:renegotiat(?:e|es|ed|ing|ion of)|ratif(?:y|ies|ied|ying|ication of)|"
                          r"rescind(?:s|ed|ing)?|scrap(?:s|ped|ping)?|tear(?:s|ing)? up|tore up|terminat(?:e|es|ed|ing)|"
                          r"moderni[sz](?:e|es|ed|ing)|violat(?:e|es|ed|ing|ion of|ions of)|breach(?:es|ed)? of|"
                          r"in breach of|compliance with|interpretation of|reinterpret(?:s|ed|ing)?|"
                          r"signator(?:y|ies) (?:of|to))\s+(?:the\s+)?$", re.I)
# A newsroom's cue: told things, quoted. A broadcast shares it with the broadcaster.
NEWSROOM_BEFORE = re.compile(r"\b(?:told|telling|according to|first appeared on|interview with|spoke to|speaking to)"
                             r"\s+(?:the\s+)?$", re.I)
# Inside a case's name: "X v. Y" (the span right before or right after the "v."). Only the lawyers' "v." with
# its stop: a fixture is "Chelsea v Arsenal", "Duke vs. Kansas" (and a sports page's "v." is left alone too).
_V_AFTER = re.compile(r"^,?\s+v\.\s+[A-Z]")
_V_BEFORE = re.compile(r"[A-Z][\w.’']*,?\s+v\.\s+$")

# A law named after a person: the law's word closes a possessive name ("Anne's Law", "Clare's Law"), or the
# name stands before "laws" ("Jim Crow laws"), in the person values the model made of them.
_LAW_NAME = re.compile(r"[’']s (?:Law|Laws|Act|Bill|Rule|Doctrine)$")
_LAWS_AFTER = re.compile(r"^(?:-era)?\s+(?:laws|statutes|segregation)\b")

KINDS = ("broadcast", "event", "movement", "case", "deal")


def enabled() -> bool:
    return switches.get("NEWSFACET_NAMED_USES", "1") != "0"


# A newsroom by its own name's last word ("NBC News", "Sky TV", "Nine Network"'s kin "Seven Television").
_NEWSROOM_WORD = re.compile(r"\b(?:News|TV|Radio|Television|Channel)$")
_REPORTS_AFTER = re.compile(rf"^{_S}\s+(?:reported|reports|reporter|reporters|correspondent|journalist|anchor|"
                            r"broadcast|aired|airs)\b")


def newsroom(before: str, after: str) -> bool:
    """A mention read as a newsroom's: told things, quoted, reporting ("told NBC", "NBC reported")."""
    return bool(NEWSROOM_BEFORE.search(before) or _REPORTS_AFTER.match(after))


def reading(before: str, after: str, value: str, newsrooms=frozenset()) -> str | None:
    """The named thing one mention of ``value`` reads as by the words around it (``before``/``after``: the
    paragraph's text just before and after the span), or None. ``newsrooms``: the names the archive uses as
    newsrooms ("told NBC"), whose possessive before a name makes it a broadcast ("NBC's Meet the Press")."""
    from . import orgs

    defined = _DEFINED.match(after)
    if defined:
        return defined.lastgroup
    poss = _OUTLET_POSS.search(before)
    owner = poss.group(1) if poss else ""
    if owner and (owner in newsrooms or orgs.is_outlet(owner) or _NEWSROOM_WORD.search(owner)) or _BROADCAST_BEFORE.search(before) \
            or _BROADCAST_AFTER.match(after) or _STORY_BEFORE.search(before):
        return "broadcast"
    if _CASE_AFTER.match(after) or _CASE_BEFORE.search(before) \
            or _CASE_WORD_AFTER.match(after) and not (_CAPS.search(value) or _DECIDERS.search(value)):
        return "case"
    # (not an acronym's: "the NCAA tournament", "NBA title" are a governing body's, "the IPL final" a league's)
    if (_EVENT_AFTER.match(after) or _EVENT_BEFORE.search(before)) and not _CAPS.fullmatch(value):
        return "event"
    if _MOVEMENT_AFTER.match(after) or _MOVEMENT_BEFORE.search(before):
        return "movement"
    if _DEAL_AFTER.match(after) or _DEAL_BEFORE.search(before):
        return "deal"
    return None


def law_name(value: str) -> bool:
    """A person value that names a law by its shape ("Anne's Law")."""
    return bool(_LAW_NAME.search(value))


def laws_after(after: str) -> bool:
    """A person mention read as a law's name by the word after it ("Jim Crow laws", "Jim Crow-era statutes")."""
    return bool(_LAWS_AFTER.match(after))


def in_case_name(before: str, after: str) -> bool:
    """Whether a span stands right before or right after the "v." of a case's name ("Roe v. Wade")."""
    return bool(_V_AFTER.match(after) or "v." in before and _V_BEFORE.search(before))  # (no "v.": no search)
