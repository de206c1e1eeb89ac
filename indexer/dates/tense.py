"""Which way a date without a year or week points from publication: the cue nearest before it decides.

"said Thursday" looks back, "will meet Thursday" and "planned to leave on Thursday" look ahead. News
mostly reports what happened, so with no cue the resolvers keep their backward preference. The nearest
cue in the same clause wins, so "lower-than-expected earnings after the market closed Wednesday" is
past ("closed" stands between "expected" and the day) and "postponed until 15:00 GMT Saturday" future.
A "last"/"this past" inside the span itself ("due to expire last Thursday") always means the past.
Scheduled events told in the present ("the ministers meet Monday", "the offer expires Friday") look
ahead. A date that opens its clause ("On Friday, the committee will vote") has no cue before it; then
the first verb after it decides: a future one always, a past one when the date opens its sentence ("In
January, the firm hired ..."; not after a closing quote, where it is the reporting verb), and so for
"Until/By Thursday, they had ...". "ahead of" right before a date looks ahead; "next to" is a place.
"""
from __future__ import annotations

import re

from indexer.dates.adjectival import not_a_verb

# Words that put what follows after publication. "expected" only as a verb ("is expected to", not
# "lower-than-expected"); "due" only with "to"/"for"/"on"/"by" ("due to expire", "due on Monday").
_FUTURE = (
    r"will|won't|wo n't|shall|'ll|would|is to|are to|is going to|are going to|plans? to|planned|"
    r"planning (?:to|for|on)|"
    r"(?<![-\w])expected to|expects? to|(?:forecast|predicted|projected|poised|tipped) to|(?<![-\w])expected (?:on|by|in|at|as)|due (?:to|for|on|by|in|at)|"
    r"scheduled|rescheduled|slated|set (?:to|for)|postponed|delayed|put off|pushed back|deadline|"
    r"payable|effective|takes? effect|upcoming|next(?!\s+to\b)|coming|"  # "next to the embassy" is a place
    r"as soon as|as early as|no later than|in time for|on (?:track|course) to|"
    r"intends? to|hopes? to|aims? to|wants? to|seeks? to|promised to|vowed to|threatened to|"
    r"is likely to|are likely to|could|may|might|until|till|through|by|"
    # Scheduled events told in the present: "meets Monday", "the offer expires Friday", "results are due
    # Thursday". Only verbs that are rarely nouns ("votes", "visits", "faces" are left out).
    r"meets?|resumes?|(?:re)?opens|begins?|expires|arrives?|convenes?|testifies|takes office|(?:is|are) due|"
    # More of them, in the third person only ("the conference ends Friday", "the minister leaves for Beijing
    # on Thursday", "Germany goes to the polls"); "reports", "returns", "heads", "signs" are nouns too often.
    r"starts|ends|closes|concludes|goes|leaves|departs|travels|flies|hears|hosts|attends|kicks off|"
    r"gets under way|steps down|hands over|takes over|unveils|announces|publishes|decides|debates|"
    r"celebrates|sails|wraps up|(?:go|head) to the polls"
)
# Past verbs: "-ed" forms (not the future-cue ones above) and common irregular past tenses.
_PAST = (
    r"(?!(?:planned|expected|scheduled|rescheduled|slated|postponed|delayed|pushed|proposed|intended|"
    r"hoped|aimed|needed|wanted|seemed|promised|vowed|threatened|limited|united|based|related|"
    r"concerned|interested|supposed|used|advanced|detailed|armed|hundred|red|bed|shed|feed|need|speed|"
    r"seed|weed|breed|greed|deed|creed|united|indeed|embed|proceed|succeed|exceed)\b)[a-z]+ed|"
    r"said|says|was|were|had|did|rose|fell|came|went|took|made|began|won|lost|paid|sold|bought|"
    r"left|met|saw|told|held|gave|got|ran|hit|cut|quit|shot|spent|struck|fought|brought|thought|"
    r"knew|grew|drew|flew|wrote|spoke|broke|chose|became|sent|built|led|fled|kept|found|stood|"
    r"ago|previously|already|since"
)
_CUE = re.compile(rf"(?<![\w'])(?:(?P<fut>{_FUTURE})|(?P<past>{_PAST}))(?![\w])", re.I)
# "until"/"till"/"through"/"by" look ahead only when nothing else in the clause looks back: "was closed
# until Tuesday" is the past, "remain closed until Tuesday" is not decided by them alone.
_WEAK_FUTURE = {"until", "till", "through", "by", "could", "may", "might"}
# A past form right after "be"/"been"/"to be" is a participle: "will be paid Dec. 14", "must be returned by";
# so is one after "stay"/"remain"/"keep" ("will stay closed until 9 a.m. Tuesday"): a state, not a past event;
# also with an adverb between ("are also assured of spending Christmas", "is still closed").
_PARTICIPLE = re.compile(r"(?:\b(?:be|been|being|is|are|am|get|gets|got|stay|stays|remain|remains|keep|keeps)\s+"
                         r"(?:(?:\w+ly|also|not|still|now|already|all|even)\s+)?)$", re.I)
