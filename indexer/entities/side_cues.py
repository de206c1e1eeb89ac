"""More of what a match report says of a national side (round 18): namesakes.national_teams reads a country
used as a team ("beat X", "X's striker") and keeps its mention a place with no facet value; the country,
region and place facets still counted the sides these cues miss, in several archives' sport copy (cricket,
football, rugby reports of Zimbabwean, Ghanaian, Nepali, Bangladeshi, Caribbean and New Zealand papers):

- a first-level region that fields a side ("Scotland", "England", a state) is read like a country: the
  mention that names the region itself ("victory over X") gives no region and no country;
- a score or a margin around the name is a match whatever the article's other words: "lost 7-0 to X",
  "a 2-2 draw against X", "X beat Y by 186 runs" (the preposition before it is no place's then);
- the contest words national_teams lacked: "defeats", "draw against", an epithet between the verb and the
  side ("take on hosts X", "face old enemies X"), a list of opponents with dates ("host A on October 8,
  B on October 13 and X on November 12"), "the former X international";
- a brief's (or a one-sport-word article's) paragraph that itself speaks of sport (a sport word, a league's
  acronym, a margin or a score) reads its country with a sports report's cues, and a paragraph that uses a
  country as a team uses its other unplaced mentions of it so too ("Guyana beat X by eight wickets. X took
  first strike");
- (not a country naming the person after it: "beat Germany's Rainer Schuettler 7-5" is a tennis player's);
- a name opening the article (a caption's "X's captain Lorcan Tucker plays a shot") is a side by its own cue.
- (round 29) what a sports sentence writes after a side's name that the cues above lacked: its age-grade or
  national side ("an X Under-21 match", "X national coach"), its numbered squad ("X's 30-man squad"), its result
  with words between ("X's 36-12 pool D loss"), or the side's own score a few words on ("X has held out for a
  17-10 win over Y", "X snuck home 24-18 against Y"). Read only where the sentence speaks of a game
  (sport_near) or the article is a sports report.

Each reads the mention's own sentence or paragraph; none names a country. NEWSFACET_SIDE_CUES=0 turns them off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import place_parts, switches, team_cues  # (team_cues' LEAGUES read at call time: it may still be loading)
from .guards import Lowered, trie
from .namesakes import CONTEST_WORDS, TEAM_WORDS

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an?)"
# "lost 7-0 to", "a 2-2 draw against", "won 3-1 over": a score just before the side
_SCORE_BEFORE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:(?:win|victory|draw|defeat|loss|triumph|thrashing|"
                           r"drubbing|hammering|humiliation|success|home\s+win|away\s+win)\s+)?"
                           r"(?:against|over|to|with|by|versus|vs\.?|v)\s+$")
# "beat X by 186 runs", "X won by eight wickets": a margin right after the side (or after its opponent)
_MARGIN = r"by\s+%s\s+(?:runs?|wickets?|goals?|points?|tries|strokes|innings)\b" % _NUM
_MARGIN_AFTER = re.compile(r"^\s+(?:won\s+|lost\s+)?%s" % _MARGIN)
# what a paragraph about a game says (not "penalty", "club", "coach": a politics brief's words too)
_SPORT_SIGN = Lowered(r"\b(?:%s|\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:win|victory|draw|defeat|loss)|(?:world|gold|asia|africa|"
                      r"nations|davis|fed)\s+cup|cup\s+(?:match|tie|final|qualifiers?)|qualifiers?|tournament|"
                      r"football|soccer|cricket|rugby|hockey|netball|basketball|volleyball|handball|futsal|"
                      r"wickets?|innings|t20i?|odis?|test\s+(?:match|series)|semi-?finals?|quarter-?finals?|"
                      r"kick-?off|half-?time)\b" % _MARGIN)
# contest words a brief writes of two sides that national_teams' list lacks
_MORE_CONTEST = (r"defeats|beats|edges|thrashes|hammers|hammered|stuns|stunned|overcame|overcomes|outclassed|"
                 r"whitewashed|draws?\s+(?:with|against)|drew\s+against|(?:win|victory|draw|defeat|loss)\s+against")
# an epithet between the contest word and the side: "take on hosts X", "face old enemies X"
_EPITHET = (r"(?:the\s+)?(?:(?:old|perennial|fierce|bitter|regional|neighbouring)\s+)?(?:hosts|holders|"
            r"(?:defending\s+|reigning\s+)?champions|minnows|neighbours|neighbors|rivals|enemies|visitors|visiting|"
            r"giants|favourites|underdogs)\s+")
_CONTEST_EPITHET = re.compile(r"\b(?:%s|%s)\s+%s$" % (CONTEST_WORDS, _MORE_CONTEST, _EPITHET))
_TEAM_EPITHET = re.compile(r"\b(?:%s|%s)\s+(?:%s)?$" % (TEAM_WORDS, _MORE_CONTEST, _EPITHET))
# Round 38: an indefinite article and a word or two of description between the contest word and the side ("beating a
# higher-ranked X", "face an injury-hit X", "against a resurgent X"): how sport copy writes an opponent, never a
# country's place (team_cues.epithets; NEWSFACET_SIDE_EPITHETS=0: not these)
_DESCRIBED = re.compile(r"\b(?:%s|%s)\s+(?:a|an)\s+(?:[a-z][\w\-]*\s+){1,2}$" % (CONTEST_WORDS, _MORE_CONTEST))
_CONTEST_MORE = re.compile(r"\b(?:%s)\s+$" % _MORE_CONTEST)
# a list of opponents each with its date: "host A on October 8, B on October 13 and X"
_NAME = r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+)*"
_DATE = r"(?:\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+day))"
_DATED_ITEM = r"(?:%s)?%s%s,?\s+(?:and\s+)?" % (_EPITHET, _NAME, _DATE)
_DATED_LIST = re.compile(r"\b(?:%s|%s)\s+(?:%s){1,5}$" % (CONTEST_WORDS, _MORE_CONTEST, _DATED_ITEM))
_TEAM_DATED_LIST = re.compile(r"\b(?:%s|%s)\s+(?:%s){1,5}$" % (TEAM_WORDS, _MORE_CONTEST, _DATED_ITEM))
_SUBJECT = re.compile(r"^\s+(?:%s|beat|defeated|crushed|thrashed|routed|trounced|edged|downed|whipped|won\s+against|"
                      r"drew\s+with|lost\s+to)\s+(?:the\s+)?[A-Z]" % _MORE_CONTEST)
_LISTED_PLACED = re.compile(r"(?<![Aa]part )(?<![Aa]side )\b(?:in|near|at|from|to)\s+(?:%s,\s+){0,4}%s,?\s+(?:and|or)\s+$" % (_NAME, _NAME))
# "beat Germany's Rainer Schuettler", "a 6-2 win over Belarus' Kristina Dmitruk": the opponent is the person
# the country's name qualifies (a tennis player's nationality), not a side
_WHOSE = re.compile(r"^(?:[’']s|[’'])\s+[A-Z][a-z]")
NEAR = 250  # characters either side of a mention read as its sentence and the next or last one
_FORMER = re.compile(r"\b(?:former|ex-|one-time|retired|\d{1,3}-cap)\s*$", re.I)
_INTERNATIONAL = re.compile(r"^\s+international\b")


# Round 29: a side's name followed by its age grade or its national side ("England Under-21", "Wales national
# coach"), its numbered squad ("England's 30-man squad"), its own result with a few words between ("Tonga's
# 36-12 pool D loss"), or a score a few words on that a result word or an opponent closes ("Georgia has held
# out for a surprise 17-10 win over Tonga"; not "rate of 30-40%", "voted 52-48 to leave": no result, no side).
_GRADE_AFTER = re.compile(r"^(?:[’']s)?\s+(?:national\s+(?:coach|team|side|squad|selectors?|manager|captain)|"
                          r"(?:[Uu]nder|U)[\s-]?(?:1[5-9]|2[0-3])s?)\b")
_SQUAD_AFTER = re.compile(r"^[’']s?\s+(?:\w+\s+)?(?:\d{2}|[a-z]+-?)(?:-|\s)(?:man|player|strong)\s+(?:squad|party|team)\b")
_RESULT = r"(?:win|victory|loss|defeat|draw|triumph|success|romp|rout|thrashing|hammering)\b"
_OWN_RESULT_AFTER = re.compile(r"^[’']s\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:[\w\-]+\s+){1,3}%s" % _RESULT)
_SCORE_LATER = re.compile(r"^(?:\s+[a-z][\w\-]*){1,6}\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:%s|(?:against|over|to|with)\s+[A-Z])"
                          % _RESULT)


# Round 62: the words of games between national sides -- a cricket report's plurals and formats, tennis, golf, motor
# racing --, counted only where a country may be a side (namesakes.national_teams): a fresh cricket archive's match
# reports counted three sport words and were read as briefs. Not for a town read as a club (namesakes.not_places): a
# Test's towns are its grounds ("the Nagpur track", "at Centurion"), which these words would have made clubs.
# (Not "podium", "bowled", "laps": a Brexit live blog's "a government podium" made it a sports report; and only two
# of the words or more count, so one stray word flips nothing.)
_SIDE_WORDS = """wickets batsmen bowlers bowling overs odi odis t20 t20i t20is twenty20 spinner spinners seamer seamers
all-rounder half-century run-rate lbw tiebreak tie-break atp wta birdie birdies bogey bogeys pga
""".split() + ["grand prix", "pole position"]
SIDE_WORDS_MIN = 2
_SIDE_SPORT = Lowered(r"\b(%s)\b" % trie(_SIDE_WORDS))


def sport_words(article) -> int:
    """namesakes.sport_words and the words of games between national sides (_SIDE_WORDS, none of which that list
    holds; NEWSFACET_SIDE_SPORT_WORDS=0: not these, before round 62)."""
    from . import namesakes

    words = namesakes.sport_words(article)
    if switches.get("NEWSFACET_SIDE_SPORT_WORDS", "1") == "0":
        return words
    more = len(set().union(*(side_terms(p.text) for p in article.paragraphs)))
    return words + more if more >= SIDE_WORDS_MIN else words


@lru_cache(maxsize=32768)  # per paragraph
def side_terms(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower() for m in _SIDE_SPORT.finditer(text))


# Round 62: a cricket side's own people or play after its name ("Australia's bowlers", "X's power-hitting openers",
# "X's chase", "X needed 26 runs"), read where namesakes._TEAM_AFTER is (a sports report's)
_CRICKET_AFTER = re.compile(r"^(?:[’']s\s+(?:[a-z][\w\-]*\s+)?(?:bowlers|batsmen|batters|openers|spinners|seamers|"
                            r"fielders|innings|chase|run-rate|(?:top|middle|lower)[- ]order)\b|"
                            r"\s+(?:needed|declared|batted|collapsed|slumped|resumed)\b)")


def cricket_after(after: str) -> bool:
    """Whether ``after`` (the text after a name) opens with a cricket side's people or play (_cricket)."""
    return bool(_CRICKET_AFTER.match(after)) and _cricket()


