"""Names a place lends to something else: a club or a firm named after its town, a person who shares a
town's name. The gazetteer knows the town, so without these cues the facet files "Bolton beat Chelsea",
"USAir's offer for Piedmont" and "President Clinton" under a place and rolls them up into a region and a
country. Each rule reads the mention's own context; none names a particular club, firm or person.

- A club: in a sports report (several distinct sport words in the article), a town or city the model
  itself called a person or an organisation, or one the sentence uses as a team ("beat X", "X's striker",
  "X 2-1", a line-up's "(X)"). A first-level region is a team only where the model called it a person or an
  organisation and never a place in the article (a province in rugby line-ups), or in a court or field game
  that names teams by state ("Hokkaido's 98-79 loss").
- A national team: a country the sports report uses as a team ("Lebanon rallied", "crushing Iceland") keeps
  its mention as a place (the gold of every corpus calls it one) but gives no place, region or country value:
  the match is no news about the country.
- A firm: a town or region the sentence trades in ("X shares", "takeover of X", "the X consortium", a company
  word or a ticker tag after it: "Palo Alto Networks", "Glencore (Amsterdam: GX8.AS)") -- and with it every
  other bare mention of that word in the article that nothing places. The exchange of a ticker tag
  ("(Berlin: DI6.BE)") is no place at all. So is a town's word the article writes as a firm's name with its legal
  form ("Carson Pirie Scott and Co", "Freeport Sulphur Co", "Henderson Investment Ltd"), or a small town's word
  the article writes as a school's ("Massey University"): its bare mentions that nothing places are the firm's or
  the school's short name ("Carson said it was optimistic", "Massey students"; named_firms.py, round 35).
- A person: a name right after a personal title or office ("President X", "Mr X"), or one the sentence
  treats as somebody's ("the X administration", "X's wife").
The orgs rules decide what a club or a firm is called; here it only stops being a place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import named_firms, places, switches
from .guards import Lowered, trie
from .name_titles import title_before

_SPORT_WORDS = """striker midfielder defender goalkeeper fly-half scrum-half winger half-time kick-off premiership fixture
fixtures penalty relegation referee semi-final quarter-final scored goal goals tries league cup match squad coach club
wicket innings batsman bowler pitcher touchdown quarterback play-off play-offs playoff playoffs champions tournament caps
soccer football rugby hockey basketball baseball cricket tennis nfl nba nhl uefa fifa
rebounds assists halftime three-pointer three-pointers double-double triple-double buzzer-beater layup layups dunk dunks
tip-off hat-trick quarterfinal quarterfinals semifinal semifinals game-high season-high career-high pba fiba mlb
""".split() + ["free throw", "free throws", "grand slam"]  # (the fifth line on: a court game's box score and rounds)
# (a prefix tree of the words: the engine compares a letter per branch instead of entering every word at every word
# boundary; with a boundary after each word, no two of them match at one place, so the order is free)
_SPORT = Lowered(r"\b(%s)\b" % trie(_SPORT_WORDS))
# American football, baseball, basketball and hockey reports -- and any league's basketball report, which
# names its teams by city, state or prefecture ("entertain Arizona", "Hokkaido's 98-79 loss") -- whatever
# label the model gave them ("touchdown" is rugby's word too)
_US_SPORT = Lowered(r"\b(quarterback|interceptions?|field goal|rushing|inning|home runs?|pitcher|"
                    r"rebounds|assists|three-pointers?|free throws?|double-double|triple-double|pba|fiba|"
                    r"nfl|nba|nhl|afc|nfc|super bowl)\b")
US_SPORT_WORDS = 2
BRIEF_SPORT_WORDS = 2
SPORT_WORDS = 4  # distinct sport words that make an article a sports report (none in the farm or wire dev sets)
PLAYER_WORDS = (r"striker|midfielder|defender|goalkeeper|keeper|winger|fly-half|scrum-half|full-back|centre|prop|"
                r"hooker|lock|flanker|captain|manager|boss|coach|players?|squad|side|team|fans|supporters|chairman|"
                r"academy|youngsters?|stars?|guard|forward|imports?|franchise|bench|roster|lead|deficit|offen[cs]e|"
                r"defen[cs]e")
_PLAYER = f"(?:{PLAYER_WORDS})"
TEAM_WORDS = (r"beat|beating|beaten by|against|crushed|crushing|routed|routing|edged|edging|downed|"
              r"downing|defeating|trounced|thrashed|whipped|outlasted|v|vs\.?|host|hosts|hosted|face|faces|facing|joined|"
              r"joins|join|signed for|sign for|signing for|move to|leaders|champions|rivals|drew with|"
              r"draw with|lost to|lose to|losing to|loss to|win over|victory over|defeat to|defeat by|"
              r"defeated|home to|playing for|played for|plays for|return for|lead over|clear of|"
              r"entertain|entertains|(?:match|game|tie|clash) (?:with|against)|strugglers|outfit|"
              r"(?:manager|boss|coach|player|captain|spell|stint|loan|career|contract) (?:at|with)|"
              r"take on|takes on|taking on|play|plays|played|led|lifted|powered|carried|def\.|"
              r"(?:re-)?sign(?:ed|s|ing)? with|traded to|dealt to|"
              # round 49: a franchise's transactions ("waived by Cleveland" of an NBA archive, where city names
              # were 22 of the place top 40)
              r"(?:waived|released|claimed|acquired|drafted|traded|selected) by|acquired from|traded from|"
              # a box score's "31 points for X", "12 apiece for X"
              r"(?:points|rebounds|assists|steals|blocks|apiece|goals|runs|wickets|tries|\d+) for|"
              # round 54: a poll's rank or an unbeaten record before the name ("beat 10th-ranked Arkansas", "No. 3
              # West Virginia", "previously undefeated West Virginia" of a bowl-day sports section)
              r"(?:\d{1,2}(?:st|nd|rd|th)|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
              r"twelfth|\w+teenth|twentieth)-ranked|No\.\s?\d{1,2}|undefeated|unbeaten")
_TEAM_BEFORE = re.compile(r"\b(?:%s)\s+$" % TEAM_WORDS)
# A brief (2-3 sport words) says little of sport, so only words that name a contest between two sides count
# there: "sanctions against Russia", "talks hosted by", "joined Qatar" are a politics brief's words too (round 14).
CONTEST_WORDS = (r"beat|beating|beaten by|crushed|crushing|routed|routing|edged|edging|downed|"
                 r"downing|defeating|trounced|thrashed|whipped|outlasted|v|vs\.?|face|faces|facing|"
                 r"drew with|draw with|lost to|lose to|losing to|loss to|win over|victory over|defeat to|"
                 r"defeat by|(?:match|game|tie|clash|fixture|qualifier|final) (?:with|against)|"
                 r"take on|takes on|taking on|play|plays|played|def\.")
_CONTEST_BEFORE = re.compile(r"\b(?:%s)\s+$" % CONTEST_WORDS)
# the later names of a list of opponents ("will face China, Brazil and Croatia")
_LIST_TAIL = r"\s+(?:[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+)*,?\s+(?:and\s+)?){1,4}$"
_TEAM_LIST = re.compile(r"\b(?:%s)" % TEAM_WORDS + _LIST_TAIL)
_CONTEST_LIST = re.compile(r"\b(?:%s)" % CONTEST_WORDS + _LIST_TAIL)
_TEAM_AFTER = re.compile(r"^(?:[’']s?\s+(?:[A-Z][a-z]+ [A-Z][\w’'\-]+|%s)\b|\s+(?:are|were|have|host|hosts|face|faces|"
                         r"remain|want|need|look|hope|intend|sit|trail|"  # (round 57: "Chelsea need"; a town "needs")
                         r"(?:ha[sd]\s+)?(?:beat|won|lost|drew|led|trailed|finished|clung|scored|conceded|shot|tied|"
                         r"rallied|snapped|outscored|dominated|edged|routed|defeated|crushed|survived|downed)|%s)\b|"
                         r"[’']s\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}|games?|season|win|loss|victory|defeat|streak)\b|"
                         r"\s+within\s+\d{1,3}\s*[-–]\s*\d{1,3}\b|"
                         r",?\s+(?:who\s+)?(?:have|has|had)\s+(?:\w+\s+){0,2}games?\b|"
                         r"\s*\d{1,3}\s*[-–]\s*\d{1,3}\b)" % (_PLAYER, _PLAYER))
# A fixture or a result line ("Southampton v Brentford", "Feyenoord 3 Ajax 1"), a league table's row
# ("Feyenoord 16 11 3 2 ..."): only teams are written so.
_RESULT_AFTER = re.compile(r"^(?:\s+vs?\.?\s+[A-Z]|\s+\d{1,3}\s+[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?\s+\d{1,3}\b|"
                           r"\s+\d{1,3}(?:\s+\d{1,3}){3}|\s+\d{1,3}\s+[-–]\s+[A-Z])")  # a box score: "Blackwater 86 – Glover 16"
_SCORE_OWN = re.compile(r"^[’']s\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:win|loss|victory|defeat|draw|rout|romp)\b")
_LINEUP = re.compile(r"[A-Z][\w’'\-]+ \($")
# a tournament draw's group ("Group D: Senegal, DR Congo, Benin, Botswana"): its names are teams
_GROUP_LIST = re.compile(r"\bGroup [A-L]\s*:\s*(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*,\s*){0,5}$")

_FIRM_AFTER = re.compile(r"^(?:\s+(?:shares?|stock(?!\s+(?:markets?|exchanges?|index|indices|prices|trading|average))|stockholders|shareholders|merger|takeover|consortium|subsidiary|"
                         r"spokes(?:man|woman|person))\b|[’']s\s+(?:shares?|shareholders|"
                         r"takeover|merger|board|chairman|directors|spokes(?:man|woman|person))\b)")
# A company word spaCy split off the name ("Palo Alto Networks", "Aruba Networks Inc."), or a stock ticker
# tag after it ("Glencore (Amsterdam: GX8.AS-news)", "Vale (NYSE: VALE)"): the name trades.
_COMPANY_WORD = re.compile(r"^\s+(?:Networks|Systems|Technologies|Software|Holdings|Pharmaceuticals|Airlines|Airways|"
                           r"Motors|Industries|Resources|Mining|Petroleum|Semiconductors?|Communications|Bancorp|"
                           r"Financial|Securities|Capital|Investments|Logistics|Entertainment|Brands)\b")
_TICKER = r"\s*(?:[A-Z][\w ]{0,20}):\s+[A-Z0-9]{1,8}[\s.A-Z0-9\-]*(?:news)?\)"
_TICKER_AFTER = re.compile(r"^\s*\(" + _TICKER)
# "(Berlin: DI6.BE-news)", "(Paris: FR 54900-news)": the exchange of a ticker tag, not the city
_EXCHANGE_LABEL = re.compile(r"^:\s+[A-Z0-9]{1,8}[\s.A-Z0-9\-]*(?:news)?\)")
_FIRM_BEFORE = re.compile(r"\b(?:takeover (?:of|for)|offer for|bid for|stake in|shares in|shares of|merger with|"
                          r"acquisition of|acquire|acquired|subsidiary of|spokes(?:man|woman|person) for|"
                          r"(?:group|organi[sz]ation|movement|sect|body|band|company|firm)\s+(?:[\w-]+\s+){0,3}"
                          r"(?:called|named|known as)(?:\s+the)?)\s+$")
_PERSON_AFTER = re.compile(r"^[’']?s?\s+(?:administration|presidency|cabinet|wife|husband|widow|son|daughter|"
                           r"aides?|agent|spokes(?:man|woman|person)|twins|brothers|sisters)\b")
_WHO_AFTER = re.compile(r"^,\s+who\b")
_TITLE_OF = re.compile(r"\b(?!(?:Bank|University|Republic|Isle|Gulf|Sea|Bay|Cape|Port|Mouth|City|Town|"
                       r"Province|State|County|Region|Kingdom|Islands?)\b)[A-Z][a-z]+ of the $")
_PLACED = re.compile(r"\b(?:in|near|outside|at|from|to)\s+$")


def _closes_title(para: str, start: int) -> bool:
    """Whether a name closes a title such as "Flight of the X" (not a sentence's first word, "Shares of the
    X", nor a place, "Taikoo of the X", before "of the")."""
    m = _TITLE_OF.search(para[max(0, start - 30):start])
    if not m:
        return False
    head = start - (len(para[max(0, start - 30):start]) - m.start())
    lead = para[:head].rstrip()
    word = m.group().split()[0]
    return bool(lead) and lead[-1] not in ".!?:\"“”" and not places.candidates(word) \
        and not _PLACED.search(lead[-8:] + " ")  # "a polling station in Taikoo of the X constituency"


def us_sporty(article) -> bool:
    return len({m.group(1).lower() for p in article.paragraphs for m in _US_SPORT.finditer(p.text)}) >= US_SPORT_WORDS


def sport_words(article) -> int:
    return _sport_words(tuple(p.text for p in article.paragraphs), team_cues.enabled())


@lru_cache(maxsize=8)  # asked several times per article (place gates, team gates); the scan is the cost
def _sport_words(texts: tuple[str, ...], leagues: bool) -> int:
    found = set().union(*map(sport_terms, texts))
    if leagues:  # a national league's or cup's acronym ("AFL", "AFCON"): team_cues.LEAGUES
        found |= set().union(*map(league_terms, texts))
    return len(found)


@lru_cache(maxsize=32768)  # per paragraph, as sport_terms: the corpus passes ask about articles the tag pass read
def league_terms(text: str) -> frozenset[str]:
    """The league and cup acronyms of one paragraph, lower case."""
    return frozenset(m.group().lower() for m in team_cues.LEAGUES.finditer(text))


@lru_cache(maxsize=32768)  # per paragraph: the tag pass and several corpus passes (org_places) ask again
def sport_terms(text: str) -> frozenset[str]:
    """The sport words of one paragraph, lower case."""
    return frozenset(m.group(1).lower() for m in _SPORT.finditer(text))


def sporty(article) -> bool:
    return sport_words(article) >= SPORT_WORDS


def _kind(text: str) -> str | None:
    """The kind of place a name is: its dominant reading's, or "city" when every reading is a town
    ("Barcelona" in Spain and in Venezuela); "unknown" when the gazetteer lacks it ("Feyenoord")."""
    found = places.candidates(text)
    if not found:
        return "unknown"
    best = places.dominant(found)
    if best is None and all(p.kind == "city" for p in found):
        return "city"
    return best.kind if best else None


def _team_cue(para: str, c, strict: bool = False, people=frozenset()) -> bool:
    """Whether the sentence uses the name at ``c`` as a team. ``strict``: only what is said of clubs in
    particular (for a name the gazetteer lacks, which may be a country it does not hold: "Korea's Kim").
    ``people``: (paragraph, start) of the article's person mentions (team_cues.owner_cue)."""
    before, after = para[:c.start], para[c.end:c.end + 40]
    if _LINEUP.search(before[-30:]) and after.startswith(")"):
        return True  # "Nicolas Mas (Perpignan)": a player's club in a line-up
    if _SCORE_OWN.match(after) or team_cues.owner_cue(para, c, people, strict) or team_cues.fee_move(para, c):
        return True  # "in Hokkaido's 98-79 loss", "in Monaco's defence": the team's, whatever comes before
    teamy = _TEAM_BEFORE.search(before[-25:]) or team_cues.before_cue(before) or _game_line(before, "")
    if _PLACED.search(before[-8:]) and not teamy:
        return False  # "at London's Christ College": the town itself
    if _RESULT_AFTER.match(after) or teamy or team_cues.international(para, c) or _game_line("", after):
        return True
    return not strict and bool(_TEAM_AFTER.match(after) or side_cues.cricket_after(after))


# Round 49: a schedule's or a result's "X at Y" -- "Washington at Charlotte, Miami at New York" -- names two teams
# (the visitors, then the hosts); not after a day, a month or a time ("Sunday at Madison Square Garden").
_GAME_AT_BEFORE = re.compile(r"(?:^|[\s,;(])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                             r"February|March|April|May|June|July|August|September|October|November|December|Game|"
                             r"Week|Day|Round|Home|Away|The|He|She|They|It|We)\b)[A-Z][a-z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]+)?"
                             r"\s+at\s+$")
_GAME_AT_AFTER = re.compile(r"^\s+at\s+[A-Z][a-z]")


def _game_line(before: str, after: str) -> bool:
    """Whether "X at" ends ``before`` or "at Y" opens ``after`` (NEWSFACET_GAME_LINES=0: never)."""
    if switches.get("NEWSFACET_GAME_LINES", "1") == "0":
        return False
    return bool(before and _GAME_AT_BEFORE.search(before[-40:]) or after and _GAME_AT_AFTER.match(after))


def _placed(para: str, c, people=frozenset()) -> bool:
    """"in Bolton", "from Lebanon": the town or country itself (not "in Hokkaido's 98-79 loss", "in Monaco's
    defence", "his move from Girona")."""
    return bool(_PLACED.search(para[max(0, c.start - 8):c.start])) and not _TEAM_BEFORE.search(
        para[max(0, c.start - 25):c.start]) and not _SCORE_OWN.match(para[c.end:c.end + 40]) \
        and not _game_line(para[max(0, c.start - 40):c.start], "") \
        and not team_cues.owner_cue(para, c, people) and not team_cues.fee_move(para, c) \
        and not team_cues.before_cue(para[max(0, c.start - 120):c.start])


# After "a spokesman for X": the firm's name ends there ("for Castle Rock.", "for Piedmont, which"), while
# "a spokesman for Fukushima police" names a body of the place.
_NAME_ENDS = re.compile(r"^(?:[’']s\b|\s*[.,;:)\"”]|\s+(?:and|said|says|to|in|on|for|at|which|was|is|has|had|would|will)\b|\s*$)")


def _trades(para: str, c) -> bool:
    return bool(_COMPANY_WORD.match(para[c.end:c.end + 30]) or _TICKER_AFTER.match(para[c.end:c.end + 50]))


def exchange_label(para: str, c) -> bool:
    return para[max(0, c.start - 1):c.start] == "(" and bool(_EXCHANGE_LABEL.match(para[c.end:c.end + 40]))


def _firm_cue(para: str, c) -> bool:
    if _FIRM_AFTER.match(para[c.end:c.end + 30]) or _trades(para, c):
        return True
    return bool(_FIRM_BEFORE.search(para[max(0, c.start - 60):c.start])) and bool(_NAME_ENDS.match(para[c.end:c.end + 12]))


def person_cue(para: str, start: int, end: int, label: str = "") -> bool:
    """A name the sentence gives a person's title or a person's belongings ("President X", "X's wife"), or
    a full name the gazetteer lacks followed by ", who" ("said Noelia Jurado, who ..."; a town "from
    Horley, who ..." is the home of the person after it)."""
    if title_before(para[:start]) or _PERSON_AFTER.match(para[end:end + 30]):
        return True
    name = para[start:end]
    return bool(_WHO_AFTER.match(para[end:end + 8])) and (label == "PERSON" or " " in name and not places.candidates(name)) \
        and not _PLACED.search(para[max(0, start - 8):start])


def not_places(article, found, full_name=lambda name: None):
    """``found`` (Cand, kind, value) with the places that are clubs, firms or people by their context given
    back as organisations or people (``found`` order kept). ``full_name``: the article's full name for a
    surname ("President Clinton" -> the Clinton the article names in full)."""
    from .cast import plausible_person
    from .orgs import normalise_org

    words = sport_words(article)
    sport = words >= SPORT_WORDS
    # a short sports item ("Chelsea face Barcelona at home", a squad's "Williams (West Ham)") has fewer sport
    # words: there a town is a club only by what is said of teams alone
    brief = not sport and words >= BRIEF_SPORT_WORDS
    found = [f for f in found if not (f[1] == "place" and exchange_label(article.paragraphs[f[0].paragraph].text, f[0]))]
    # "Order of the Phoenix", "Flight of the Phoenix": a town's name closing a title, not the town
    found = [f for f in found if not (f[1] == "place" and _kind(f[0].text) in ("city", "unknown", None)
                                      and _closes_title(article.paragraphs[f[0].paragraph].text, f[0].start))]
    # a club's full name in the article ("AC Milan", "Feyenoord Rotterdam"): its town word alone is the club
    clubs = {w for c, kind, _ in found if kind == "org" and len(c.text.split()) == 2 for w in c.text.split()}
    clubs |= team_cues.club_words(found)
    people = frozenset((c.paragraph, c.start) for c, kind, _ in found if kind == "person")
    # a town listed beside clubs by their full names ("Manchester United, X and Chelsea")
    listed = team_cues.listed_with_clubs(article, found) if sport or brief else set()
    firms, schools = named_firms.firm_names(article, found), named_firms.school_names(article, found)
    by_word: dict[str, list[int]] = {}
    for i, (c, kind, _) in enumerate(found):
        if kind == "place" and c.label != "DATELINE" and not (c.paragraph == 0 and c.start == 0):
            by_word.setdefault(c.text, []).append(i)
    out = list(found)
    for word, idx in by_word.items():
        kind = _kind(word)
        paras = [article.paragraphs[out[i][0].paragraph].text for i in idx]
        cands = [out[i][0] for i in idx]
        if kind == "country" and not any(_trades(p, c) for p, c in zip(paras, cands)):
            continue  # a country is a firm only by a company word or a ticker after it ("Aruba Networks")
        labels = [c.label for c in cands]
        club = firm = person = school = False
        if any(person_cue(p, c.start, c.end, c.label) for p, c in zip(paras, cands)) and plausible_person(word):
            person = True
        elif any(_firm_cue(p, c) for p, c in zip(paras, cands)) or kind in ("city", "unknown") and word in firms:
            firm = True
        elif kind == "city" and word in schools and named_firms.small_town(word):
            firm = school = True
        elif brief and kind in ("city", "unknown"):
            club = any(_team_cue(p, c, True, people) or (c.paragraph, c.start) in listed for p, c in zip(paras, cands))
        elif sport and kind in ("city", "unknown"):
            # (a name the gazetteer lacks only by what the sentence does with it)
            club = kind == "city" and any(lab in ("PERSON", "ORG", "PRODUCT") for lab in labels) or word in clubs or any(
                _team_cue(p, c, kind == "unknown", people) or (c.paragraph, c.start) in listed
                for p, c in zip(paras, cands))
        elif sport and kind == "region":
            club = (("PERSON" in labels or "ORG" in labels) and not any(lab in ("GPE", "LOC") for lab in labels)
                    or us_sporty(article)) \
                and any(_team_cue(p, c) for p, c in zip(paras, cands))
        if not (club or firm or person):
            continue
        for i, p in zip(idx, paras):
            c = out[i][0]
            if not person and (named_firms.school_placed(p, c) if school else _placed(p, c, people)) \
                    and not _firm_cue(p, c) and not (club and kind == "unknown" and word in clubs and team_cues.enabled()):
                continue  # "in Bolton", "at Piedmont's plant": the town itself (a word the gazetteer lacks
                # that closes a club's full name is no town to be in: "in City's quest")
            body = named_firms.short_value(word, schools if school else firms) if firm else None
            out[i] = (c, "person", full_name(word) or word) if person else (c, "org", body or normalise_org(word))
    return out


def national_teams(article, mentions):
    """Country mentions of a sports report that its sentences use as teams: labelled NO_FACET, with no region
    or country, wherever the article names that country unplaced ("in Lebanon", datelines stay places).
    side_cues adds a region that fields a side, scores and margins in any article, and a brief's sport
    paragraphs read like a sports report's."""
    from search.model import NO_FACET

    words = side_cues.sport_words(article)
    more = side_cues.enabled()
    if words < BRIEF_SPORT_WORDS and not more:
        return mentions  # (a brief's "sanctions against Russia" is no match)
    # a short sports item ("The Warriors face Benin in a World Cup qualifier", round 14: herald_zw2025's
    # national teams) names teams only by what is said of teams alone, as not_places reads a brief's clubs
    strict = words < SPORT_WORDS
    by_word: dict[str, list] = {}
    for m in mentions:
        if m.kind == "place" and (m.country and m.value == m.country or side_cues.region_itself(m)) \
                and m.label not in ("DATELINE", NO_FACET) and (more or not (m.paragraph == 0 and m.start == 0)):
            by_word.setdefault(m.text, []).append(m)
    people = frozenset((m.paragraph, m.start) for m in mentions if m.kind == "person")
    for ms in by_word.values():
        paras = [article.paragraphs[m.paragraph].text for m in ms]
        cued = [_side_cue(p, m, words, people) for p, m in zip(paras, ms)]
        if not any(cued):
            continue
        # a paragraph that uses the country as a team uses it so throughout ("Guyana beat X by eight wickets.
        # X took first strike"), in a brief too
        teamed = [m for m, cue in zip(ms, cued) if cue] if more else []
        for m, p, cue in zip(ms, paras, cued):
            near = any(t.paragraph == m.paragraph and abs(t.start - m.start) <= side_cues.NEAR for t in teamed)
            if cue and (side_cues.score_cue(p, m) or side_cues.written_as_side(p, m) or tournament_cue(p, m)):
                pass  # "lost 7-0 to X", "added to X's 30-man squad": the preposition is the match's
            elif _placed(p, m, people) or side_cues.listed_placed(p, m) \
                    or (strict or m.paragraph == 0 and m.start == 0) and not cue and not near:
                continue  # "clubs from Lebanon", "in Iceland": the country itself; a brief's other mentions
            m.label, m.region, m.country = NO_FACET, None, None
    return mentions


def _side_cue(para: str, m, words: int, people) -> bool:
    """Whether the sentence uses the country at ``m`` as a team, read as strictly as the article's sport
    words say (a brief's paragraph that speaks of sport reads like a sports report's: side_cues)."""
    if side_cues.score_cue(para, m) or team_cues.position_after(para, m):
        return True  # (round 44: a player's position after the country is sport enough: "Uruguay striker X")
    sport_near = side_cues.sport_near(para, m)
    if words < BRIEF_SPORT_WORDS and (not sport_near or side_cues.whose(para, m)):
        return False  # (an article with no sport words: not "beat Germany's Rainer Schuettler", a player's)
    if (sport_near or words >= SPORT_WORDS) and (side_cues.written_as_side(para, m) or tournament_cue(para, m)):
        return True  # (round 36: "X advanced to the semi-finals", "face host nation X")
    strict = words < SPORT_WORDS
    # a brief's words about a game beside the name: a sports report's words before it ("against X", "host X"),
    # not those after it ("X face restrictions"), but for a contest verb with another side ("X beat Y")
    wide = strict and sport_near
    return _national_cue(para, m, strict, people) or side_cues.contest_cue(para, m, strict and not wide) \
        or wide and side_cues.subject_cue(para, m)


def _national_cue(para: str, m, strict: bool, people=frozenset()) -> bool:
    """Whether the sentence uses the country at ``m`` as a team. ``strict`` (a brief): only a match verb or
    preposition before it, a result after it, a list of opponents or a draw's group it closes, its side's
    people after it ("X's goalkeeper") or "the X international"."""
    before = para[max(0, m.start - 80):m.start]
    if (_CONTEST_LIST if strict else _TEAM_LIST).search(before) or _GROUP_LIST.search(before):
        return True
    if not strict:
        return _team_cue(para, m, people=people) or team_cues.contest_cue(para, m)
    after = para[m.end:m.end + 40]
    return bool(_CONTEST_BEFORE.search(before[-25:]) or _RESULT_AFTER.match(after) or _SCORE_OWN.match(after)) \
        or team_cues.contest_cue(para, m) or team_cues.international(para, m) \
        or team_cues.owner_cue(para, m, people, strict=True)


# (last: team_cues builds its patterns from this module's)
from . import side_cues, team_cues  # noqa: E402
from .tournament_cues import tournament_cue  # noqa: E402
