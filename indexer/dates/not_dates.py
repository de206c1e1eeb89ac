"""Expressions spaCy (or a naive parser) labels DATE that do not name a point or stretch in time.

Each rule returns a short reason so tests and the evaluation can say why something was dropped. The
resolver never sees these: a duration like "12 years" would otherwise be read by dateparser as
"12 years before publication", an age like "16-year-old" as the year 16.
"""
from __future__ import annotations

import re

from indexer.dates.patterns import DAY, MONTH

_NUM = r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few|many|as many|dozens of|hundreds of|\d+\s*(?:-|–|to)\s*\d+)"
_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|century|centuries|summer|winter|term)s?"
_HEDGE = r"(?:(?:more|less|fewer) than|nearly|almost|about|around|over|under|up to|at least|just|only|some|roughly|the|past|last|next|first|coming|intervening|following|previous|recent|entire|full|whole|final|\s)*"

_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "16-year-old", "a 6-year-old child", "aged 18 to 24": ages, not years.
    ("age", re.compile(r"\b\d+[\s-]+(?:year|month|week|day)s?[\s-]+old\b|\baged?\b", re.I)),
    # Adjectival durations: "30-day ceasefire", "12-day war", "one-year contract", "2–3-day".
    ("duration", re.compile(rf"^{_HEDGE}(?:\d+(?:\s*[-–]\s*\d+)?|{_NUM})-(?:{_UNIT})(?:-long)?$", re.I)),
    # "12 years", "more than three years", "the intervening 33 months", "the past 24 hours",
    # "the first two years", "the next three-year" — lengths of time, unless anchored by "ago".
    ("duration", re.compile(rf"^{_HEDGE}{_NUM}[\s-]+{_UNIT}(?: period)?$", re.I)),
    # "the past month", "over the past day", "within the last week": a stretch ending now, not a date.
    ("vague", re.compile(rf"^(?:over |in |within |during |for )?the (?:past|last|previous|coming|next|following) (?:few |several )?{_UNIT}$", re.I)),
    ("duration", re.compile(rf"^(?:the\s+)?first (?:almost |nearly )?{_NUM}\s+{_UNIT}\b", re.I)),
    # Frequencies and vague stretches: "annually", "each year", "recent weeks", "previous years".
    ("frequency", re.compile(r"^(?:annual(?:ly)?|semiannual(?:ly)?|monthly|weekly|daily|yearly|each (?:year|month|week|day)|every (?:year|month|week|day))$", re.I)),
    ("vague", re.compile(r"^(?:(?:in\s+)?(?:recent|previous|past|coming|the coming|the past|the last|the next|future|later|earlier)\s+(?:days|weeks|months|years|decades)|a matter of (?:days|weeks|months)|years|months|days|weeks|year|month|day|time|the year after|the day|the first day|the week|that (?:day|week|month|year)|the same (?:day|week|month|year)|the following (?:day|week|month|year)|the previous (?:day|week|month|year)|the day before|the day after|the next decade|the last (?:\w+ )?decades?|fourth year|fourth summer)$", re.I)),
    # Counted events like "its third trip in as many months" and bare small numbers ("49").
    ("number", re.compile(r"^\d{1,3}$|^\d{1,3}\s*(?:-|–|to)\s*\d{1,3}$")),
    # Words that only look like dates to a parser: pronouns, "now", sub-day ages of a scrape.
    ("not a date", re.compile(r"^(?:now|we|us|may|then|soon|recently|currently|time)$")),
    ("scrape age", re.compile(r"^(?:time)?\s*(?:\d+|a|an)\s+(?:minute|hour)s?\s+ago$", re.I)),
]

# Outlet and commenter names that end in "Today": "Japan Today", "JJEToday 08:27 am".
_NAME_TODAY = re.compile(r"(?:[A-Za-z]Today|Japan\s+Today|USA\s+Today|Russia\s+Today)", re.I)