def enabled() -> bool:
    return switches.get("NEWSFACET_SIDE_CUES", "1") != "0"


def region_itself(m) -> bool:
    """A mention naming a first-level region itself (not a town in it): a side's name as much as a country's."""
    # (the switch is read last: an environment lookup costs more than the tests, and most mentions fail them)
    return bool(m.region) and (m.value == m.region or place_parts.part_named(m.value, m.region)) and bool(m.country) \
        and m.value != m.country and enabled()  # (round 46: "a draw with East Wales", a region's compass part, too)


# Round 62: a cricket side's total right after its name, then its scorers in brackets or the result ("Australia 4 for
# 551 dec beat Sri Lanka 211 and 300 (Silva 43)", "India 303 for 9 (Dhoni 139*)", "England 287/7 (50 ov)"): a scorecard
# line, which only a match writes (a fresh cricket archive kept the sides as places)
_TOTAL = r"\d{1,3}(?:\s+for\s+\d{1,3}|/\d{1,3})?(?:\s+dec(?:l(?:ared)?)?\.?)?"
# ... its scorers in brackets ("(Warner 253,", "(M Hussey 47*)") or its overs ("(50 ov)")
_SCORERS = r"\((?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]+)?\s+\d{1,3}\*?[,;)]|\d{1,2}(?:\.\d)?\s+ov)"
_TOTAL_AFTER = re.compile(r"^\s+%s(?:\s+(?:and|&)\s+%s)?\s+(?:%s|beat\b|lost\s+to\b|drew\s+with\b|tied\s+with\b|"
                          r"vs?\.?\s+[A-Z])" % (_TOTAL, _TOTAL, _SCORERS))


