"""Round 18: org values the archive's sentences use as a PROGRAMME, a LAW or a SHOW, not as a body.

The model tags "Medicaid", "Obamacare", "JobKeeper", "MasterChef" ORG by their shape (one capitalised
word, a brand's capitals) and the evidence gate admits them as brands. Nobody in them speaks, hires or has
officials: people are enrolled in them, paid by them, appear on them, and politicians expand or repeal them. The words around a value's mentions, tallied over the whole archive, say which it is:
- a PROGRAMME or a LAW: "Medicaid expansion", "JobKeeper payments", "KiwiSaver members' savings", "enrolled in
  X", "repeal X", "eligible for X", "cuts to X", "X recipients/beneficiaries/coverage";
- a SHOW: "X contestant", "X episode", "the X finale", "appeared on X", "the set of X", "star of X";
A body's own sentence says otherwise: it speaks or acts ("X said", "X announced"), has people ("X officials",
"spokesman for X", "X chief executive"), is a newsroom ("told X", "according to X") or an employer ("works
at X"). A value many of whose mentions read as a programme or a show and that is never a body
anywhere in the archive names no body: a company named by its product ("Google", "Apple") speaks in some
story, a broadcaster is told things, a regulator named after its law ("Medicare" agency) acts.
The gold conventions of every evaluation corpus leave programmes, laws and shows unannotated and file social
platforms as orgs: such a value's mentions are dropped. A name closed by a body's head word ("Ministry of X",
"X Corporation": "under the Ministry", "funding for the Corporation") and the alias and outlet tables win.
Round 41: a value named once or twice, never as a body, needs one programme reading only (one_reading; a
small archive gives a programme no second), and a hyphen or a list no longer hides one ("Medicare-for-all", "the
Medicare and Medicaid health care programs").
Products and platforms ("FaceTime", "WhatsApp") are left to org_things' medium test: the gold files platforms as
orgs and the judges split on them. NEWSFACET_ORG_PROGRAMMES=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter

from . import named_uses, orgs, switches

# The share of a value's mentions that must read as a programme or a show (with at least MIN_USES).
SHARE = 1 / 3
MIN_USES = 2
# ... or this many and this share, for a value the archive names often and bare.
STRONG_USES = 5
STRONG_SHARE = 0.1
# ... and how many body readings such a value may have beside them (round 20: one regex's misread).
BODY_SHARE = 1 / 4
# A person value read as a law's name this many times (and a tenth of its mentions) is the law's (round 20).
LAW_USES = 2
# ... and, with no body reading at all, this many and this share (round 20).
NAMED_USES = 3
NAMED_SHARE = 1 / 5

# What a programme is, gets and gives, written right after its name ("Medicaid expansion", "JobKeeper
# payments", "Medicare for All"). (Not "programme": "the IMF programme", "ICT programmes" are a body's or a
# field's; not "regulations", "funding": "EU regulations", "UN funding".)
_PROG_AFTER = re.compile(r"^(?:[’']s)?[\s\-]+(?:expansion|expansions|payments?|payouts?|recipients?|beneficiar(?:y|ies)|"
                         r"enrollees|enrolees|enrol?ment|coverage|benefits?|subsid(?:y|ies)|eligibility|waivers?|"
                         r"scheme|schemes|repeal|rollout|roll-out|"
                         r"allowance|applicants|claimants|(?i:for[\s\-]all)|dollars|rebates?|reimbursements?|premiums|mandates?|"
                         r"exchanges|marketplaces?|rolls|cards?|levy|repealed|-type|Part [A-D]|"
                         r"(?:and|or|&) (?:the )?[A-Z][a-z]+ (?:[a-z]+ ){0,2}(?:payments?|schemes?|programmes?|programs?))\b")
# ... and what is done to it or with it, right before its name ("enrolled in Medicaid", "repeal Obamacare",
# "eligible for JobSeeker", "cuts to Medicare", "under Obamacare"). ("under" only bare: "under the Ministry"
# is a body's; not "defund", "funding for": "defund Planned Parenthood"; not "on", "covered by": "on CNN",
# "covered by World Trade Organisation rules"; not "expansion of": "the expansion of NATO".)
_PROG_BEFORE = re.compile(r"\b(?:enrol(?:l|ls|led|ling)? (?:in|on|for)|signed up (?:for|to)|sign up (?:for|to)|"
                          r"repeal(?:s|ed|ing)?|repeal of|replace(?:s|d)?|expand(?:s|ed|ing)?|"
                          r"dismantl(?:e|es|ed|ing)|eligible (?:for|under)|qualif(?:y|ies|ied) for|"
                          r"cuts? to|cuts? in|"
                          r"beneficiar(?:y|ies) of|recipients? of|receiv(?:e|es|ed|ing)|paid through|"
                          r"protected under|comply with|complying with|roll-?out of|"
                          r"implement(?:s|ed|ing)?|implementation of|passage of|replacement of|overhaul(?:s|ed|ing)?(?: of)?|"
                          r"(?:program|programme|scheme|policy|law|act),? (?:also )?(?:known as|called)|rel(?:y|ies|ying) on|"
                          r"(?:programs?|programmes?|schemes?|laws?|benefits?) (?:such as|like|including))\s+(?:the\s+)?$"
                          r"|\bunder\s+$", re.I)
# "X programme" names a programme unless X holds an acronym: "the IMF programme", "ICT programmes" are a body's
# or a field's, "the KiwiBuild programme", "the Gota programme" are programmes.
_PROGRAMME_AFTER = re.compile(r"^[\s\-]+(?:programme|programmes|program|programs)\b")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}")
# Round 60: a law by its sponsors' or its own name, before "law" a word or two on ("the 2010 Dodd-Frank financial
# reform law", "the Sarbanes-Oxley law"); like "programme", only for a value with no acronym ("EU law", "UN
# legislation" are a body's). A Reuters politics archive listed "Dodd-Frank" as an org of 9 articles.
# (not a law's school or people: "the former Harvard law professor"; no small word or verb between: "instruct the
# Legal Draftsman to draft legislation")
_LAW_AFTER = re.compile(r"^[\s\-]+(?:(?!(?:to|the|an?|and|or|of|for|in|on|at|by|with|is|was|are|were|be|has|have|had|"
                        r"will|would|can|could|should|may|must|draft|drafted|drafts|pass|passed|passes|sign|signed|"
                        r"that|which|who|new)\s)[a-z]+\s+){0,2}(?:law|laws|legislation)\b"
                        r"(?!\s+(?:school|professor|firm|student|graduate|degree|enforcement|review|journal|faculty|"
                        r"clinic|center|centre|lecturer|partner|office|society|expert|scholar))")
# A show's people and parts ("MasterChef contestant", "the Bachelor finale", "a Love Island star").
_SHOW_AFTER = re.compile(r"^(?:[’']s)?[\s\-]+(?:contestants?|episodes?|finale|premieres?|premiered|castmates?|hopefuls?|judges?|"
                         r"alums?|alumni|spin-off|spinoff|reboot|auditions?|viewers|"
                         # round 66: a film's ("the Titanic costars", "the Dunkirk trailer"; not "star": a club's too)
                         r"co-?stars?|sequel|prequel|trailers?|box[ -]office)\b")
_SHOW_BEFORE = re.compile(r"\b(?:appear(?:s|ed|ing)? on|starr(?:ed|ing) (?:in|on)|contestants? on|episode of|"
                          r"the set of|finale of|tuned in to|aired on|a guest on|cast of|season (?:\w+ )?of|"
                          r"(?:the|a|his|her|their) (?:film|movie|blockbuster|biopic))\s+(?:the\s+)?[\"“‘']?$", re.I)
# A body's own sentence: it speaks, acts, has people, is told things or employs someone.
_BODY_AFTER = re.compile(r"^(?:[’']s)?\s+(?:has\s+|have\s+|had\s+|also\s+|will\s+|would\s+|on\s+\w+\s+)?"
                         r"(?:said|says|announced|announces|told|tells|stated|confirmed|denied|declined|"
                         r"spokes\w+|officials?|chief|boss|head|executives?|staff|employees|workers|"
                         r"administrator|director|CEO|chairman|founder|board|shares|stock|reported|reports|"
                         r"reporter|correspondent|journalist|anchor|launched|hired|sued|acquired|bought|"
                         r"agreed|plans|wants|introduced|issued|released|admitted|apologi[sz]ed|"
                         r"responded|revealed|insisted)\b")
_BODY_BEFORE = re.compile(r"\b(?:told|telling|according to|first appeared on|first published (?:on|in)|interview with|"
                          r"spoke to|speaking to|works? at|worked at|"
                          r"working at|job at|jobs at|joined|employees of|staff at|spokes\w+ for|head of|chief of|"
                          r"founder of|officials? (?:at|from)|executives? (?:at|from)|CEO of|shares in|stake in)\s+"
                          r"(?:the\s+)?$", re.I)

# Round 41: a programme's noun that is also a verb, written as the body's verb ("HBO benefits from subsidies"), and
# a possessive after a programme's preposition ("under UNESCO's umbrella"): the body's, not a programme's.
_BODY_VERB_AFTER = re.compile(r"^\s+(?:benefits|benefited|benefitted)\s+(?:from|by)\b")
_POSSESSIVE = re.compile(r"^[’']s?\b")


def _laws() -> bool:
    """NEWSFACET_LAW_NAMES=0: "X law" reads as nothing (before round 60)."""
    return switches.get("NEWSFACET_LAW_NAMES", "1") != "0"


def _uses(before: str, after: str, value: str = "") -> tuple[bool, bool, bool]:
    """(programme, show, body) readings of one mention by the words around it."""
    body = bool(_BODY_AFTER.match(after) or _BODY_BEFORE.search(before) or _BODY_VERB_AFTER.match(after))
    prog = bool(_PROG_AFTER.match(after) or _PROG_BEFORE.search(before) and not _POSSESSIVE.match(after)
                or (_PROGRAMME_AFTER.match(after) or _LAW_AFTER.match(after) and _laws()) and not _CAPS_WORD.search(value))
    show = bool(_SHOW_AFTER.match(after) or _SHOW_BEFORE.search(before))
    return prog, show, body


def _newsrooms(articles) -> set[str]:
    """The org values the archive uses as newsrooms ("told NBC", "NBC reported"): their possessive makes a
    broadcast ("NBC's Meet the Press"), and so does their name before a programme's ("BBC Question Time").
    In a tenth of their mentions at least (STRONG_SHARE): a university's own archive says "told the UCSC
    police" once in 2,000 mentions of UCSC, and "UCSC's Long Marine Laboratory" is no broadcast (round 21)."""
    reads: Counter = Counter()
    seen: Counter = Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind == "org":
                seen[m.value] += 1
                para = a.paragraphs[m.paragraph].text
                if named_uses.newsroom(para[max(0, m.start - 40):m.start], para[m.end:m.end + 40]):
                    reads[m.value] += 1
    return {v for v, k in reads.items() if k >= STRONG_SHARE * seen[v]}


