"""Whether an ORG mention's sentence marks it as a person: a role in apposition ("X, the German baritone,"), a role
right before it ("actor Karthi's latest thriller"), ", who" after it, a kinship word after its possessive, a maker's
"by X", a player's "X's header", a list with a person's full name, or "his"/"her" after it opening its sentence.
(Split from org_words.py in round 50: org_words.weed asks ``_person_cue`` of each ORG mention.)
"""
from __future__ import annotations

import re

from search.model import NO_FACET

from . import switches
from .name_titles import last_word

# Words naming what a person is or does, in apposition to a name ("X, the German baritone,", "production
# designer, X", "X, campaigns officer at Unite", "X, an Italian who"): a generic class of nouns, no names.
_ROLE = (r"(?i:man|woman|boy|girl|defendant|suspect|ambassador|envoy|baritone|tenor|soprano|singer|songwriter|rapper|actor|actress|director|designer|"
         r"professor|lecturer|teacher|analyst|officer|spokes(?:man|woman|person)|president|chairman|chairwoman|"
         r"manager|coach|player|striker|captain|minister|secretary|senator|governor|mayor|lawyer|"
         r"attorney|judge|doctor|scientist|researcher|economist|geographer|environmentalist|author|writer|"
         r"novelist|poet|artist|painter|photographer|journalist|reporter|editor|producer|composer|musician|"
         r"pianist|dancer|chef|student|farmer|founder|co-founder|campaigner|activist|expert|historian|"
         r"architect|engineer|consultant|advis[eo]r|candidate|veteran|champion|driver|rider|jockey|boxer|"
         r"golfer|athlete|comedian|presenter|widow|widower|wife|husband|son|daughter|mother|father|"
         r"grandmother|grandfather|commissioner|inspector|detective|constable|sergeant|psychologist|"
         r"sociologist|biologist|physicist|chemist|philosopher|theologian|priest|bishop|sensation|star|"
         r"resident|mp|councillor)s?")
# A maker's name after the thing made ("founded by X", "directed by X", "a film by X").
_MADE_BY = re.compile(r"\b(?:founded|co-founded|created|invented|directed|written|composed|painted|designed|"
                      r"sung|coached|a (?:film|novel|book|play|song|painting)|(?:work|goal|header|strike|shot|try|cross|"
                      r"pass|save|effort)) by\s+$")
# A player's action after the possessive ("save Naoki Soma's low drive", "X's header"): people, or teams.
_PLAYER_POSS = re.compile(r"^[’']s\s+(?:[a-z\-]+\s+)?(?:shot|drive|header|goal|pass|cross|free-kick|penalty|strike|"
                          r"equaliser|hat-trick|debut|tackle|volley|effort)\b")
_GAP = r"(?:(?!(?:to|of|for|at|in|on|by|with|from|and|or|according|as)\b)[\w\-]+\s+){0,3}"  # adjectives, no clause
_PERSON_AFTER = re.compile(r"^(?:,\s+who\b|,\s+(?:an?\s+|the\s+|[A-Z][\w’'.\-]*[’']s\s+)?" + _GAP
                           + r"(?:" + _ROLE + r"|who)\b|[’']s\s+(?:wife|husband|widow|son|daughter|father|mother|"
                           r"family|career|retirement|death|funeral|skin|voice)\b)")
_PERSON_BEFORE = re.compile(r"\b" + _ROLE + r",\s+$", re.I)
# Round 44: a person's role written right before the name, in lower case ("actor Karthi's latest thriller", "wrestler
# X"), or said of the name after "was"/"is" ("X was a director and authorised signatory"); not the roles a place's or a
# body's people also take before their name ("resident", "star", "veteran"), nor a firm's trade ("analyst", "producer").
# NEWSFACET_ROLE_BESIDE=0: off.
_ROLE_WORDS = _ROLE.replace("(?i:", "(?:").replace("sensation|star|", "").replace("|resident|", "|").replace(
    "veteran|champion|", "").replace("man|woman|boy|girl|", "")