def _cricket() -> bool:
    """NEWSFACET_CRICKET_SIDES=0: no cricket total, people or play after a name mark it as a side (before round 62)."""
    return switches.get("NEWSFACET_CRICKET_SIDES", "1") != "0"


def score_cue(para: str, m) -> bool:
    """A score before the side, a margin after it, or (round 62) its total: only a match is written so."""
    if not enabled() or _WHOSE.match(para[m.end:m.end + 6]):
        return False
    after = para[m.end:m.end + 60]
    return bool(_SCORE_BEFORE.search(para[max(0, m.start - 45):m.start]) or _MARGIN_AFTER.match(after)
                or _TOTAL_AFTER.match(after) and _cricket())


def written_as_side(para: str, m) -> bool:
    """Round 29: the words after the name make it a side (see _GRADE_AFTER ... _SCORE_LATER); the caller asks
    only where the sentence or the article speaks of sport."""
    after = para[m.end:m.end + 70]
    return enabled() and bool(_GRADE_AFTER.match(after) or _SQUAD_AFTER.match(after) or _OWN_RESULT_AFTER.match(after)
                              or _SCORE_LATER.match(after))


def sport_near(para: str, m) -> bool:
    """Whether the words around the mention (its sentence and the next or last, not a long paragraph's far
    end) speak of a game: a game's or a contest's word, a league's acronym, a margin or a score's result."""
    if not enabled():
        return False
    lo, hi = m.start - NEAR, m.end + NEAR
    return any(lo <= a and b <= hi for a, b in _sport_signs(para))