# "expected to hit the coast", "will cut jobs": "hit", "cut", "set", "put" after "to" or a modal are no past.
_INFINITIVE = re.compile(r"(?:\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not)|'ll|n't)\s+"
                         r"(?:\w+ly\s+)?$", re.I)
# A capitalised "-ed" word inside a sentence ("Ahmed", "Mohamed", "Fred") is a name; a past verb is only
# capitalised where it opens a sentence or a headline, and then no lower-case word or comma stands before it.
_NAME_ED = re.compile(r"[A-Z][a-z]*ed")
# A capitalised "-ed" word inside a sentence ("Ahmed", "Mohamed", "Fred") is a name; a past verb is only
# capitalised where it opens a sentence or a headline, and then no lower-case word or comma stands before it.
_NAME_ED = re.compile(r"[A-Z][a-z]*ed")
# "had been due to expire Friday" / "had been set to expire Nov. 6": a plan that may since have changed.
_PLUPERFECT = re.compile(r"\bhad(?:\s+been)?\s+$", re.I)
_TIME_OF_DAY = (r"\s*(?:(?:at\s+)?[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|est|edt|cst|cdt|pst|pdt|local time|"
                r"\(\d+\s*gmt\))?\s*(?:gmt|utc|est|edt|cst|cdt|pst|pdt|local time)?|noon|midnight)?\s*(?:on\s+)?(?:the\s+)?")
_CLAUSE_END = re.compile(r"(?:[.;!?:]\s|\s--?\s|``|''|\"|\n)")


# Full stops that end no sentence: initials, "a.m.", "Nov.", "Corp.", "U.S.".
_ABBREV = re.compile(r"\b(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Inc|Corp|Ltd|Gov|Gen|Sen|Rep|Mo|Ill|Calif|Jan|Feb|Mar|"
                     r"Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|a\.m|p\.m)\.")


# A parenthetical between paired dashes (AP's " _ ", "--", "—") or brackets: "during a visit to eight
# countries _ Ethiopia, Djibouti, ... _ starting Wednesday" is told by the verb before it.
_ASIDE = re.compile(r"\s(?:_|--|—)\s[^_—\n]*?(?<!-)\s(?:_|--|—)(?=\s)|\s\([^()]*\)")


def _clause(before: str) -> str:
    """The last 120 characters of the clause that ``before`` ends in, asides left out."""
    before = _ASIDE.sub("", before)
    masked = _ABBREV.sub(lambda m: m.group()[:-1] + "_", before)
    parts = list(_CLAUSE_END.finditer(masked))
    start = parts[-1].end() if parts else 0
    return before[start:][-120:]


# "the hastily planned trip", "a planned strike": an adjective, not a plan told about.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:\w+ly\s+)?$", re.I)


# "ahead of" right before a date: the date is still to come when the sentence is written (a past one
# says so in the span: "ahead of last Friday's vote"). So for the other words of waiting for a day: "applying
# for permission in time for Sunday's wedding", "as players prepared for Monday's import needs": what the clause's
# verb tells (even in the past) happened before the day, which is to come. (Not "on the eve of": "On the eve of
# November 9, they told us we would sail" is a story's past.)
AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in advance of|in time for|(?:prepar(?:e|es|ed|ing)|getting ready|"
                      r"gearing up) for)\s+(?:the\s+)?$", re.I)
# The bare forms of the scheduled-present verbs ("they meet Monday"); after "to" they are infinitives whose
# tense is the governing verb's ("appeared to begin", "agreed to meet"; "plans to meet" has its own cue).
_BARE_SCHEDULED = {"meet", "resume", "begin", "arrive", "convene"}
_OWN_UNIT = re.compile(r"\s+(?:week|month|year|weekend|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!'|’)", re.I)
_REPORTED_EVENT = re.compile(r"\b(?:reports?|news|word|evidence|signs?|accounts?|footage|images?)\b[^,;]*\bof\s+(?:an?|the)\s+"
                             r"[a-z]+\s+(?:on|in)\s+$", re.I)
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?$", re.I)
_SAYING = {"said", "says", "told", "wrote", "announced", "reported", "added", "stated", "claimed", "confirmed",
           "denied", "insisted", "warned", "noted", "argued", "suggested", "thought", "knew", "agreed", "decided"}