def features(articles, newsrooms: set[str] | None = None) -> dict[str, Counter]:
    """Per org value: its mentions, and how many read as a programme's, a show's or another named thing's
    (named_uses: a broadcast, an event, a movement, a case, an agreement), or as a body's. ``newsrooms``: the
    archive's (_newsrooms), when the caller has them already. A known body's mentions are counted, not read: apply
    leaves it alone."""
    named = named_uses.enabled()
    if newsrooms is None:
        newsrooms = _newsrooms(articles) if named else set()
    out: dict[str, Counter] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind != "org":
                continue
            f = out.setdefault(m.value, Counter())
            f["n"] += 1
            if orgs.known_body(m.value):
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            prog, show, body = _uses(before, after, m.value)
            kind = named_uses.reading(before, after, m.value, newsrooms) if named else None
            f["thing"] += prog or show or bool(kind)
            f["prog"] += prog
            if kind:
                f[kind] += 1
            f["body"] += body
    return out


def _headed(value: str, heads: set[str]) -> bool:
    """A body's head word closes the name or heads its "X of": "Ministry of Agriculture", "Delhi Transport
    Corporation" have programmes ("under the Ministry of X", "Corporation funding"), they are none."""
    from .gazetteer import fold

    words = value.split()
    return fold(words[-1]) in heads or any(fold(w) in heads and nxt in ("of", "for") for w, nxt in zip(words, words[1:]))


