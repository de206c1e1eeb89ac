"""Round 36: what a tournament report writes of a side named like its country, that the match cues lacked.

namesakes.national_teams labels a sports report's country a team (no place, region or country facet value)
wherever one of its sentences uses it so; its cues are a match's words ("beat X", "X 2-1", "X's striker"). The
judged dev place and country values still held sides of tournament reports in the Ghanaian, Tongan, Zimbabwean
and CoNLL archives, written with a tournament's words instead:
- a side's progress after its name: "X advanced to the semi-finals", "X reached the quarter-finals", "X crashed
  out", "X were knocked out";
- a tournament's epithet before it, after a contest word: "face host nation X", "losing only once to group
  winners X", "play the runners-up X";
- a result as a noun: "the demolition of X", "their thrashing of X"; wins over a list: "wins over A, B and X";
- a fixture's "meet X" and a draw's "opponents will be X";
- a reign: "ended X's reign as champions".
Read like the other cues: where the sentence speaks of sport (side_cues.sport_near) or the article is a sports
report. NEWSFACET_TOURNAMENT_CUES=0 turns them off.
"""
from __future__ import annotations

import re

from . import switches

_STAGE = (r"(?:the\s+)?(?:semi-?finals?|final|finals|quarter-?finals?|last\s+(?:four|eight|16|sixteen|32)|"
          r"knock-?out\s+(?:stages?|rounds?)|round\s+of\s+(?:16|sixteen|32)|play-?offs?|next\s+round|super\s+\d+s?)")
_PROGRESS_AFTER = re.compile(
    r"^\s+(?:have\s+|has\s+|had\s+)?(?:(?:advanced|progressed|marched|cruised|stormed|moved|swept|sailed|went\s+through)"
    r"\s+(?:in)?to\s+%s|(?:reached|qualified\s+for|booked\s+(?:a|their|its)\s+(?:place|spot|berth)\s+in)\s+%s|"
    r"(?:crashed|bowed|tumbled)\s+out|(?:were|was|are|is)\s+(?:knocked|dumped|bundled)\s+out|"
    r"(?:were|was)\s+eliminated)\b" % (_STAGE, _STAGE), re.I)
_TOURNAMENT_EPITHET = (r"(?:host\s+nation|host\s+country|group\s+winners|group\s+leaders|(?:semi-?)?finalists|"
                       r"runners-up|title\s+holders|opponents|debutants|qualifiers)")
_CONTEST = (r"beat|beating|beaten\s+by|against|face|faces|facing|play|plays|played|meet|meets|meeting|to|over|"
            r"take\s+on|takes\s+on|lost\s+to|lose\s+to|losing\s+(?:only\s+)?(?:once\s+)?to|host|hosts|with")
_EPITHET_BEFORE = re.compile(r"\b(?:%s)\s+(?:the\s+)?%s\s+$" % (_CONTEST, _TOURNAMENT_EPITHET), re.I)
_NAME = r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+)*"
_LIST = r"(?:%s,?\s+(?:and\s+|or\s+)?){0,4}" % _NAME
_RESULT_OF_BEFORE = re.compile(r"\b(?:demolition|thrashing|hammering|drubbing|rout|routing|humbling|whitewash|"
                               r"dismantling|mauling)\s+of\s+(?:the\s+)?$", re.I)
_WINS_OVER_BEFORE = re.compile(r"\b(?:wins|victories|triumphs)\s+(?:over|against)\s+%s$" % _LIST)
_FIXTURE_BEFORE = re.compile(r"\b(?:to\s+meet|will\s+meet|meets?|meeting)\s+$|\bopponents\s+(?:will\s+be|are|were)\s+%s$"
                             % _LIST)
_REIGN_AFTER = re.compile(r"^[’']s\s+(?:\w+\s+){0,2}reign\s+as\b")


def enabled() -> bool:
    return switches.get("NEWSFACET_TOURNAMENT_CUES", "1") != "0"


def tournament_cue(para: str, m) -> bool:
    """Whether a tournament's words around the mention ``m`` of ``para`` use it as a side (the module docstring);
    the caller asks only where the sentence or the article speaks of sport."""
    if not enabled():
        return False
    before, after = para[max(0, m.start - 120):m.start], para[m.end:m.end + 60]
    return bool(_PROGRESS_AFTER.match(after) or _REIGN_AFTER.match(after) or _EPITHET_BEFORE.search(before[-50:])
                or _RESULT_OF_BEFORE.search(before[-30:]) or _WINS_OVER_BEFORE.search(before)
                or _FIXTURE_BEFORE.search(before))