# "established May 18 as the official Day of Remembrance": a day of every year, not an event's date.
_RECURRING_AFTER = re.compile(r"\s+as\s+(?:the\s+|an?\s+)?(?:official\s+|national\s+|annual\s+|international\s+)*"
                              r"(?:[A-Za-z]+\s+){0,2}(?:day|holiday|anniversary)\b", re.I)


# "today's world", "tomorrow's leaders", "the people of tomorrow": the present or future in general.
_GENERIC_NOUN = (r"(?:world|society|societies|youth|young|generation|generations|children|kids|teens|teenagers|"
                 r"families|family|women|men|people|consumers|students|workers|economy|economies|markets?|"
                 r"marketplace|businesses|companies|firms|organi[sz]ations|enterprises|employers|brands|retailers|shoppers|"
                 r"customers|users|investors|voters|parents|standards|technology|technologies|culture|politics|business|industry|media|"
                 r"environment|climate|reality|realities|problems|challenges|leaders|life|lives|"
                 r"(?:(?!(?:of|in|on|for|with|about|and|to|at)\s)[a-z]+\s+){0,3}(?:computers|cars|phones|machines|weapons|jobs|models|devices|tools|systems|landscapes?))")
_GENERIC_TODAY = re.compile(r"^(?:today|tomorrow|yesterday)(?:'s|’s)?$", re.I)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_RECURRING_PART = re.compile(rf"^(?:\s*(?:,|and|or|&)\s*{_WEEKDAY})*\s+(?:nights|mornings|afternoons|evenings)\b", re.I)
# "Today, we are releasing ...", "Today, we're introducing ...", "Today, we report ...": a company's or a lab's
# announcement, first person in the present, names its own day (not nowadays, as "Today, robots are ..." does).
_ANNOUNCES = re.compile(r"\s*,\s+(?:we|I)(?:\s+(?:are|am)|['’]re|['’]m)?\s+(?:(?:excited|proud|pleased|happy|thrilled)\s+to\s+)?"
                        r"(?:announc|report|releas|launch|introduc|unveil|publish|open-sourc|debut)(?:e|es|ing)?\b")
_ABBREV_DOT = re.compile(r"(?<=\b(?:Mr|Ms|Dr|St|Jr|Co|No|vs))\.|(?<=\b[A-Z])\.")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|[\"“]\s*)(?:(?:And|But|So)\s+)?$")
# A dateline ("WASHINGTON, August 11 (Xinhua) --") repeats the publication day; it reports no event.
# Round 57: in title case too, with a country in brackets ("New Delhi [India], July 3 (ANI):", "Paris, July 3 (AFP) -"),
# now that a plain-text file's dateline stays in its lead; a few words only, so only a paragraph's head matches.
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][A-Z .'-]+|[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}(?:\s*\[[A-Z][\w .'\-]*\])?)"
                              r"(?:,\s*[A-Z][\w .'-]*)?,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\((?:AP|AFP|UPI|Reuters?|Xinhua|[A-Z]{2,6})\)|--|—|_)")


# "Super Tuesday", "Black Monday", "Ash Wednesday": a day with a name of its own, not the one of this week;
# "the Mail on Sunday", "the Sunday Telegraph": newspapers.
_NAMED_WEEKDAY_BEFORE = re.compile(r"\b(?:Super|Black|Bloody|Ash|Fat|Holy|Maundy|Shrove|Palm|Cyber|Blue|Sheffield)\s+$")
_PAPER_ON_SUNDAY = re.compile(r"\b(?:Mail|Independent|Express|Mirror|Observer|Telegraph|Post|People|Sport|Business)\s+on\s+$")
# "Saturday Night Live", "Monday Night Football", "Friday Night Lights": programmes named after a weekday.
_PROGRAMME_AFTER = re.compile(r"^\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z]")
# "Saturday Academy", "Sunday School", "the Thursday Club": an institution named after the day it meets.
_INSTITUTION_AFTER = re.compile(r"^\s+(?:Academy|School|Schools|Club|Society|League|Market|Group|Kitchen|Forum|Circle|"
                                r"Project|Program|Programme|Foundation|Trust|Company|Press|Review|Magazine)\b")