# Past forms that are no adjective and no present ("took office on Jan. 20", "won gold in March"): finite verbs, so
# their short complement before the date's preposition needs no relative pronoun to show it (an "-ed" form may be
# an adjective: "redeem preferred shares on Oct. 31"; "hit", "cut", "set" may be present).
_IRREGULAR_PAST = {"took", "won", "lost", "made", "met", "began", "came", "went", "gave", "fought", "brought", "sent",
                   "built", "fled", "flew", "broke", "became", "held", "left", "sold", "bought", "paid", "struck"}
_COMPLEMENT = re.compile(r"(?:\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|and|or|but|to|"
                         r"who|which|that)\b)[a-z][\w-]*){1,3}\s+(?:on|in)\s+(?:(?:early|late|mid)\s+)?$")
# A present-tense finite verb of the reported clause after a verb of saying ("said he has", "says it is").
_PRESENT_REPORTED = re.compile(r"^\s*(?:that\s+)?(?:he|she|it|they|we|i|you|the\s+\w+)\s+(?:\w+ly\s+)?(?:has|have|is|are|does|do)\b(?!\s+(?:been|not|n't))",
                               re.I)
_AS_PLANNED = re.compile(r"\bas\s+(?:\w+ly\s+)?$", re.I)


def _cues(clause: str) -> list[tuple[int, str, str]]:
    """(position, "future"|"past", word) of the tense cues in a clause, participles and the like left out."""
    cues = []
    for m in _CUE.finditer(clause):
        word = m.group().lower()
        if m["past"] and (_PARTICIPLE.search(clause[:m.start()]) or _INFINITIVE.search(clause[:m.start()])):
            continue
        if m["past"] and _NAME_ED.fullmatch(m.group()) and re.search(r"[a-z,]\s+$", clause[:m.start()]):
            continue  # "On Wednesday, Mohamed and his father are to travel": a name, not a past verb
        if m["past"] and not_a_verb(clause, m.start(), m.end()):
            continue  # "a self-imposed Dec. 22 deadline", "a revised tax bill", "a tax cut bill" (adjectival.py)
        way = "future" if m["fut"] else "past"
        if way == "future" and _PLUPERFECT.search(clause[:m.start()]):
            continue  # "had been due to expire Friday": the plan may or may not have held
        # "the rescheduled game from February": an adjective naming the thing, not a plan told about ("its
        # scheduled screening on Friday" stays a cue: what is scheduled is mostly still to come).
        if word in ("planned", "rescheduled", "postponed", "delayed") and _ADJECTIVE_BEFORE.search(clause[:m.start()]):
            continue
        if word in ("next", "coming") and _OWN_UNIT.match(clause[m.end():]):
            continue  # "next week than in April": the word places its own date, not the clause's others
        if word == "next" and re.search(r"\bthe\s+$", clause[:m.start()], re.I) and any(c[1] == "past" for c in cues):
            continue  # "cruised to the next round on Sunday": the round after a past one, told in the past
        if word in _BARE_SCHEDULED and re.search(r"\bto\s+$", clause[:m.start()], re.I):
            continue  # "the blaze that appeared to begin on Thursday": an infinitive; the verb governing it decides
        if way == "future" and _AS_PLANNED.search(clause[:m.start()]) and word in ("planned", "scheduled", "expected"):
            continue  # "began as previously planned Saturday night": according to plan, not still to come
        cues.append((m.start(), way, word))
    return cues


def _after_clause(after: str) -> str:
    """The words after a date up to the end of its sentence (or clause)."""
    masked = _ABBREV.sub(lambda m: m.group()[:-1] + "_", after)
    end = _CLAUSE_END.search(masked)
    return after[:end.start()] if end else after


# Intent told in the past right after a date ("the DNC chair on Saturday vowed to ensure", "On Friday, the
# government planned to pay"): the vowing or planning is what happened that day, not what is still to come.
_PAST_INTENT = {"planned", "vowed to", "promised to", "threatened to"}