def decide(f: Counter) -> bool:
    """Whether a value's mentions (``f``: its ``features``) read as a programme's, a show's or another named
    thing's, not a body's: a third of them (at least MIN_USES), or, for a value written about at length,
    STRONG_USES of them and a tenth (a law is named bare in most sentences: "Obamacare has been an albatross").
    A body reading vetoes, but (round 20) one in BODY_SHARE of STRONG_USES readings or more is a misread
    ("find Obamacare plans less appealing"). Round 20: with no body reading at all, NAMED_USES readings and
    NAMED_SHARE of the mentions are enough ("NBC's Meet the Press", "host of Meet the Press", "renegotiate NAFTA"
    beside its bare mentions)."""
    n, thing, body = f["n"], f["thing"], f["body"]
    if not n:
        return False
    named = named_uses.enabled()
    if body and not (named and thing >= STRONG_USES and body <= BODY_SHARE * thing):
        return False
    if named and not body and thing >= NAMED_USES and thing >= NAMED_SHARE * n:
        return True
    if not body and one_reading() and f["prog"] and f["prog"] * 2 >= n:
        return True
    return thing >= MIN_USES and thing >= SHARE * n or thing >= STRONG_USES and thing >= STRONG_SHARE * n


def one_reading() -> bool:
    """Round 41: a value named once or twice in the archive, never as a body, is a programme or a law on one of
    its readings as one ("repeal of Obamacare", "Medicare for all", "the Pfumvudza programme"): a small archive
    gives a programme no second reading, and a body is seldom named so. Shows and other named things keep needing
    two. NEWSFACET_PROG_ONE=0 turns it off."""
    return switches.get("NEWSFACET_PROG_ONE", "1") != "0"


