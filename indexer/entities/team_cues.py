"""More of what a sports sentence says of a team named like a place (round 17): namesakes.py reads a club or a
national side by its match words ("beat X", "X 2-1"); transfer news and previews name teams otherwise, and
the facet filed them as towns and countries ("Liverpool", "Girona" rolled up to Catalonia, "Monaco" the
country, "Croatia" a World Cup opponent) in several archives' football copy:

- a career's or a transfer's words before the name: "loan spells at X", "his move from X", "a transfer from
  the X", and a transfer list's "from X to Y - EUR 24m" (a fee after the move);
- a list carried on after a team's word: "loan spells at Bath, Newport and X", "playing for Oviedo, X and
  Huesca", "beating the likes of Manchester United, X, Spurs", "matches against X (June 17), Y (June 23)";
- a list whose other names are clubs by their full names ("Manchester United, X and Chelsea" with
  "Manchester United" an organisation ending in a club word): the town beside them is a club too;
- a possessive naming the team's people wins over a place's preposition: "a key figure in X's defence",
  "an error from X's Djigui Diarra" (a person the article names);
- "the X international": a player capped by the country's side;
- a sports league's or cup's acronym counts as a sport word ("AFL", "NRL", "AFCON", "IPL"): the Australian,
  African and South Asian papers' sport copy names its league and few of the generic words;
- a World Cup draw's group written with "alongside" ("placed in Group L alongside X, Y and Z");
- a name the model calls a person that a sports report writes as a team: a squad's word after it with no
  possessive ("X players", "the former X player", "the X dressing room") or a result ("X 0-0 Y"); since round 57
  also a player's position ("X midfielder Y") or a plural verb ("X are struggling"), but not after a list, whose
  verb is the list's ("Joe Denly, Sam Billings and X are"); person_shapes gates a person value most of whose
  mentions say so.

Each reads the mention's own sentence; none names a club. NEWSFACET_TEAM_CUES=0 turns them off.
"""
from __future__ import annotations

import re

from . import places, switches
from .guards import guarded
from .namesakes import CONTEST_WORDS, PLAYER_WORDS, TEAM_WORDS

LEAGUES = guarded(r"\b(?:AFL|NRL|AFCON|Afcon|IPL|MLS|EPL|WNBA|AFLW|NRLW|CAF|CONCACAF|CONMEBOL)\b")
_NAME = r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+)*(?:\s+\([^()]{1,24}\))?"
_MOVE = (r"(?:loan\s+)?spells?\s+(?:at|with)|(?:games|matches|appearances|caps)\s+for|(?:move|moved|transfer|transferred|switch|switched|arrival)\s+from"
         r"(?:\s+the)?|(?:matches|games|ties|clashes|fixtures|qualifiers)\s+(?:with|against)")
# a club's initials or first word the model left off its name ("TSV 1860 X", "FC X", "AS X")
_INITIALS = "FC|AFC|AC|AS|SC|CD|CF|SV|TSV|VfB|VfL|RC"
_CLUB_HEAD = r"(?:%s|SSC|Real|Atletico|Atlético|Sporting|Dynamo|Dinamo)(?:\s+\d{2,4})?" % _INITIALS
_MOVE_BEFORE = re.compile(r"\b(?:%s)\s+$|(?-i:\b%s)\s$" % (_MOVE, _CLUB_HEAD))
# the later names of a list after a team's word, dates or scores in brackets allowed ("Panama (June 17), X")
_LIST_BEFORE = re.compile(r"\b(?:%s|%s)(?:\s+the\s+likes\s+of)?\s+(?:%s,?\s+(?:and\s+)?){1,4}$"
                          % (TEAM_WORDS, _MOVE, _NAME))
# in a brief only the words of a contest between two sides open such a list
_CONTEST = (r"(?:matches|games|ties|clashes|fixtures|qualifiers|test|battle|showdown|encounter|rematch)\s+(?:with|"
            r"against)|(?:winners?|losers?)\s+(?:of|between)(?:\s+the)?|(?:clash|match|game|tie|showdown|final)\s+between")
_CONTEST_LIST = re.compile(r"\b(?:%s|%s)"
                           r"\s+(?:%s,?\s+(?:and\s+)?){0,4}$" % (CONTEST_WORDS, _CONTEST, _NAME))
# Round 38: the same two readings where a team's "the" may open each item ("play the All Blacks and X", "beat the
# Wallabies, the Pumas and X"): each matches wherever the one above it does, so it stands in for it (NEWSFACET_SIDE_EPITHETS=0:
# the readings above)
_THE_NAME = r"(?:the\s+)?%s" % _NAME
_LIST_BEFORE_THE = re.compile(r"\b(?:%s|%s)(?:\s+the\s+likes\s+of)?\s+(?:%s,?\s+(?:and\s+)?){1,4}$"
                              % (TEAM_WORDS, _MOVE, _THE_NAME))
