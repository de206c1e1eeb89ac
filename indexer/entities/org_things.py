"""Round 15: org values the archive's sentences use as a THING, not as a body -- a market index or a security,
a platform used as a medium, a vehicle or a room, an occasion, a photo credit's tag.

The wrong org values left on the fresh Singapore and US archives of set 14 were names the model tags ORG by
their shape while the sentences around them say what they are:
- an INDEX or a SECURITY: markets write an index with "the" before a move ("The Dow fell 469 points", "the
  tech-heavy Nasdaq"), in points, or before a security's noun ("Treasury yields", "Nasdaq futures", "the 10-year
  Treasury"). A value used so in a large share of its mentions (MARKET_SHARE) is a market's number; its mentions
  leave the facet except where its own sentence makes it a body ("the US Treasury sanctioned ..."). A company's
  stock is written without "the" and moves in per cent ("Apple fell 2%"): no evidence here;
- a MEDIUM: a platform one posts on ("wrote on Instagram", "a post on X", "his YouTube channel", "a TikTok
  video"). Each such mention names where something was said, not a story about the company, so it leaves the
  facet by itself; the same value's other mentions ("TikTok sued the administration") stay. The judges of set
  14 differed here (cnn2026: "posted on Instagram" is no org; straitstimes2020: ok); the product's reading
  decides: a journalist ticks an org to find the stories ABOUT it. A value the archive also uses as a newsroom
  ("told ABC", "ABC reported", "according to ABC") is a broadcaster: its "on ABC" is an interview, kept;
  round 19: a value written so in a third of its mentions (MEDIUM_SHARE) is a medium in all of them but those
  whose own sentence makes it an actor ("TikTok said", "according to X"): "Instagram photo", "took to Instagram",
  "uploaded to TikTok" are the same use in words the cues miss (40 corpora: 21 platform values judged wrong
  as a medium, 14 ok; NEWSFACET_ORG_MEDIA=0 keeps the per-mention reading only);
- a VEHICLE or a ROOM: a mention after "aboard"/"on board" is a craft ("aboard Air Force One"); a value
  the archive places things "in the"/"from the"/"inside the" in most of its mentions and that never acts is a
  room or a building ("in the Oval Office"). ("at" is left out: "analysts at Deutsche Bank", "a professor at
  the University of X" are people of a body);
- an OCCASION: a name that modifies "address", "speech", "ceremony" in most of its mentions ("his State of the
  Union address");
- a CREDIT TAG: a caption's credit ("PHOTO: ST FILE", "PHOTO: AFP/HANDOUT") whose words hold a credit's
  tag (file, handout, screengrab ...): the picture's source line, not a body of the story. An agency credited
  alone ("PHOTO: EPA") is left alone: the judges filed the agency as a body.
Round 30 added two: a PRODUCT, a maker the archive files as a body and a model's code ("LG G6", "BMW X5"), and a
MONEY POT, a fund or a grant written with the sum it holds or grows to ("its £41 million Winter Support Fund",
"double the Fuel Insecurity Fund to £20 million") in half its mentions and never as a body.
A mention with such evidence leaves the facet (label NO_FACET, mention kept), unless the alias or outlet tables
know its value. NEWSFACET_ORG_THINGS=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter

from . import market_indexes, orgs, switches
from .gazetteer import fold

# Share of a value's mentions in a market's use that makes it an index or a security. Chosen
# leave-one-corpus-out on the judged top-100 org values of the 31 seen corpora (see eval/RESULTS.md, round 15).
MARKET_SHARE = 1 / 3
# Share of a value's mentions posted on or through it that makes it a medium in all of them (round 19): a
# platform the archive writes about as a company ("TikTok sued", "Instagram's owner") rarely reaches it, and its
# own sentences keep those mentions. On the judged values of the seen corpora the platforms wrong as orgs
# ("a platform used as a medium") were written so in .38 to .71 of their mentions.
MEDIUM_SHARE = 1 / 3
# The nouns of a security or an index after its issuer's or its own name ("Treasury yields", "Nasdaq futures",
# "Nasdaq Composite"): a closed class of the market page, the same in any English-language archive.
_SECURITY_AFTER = re.compile(r"^(?:[’']s)?[\s\-]+(?:futures|yields?|bonds?|notes|bills|index|indices|composite|"
                             r"average|benchmark)\b", re.I)
# An index's modifiers and a bond's maturity before the name ("the tech-heavy Nasdaq", "the 10-year Treasury").
_INDEX_BEFORE = re.compile(r"\b(?:tech-heavy|blue-chip|benchmark|broader|broad-based|\d+[-‑‐]year)\s+$", re.I)
# An index moves in points ("The Dow closed lower by 785 points"; a match report's points are a score: its
# articles are left out, see ``features``) ...
_POINTS_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:rose|fell|gained|lost|dropped|climbed|shed|sank|slid|slipped|jumped|"
                           r"surged|soared|tumbled|declined|advanced|edged|closed|ended|finished|rallied|plunged|"
                           r"dipped|added|hit)\b[^.;:!?]{0,30}?\b\d[\d,.]*\s*points\b")
# ... and is written with "the" before a move ("The Dow fell", "the Nasdaq sank"): a company is not.
_THE_BEFORE = re.compile(r"(?:^|\b)[Tt]he\s+$")
_MOVE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:rose|fell|gained|lost|dropped|climbed|shed|sank|slid|slipped|jumped|"
                         r"surged|soared|tumbled|declined|advanced|edged|closed|ended|finished|rallied|plunged|"
                         r"dipped|opened|traded|hit)\b")
# A body's own sentence: it acts, speaks, or has people ("the US Treasury sanctioned", "Treasury officials").
_BODY_AFTER = re.compile(r"^(?:[’']s)?\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?(?:said|says|announced|"
                         r"told|stated|confirmed|issued|released|warned|urged|called|added|noted|sanctioned|"
                         r"accused|imposed|designated|sued|denied|declined|ordered|approved|posted|spokes\w+|officials?|"
                         r"secretary|chief|CEO|head|department|staff|employees|executives?|units?|members?|soldiers|"
                         r"troops|personnel|leaders?|leadership)\b")
# Posting on a medium: a word of posting shortly before "on X" ("a post on X", "a video posted last year on
# TikTok", "livestreaming on TikTok"), or a word of saying right before it ("wrote on Instagram", "said in a post
# on X"). Not "comment on X" (about X), "first appeared on X" (a newsroom's credit), "broadcast on X" (a station).
# Round 29: one follows, streams or watches it or has a presence there ("follow MSport on YouTube", "his presence
# on YouTube"), or posts or uploads to it ("originally posted to YouTube"). Not "on" alone ("a ban on TikTok",
# "sanctions on Huawei" are the firm's), nor "available on" ("not available on NHS"). Every branch ends in one of
# _MEDIUM_PREPOSITIONS and at most two words after it, which _medium tests first.
_OWNER = r"(?:the\s+)?(?:his|her|their|its|my|your|our|official)?\s*$"
_MEDIUM_BEFORE = re.compile(r"\b(?:posted|posting|posts?|uploaded|shared|sharing|livestreaming|livestreamed|"
                            r"livestreams?|viral|videos?|photos?|pictures?|clips?|followers|views|channel|"
                            r"communicating|communicated|messaged)\b(?:\s+[\w’']+){0,3}\s+(?:on|onto|via)\s+" + _OWNER +
                            r"|\b(?:said|says|wrote|writes|written|announced|disclosed|revealed)\s+(?:on|via)\s+" + _OWNER +
                            r"|\b(?:follow|follows|followed|subscribe|subscribed|subscribing|presence|streamed|streaming|"
                            r"streams|watch|watched|watching|trending|viewed)\b(?:\s+[\w’']+){0,3}\s+(?:on|via)\s+" + _OWNER +
                            r"|\b(?:posted|uploaded|uploading|upload|uploads|posting)\b(?:\s+[\w’']+){0,3}\s+(?:to|onto)\s+"
                            + _OWNER, re.I)
_MEDIUM_PREPOSITIONS = {"on", "onto", "via", "to"}
# A caption credits it as the source ("(MSNBC via YouTube)", "Image courtesy: YouTube").
# (a credit's "via" follows its maker's name: "(MSNBC via X)", "(Gillette/via X)"; "(via X)" alone is a holding
# company's or a newsroom's, "Mr Wong (via Shine)", "(via USA Today)")
_CREDIT_SOURCE = re.compile(r"(?:[A-Za-z]\s*/\s*via|[A-Z][\w.]*\s+via|\b[Cc]ourtesy(?::|\s+of)?|\bCOURTESY:?)\s*$")
_CAPTION_END = re.compile(r"^\s*(?:\)|$)")
# ... or the medium's own things after its name ("an Instagram post", "his YouTube channel", "a TikTok video").
_MEDIUM_AFTER = re.compile(r"^\s+(?:post|posts|video|videos|channel|channels|livestream|live|handle|clip|clips|"
                           r"reel|reels|followers|influencers?|thread|threads)\b")
# Words a medium shares with a bank or a telephone company ("an Instagram account", "a Bank of Valletta
# account", "Vodafone users"): a medium's only where the archive shows the name as a medium elsewhere.
# (not "group": "a WhatsApp group" is a medium's, but "the Adani group" is a body's own word)
_MEDIUM_AFTER_WEAK = re.compile(r"^\s+(?:account|accounts|user|users|page|pages|profile|subscribers|chats?|"
                                r"messages?|numbers?|stories|story)\b")
# A newsroom: people tell it things, it reports ("told ABC", "ABC reported", "according to ABC").
_NEWSROOM_BEFORE = re.compile(r"\b(?:told|telling|tells|interview with|interviewed by|according to|speaking to|"
                              r"spoke to|spoke with|quoted by|reported by|first appeared on|first published on|"
                              r"first published in)\s+(?:the\s+)?$", re.I)
_NEWSROOM_AFTER = re.compile(r"^(?:[’']s)?\s+(?:reported|reports|reporter|reporters|journalist|correspondent|"
                             r"interview|anchor|host)\b")
# ... and a name that says it is one ("MLB Network", "Mehr News"): "said on MLB Network" is an interview.
NEWSROOM_LAST = {"news", "network", "networks", "tv", "television", "radio", "channel", "broadcasting", "times",
                 "post", "journal", "herald", "press", "agency", "media", "gazette", "tribune", "daily"}
_NAME_GOES_ON = re.compile(r"^\s+[A-Z]")  # "a piece on [ESPN] CricInfo": a cut name, not the medium's own
# A body's own site or its own things ("published on the ministry's website", "on the HKU website", "via
# Microsoft's cloud"): the body publishes there, it is no medium of someone else's post.
_OWN_AFTER = re.compile(r"^(?:[’']s\b|\s+(?:website|web|site|portal|homepage)\b)")
_ABOARD = re.compile(r"\b(?:aboard|on board|onboard)\s+(?:the\s+)?$", re.I)
_IN_THE = re.compile(r"\b(?:in|from|inside|into|outside)\s+(?:the|his|her|their)\s+$", re.I)
# The last word of a room's or a building's name ("Oval Office", "Cabinet Room", "East Wing"); a body's name ends
# so too ("Home Office"), so the sentences decide: a body acts, a room is where things happen ("served in the
# Army Reserve" is a body's: its name ends otherwise).
ROOM_LAST = {"office", "room", "chamber", "chambers", "hall", "building", "residence", "mansion", "palace", "wing",
             "garden", "gardens", "lounge", "suite", "house"}
# The nouns an occasion's name modifies ("his State of the Union address", "the Oscars ceremony"): a closed class
# of the words for a speech or a ceremony. (Not "summit", "conference", "meeting": "the ASEAN summit" is a
# body's meeting, the body is named.)
_OCCASION_AFTER = re.compile(r"^\s+(?:address|addresses|speech|speeches|ceremony|ceremonies|parade|parades|gala|"
                             r"telecast|festivities|celebrations)\b")
# Round 30: a MONEY POT, a fund or a grant a government fills and spends: a sum right before its name ("its £41
# million Winter Support Fund", "a new $200 million Regional Development Fund") or the sum it grows to right after
# it ("double the Fuel Insecurity Fund to £20 million"), in half its mentions, and never a body's sentence (a fund
# that speaks or has officials is an institution: "the Green Climate Fund said").
POT_LAST = {"fund", "funds", "grant", "grants", "scheme", "schemes"}
_MONEY = r"(?:[£$€¥₹]|(?:NZ|A|AU|US|C|HK|S)\$|Rs\.?\s?|K\s?)\d[\d,.]*\s?(?:m|mn|bn|k|million|billion|thousand)?"
_MONEY_BEFORE = re.compile(_MONEY + r"\s+(?:[a-z][\w\-]*\s+)?(?:the\s+)?$")
_MONEY_AFTER = re.compile(r"^\s+(?:to|of|worth)\s+" + _MONEY)
# A caption's credit label right before the name ("PHOTO: ", "Photos by ", "IMAGE: ").
_CREDIT_LABEL = re.compile(r"\b(?:PHOTOS?|Photos?|IMAGES?|Images?|PICTURES?|Pictures?|PIC|Credit|CREDIT|"
                           r"VIDEO|Video)\s*(?::|by)\s*$")
# The tag words of a credit: where the picture came from, not who made it.
CREDIT_TAGS = {"file", "files", "handout", "handouts", "screengrab", "screenshot", "courtesy", "pool",
               "archive", "archives", "graphics", "illustration"}


def features(articles) -> dict[str, Counter]:
    """Per org value: how many of its mentions sit where an index, a security, a medium, a vehicle, a room or
    a credit would (one walk over the org mentions; a known body's are counted, not read: apply leaves it alone)."""
    from search.model import NO_FACET

    from .org_places import _sports

    out: dict[str, Counter] = {}
    for a in articles:
        sports = None
        for m in a.mentions:
            if m.kind != "org":
                continue
            f = out.setdefault(m.value, Counter())
            f["n"] += 1
            if m.label != NO_FACET:
                f["faceted"] += 1
            if orgs.known_body(m.value):
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            security = _security(before, after)  # (read once: both a market's shape and an issuer's paper hold it)
            if _market(before, after, security) or market_indexes.market_use(m.text, before, after):
                if sports is None:
                    sports = _sports(a)  # (asked only where a market's shape is met: rare)
                f["market"] += 0 if sports else 1
            if security or _PAPER_AFTER.match(after):
                f["paper"] += 1  # (round 59: an issuer's paper, read per mention in apply)
            if _BODY_AFTER.match(after):
                f["body"] += 1
            if _NEWSROOM_BEFORE.search(before) or _NEWSROOM_AFTER.match(after):
                f["newsroom"] += 1
            if _medium(before, after):
                f["medium"] += 1
            if _IN_THE.search(before):
                f["in_the"] += 1
            if _CREDIT_LABEL.search(before):
                f["credit"] += 1
            if _ABOARD.search(before):
                f["aboard"] += 1
            if _OCCASION_AFTER.match(after):
                f["occasion"] += 1
            if fold(m.value.split()[-1]) in POT_LAST and (_MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after)):
                f["pot"] += 1  # (read only for a fund's or a grant's name: no sum search for every org mention)
    return out