_PAPER_AFTER = re.compile(r"^\s+(?:Times|Telegraph|Express|Mirror|Herald|Tribune|Post|Independent|Mail|Observer|Star|"
                          r"Nation|Age|Sport|People|World|Business Post|Morning Post)\b")


# "the annual March for Life", "the Million Man March": the noun, not the month.
_MARCH_NAME_BEFORE = re.compile(r"\b(?:annual|Million Man|Long|Peace|Freedom|Women's|Pride)\s+$")
_MARCH_NAME_AFTER = re.compile(r"^\s+(?:for|on|against)\s+[A-Z]")
# "the May 15 Palestinian guerrilla group", "the March 14 alliance", "the November 17 group", "the April 6 youth
# movement": groups named after the day they were founded; the day is part of a name, not an event's date.
_MONTH_DAY_NAME = re.compile(rf"^(?:{MONTH}\s+{DAY}|{DAY}(?:\s+of)?\s+{MONTH})$", re.I)
_GROUP_AFTER = re.compile(r"^\s+(?:(?:[A-Z][\w'’-]*|guerrilla|youth|revolutionary|militant|armed|rebel|opposition|political|"
                          r"student|terrorist|protest|resistance)\s+){0,3}?(?i:group|movement|alliance|coalition|bloc|organi[sz]ation|brigades?|"
                          r"faction|militia|guerrillas?|camp)\b")
# "in his mid-thirties", "in their early twenties", "in her 40s": a person's age, not the 1930s or the 2020s (all 45
# real-archive corpora: 286 such phrases, 14 dated, as 1934-1936 or 2027-2029).
_DECADE_WORD = (r"(?:(?:early|mid|late)[- ]?)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
                r"nineties|[1-9]0s|[1-9]0's)")
_POSSESSIVE = r"(?:his|her|their|my|your|our|its)"
_AGE_DECADE = re.compile(rf"(?:{_POSSESSIVE}\s+)?{_DECADE_WORD}", re.I)
_POSSESSIVE_LEAD = re.compile(rf"{_POSSESSIVE}\s", re.I)
_POSSESSIVE_BEFORE = re.compile(rf"\b{_POSSESSIVE}\s+$", re.I)
# "1150 lbs", "2000 volts": a quantity in a unit of measure (never a year's subject, unlike "1998 people").
_MEASURE_AFTER = re.compile(r"^\s*(?:lbs?|kg|kilos|kilograms|grams|volts|watts|kilowatts|megawatts|kw|mw|horsepower|hp|rpm|mph|"
                            r"kph|km|kms|kilometres|kilometers|metres|meters|feet|ft|yards|miles|tonnes|tons|barrels|bpd|"
                            r"acres|hectares|calories|gallons|litres|liters|dlrs|euros|yen)\b", re.I)
# A person named April, May or June: after another person's first name and "and" ("Jordy and May Navarra") or a
# title ("Miss May Struppler"), before a capitalised surname ("between January and May Ecuador sold" is the month).
_MONTH_FIRST_NAME = re.compile(r"April|May|June")
_SURNAME_AFTER = re.compile(r"^\s+[A-Z][a-z]+\b(?!\s*\d)")
_NAME_PAIR_BEFORE = re.compile(r"(?:\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s+(?:and|&)|"
                               r"\b(?:Miss|Mrs\.?|Ms\.?|Aunt|Sister))\s+$")
# "his 1987 Chevrolet Cavalier": a model year names a car, not a time.
_CAR_AFTER = re.compile(r"^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Buick|Cadillac|Chrysler|Dodge|Nissan|Mercedes|BMW|"
                        r"Volkswagen|Oldsmobile|Pontiac|Plymouth|Jeep|Mazda|Volvo|Lincoln|Mercury|Subaru|Audi|Porsche|"
                        r"Jaguar|Hyundai|Datsun|Saab|Fiat|Peugeot|Renault|Opel|Lada)\b")