_CONTEST_LIST_THE = re.compile(r"\b(?:%s|%s)"
                               r"\s+(?:%s,?\s+(?:and\s+)?){0,4}$" % (CONTEST_WORDS, _CONTEST, _THE_NAME))
# Round 43: a career's count for a side ("played 19 tests for X", "41 internationals for X"), and a list a kind of
# opponent opens, which may close with "or" ("defeat a team like Argentina, X or Samoa", "sides such as X and Y")
_CAPPED_BEFORE = re.compile(r"\b(?:tests|Tests|internationals|ODIs|T20Is)\s+for\s+$")
_KIND_LIST = re.compile(r"\b(?:teams?|sides?|opponents|nations)\s+(?:like|such\s+as)\s+(?:%s,?\s+(?:(?:and|or)\s+)?){0,4}$"
                        % _THE_NAME)
# "X and Y meet in the quarter-final": the second of two sides meeting
_MEET = re.compile(r"^\s+(?:meet|clash|collide|square\s+off|face\s+off|lock\s+horns)\b")
_PAIR_BEFORE = re.compile(r"\b[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+)*\s+and\s+$")
# a plural verb after a country's singular name (British usage for a side): "X are out", "X, however, were"
# ... unless the name is not the verb's subject alone: a title's tail ("The Masked Singer X were"), a pair's
# second ("ANZ Stadium and X were")
_NOT_ALONE = re.compile(r"(?:[A-Z][\w’'.\-]*|\band|,)\s+$")
_PLURAL_VERB = re.compile(r"^(?:,\s+(?:however|though|meanwhile|too|also),)?\s+(?:are|were)\b")
_GROUP_WITH = re.compile(r"\bGroup [A-L]\s+(?:alongside|with)\s+(?:%s,?\s+(?:and\s+)?){0,5}$" % _NAME)
_FEE_AFTER = re.compile(r"^\s+to\s+[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){0,2}\s*[–—:(,-]?\s*(?:for\s+)?[€£$]")
_FROM = re.compile(r"\bfrom\s+$")
_PEOPLE = r"(?:%s|recruits?|signings?|goalscorers?|scorers?|skipper|loanees?|dressing\s+room)" % PLAYER_WORDS
_OWNER_AFTER = re.compile(r"^(?:[’']s?\s+(?:[a-z][\w\-]*\s+)?|\s+)%s\b" % _PEOPLE)
_PLAYERS_AFTER = re.compile(r"^(?:[’']s?\s+(?:[a-z][\w\-]*\s+)?|\s+)(?:striker|midfielder|defender|goalkeeper|keeper|winger|"
                            r"forward|coach|squad|players?|skipper)\b")
# (round 57: also before a modal verb or the player's name: "the Cameroon international could undergo a medical",
# "Newcastle's Sweden international Alexander Isak")
_INTERNATIONAL = re.compile(r"^\s+internationals?(?=\s*[,.;:)]|\s*$|\s+(?:who|and|has|had|is|was|will|could|would|"
                            r"should|can|may|might|must|[a-z]+ing|[a-z]+ed)\b|\s+[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)")
# a club's full name: a club word closing it or a club's initials opening it
_CLUB_SHAPED = re.compile(r"^(?:%s|Real|Atletico|Atlético)\s+\S|" % _INITIALS +
                          r"\s(?:FC|AFC|CF|SC|United|City|Rovers|Wanderers|Athletic|Albion|Hotspur|County|Town|"
                          r"Rangers|Celtic|Villa|Palace|Forest|Argyle|Orient|Stanley)$")
_LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)$")


def enabled() -> bool:
    return switches.get("NEWSFACET_TEAM_CUES", "1") != "0"


# Round 50: the transfer market's verbs before the club a player leaves -- "joined from Brighton", "bought from
# Brighton for £27m", "sign Carlos Baleba from Brighton", "arrived for £30m from Ipswich", "a second offer from
# Liverpool": a football archive (BBC Sport, Sky Sports, the Guardian, summer 2025) filed fourteen clubs as towns, most
# of them so written. Read only where a sports report names the town (the callers' club and placed tests).
# NEWSFACET_SIGNING_WORDS=0: not read.
_SIGNING_BEFORE = re.compile(
    r"\b(?:join|joins|joined|joining|sign|signs|signed|signing|buy|buys|bought|buying|arrive|arrives|arrived|"
    r"arriving|recruited|poached|loaned|bid|bids|offer|offers|approach|interest)"
    r"(?:\s+(?:[A-Z][\w’'\-]+\s+){1,3}|\s+(?:him|her|them)\s+|\s+for\s+(?:a\s+)?[£$€]?\d[\d.,]*\s*(?:m|bn|million|billion)?\s+|\s+)from\s+$")