# Round 59: a security's or an index's words after its issuer's name, beyond _SECURITY_AFTER's, read per mention.
_PAPER_AFTER = re.compile(r"^(?:[’']s)?[\s\-]+(?:(?:debt\s+)?prices|debt|securities|indexes|industrial\s+average|"
                          r"(?:\w+\s+)?(?:sector|financial)\s+index|notes?\s+(?:was|were|yields?|prices?|rose|fell|due))\b")
MARKET_MIN = 2  # an issuer's papers that make a value one the archive trades


def _issuers_papers() -> bool:
    """NEWSFACET_ISSUERS_PAPERS=0: an issuer's paper stays in the facet unless the value is a market's in a third of
    its mentions (before round 59)."""
    return switches.get("NEWSFACET_ISSUERS_PAPERS", "1") != "0"


def _security(before: str, after: str) -> bool:
    """A security's noun after the name or an index's modifier before it ("Treasury yields", "the 10-year Treasury")."""
    return bool(_SECURITY_AFTER.match(after) or _INDEX_BEFORE.search(before))


def _security_use(before: str, after: str) -> bool:
    """A mention written as a security's or an index's issuer (not the points of a move: a match's score reads so)."""
    return _security(before, after) or bool(_PAPER_AFTER.match(after))


def _market(before: str, after: str, security: bool | None = None) -> bool:
    """A market's use: a security or an index (``security``, when the caller has read it), points, or "the" + a move."""
    return bool((_security(before, after) if security is None else security) or _POINTS_AFTER.match(after)
                or _THE_BEFORE.search(before) and _MOVE_AFTER.match(after))