# Words of a match report: a bare "first half" beside them is the game's.
_STREET_AFTER = re.compile(r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
                           r"Boulevard|Dr|Drive|Lane|Ln|Way|Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace)\b"
                           r"(?!\s+[A-Z][a-z])")  # not "a 1935 Bowlus Road Chief": a name goes on, a model
_MATCH_WORDS = re.compile(r"\b(?:goals?|scored|scoring|scoreline|scoreboard|penalty|kick-?off|half-?time|booked|"
                          r"striker|equalis\w*|equaliz\w*|whistle|minutes?|\d+(?:st|nd|rd|th) minute|"
                          # American sports and their wire photo captions ("... during the first half at KFC Yum!
                          # Center. Mandatory Credit: ..."), and a final score ("the Lions' 30-20 loss").
                          r"quarterback|touchdowns?|rebounds?|innings|tip-?off|free throws?|field goals?|"
                          r"Mandatory Credit|\d{1,3}-\d{1,3}\s+(?:win|loss|victory|defeat|lead|rout))\b", re.I)


# A capitalised word after a lower-case one (so not a sentence opening or a headline), then the span.
_NAME_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+[A-Z][a-z]+\s+$")
_ONE_WORD_HOLIDAY = r"(?:Christmas|Xmas|Easter|Halloween|Thanksgiving|Hanukkah|Kwanzaa)"
# Things named after a holiday; time words ("Day", "Eve", "weekend", "holiday", "week") and events held on the
# day ("dinner", "parade", "party") are left out: those stay the day.
_HOLIDAY_THING_AFTER = re.compile(r"^\s+(?:trees?|presents?|gifts?|cards?|carols?|songs?|music|lights|decorations?|"
                                  r"ornaments?|stockings?|movies?|films?|specials?|stor(?:y|ies)|markets?|shopping|"
                                  r"sales?|sweaters?|jumpers?|crackers?|puddings?|cakes?|cookies?|candy|costumes?|"
                                  r"eggs?|bunny|pumpkins?|spirit|cheer|lists?|wish(?:es|list)?|albums?|displays?|revell?ers|shoppers)\b",
                                  re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one|another|each|every)\s+(?:(?!early\b|late\b)[a-z]+\s+)?$", re.I)