def _following(after: str, opens_sentence: bool, adverbial: bool = False) -> str | None:
    """The way of the first tense cue after a date that opens its clause: "On Friday, the committee will
    vote", "Tuesday, the league plans to hold" look ahead. A past cue counts only when the date opens its
    sentence ("In January, the company brought in a new chief"): after a date closing a quote
    ("... on June 25,'' the source told AFP") the reporting verb is not the event's tense."""
    clause = _after_clause(after)
    if re.match(r"\s*(?:that|which|who)\b", clause, re.I):
        # "the MTA's announcement on Thursday that it will suspend service": what follows is a clause of its
        # own (the announcement's content, a relative clause), so its verb does not place the date.
        return None
    for at, way, word in _cues(clause):
        if re.fullmatch(r"\s*(?:'s|’s)\s+", clause[:at]):
            continue  # "Friday's deadline passed": the noun the day names, not the clause's verb
        if word not in _WEAK_FUTURE:
            if word.lower() in _PAST_INTENT:
                way = "past"  # "On Friday, the government planned to pay": the planning is what happened Friday
            # A past verb right after a date told with its preposition ("the UN's legal counsel on Monday said") is
            # the verb of the clause the date sits in, wherever that clause starts. Not after a bare date, the
            # subject of its verb: "On the KCBT, January finished lower" is a futures contract, not a past month.
            return way if way == "future" or opens_sentence or adverbial and not clause[:at].strip() else None
    return None


def clause_tense(after: str) -> str | None:
    """ "past", "future" or None: the way of the first strong tense cue in the clause ``after`` starts."""
    return _following(after, True)


# The words before a date that opens its sentence: at most an opening quote and prepositions.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+)[\"`'“]*\s*(?:(?:on|in|at|by|during|until|till|early|late)\s+)*$", re.I)


def _opens_sentence(before: str) -> bool:
    return bool(_SENTENCE_OPENING.search(_ABBREV.sub(lambda m: m.group()[:-1] + "_", before)))


_MODALS = {"could", "may", "might"}
_MODAL_AHEAD = re.compile(r"\s+(?!not\b|have\b|n't\b)[a-z]+\b", re.I)
# A date that is the subject of a future verb ("Saturday would be the date", "Monday will see talks").
_SUBJECT_OF_FUTURE = re.compile(r"\s+(?:will|would|is going to|'ll)\s+(?!have\b)", re.I)


_PLAN_WORDS = {"scheduled", "rescheduled", "planned", "slated", "set to", "set for"}
# The clause's own verb right after the date (at most "but"/"and" between): "was canceled", "but had", ", and were".
_PAST_AFTER_PLAN = re.compile(r"^\s*(?:,\s*)?(?:(?:but|and)\s+)?(?:\w+ly\s+)?(?:was|were|had)\b(?:\s+(?:\w+ly\s+)?(?P<verb>\w+))?", re.I)
_PLAN_IN_PRESENT = re.compile(r"\b(?:is|are|has been|have been|will be|remains?)\s+(?:\w+ly\s+)?$", re.I)


def _told_as_past(after: str, before_plan: str) -> bool:
    m = _PAST_AFTER_PLAN.match(_after_clause(after))
    # "is scheduled for Monday, and ..." tells a plan still standing; "was announced" tells of the plan, not its fate.
    # "and were planning to drive": a plan again (a progressive, "to", "due"), not what became of the first one.
    verb = (m["verb"] or "").lower() if m else ""
    return bool(m) and not _PLAN_IN_PRESENT.search(before_plan) and not verb.endswith("ing") and verb not in _SAYING | {
        "announced", "reported", "expected", "scheduled", "set", "due", "planned", "to", "about", "still", "yet"}