def _medium(before: str, after: str) -> bool:
    if _MEDIUM_AFTER.match(after):
        return True
    # (a cheap test first: every posting reading ends in a preposition among the last three words, and most org
    # mentions have none)
    if any(w.lower() in _MEDIUM_PREPOSITIONS for w in before.split()[-3:]) and _MEDIUM_BEFORE.search(before):
        return True
    return bool(_CAPTION_END.match(after) and _CREDIT_SOURCE.search(before))


def decide(v: str, f: Counter) -> str | None:
    """What value ``v`` names instead of a body in all of its mentions (``f``: its ``features``), or None."""
    n = f["n"]
    if not n:
        return None
    words = {fold(w) for w in re.split(r"[\s/\-]+", v) if w}
    if words & CREDIT_TAGS and f["credit"] > n / 2:
        return "credit tag ('PHOTO: ST FILE')"
    if f["market"] >= 2 and f["market"] >= MARKET_SHARE * n:
        return "market index or security ('The Dow fell 400 points', 'Treasury yields')"
    if f["aboard"] >= 2 and f["aboard"] >= MARKET_SHARE * n:
        return "vehicle or vessel ('aboard Air Force One')"
    if f["occasion"] >= 2 and f["occasion"] > n / 2:
        return "occasion ('his State of the Union address')"
    if switches.get("NEWSFACET_ORG_MEDIA", "1") != "0" and f["medium"] >= 2 and f["medium"] >= MEDIUM_SHARE * n \
            and f["newsroom"] * 4 <= f["medium"] and fold(v.split()[-1]) not in NEWSROOM_LAST:
        return "medium ('shared on Instagram', 'a TikTok video' in a third of its mentions)"
    if fold(v.split()[-1]) in ROOM_LAST and f["in_the"] > n / 2 and not f["body"] and n >= 3:
        return "room or building ('in the Oval Office')"
    if fold(v.split()[-1]) in POT_LAST and f["pot"] * 2 >= n and not f["body"] and not f["newsroom"]:
        return "money pot ('its £41 million Winter Support Fund', 'double the X Fund to £20 million')"
    return None