_HOLIDAY_MODIFIER = re.compile(r"\b(?:Merry|Happy|Orthodox|Coptic|Armenian|Catholic|Western|Eastern|Old|White|Green|Black|"
                               r"Last|Next|This|Since|Before|After|Until|At|On|By|Over|Jewish|Canadian|American|Boxing|"
                               r"January|February|March|April|May|June|July|August|September|October|November|December|"
                               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+$")


# "Today" at the end of a clause that states how things are, not what happened: "SQLite is supported today",
# "feels especially relevant today" (a stative predicate right before it), "faster than can be done today", "just
# like you do today" (a comparison), "Start your journey today." (a web page's call to action). TimeML's
# PRESENT_REF. (Round 7 dropped forms that matched only the sentence they were written from, or nothing in any
# set or corpus: "issues shaping X today", "today, not in 2029", "X today still speaks", "still stands today",
# "X today are built", "Sign up today and get ...".)
_STATE_ADVERBS = r"(?:(?:\w+ly|still|also|not|even|very|so|quite|more|less|most|much|far|ever|no longer|all the more)\s+)*"
_STATES = (r"(?:supported|used|known|needed|required|considered|regarded|recogni[sz]ed|accepted|understood|believed|spoken|"
           r"practi[sc]ed|common|rare|relevant|true|possible|impossible|important|different|popular|widespread|prevalent|"
           r"standard|normal|typical|familiar|obsolete|unthinkable)")
_STATIVE_BEFORE = re.compile(rf"\b(?:is|are|isn't|aren't|remains?|seems?|feels?|looks?|stays?)\s+{_STATE_ADVERBS}{_STATES}\s+$", re.I)
# "more important today than ever": now against all the time before.
_THAN_EVER_AFTER = re.compile(r"^\s+than\s+(?:ever|before|at any (?:other )?time|in (?:the past|years|decades)|"
                              r"(?:\d+|a|an|one|two|three|four|five|ten|twenty|thirty|forty|fifty|a few) (?:years|decades) ago)\b", re.I)
_THAN_BEFORE = re.compile(r"\bthan\s+(?P<gap>(?:[\w'’-]+\s+){0,4})$", re.I)
# A capitalised owner right before "today" ("NBC's TODAY"); not a contracted "is" ("It's today or never").
_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?!(?:It|That|What|Here|There|He|She|Who|Where|When|Let|Today)['’]s\b)"
                           r"[A-Z][\w.&-]*['’]s\s+$")
# "just like you do today", "as it is today": the present habit or state a comparison points to, as after "than".
_LIKE_BEFORE = re.compile(r"\b(?:like|as)\s+(?:you|we|they|it|people|most|many)\s+(?:\w+ly\s+)?(?:do|does|is|are)\s+$", re.I)
# "the same way that standard runners work today", "how we shop today": how things are done nowadays.
_WAY_BEFORE = re.compile(r"\b(?:the\s+(?:same\s+)?way|how)\s+(?:that\s+)?(?P<gap>(?:[\w,'’-]+\s+){1,8})$", re.I)
_CALL_TO_ACTION = re.compile(r"(?:^|[.!?]\s+)(?:Start|Begin|Join|Apply|Sign up|Subscribe|Register|Donate|Enroll|Contact|Call|"
                             r"Order|Shop|Book|Reserve|Request|Claim|Download|Try)\b[^.!?\"“”]*$")


# "Start your journey today.": a web page's call to action, closing its sentence.
_CALL_TO_ACTION_END = re.compile(r"\s*(?:[.!]|$)")


def _inside_quote(before: str) -> bool:
    """Is the text ending in ``before`` inside a quotation (straight, curly or newswire ``...'' quotes)?"""
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            or before.count("``") > before.count("''"))


# "today" set against another time in its own sentence: "70 percent of the market in 2009; this has dropped to 56
# percent today", "the GCSE system today - almost 30 years later", "We used to hear ..., but today, the same
# Kashmir is known for ...", "the 1940s, or ... on a podcast today": nowadays against then (TimeML PRESENT_REF),
# when the words around "today" up to the nearest comma or dash tell no past or future of their own. ("We are
# used to celebrations" is a habit, not a then.)
_OTHER_TIME = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b(?:\d+|a few|several|many|two|three|four|five|ten|twenty|thirty|"
                         r"forty|fifty)\s+(?:years|decades)\s+(?:later|ago|earlier|before)\b|\bin the past\b|\bback then\b|"
                         r"(?<!\bam\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bget\s)(?<!\bgot\s)(?<!\bbeen\s)\bused to\b", re.I)
_SENTENCE_START = re.compile(r"[.!?][\"”’']?\s+")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_LOCAL_START = re.compile(r"[,;:(]|\s[-–—]\s|\b(?:but|while|whereas|yet)\b")
_LOCAL_END = re.compile(r"[,;:.!?)]|\s[-–—]\s")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.I)
_COUNTERFACTUAL = re.compile(r"(?:would|could|might|should)(?:\s+not|n't)?\s+have\b", re.I)