def direction(before: str, span: str, reach: bool = False, after: str = "") -> str | None:
    """ "future", "past" or None (no cue) for a date written as ``span`` after the text ``before``.

    With ``reach`` a past cue only counts right before the date (prepositions between): a month-day's
    year is turned backwards by "the fiscal year ended Jan. 31", not by a "said" that opens a long
    sentence about a coming deadline.
    """
    s = span.lower()
    if re.search(r"\b(?:last|this past|past|previous|ago)\b", s):
        return "past"
    if re.search(r"\b(?:next|coming|upcoming|this coming)\b", s):
        return "future"
    if (split := re.match(r"(?:early|late|soon)\s+as\b", s)) and re.search(r"\bas\s+$", before, re.I):
        before += split.group() + " "  # spaCy's "early as Tuesday" of "as early as Tuesday": the cue is the whole phrase
    clause = _clause(before)
    if _SUBJECT_OF_FUTURE.match(after):
        return "future"  # "he did not think Saturday would be the date": the day is what is still to come
    # "until 9 a.m. Tuesday", "postponed until 15:00 GMT Saturday": a deadline right before the date,
    # unless the clause is told in the past ("led the commission until May 30").
    deadline = re.search(rf"\b(?:until|till|as soon as|no later than){_TIME_OF_DAY}$", clause, re.I)
    # "was extended to Nov. 16", "extended the offer through Friday", "suspended work until Monday": a new
    # deadline; "was moved to September 2", "brought forward to Monday": a new date for something still to come.
    if re.search(r"\b(?:extend\w*|moved|brought forward|put back|pushed back|postponed|delayed|deferred|adjourned|"
                 r"rescheduled|suspended|recessed)\b[^.;]{0,60}\b(?:to|until|till|through)\s+$", clause, re.I):
        return "future"
    if AHEAD_OF.search(clause):
        return "future"  # "the dollar firmed ahead of Friday's jobs data": what the market waits for
    cues = _cues(clause)
    # "Until Thursday, they had not called Kopp a suspect", "By Friday, the dollar had recovered": a sentence
    # the deadline word opens is told by the verb after the date.
    opening_deadline = bool(after and re.fullmatch(r"\s*(?:until|till|by)\s*", clause, re.I))
    if opening_deadline and _following(after, _opens_sentence(before)) == "past":
        return "past"
    if deadline and not any(c[1] == "past" for c in cues):
        return "future"
    if reach:
        # Only a past verb right before the date counts ("ended Jan. 31", "crashed last February").
        # Also the past verb of a relative clause with a short complement and no noun phrase of its own before the
        # date's preposition ("the flight that went missing on March 8", "which disappeared in poor weather on"):
        # the clause is finite, so its "-ed" is a verb, not an adjective ("redeem preferred shares on Oct. 31");
        # not a verb of saying, whose clause may be about anything.
        cues = [c for c in cues if c[1] == "future" or re.fullmatch(
            r"\s*(?:(?:on|in|at|of|by|the|early|late|mid|since|to|until|through|from)\s+)*", clause[c[0] + len(c[2]):], re.I)
            or c is cues[-1] and c[2].lower() not in _SAYING and _COMPLEMENT.fullmatch(clause[c[0] + len(c[2]):])
            and (_RELATIVE.search(clause[:c[0]]) or c[2].lower() in _IRREGULAR_PAST)]
    if not cues:
        # Nothing before the date in its clause ("On Tuesday, the league plans to ..."): the verb after it.
        adverbial = bool(re.search(r"\b(?:on|in|at|during)\s+(?:(?:early|late)\s+)?$", before, re.I))
        # (an adjective that looks past, "a self-imposed", is no cue here either)
        verbs = [m for m in _CUE.finditer(clause) if not (m["past"] and not_a_verb(clause, m.start(), m.end()))]
        return _following(after, _opens_sentence(before), adverbial) if after and not verbs else None
    strong = [c for c in cues if c[2] not in _WEAK_FUTURE]
    last = cues[-1]
    if last[2].lower() in _MODALS and strong and strong[-1][1] == "past" and _MODAL_AHEAD.match(clause[last[0] + len(last[2]):]):
        # "said on Thursday it could be held on Friday or Sunday": a possibility reported after the verb of
        # saying looks ahead ("could not be reached Monday", "may have left Friday" do not).
        return "future"
    if strong and strong[-1][1] == "future" and _REPORTED_EVENT.search(clause):
        # "would investigate reports of an explosion on Sunday morning": the date is the reported event's, told
        # in a noun phrase after "of"; the plan is about the reports, so no cue (news reports what happened).
        return None
    if strong and strong[-1][2].lower() in _SAYING and _PRESENT_REPORTED.search(clause[strong[-1][0] + len(strong[-1][2]):]):
        # "has said he has plenty of time to approve a pick before Election Day": what is said is told in the
        # present, so the saying, not the date, is in the past; the date has no cue of its own.
        return None
    if strong and strong[-1][1] == "future" and strong[-1][2].lower() in _PLAN_WORDS and _told_as_past(after, clause[:strong[-1][0]]):
        # "was scheduled to die Wednesday but had his sentence postponed", "A memorial service planned for Saturday
        # was canceled", "scheduled an interview for them on June 10, and were approved": the sentence goes on to
        # tell, in the past, what became of the plan, so its day is behind publication.
        return "past"
    if strong:
        return strong[-1][1]
    # Only weak cues: "by" right before the date (at most a time of day between) looks ahead.
    last = cues[-1]
    tail = clause[last[0] + len(last[2]):]
    if last[2] == "by" and re.fullmatch(_TIME_OF_DAY, tail, re.I):
        return "future"
    return None
