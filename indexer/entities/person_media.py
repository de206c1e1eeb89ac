"""Round 16: a name filed as a person that the archive's sentences use as a medium is a platform, not a person.

The small model tags a social network PERSON by its shape in whole archives ("He wrote on Twitter", "vented
their anger on Twitter", "his official Twitter account"): judged wrong on seven of the 33 corpora (africa_newswire,
latam_newswire, onestop_guardian, rappler, tehrantimes, india_news, ukpress: "Twitter", "Instagram"). Nobody posts
on a person, has a person's account or follows a person's channel; a person is posted ABOUT. Round 15 took the
same sentences (org_things: "posted on X", "a post on X", "an X account") as evidence that an org value names a
medium. Here a person value used so in at least MEDIA_MIN mentions and MEDIA_SHARE of all its mentions (ukpress2016:
"Twitter" 38 of its 156, the rest "highlighted on", "taken to", "On Twitter," which a person can be too), and
never after a person's title or honorific, is filed as the organisation of its name: each medium mention leaves
the facet (NO_FACET, as org_things does for an org value), the others ("Twitter said it would ...") are the
company. NEWSFACET_PERSON_MEDIA=0 turns the pass off.
Round 20 (gate_outlets_and_works): the other media the model reads as people, newspapers and works (films, books,
toys, roles), by the kind word the archive writes beside them; NEWSFACET_PERSON_WORKS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET

from . import switches

MEDIA_MIN = 3
# Once the archive shows the name to be a medium, a bare "on X" / "to X" is that medium too ("emerged on Twitter",
# "taken to Twitter", "On Twitter, the minister ..."): it names where something was said, not the company.
_ON = re.compile(r"(?:^|\b)(?:[Oo]n|onto|to)\s+(?:the\s+)?$")
MEDIA_SHARE = 1 / 5
# Round 65: ... or twice MEDIA_MIN such uses, whatever their share, still never after a person's title: a paper
# writing about the company behind a network ("Twitter's employees", "Musk's purchase of Twitter", 79 of 87 mentions in
# a Guardian archive) keeps its medium uses under a fifth (NEWSFACET_MEDIA_MANY=0: the share alone, as before).


def refile_media(articles) -> int:
    """Person values the archive uses as a medium become organisations (see the module docstring). Returns the
    number of mentions refiled."""
    if switches.get("NEWSFACET_PERSON_MEDIA", "1") == "0":
        return 0
    from .name_titles import honorific_before, title_before
    from .org_things import _MEDIUM_AFTER_WEAK, _medium
    from .orgs import normalise_org

    n_all: Counter = Counter()
    media: Counter = Counter()
    personal: Counter = Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.value != m.text:
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            n_all[m.value] += 1
            if title_before(before) or honorific_before(before):
                personal[m.value] += 1
            elif _medium(before, after) or _MEDIUM_AFTER_WEAK.match(after):
                media[m.value] += 1
    many = MEDIA_MIN * 2 if switches.get("NEWSFACET_MEDIA_MANY", "1") != "0" else float("inf")
    platforms = {v for v, k in media.items() if k >= MEDIA_MIN and (k >= MEDIA_SHARE * n_all[v] or k >= many)
                 and not personal[v]}
    if not platforms:
        return 0
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.value not in platforms or m.value != m.text:
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            m.kind, m.value = "org", normalise_org(m.text)
            if _medium(before, after) or _MEDIUM_AFTER_WEAK.match(after) or _ON.search(before):
                m.label = NO_FACET
            n += 1
    return n


# Round 20: a newspaper or a work the model read as a person, told by the archive's own sentences. A newspaper is
# written after its kind ("the daily X", "the Islamist paper X", "an editorial in X") or before it ("X newspaper", "X
# editor Y", "X, the state daily"; round 66: "an insider told X", "X has learned that"); a film, a book or a toy after
# its kind ("the film X", "the musical X", "the role of X") or before the things made of it ("X films", "X dolls", "X
# star Y", "X author Y"). Nobody is so written (not after a possessive: "X’s weekly newsletter" is a columnist's); a
# person's title, age, office or kin (person_context.strong_context) says otherwise. Lower-case kind words only:
# "Daily Mirror" opens a name.
_OUTLET_BEFORE = re.compile(r"\b(?:newspapers?|daily|dailies|weekly|weeklies|magazines?|tabloids?|journals?|"
                            r"broadsheets?|paper|outlets?|publications?|editors? of|editorial in|articles? in|"
                            r"column in|wrote in|writing in|published in|quoted in|printed in|issues? of|edition of|"
                            r"pages of|"
                            # round 66: gossip copy's sources ("an insider told Radar", "debunked by Gossip Cop")
                            r"(?:sources?|insiders?|tipsters?)\s+(?:close\s+to\s+(?:[\w’'\-]+\s+){1,3})?"
                            r"(?:exclusively\s+)?"
                            r"(?:told|tells)|debunked by|busted by)\s+(?:the\s+)?[\"“‘']?$")
_OUTLET_AFTER = re.compile(r"^[\"”]?\s+(?:(?:contributing|senior|managing|executive|deputy|associate|"
                           r"political|news|opinion)\s+)?(?:newspapers?|daily|weekly|magazine|tabloid|editorial|"
                           r"editors?|columnists?)\b|^,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}(?:newspaper|daily|"
                           r"weekly|magazine|tabloid|paper|organ|mouthpiece)\b|"
                           # ("X Thursday in an editorial says", "X says in an article")
                           r"^(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+(?:says|said|stresses|stressed|notes|noted))?"
                           r"\s+in\s+(?:an?|its)\s+(?:editorial|article|commentary)\b|"
                           # round 66: "X has learned that" (not a person's "has learned firsthand")
                           r"^\s+(?:has|have)\s+(?:exclusively\s+)?learned\s+that\b|"
                           r"^\s+can\s+exclusively\s+(?:reveal|confirm)\b")
_WORK_BEFORE = re.compile(r"\b(?:(?:films?|movies?|book|novel|series|sitcom|opera|musical|album|song|comic|franchise|"
                          r"comedy|comedy-drama|drama|thriller|documentary|biopic|cartoon|sequel)"
                          r"(?:\s+(?:called|titled|named))?|character|role of|doll|toy|directed|starred in|starring in|"
                          r"sequel to|adaptation of|titled|entitled)\s+[\"“‘']?$")
_WORK_AFTER = re.compile(r"^[\"”]?\s+(?:films?|movies?|books?|novels?|franchise|saga|sequel|prequel|trailer|dolls?|"
                         r"toys?|merchandise|theme park|star|co-star|author|director|actor|actress)\b|"
                         r"^\s+as\s+a\s+character\b")
# Round 42: a work of a series by its place in it ("the sixth Harry Potter", "the latest Bond"): nobody is counted so.
_ORDINAL_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]very)\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
                             r"eighth|ninth|tenth|latest|final)\s+$")
# Share of a value's own mentions (written as the value) with such a cue, at least one.
THING_SHARE = 1 / 4
WORK_AFTER_MIN = 2
OUTLET_MIN = 2


def gate_outlets_and_works(articles) -> int:
    """Person values the archive writes as a newspaper (refiled as an organisation) or as a work (left with its
    kind), out of the facet; see the comment above. NEWSFACET_PERSON_WORKS=0 turns it off. Returns the number of
    mentions changed."""
    if switches.get("NEWSFACET_PERSON_WORKS", "1") == "0":
        return 0
    from .person_context import strong_context

    own: Counter = Counter()
    outlet: Counter = Counter()
    work: Counter = Counter()
    named: Counter = Counter()  # work mentions after the work's kind ("the film X")
    strong: Counter = Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.label == NO_FACET:
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[:m.start], para[m.end:]
            strong[m.value] += bool(strong_context(before, after, m.text))
            if m.text != m.value:
                continue
            own[m.value] += 1
            if _OUTLET_BEFORE.search(before[-50:]) or _OUTLET_AFTER.match(after[:60]):
                outlet[m.value] += 1
            elif _WORK_BEFORE.search(before[-30:]):
                work[m.value] += 1
                named[m.value] += 1
            elif _WORK_AFTER.match(after[:20]) or _ORDINAL_BEFORE.search(before[-20:]) and _ordinals():
                work[m.value] += 1
    # (a work's things after a name are a director's or an actor's as well, "a Jackie Chan movie": twice at least,
    # unless the archive also names the work's kind before it)
    # (a newspaper's cues are its own: twice is enough however often else it "says" or is "told")
    things = {v for v in outlet + work if not strong[v] and (outlet[v] >= OUTLET_MIN or outlet[v] + work[v]
              >= THING_SHARE * own[v] and (outlet[v] or named[v] or work[v] >= WORK_AFTER_MIN))}
    if not things:
        return 0
    from .orgs import normalise_org

    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.value in things and m.label != NO_FACET:
                if outlet[m.value] >= work[m.value] and m.value == m.text:
                    m.kind, m.value = "org", normalise_org(m.text)
                m.label = NO_FACET
                n += 1
    return n


def _ordinals() -> bool:
    """NEWSFACET_WORK_ORDINALS=0: "the sixth X" is no cue of a work."""
    return switches.get("NEWSFACET_WORK_ORDINALS", "1") != "0"