def signing_words() -> bool:
    return switches.get("NEWSFACET_SIGNING_WORDS", "1") != "0"


def before_cue(before: str) -> bool:
    """A career's or a transfer's words, or a list such words (or a match's) open, just before the name."""
    listed = _LIST_BEFORE_THE if epithets() else _LIST_BEFORE
    return bool(_MOVE_BEFORE.search(before[-30:]) or listed.search(before[-120:])
                or _SIGNING_BEFORE.search(before[-45:]) and signing_words()
                or capped() and (_CAPPED_BEFORE.search(before[-30:]) or _KIND_LIST.search(before[-120:]))) \
        and enabled()


def capped() -> bool:
    """Round 43: a career's count for a side, and a list after a kind of opponent (NEWSFACET_CAPPED_FOR=0: neither)."""
    return switches.get("NEWSFACET_CAPPED_FOR", "1") != "0"


def epithets() -> bool:
    """Round 38 (side_cues too): a side after an article and an adjective, or in a list whose items "the" opens."""
    return switches.get("NEWSFACET_SIDE_EPITHETS", "1") != "0"


def contest_cue(para: str, c) -> bool:
    """A brief's contest words around a country: a list of opponents ("matches against X (June 17), Y", "a
    stern test against X", "the winner between X and Y"), a draw's group ("Group L alongside X"), "Y and X
    meet", or a plural verb after its singular name ("X are on a redemption mission")."""
    if not enabled():
        return False
    before, after = para[max(0, c.start - 120):c.start], para[c.end:c.end + 40]
    return bool((_CONTEST_LIST_THE if epithets() else _CONTEST_LIST).search(before) or _GROUP_WITH.search(before)
                or _PAIR_BEFORE.search(before[-40:]) and _MEET.match(after)
                or not c.text.endswith("s") and _PLURAL_VERB.match(after) and not _NOT_ALONE.search(before[-30:]))


def fee_move(para: str, c) -> bool:
    """A transfer list's "from X to Y - EUR 24.4 million": the name the player left."""
    return bool(_FROM.search(para[max(0, c.start - 6):c.start])) and bool(_FEE_AFTER.match(para[c.end:c.end + 60])) \
        and enabled()


def owner_cue(para: str, c, people=frozenset(), strict: bool = False) -> bool:
    """"in X's defence", "from X's Djigui Diarra": the team's people after the name, whatever comes before.
    ``people``: (paragraph, start) of the article's person mentions. ``strict`` (a brief, where "Russia's
    defence" and "Russia's Vladimir Putin" are the state's): only the words for a side's players."""
    if not enabled():
        return False
    after = para[c.end:c.end + 50]
    if strict:
        return bool(_PLAYERS_AFTER.match(after))
    if _OWNER_AFTER.match(after):
        return True
    m = re.match(r"^[’']s\s+", after)
    return bool(m) and (c.paragraph, c.end + m.end()) in people


# Round 44: a player's position after the country, a club between or not ("veteran Uruguay and ex-Barcelona striker Luis
# Suarez", "former England test cricketer Bob Woolmer", "the Wales fly-half"): the country's side, in a brief too
# (NEWSFACET_SIDE_POSITIONS=0: off)
_POSITIONS = "striker|midfielder|defender|goalkeeper|winger|full-back|forward|playmaker"  # (person_side's too)
_POSITION_AFTER = re.compile(r"^(?:\s+and\s+(?:ex-|former\s+)?[A-Z][\w\-]+)?\s+(?:(?:[Tt]est|one-day|T20|Under-\d\d)\s+)?"
                             r"(?:%s|fly-half|scrum-half|flanker|cricketer|footballer|batsman|batter|bowler|all-rounder|"
                             r"wicketkeeper|cap)s?\b" % _POSITIONS)  # (round 57: "Reijnders has won 23 [Netherlands] caps")


def position_after(para: str, c) -> bool:
    return bool(_POSITION_AFTER.match(para[c.end:c.end + 50])) and enabled() \
        and switches.get("NEWSFACET_SIDE_POSITIONS", "1") != "0"


def international(para: str, c) -> bool:
    """"the Norway international netting 39 goals": a player of the country's side."""
    return bool(_INTERNATIONAL.match(para[c.end:c.end + 40])) and enabled()