def _against_then(before: str, after: str) -> bool:
    from indexer.dates.tense import _cues

    masked = _ABBREV_DOT.sub("_", before)
    sentence_before = before[max((m.end() for m in _SENTENCE_START.finditer(masked)), default=0):]
    end = _SENTENCE_END.search(after)
    sentence = sentence_before + " today " + (after[:end.start()] if end else after)
    # "Today (Wednesday, March 5) is the last chance": a day the writer restates is that day.
    if not _OTHER_TIME.search(sentence) or re.match(r"\s*[(\[]", after):
        return False
    local_before = sentence_before[max((m.end() for m in _LOCAL_START.finditer(sentence_before)), default=0):]
    end = _LOCAL_END.search(after)
    local = local_before + " today " + (after[:end.start()] if end else after)
    # "has dropped to 56 percent today": a perfect is the present's; "was released today" is that day's event.
    # "would have been far ahead today": a modal with "have" is what might have been, no future of its own.
    return not any(way == "future" or not _PERFECT.search(local[:at]) for at, way, _ in _cues(local)
                   if not _COUNTERFACTUAL.match(local[at:]))


def _present_today(before: str, after: str) -> bool:
    from indexer.dates.tense import _clause, _cues

    if _against_then(before, after):
        return True

    if _CALL_TO_ACTION.search(before) and _CALL_TO_ACTION_END.match(after):
        return True
    if _THAN_EVER_AFTER.match(after):
        return True
    if _LIKE_BEFORE.search(before):
        return True
    if (m := _THAN_BEFORE.search(before)) and not _cues(m["gap"]) and not re.search(r"\w+ing\b", m["gap"]):
        # (not "more rapidly than we're seeing today": the market of the day)
        return True
    # In a quotation "today" is the speaker's day ("Elian today is the symbol of our unity").
    if _inside_quote(before):
        return False
    if (m := _WAY_BEFORE.search(before)) and not _cues(m["gap"]) and not re.search(r"\b(?:[a-z]+ing|[a-z]+ed)\s+$", m["gap"]):
        return True
    if _STATIVE_BEFORE.search(before) and not any(way == "past" for _, way, _ in _cues(_clause(before))):
        return True
    return False


def _title_case(before: str) -> bool:
    """Are the (up to three) words before a span all capitalised, as in a headline?"""
    words = re.findall(r"[A-Za-z][\w'’-]*", before)[-3:]
    return all(w[0].isupper() for w in words)


_IN_DAYS = re.compile(r"^(?:just\s+|only\s+)?(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<unit>day|week)s?$", re.I)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def in_days_ahead(s: str, before: str, after: str) -> int | None:
    """Days from publication of "in N days/weeks" in a clause that looks ahead ("The candidates will debate in
    one week", "In just 63 days, the votes will be cast"): TimeML's day N days on. Only days and weeks (a day
    the reader can place); not "within" (a deadline stretch), nor a clause told in the past or undecided
    ("his second letter in two weeks was published": a length of time)."""
    from indexer.dates.tense import direction

    m = _IN_DAYS.match(s)
    if not m or not re.search(r"\bin\s+(?:just\s+|only\s+)?$", before, re.I):
        return None
    from indexer.dates.tense import _after_clause, _clause

    # A plain future ("will", "'ll", "is to", "going to"); a "could do it in 100 days" estimate is no day.
    said = _clause(before) + " " + _after_clause(after)
    if direction(before, s, after=after) != "future" or not re.search(r"\b(?:will|shall|(?:is|are) (?:going )?to)\b|'ll|’ll", said, re.I):
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER[m["n"].lower()]
    return n * (7 if m["unit"].lower() == "week" else 1)