# Round 30: a PRODUCT, a maker's name before a model's code ("LG G6", "LG V20", "BMW X5", "Airbus A380", "Lockheed
# F-35"): a word of letters and digits after a name the archive files as a body by itself. (A number alone or an
# ordinal is no model's: "BBC Radio 4", "Channel 4", "Formula 1", "CTA 1st Division" are bodies and a race.)
_MODEL_CODE = re.compile(r"(?!\d+(?:st|nd|rd|th)$)(?=[A-Za-z\-]*\d)(?=[\d\-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)?")


def _product(v: str, values) -> str | None:
    """Whether org value ``v`` is a maker's name (an org value of ``values``) and a model's code."""
    words = v.split()
    for k in (1, 2):
        if len(words) > k and " ".join(words[:k]) in values and any(_MODEL_CODE.fullmatch(w) for w in words[k:k + 2]):
            return "product ('LG G6', 'BMW X5': a maker's name and a model's code)"
    return None


_BODY_HEAD_IN = re.compile(r"\b(?:Department|Ministry|Agency|Commission|Board|Bureau)\b")  # (no "Office": a room too)


def apply(articles) -> int:
    """Take the mentions that use an org value as a thing out of the facet. Returns the mentions changed."""
    if switches.get("NEWSFACET_ORG_THINGS", "1") == "0":
        return 0
    from search.model import NO_FACET

    from .org_places import _sports

    feats = features(articles)
    whole = {v: kind for v, f in feats.items() if f["faceted"] and not (orgs.known_org(v) or orgs.is_outlet(v))
             for kind in [decide(v, f) or _product(v, feats)] if kind}
    newsroom = {v for v, f in feats.items() if f["newsroom"] or fold(v.split()[-1]) in NEWSROOM_LAST}
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "org" or m.label == NO_FACET or orgs.known_org(m.value) or orgs.is_outlet(m.value):
                continue
            para = a.paragraphs[m.paragraph].text
            before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 60]
            if market_indexes.market_use(m.text, before, after):
                pass  # round 53: "the Nikkei gained 0.3 percent" is the index, whatever the value's other uses
            elif m.value in whole:
                if _BODY_AFTER.match(after) or _NEWSROOM_BEFORE.search(before) or _BODY_HEAD_IN.search(m.text):
                    continue  # "the US Treasury sanctioned him", "according to Treasury": the department speaks;
                    # round 60: "the [US Treasury Department]" names the body by its head word, whatever its paper
            elif _ABOARD.search(before):
                pass  # a craft ("aboard Air Force One")
            elif feats[m.value]["paper"] >= MARKET_MIN and _security_use(before, after) and _issuers_papers() \
                    and not _sports(a):
                # round 59: an issuer's paper ("U.S. Treasury prices", "the S&P financial index", "Dow Jones
                # industrial average") is no story about the issuer, in an archive that trades it: that mention leaves
                # the facet, the body's own ("the U.S. Treasury confirmed", "a bid for Dow Jones") stay. A Reuters
                # archive's U.S. Treasury had 72 of its 165 articles from its bonds alone.
                pass
            elif m.value in newsroom or _BODY_AFTER.match(after) or _NAME_GOES_ON.match(after) \
                    or _OWN_AFTER.match(after) or not (_medium(before, after) or feats[m.value]["medium"]
                                                       and _MEDIUM_AFTER_WEAK.match(after)):
                continue
            m.label = NO_FACET
            n += 1
    return n