def _headed_thing(f: Counter) -> bool:
    """A name closed by a body's head word that the archive uses as a broadcast, a movement or a court case
    with no body reading at all ("NBC's Meet the Press", "the Tea Party movement", "the Citizens United
    decision"): the head word is part of the thing's name (round 20)."""
    return named_uses.enabled() and not f["body"] and f["broadcast"] + f["movement"] + f["case"] >= MIN_USES


def _newsroom_prefixed(articles, things: set[str], rooms: set[str]) -> set[str]:
    """Values made of a newsroom's name (``rooms``: _newsrooms) and a named thing's ("BBC Question Time" where
    the archive uses "Question Time" as a broadcast and "BBC" as a newsroom): the thing, by its channel
    (round 20)."""
    out = set()
    for v in {m.value for a in articles for m in a.mentions if m.kind == "org"} - things:
        words = v.split()
        for k in range(1, min(3, len(words))):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if rest in things and (head in rooms or orgs.is_outlet(head)):
                out.add(v)
    return out


def _person_laws(articles) -> set[str]:
    """Person values that name a law: by their shape ("Anne's Law"), or read as laws in LAW_USES of their
    mentions and a tenth ("Jim Crow laws"; "Reagan-era laws" is a tenth of no one's). The gold leaves laws
    unannotated, names inside them too (round 20)."""
    n, laws = Counter(), Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind == "person":
                n[m.value] += 1
                para = a.paragraphs[m.paragraph].text
                laws[m.value] += named_uses.laws_after(para[m.end:m.end + 30])
    return {v for v in n if named_uses.law_name(v) or laws[v] >= LAW_USES and laws[v] >= STRONG_SHARE * n[v]}


def _head_before_of(value: str, heads: set[str]) -> bool:
    """"A of (the) B" is an A: the head word of "State of the Union" is "State", not "Union", which names no
    body; "Bank of the Philippine Islands", "Council of the EU" keep theirs (round 20)."""
    from .gazetteer import fold

    words = value.split()
    if not named_uses.enabled() or "of" not in words[1:-1]:
        return False
    return not any(fold(w) in heads for w in words[:words.index("of")])


def apply(articles) -> int:
    """Drop the org mentions of values the archive uses as programmes, laws, shows or other named things; a
    movement's keep their mentions out of the facet (the gold files some as orgs: "the Tea Party" of a party
    paper); names inside a case's name go too (named_uses.in_case_name). Returns the number dropped."""
    if switches.get("NEWSFACET_ORG_PROGRAMMES", "1") == "0":
        return 0
    from search.model import NO_FACET

    from .org_evidence import _heads

    heads = _heads()
    named = named_uses.enabled()
    rooms = _newsrooms(articles) if named else set()  # one pass for the readings and the prefixed names
    drop, keep = set(), set()
    feats = features(articles, rooms)
    for v, f in feats.items():
        # "X movement" where the archive also names the body "X Movement" (an org value of its own: "FLNKS Kanaks
        # Movement" beside "FLNKS Kanaks movement") is that body, written small (round 21)
        if f["movement"] and f"{v} Movement" in feats:
            continue
        if decide(f) and not (orgs.known_org(v) or orgs.is_outlet(v)
                              or _headed(v, heads) and not (_headed_thing(f) or _head_before_of(v, heads))):
            (keep if f["movement"] * 2 > f["thing"] else drop).add(v)
    if drop and named:
        drop |= _newsroom_prefixed(articles, drop, rooms)
    laws = _person_laws(articles) if named else set()
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.value in keep:
                m.label = NO_FACET
        kept = [m for m in a.mentions if not (m.kind == "org" and m.value in drop)]
        if named:
            kept = [m for m in kept if not (_in_case(a, m) or m.kind == "person" and m.value in laws)]
        n += len(a.mentions) - len(kept)
        a.mentions = kept
    return n


def _in_case(a, m) -> bool:
    """A person or org mention inside a court case's name ("Citizens United v. FEC", "D.C. v. Heller"), outside
    a sports page (a fixture: "Duke v. Kansas")."""
    if m.kind not in ("org", "person"):
        return False
    para = a.paragraphs[m.paragraph].text
    if not named_uses.in_case_name(para[max(0, m.start - 30):m.start], para[m.end:m.end + 10]):
        return False
    from .org_places import _sports

    return not _sports(a)