def club_shaped(value: str) -> bool:
    return bool(_CLUB_SHAPED.search(value))


def club_words(found) -> set[str]:
    """The words of the article's two-word club names, whatever the model called them ("Manchester City"
    tagged a place): "City" alone is that club."""
    if not enabled():
        return set()
    return {w for c, kind, _ in found if len(c.text.split()) == 2 and club_shaped(c.text)
            and (kind != "place" or not places.candidates(c.text)) for w in c.text.split()}


def _clubby(kind: str, text: str, value: str) -> bool:
    """A club by its full name: an organisation's, or a person's or place's the gazetteer lacks (the model
    tags "Manchester United" a person; "Mexico City" is the city)."""
    return club_shaped(value if kind == "org" else text) and (kind in ("org", "person") or not places.candidates(text))


def listed_with_clubs(article, found) -> set[tuple[int, int]]:
    """(paragraph, start) of the place candidates of ``found`` listed next to an organisation with a club's
    full name ("Manchester United, X, Spurs and Chelsea"): a town in a list of clubs is a club."""
    if not enabled():
        return set()
    by_para: dict[int, list] = {}
    for c, kind, value in found:
        by_para.setdefault(c.paragraph, []).append((c, kind, value))
    out: set[tuple[int, int]] = set()
    for pi, items in by_para.items():
        clubs = [_clubby(kind, c.text, value) for c, kind, value in items]
        if not any(clubs):
            continue
        text = article.paragraphs[pi].text
        order = sorted(range(len(items)), key=lambda i: items[i][0].start)
        items, clubs = [items[i] for i in order], [clubs[i] for i in order]
        grew = True
        while grew:  # a list's later towns join through the towns already read as clubs
            grew = False
            for i, (c, kind, _) in enumerate(items):
                if kind != "place" or clubs[i]:
                    continue
                for j in (i - 1, i + 1):
                    if 0 <= j < len(items) and clubs[j] and _LIST_GAP.match(
                            text[items[j][0].end:c.start] if j < i else text[c.end:items[j][0].start]):
                        clubs[i] = grew = True
                        out.add((pi, c.start))
                        break
    return out


# what is written only of a team right after its name (a person has "Smith's players", not "Smith players")
_SIDE_AFTER = re.compile(r"^(?:\s+(?:players?|squad|dressing\s+room|coach|manager|boss|skipper)\b|"
                         r"\s*\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z])")


# Round 44: ... and what only a body has, its boss, its board and its ground ("Villa boss David O'Leary", "Villa chairman
# Doug Ellis", "told Villa's website"), in any report: a person has a boss's job, not a boss -- a club, a firm or a party
# (NEWSFACET_CLUB_BOARD=0: the cues above only, in sports reports)
_CLUB_AFTER = re.compile(r"^(?:\s+(?:boss|chairman|chairwoman|chief\s+executive|board)\b|[’']s\s+(?:chairman|chairwoman|"
                         r"board|stadium|ground|website|dressing\s+room)\b)")


# Round 57: a player's position between the team and the player ("[Aston Villa] midfielder Leander Dendoncker", "the
# [Villa] goalkeeper"), and the plural verb British copy gives a side ("[Aston Villa] are struggling", "[Spurs] have
# made an offer") -- unless the name closes a list, whose verb is the list's ("Denly, Billings and X are"). A football
# archive filed its clubs as people in 30 articles with neither cue read (NEWSFACET_SIDE_VERBS=0: left out).
_PLAYER_NEXT = re.compile(r"^\s+(?:%s|keeper|centre-back|centre-half|wing-back|loanee)\b" % _POSITIONS)
_SIDE_VERB = re.compile(r"^\s+(?:are|have|were)\s+(?!been\s+(?:married|friends)\b)[a-z]")
_LISTED = re.compile(r"(?:\band|&|,|\bor|\bnor)\s*$")


def person_side(article, m) -> bool:
    """A person mention of a sports report that its sentence writes as a team (module docstring)."""
    from .namesakes import sporty

    if not enabled():
        return False
    text = article.paragraphs[m.paragraph].text
    after = text[m.end:m.end + 30]
    if switches.get("NEWSFACET_CLUB_BOARD", "1") != "0" and _CLUB_AFTER.match(after):
        return True
    if _SIDE_AFTER.match(after):
        return sporty(article)
    if switches.get("NEWSFACET_SIDE_VERBS", "1") == "0":
        return False
    if _PLAYER_NEXT.match(after) or _SIDE_VERB.match(after) \
            and not _LISTED.search(text[max(0, m.start - 6):m.start]):
        return sporty(article)
    return False