@lru_cache(maxsize=4096)  # asked for every side-like mention of a paragraph: the paragraph is read once
def _sport_signs(para: str) -> tuple[tuple[int, int], ...]:
    """Where the paragraph's game words and league acronyms are (whole words of the whole paragraph)."""
    return tuple(m.span() for pattern in (team_cues.LEAGUES, _SPORT_SIGN) for m in pattern.finditer(para))


def whose(para: str, m) -> bool:
    """"Germany's Rainer Schuettler": the country names a person after it."""
    return bool(_WHOSE.match(para[m.end:m.end + 6])) and enabled()


def subject_cue(para: str, m) -> bool:
    """"X beat Windward Islands", "X drew with Y": the side as a contest verb's subject, another side after."""
    return bool(_SUBJECT.match(para[m.end:m.end + 40])) and enabled()


def listed_placed(para: str, m) -> bool:
    """"reports in France and X": a later name of a list a place's preposition opens is a place too."""
    return bool(_LISTED_PLACED.search(para[max(0, m.start - 80):m.start])) and enabled()


def contest_cue(para: str, m, strict: bool) -> bool:
    """The contest words before the side that national_teams lacks (module docstring); ``strict``: a brief's,
    where only the words of a contest between two sides count."""
    if not enabled() or _WHOSE.match(para[m.end:m.end + 6]):
        return False
    before = para[max(0, m.start - 160):m.start]
    if _CONTEST_MORE.search(before[-30:]) or (_CONTEST_EPITHET if strict else _TEAM_EPITHET).search(before[-60:]):
        return True
    if _DESCRIBED.search(before[-60:]) and team_cues.epithets():
        return True
    if (_DATED_LIST if strict else _TEAM_DATED_LIST).search(before):
        return True
    return bool(_FORMER.search(before[-12:])) and bool(_INTERNATIONAL.match(para[m.end:m.end + 20]))