def not_date_reason(text: str, before: str = "", after: str = "") -> str | None:
    """Why ``text`` (a candidate date span) is not a date, or None if it may be one.

    ``before``/``after`` are the paragraph text around the span; they decide cases like
    "Japan Today" where the span alone ("Today") would be a fine date.
    """
    s = " ".join(text.split()).strip(" ,.;:")
    if not s:
        return "empty"
    if _NAME_TODAY.search(s) or (s.lower() == "today" and re.search(r"(?:Japan|USA|Russia)\s*$", before)):
        return "name"
    # "This is VOA Today", "NBC's Today", "he told Entertainment Tonight": a capitalised Today or Tonight right after
    # another capitalised name is a programme's.
    if s in ("Today", "Tonight") and re.search(r"[A-Z][\w'’]*\s+$", before) and not re.search(r"(?:^|[.!?:;\"“”]\s*)$", before):
        return "name"
    # "More from NBC's TODAY", "ABC's Today": a day has no owner; after a possessive it is a programme or a paper.
    if s.lower() == "today" and _OWNER_BEFORE.search(before):
        return "name"
    # "ABC News' \"This Week\"": in running text a capital W makes the phrase a programme's name; in a
    # headline ("Talks To Resume This Week", every word capitalised) it is still a date.
    if re.fullmatch(r"(?:This|Next|Last) (?:Week|Month|Year)", s) and not _title_case(before):
        return "name"
    # "Category | Last Month | This Month | Delta": a table's column header, not a period of any event.
    if re.fullmatch(r"(?:this|next|last|previous)\s+(?:week|month|year|quarter)", s, re.I) and re.search(r"\|\s*$", before) \
            and re.match(r"\s*\|", after):
        return "table"
    # "in the last month", "over the past year": a stretch ending now (spaCy leaves "the" out of the span). Not
    # "in the last week", which TimeML's annotators read as the calendar week before, nor "the previous year".
    if re.fullmatch(r"(?:past|last)\s+(?:month|year|decade)", s, re.I) and re.search(r"\bthe\s+$", before, re.I) \
            and not re.match(r"\s+of\b", after):
        return "vague"
    if re.fullmatch(r"\d{3,4}(?:\s*[-–]\s*\d{2,4})?", s) and _MEASURE_AFTER.match(after):
        return "quantity"
    if _AGE_DECADE.fullmatch(s) and (_POSSESSIVE_BEFORE.search(before) or _POSSESSIVE_LEAD.match(s)):
        return "age"
    if _MONTH_FIRST_NAME.fullmatch(s) and _SURNAME_AFTER.match(after) and _NAME_PAIR_BEFORE.search(before):
        return "name"
    if re.fullmatch(_WEEKDAY, s, re.I) and (_NAMED_WEEKDAY_BEFORE.search(before) or _PAPER_AFTER.match(after)
                                            or _PROGRAMME_AFTER.match(after) or _INSTITUTION_AFTER.match(after)
                                            or (s.lower() == "sunday" and _PAPER_ON_SUNDAY.search(before))):
        return "name"
    # "with illustrator Johnnie Christmas": a one-word holiday right after a capitalised name inside a
    # sentence is a surname ("Orthodox Christmas", "Merry Christmas" are the day).
    if (re.fullmatch(r"Christmas|Easter|Halloween|Thanksgiving", s) and _NAME_BEFORE.search(before)
            and not _HOLIDAY_MODIFIER.search(before)):
        return "name"
    # "a lighted Christmas tree", "Christmas presents", "Kentucky Basketball's Christmas Card": a one-word holiday
    # naming a kind of thing is no day; "an early Christmas present" is placed by "early", a time relation.
    if (re.fullmatch(_ONE_WORD_HOLIDAY, s) and _HOLIDAY_THING_AFTER.match(after)
            and not re.search(r"\b(?:early|late|belated)\s+$", before, re.I)):
        return "modifier"
    # "one white Christmas in his life", "a Christmas to remember": with an indefinite article no particular one.
    if re.fullmatch(_ONE_WORD_HOLIDAY, s) and _INDEFINITE_BEFORE.search(before):
        return "generic"
    if s == "March" and (_MARCH_NAME_BEFORE.search(before) or _MARCH_NAME_AFTER.match(after)):
        return "name"
    # "an 80-yard march 5:17 into the game", "it may 10 times": lower-case, the noun or the verb; newswire
    # capitalises its months (unless the whole text is lower-case).
    if re.search(r"\b(?:march|may)\b", s) and not re.search(r"\b(?:March|May)\b", s) and re.search(r"[A-Z]", before + after):
        return "not a date"
    if _MONTH_DAY_NAME.match(s) and re.search(r"\bthe\s+$", before, re.I) and _GROUP_AFTER.match(after):
        return "name"
    if re.fullmatch(r"\d{3,5}", s) and _STREET_AFTER.match(after):
        return "address"  # "the center at 1225 N. Rampart St.", "a bank at 2015 Washtenaw Avenue"
    if re.fullmatch(r"1[89]\d\d|20\d\d", s) and _CAR_AFTER.match(after):
        return "model year"
    # "neither side could open the scoring in the first half": a match's half, not the year's.
    if re.fullmatch(r"(?:the\s+)?(?:first|second)\s+half", s, re.I) and _MATCH_WORDS.search(before + " " + after):
        return "match half"
    if re.fullmatch(r"(?:the\s+)?(?:first|second|last|final)\s+half", s, re.I) and re.match(r"[\s-]+hour\b", after, re.I):
        return "duration"  # "the incident-laden first half hour of their innings": half an hour, not of the year
    if _GENERIC_TODAY.match(s):
        # "under the surface of society today", "the world today": the present in general.
        if s.lower() == "today" and re.search(r"\b(?:world|society|societies|culture|generation|youth|kids|teens|"
                                              r"teenagers|young people)\s+$", before, re.I):
            return "generic"
        if re.match(rf"^(?:'s|’s)?\s+{_GENERIC_NOUN}\b", after if not s.lower().endswith("s") else " " + after.lstrip(), re.I):
            return "generic"
        # "as strong today as it was when Warhol was living": today measured against another time.
        if s.lower() == "today" and re.search(r"\bas\s+(?:\w+\s+){1,2}$", before, re.I) and re.match(r"\s+as\b", after):
            return "generic"
        # "the outcome of today's talks", "the size of today's protest": a possessive names that day's event (but
        # "many of today's computers" is a kind).
        owned = bool(re.match(r"(?:'s|’s)", after) or s.lower().endswith(("'s", "’s")))
        event = owned and not re.search(r"\b(?:many|most|some|all|few|much)\s+of\s*$", before, re.I)
        if not event and re.search(r"\b(?:the\s+)?\w+\s+of\s*$", before) and not re.search(
                r"\b(?:morning|afternoon|evening|night|meeting|session|edition|issue)\s+of\s*$|\bas\s+of\s*$", before, re.I):
            return "generic"  # "the people of tomorrow"; "as of today" is the day itself
        if s.lower() == "today" and _present_today(before, after):
            return "generic"
    if s.lower() == "today" and _OPENS_SENTENCE.search(before) and re.match(r"\s*,\s+\w", after):
        from indexer.dates.tense import clause_tense

        if clause_tense(after) is None and not _ANNOUNCES.match(after):
            # "Today, Rottweilers are on the way up", "And today, the right to work is equal to ...": a clause
            # told in the plain present is about nowadays (TimeML PRESENT_REF); "Today, hundreds began to
            # arrive" is the day.
            return "generic"
    # "each Thursday", "every July": a recurring day, not one date.
    if re.search(r"\b(?:each|every)(?:\s+(?:other|second|single))?\s*$", before, re.I) and re.match(
            r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
            r"august|september|october|november|december)s?$", s, re.I):
        return "frequency"
    # "flights leave on Monday and Tuesday nights", "open Sundays": a weekly schedule, not one day.
    if re.fullmatch(rf"{_WEEKDAY}s", s, re.I) or (re.fullmatch(_WEEKDAY, s, re.I) and _RECURRING_PART.match(after)):
        return "frequency"
    if _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after):
        return "dateline"
    if re.search(r"\bago\b", s, re.I) and not re.search(r"\b(?:minute|hour)s?\s+ago\b", s, re.I):
        return None  # "four years ago", "two days ago": points in time relative to publication
    if _RECURRING_AFTER.match(after):
        return "recurring"
    if in_days_ahead(s, before, after) is not None:
        return None  # "will debate in one week": a day counted from publication, not a length of time
    for reason, rx in _RULES:
        if rx.search(s):
            return reason
    return None