for _firmlike in ("analyst", "producer", "consultant", "advis[eo]r", "designer", "architect", "engineer", "officer",
                  "expert", "manager", "player", "driver"):
    # ("analyst Wedbush", "oil producer Aramco", "lead manager Morgan Guaranty", "key player X": a firm's trade too)
    _ROLE_WORDS = _ROLE_WORDS.replace(f"|{_firmlike}|", "|")
_ROLE_RIGHT_BEFORE = re.compile(r"(?:^|[^\w’'\-])(?<![A-Z])(?:former\s+|veteran\s+|star\s+)?" + _ROLE_WORDS + r"\s+$")
_ROLE_SAID_AFTER = re.compile(r"^\s+(?:was|is)\s+(?:a|an|the)\s+(?:former\s+)?" + _ROLE_WORDS + r"\b")
_OWN_PRONOUN = re.compile(r"^(?:[’']s)?(?:\s+(?!(?:said|says|told|quoted|reported|added)\b)[\w\-]+){1,5}\s+(his|her|she|he)\b")


_TAIL_WORD = re.compile(r"[\w’'\-]+$")
_ROLE_WORD = re.compile(_ROLE_WORDS)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the patterns' word boundary takes for a word's letter


def _role_tail(last: str) -> bool:
    """Whether the last word before a mention can be what _ROLE_RIGHT_BEFORE ends with: a role word, whole."""
    tail = _TAIL_WORD.search(last)
    # (a word as long as the pattern's 40-character window may be cut by it: then let the pattern decide)
    return bool(tail and (len(tail.group()) >= 30 or _ROLE_WORD.fullmatch(tail.group())))


def role_beside() -> bool:
    return switches.get("NEWSFACET_ROLE_BESIDE", "1") != "0"


def _person_cue(article, m, strong: bool = False) -> bool:
    """Whether the sentence of an ORG mention marks it as a person: a role in apposition ("X, the German
    baritone,", "production designer, X"), ", who" after it, a kinship word after its possessive, or -- opening
    its sentence -- "his"/"her" within a few words of it, no verb of saying or comma between ("X announced his
    retirement", not "IRNA said he"). ``strong``: without "who", which British English and teams use too."""
    para = article.paragraphs[m.paragraph].text
    before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 80]
    # (the patterns before the mention all end in whitespace after a given last word: that word is read first,
    # and a pattern is tried only where it can match -- asked for every ORG mention, several times)
    last = last_word(before)
    if last[-3:] in ("the", "The") and (len(last) == 3 or not _word_char(last[-4])):
        return False  # "the Darling Downs, young farmers ...": people are not "the" anybody
    hit = _PERSON_AFTER.match(after)
    if role_beside() and (_role_tail(last) and _ROLE_RIGHT_BEFORE.search(before[-40:]) or _ROLE_SAID_AFTER.match(after)):
        return True
    if hit and not (strong and hit.group().rstrip().endswith("who")) \
            or last.endswith(",") and _PERSON_BEFORE.search(before) \
            or (last == "by" and _MADE_BY.search(before[-30:]) or _PLAYER_POSS.match(after)) and not strong \
            or _listed_with_person(article, m):
        return True
    if before.strip() and not re.search(r"[.!?\"“”]\s*$", before):
        return False  # only a sentence's subject: "Apple's boss Tim Cook said he" names the boss
    return bool(_OWN_PRONOUN.match(after))


def _listed_with_person(article, m) -> bool:
    """One of two names joined by "and"/"or" whose other half the article files as a full person's name
    ("Montgomery Clift and James Dean", "Davor Suker and Predrag Mijatovic")."""
    para = article.paragraphs[m.paragraph].text
    return any(o.kind == "person" and o.paragraph == m.paragraph and " " in o.value and o.label in ("PERSON", NO_FACET)
               and (para[m.end:o.start] in (" and ", " or ") or para[o.end:m.start] in (" and ", " or "))
               for o in article.mentions)
