"""Date mentions in paragraphs: spaCy DATE spans plus a small regex pass, filtered and resolved.

spaCy finds most date expressions but glues some to the next sentence in scraped text
("June 25.According"), swallows others into an ORG ("Putin June 20") or misses a second month in
"July or August"; the regex pass adds month-days and preposition-led months it did not cover.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from indexer.dates import day_pairs
from indexer.dates.clock import cut_clock
from indexer.dates.context import Context, Resolved
from indexer.dates.named_days import NAMED_DAY_RE
from indexer.dates.not_dates import not_date_reason
from indexer.dates.paragraph_days import BARE_WEEKDAY, ordered_weekday_ranges, restated_days
from indexer.dates.patterns import DAY, MONTH, MONTH_DAY_RE, MONTHS, NUMERIC_DATE_RE, WEEKDAYS
from indexer.dates.periods import later_than
from indexer.dates.quoted import speaker_days
from indexer.dates.resolve import resolve
from indexer.nlp import NerSpan
from search.model import Mention

_CAP_MONTHS = "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
# A month name after a preposition is a month, not the verb "may" or a name ("April" the person is rare
# after "in"/"since"). The month is the span; the preposition is left out of the text as written.
_PREP_MONTH_RE = re.compile(
    rf"(?:\b(?:in|since|by|until|or|and|from|through|last|this|next|early|late|to|for|during)\s+|\bmid-)"
    rf"(?P<m>(?:{_CAP_MONTHS})(?:\s+(?:1[0-9]{{3}}|20[0-9]{{2}}))?)\b(?!\s*\d)"
)
# spaCy sometimes tags only the unit of "this year's" or "last week"; the modifier decides the date.
_REL_UNIT_RE = re.compile(r"\b(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:year|month|week|weekend)(?:'s|’s)?(?!\w)", re.I)
# "in April next year": spaCy tags "next year" alone; the month is the date, the year word only places it.
_MONTH_REL_YEAR_RE = re.compile(rf"\b(?:{_CAP_MONTHS}|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?:\s+{DAY})?,?\s+(?:next|last|this)\s+year\b(?!'s|’s)")
# TIME spans only matter when they carry a calendar word ("Monday night"); "overnight" is not a day.
_CALENDAR_WORDS = re.compile(
    r"\b(?:" + "|".join(list(WEEKDAYS) + ["today", "tonight", "yesterday", "tomorrow", "last night",
                                          r"this (?:morning|afternoon|evening)"]) + r")\b", re.I)
# spaCy often leaves reporting periods untagged ("a fourth-quarter charge") or labels them as ordinals.
_PERIOD_RE = re.compile(
    r"\b(?:(?:the|its|their|this year's|last year's|(?:the\s+)?year-(?:earlier|ago))\s+)?(?:fiscal[\s-]+)?"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?:quarter|half)\b"
    r"(?:\s+of\s+(?:fiscal\s+)?(?:1[0-9]{3}|20[0-9]{2}))?", re.I)
# Periods named by reference to another ("the latest period", "the year-ago quarter") that spaCy leaves out.
_REF_PERIOD_RE = re.compile(r"\b(?:the|its)\s+(?:latest|most recent|year-earlier|year-ago|prior-year|comparable|"
                            r"corresponding)\s+(?:fiscal\s+)?(?:quarter|period|half)\b", re.I)
# Day words spaCy misses or tags as TIME ("planned to apply for visas today", "reported last night").
_DAY_WORD_RE = re.compile(r"\b(?:(?:late|early|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|last night|"
                          r"this (?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)
# A bare year spaCy leaves untagged ("In a 2024 meta-analysis", "Sargent's 2023 short", "from 1980 to 2012"):
# after an article, a possessive ("whose 2020 review", "its 2023 report") or a preposition (not "of": "the
# summer of" + 2022 is joined later) and before a lower-case word or punctuation; counts ("the 2000 troops")
# are written with a comma in news, and the common unit nouns are left out.
_BARE_YEAR_RE = re.compile(
    r"(?:\b(?:a|an|the|in|to|from|since|until|through|by|its|their|his|her|our|whose)\s+|\w['’]s\s+)(?P<m>1[89]\d\d|20\d\d)\b(?![.,:]\d|-)"
    r"(?!\s+(?:percent|per\b|people|persons|men|women|meters|metres|feet|foot|miles|km|troops|soldiers|votes|points|"
    r"shares|members|workers|employees|jobs|cases|deaths|units|tons|tonnes|pounds|dollars|euros|barrels|acres|hours|"
    r"minutes|seconds|years|days|calories|words|pages|students|homes|cars|vehicles|flights|signatures)\b)"
    r"(?=\s+[a-z]|\s*[,.;:)!?]|\s*$)")
# Day-first dates ("Thursday, 21 March 2024", "the 3rd of April"), British and Commonwealth style: spaCy tends to
# split the weekday from the rest, and the weekday alone would be read as another day. Capitalised months only.
_DAY_MONTH_RE = re.compile(
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?(?:{_CAP_MONTHS}|Jan|Feb|Mar|Apr|Jun|"
    rf"Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?:,?\s+(?:1[0-9]{{3}}|20[0-9]{{2}}))?\b(?!-)")
# A weekday spaCy leaves out, or tags only the part of the day of ("hit the coast early Thursday morning": TIME
# "morning"). Capitalised only: the lower-case word is rare and the name cases are filtered by not_dates.
_WEEKDAY_RE = re.compile(r"\b(?:(?:early|late|Early|Late|next|last|this|Next|Last|This)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\b")
# "Wednesday next week", "Friday last week": spaCy tags the weekday and the week apart; together they are one day.
_WEEKDAY_OF_WEEK_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
                                 r"evening|night))?\s+(?:of\s+)?(?:next|last|this)\s+week\b(?!['’]s)")
# Scraped paragraphs sometimes lose the space after a full stop: "June 25.According to ...".
_GLUE = re.compile(r"\.(?=[A-Z\"“])")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to the date itself: cut sentence glue, dangling "and"/"or", punctuation."""
    span = text[start:end]
    glue = _GLUE.search(span)
    if glue and re.search(r"\d$", span[: glue.start()]):
        end = start + glue.start()
    while True:
        span = text[start:end]
        m = re.search(r"(?:\s+(?:and|or|of|to)|[\s,;:.\"“”'’]+)$", span)
        if not m or m.start() == 0:
            break
        if span.endswith(".") and re.search(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$", span):
            break
        end = start + m.start()
    while start < end and text[start] in " ,;:\"“”'‘(":
        start += 1
    return start, end


def _candidates(text: str, spans: Iterable[NerSpan]) -> list[tuple[int, int, str]]:
    """(start, end, label) of possible date expressions in one paragraph, longest first, no overlaps."""
    found: list[tuple[int, int, str]] = []
    for s in spans:
        if s.label == "DATE" or (s.label == "TIME" and _CALENDAR_WORDS.search(s.text)):
            found.append((s.start, s.end, s.label))
    for rx, label in ((_WEEKDAY_OF_WEEK_RE, "REGEX"), (_MONTH_REL_YEAR_RE, "REGEX"), (MONTH_DAY_RE, "REGEX"), (_DAY_MONTH_RE, "REGEX"), (_PREP_MONTH_RE, "REGEX"), (_REL_UNIT_RE, "REGEX"),
                      (_PERIOD_RE, "REGEX"), (_REF_PERIOD_RE, "REGEX"), (_DAY_WORD_RE, "REGEX"), (NAMED_DAY_RE, "REGEX"),
                      (_BARE_YEAR_RE, "REGEX"), (NUMERIC_DATE_RE, "REGEX"), (_WEEKDAY_RE, "REGEX")):
        for m in rx.finditer(text):
            a, b = (m.start("m"), m.end("m")) if "m" in rx.groupindex else (m.start(), m.end())
            covering = [f for f in found if f[0] <= a and b <= f[1]]
            if covering:
                continue
            # A longer regex match replaces the shorter DATE span inside it ("October 7" of "October 7, 2023").
            found = [f for f in found if not (a <= f[0] and f[1] <= b and f[2] in ("DATE", "TIME"))]
            if any(f[0] < b and a < f[1] for f in found):
                continue
            found.append((a, b, label))
    return _join_weekday_pairs(text, sorted(found))


_YEARLESS_MONTH = re.compile(rf"^(?:{MONTH})\.?(?:\s+{DAY})?$", re.I)
_MONTH_THEN_YEAR = re.compile(rf"^(?:{MONTH})\.?(?:\s+{DAY})?,?\s+(?:1[0-9]{{3}}|20[0-9]{{2}})$", re.I)
_WEEKDAY_ONLY = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r")$", re.I)


def _join_weekday_pairs(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """spaCy splits "Friday and Saturday, June 27-28" in two; the pair is one two-day mention."""
    out: list[tuple[int, int, str]] = []
    for cand in found:
        if out:
            a, b, label = out[-1]
            # Only a pair that names its month-days is one mention; "Friday and Thursday" are two days.
            if (_WEEKDAY_ONLY.match(text[a:b]) and re.fullmatch(r"\s*(?:and|or|&)\s*", text[b:cand[0]])
                    and re.match(r"(?:" + "|".join(WEEKDAYS) + r")\b", text[cand[0]:cand[1]], re.I)
                    and MONTH_DAY_RE.search(text[cand[0]:cand[1] + 20])):
                out[-1] = (a, cand[1], label)
                continue
            # spaCy splits "from March to May 2019" in two; the year written once belongs to both ends, which
            # _endpoints gives them when the range is one candidate (as it does for "from January to March 1998").
            if (_YEARLESS_MONTH.match(text[a:b]) and re.fullmatch(r"\s*(?:to|through|until|till|and|[-–])\s*", text[b:cand[0]])
                    and _MONTH_THEN_YEAR.match(text[cand[0]:cand[1]])):
                out[-1] = (a, cand[1], label)
                continue
        out.append(cand)
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "the weekend and last week" / "July or August" into parts when the whole is not one date."""
    span = text[start:end]
    parts = [(start, end)]
    if y := re.search(r"\s+of\s+((?:fiscal\s+)?(?:1[0-9]{3}|20[0-9]{2}))$", span):
        # "the first nine months of 1997": a duration, but the year in it is a date.
        parts.append((start, start + y.start()))
        parts.append((start + y.start(1), end))
        return parts
    m = re.search(r"\s+(?:and|or|to|through|until|till|ended|ending)\s+", span)
    if m and not re.search(r"\bbetween\b", span, re.I):
        parts.append((start, start + m.start()))
        parts.append((start + m.end(), end))
    return parts


def _note_places(context: Context, paragraph: int, text: str, spans: list[NerSpan]) -> None:
    """Tell ``context`` where the article stands: the lead's dateline, the countries of the places named."""
    from indexer.dates.country import country_of, dateline_country

    if paragraph == 0 and context.dateline is None:
        context.dateline = dateline_country(text)
    for s in spans:
        if s.label == "GPE" and (code := country_of(s.text)):
            context.places[code] += 1


def date_mentions(paragraph: int, text: str, spans: Iterable[NerSpan], base: date | None,
                  context: Context | None = None) -> list[Mention]:
    """All resolvable date mentions in one paragraph, relative to ``base`` (publication day or None).

    ``context`` (one per article, paragraphs in order) remembers the periods already named, for
    "a year earlier" and "the quarter"; pass a fresh one per article or None.
    """
    out: list[Mention] = []
    if context is not None:
        context.paragraph = paragraph
        context.match_words.update(w.lower() for w in _MATCH_REPORT.findall(text))
        spans = list(spans)
        _note_places(context, paragraph, text, spans)
    for start, end, label in _candidates(text, spans):
        # spaCy stops at "the summer of" before "2022"; the year it left out decides the date.
        if (tail := re.match(r"\s+(?:1[0-9]{3}|20[0-9]{2})\b", text[end:])) and re.search(r"\bof$", text[start:end]):
            end += tail.end()
        end = day_pairs.extend(text, start, end)  # "between October 11 and" + "13"
        start, end = cut_clock(text, *_trim(text, start, end))  # "at 1430 GMT" is no year 1430
        if start >= end:
            continue
        # spaCy stops before "weekend" in "the Labor Day weekend": the holiday names the weekend.
        if (tail := re.match(r"\s+(?:holiday\s+)?weekend\b", text[end:])) and NAMED_DAY_RE.search(text[start:end]):
            end += tail.end()
        if context is not None and base is not None and _YEAR_TO_DATE.search(text[start:end]):
            # "the first nine months": later "a year earlier" compares whole years, not a quarter.
            context.last = context.reported = Resolved(date(base.year, 1, 1), date(base.year, 12, 31), "year")
        pieces = _pieces(text, start, end)
        ends = _endpoints(text, start, end, base, context)
        whole = None if ends else _resolve(text, start, end, base, context)
        chosen: list[tuple[int, int, Resolved]] = ends or []
        if ends:
            pass
        elif whole is not None or len(pieces) == 1:
            if whole is not None:
                chosen.append((start, end, whole))
        else:
            for a, b in pieces[1:]:
                a, b = _trim(text, a, b)
                r = _resolve(text, a, b, base, context) if a < b else None
                if r is not None:
                    chosen.append((a, b, r))
        if not chosen and label != "REGEX":
            chosen = _inner(text, start, end, base, context)
        for a, b, r in chosen:
            if r.start == r.end and (shift := _DAY_BEFORE_AFTER.search(text, 0, a)):
                # "the day before last Tuesday's hearing": the day next to the written one.
                step = timedelta(days=-1 if shift["dir"].lower() == "before" else 1)
                a, r = shift.start(), Resolved(r.start + step, r.end + step, r.granularity)
            if context is not None and _names_a_period(text[a:b]):
                context.last, context.last_paragraph = r, paragraph
                if base is not None and r.end < base and (r.end - r.start).days >= 80:
                    context.reported = r  # a quarter, half or year whose results can be reported
            out.append(Mention(
                paragraph=paragraph, start=a, end=b, text=text[a:b], kind="date",
                value=r.start.isoformat(), date_end=r.end.isoformat(), granularity=r.granularity, label=label,
            ))
    return speaker_days(text, restated_days(text, ordered_weekday_ranges(text, out)), base)


_TODAY_IS = re.compile(r"\b(?:[Tt]oday|[Ii]t|[Tt]his)\s*(?:is|'s|’s)\s+$")
_NTH_DAY = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|"
                      r"\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day", re.I)
_DAY_BEFORE_AFTER = re.compile(r"\b(?:[Tt]he\s+)?day\s+(?P<dir>before|after)\s+$")


# "from 1991 to 1997", "from Sept. 14 to Thursday", "Friday and Thursday": two dates joined by a word. Not
# "between 1984 and 1991": one stretch by construction, kept whole (as the seeds' gold has it).
_JOINED = re.compile(r"^(?!between\b)(?:from\s+)?(?P<a>.+?)\s+(?P<w>to|through|until|till|and)\s+(?P<b>.+)$", re.I)
# "April 24 and 25": the second day borrows the first one's month; two days, not the stretch between.
_BARE_DAY = re.compile(r"^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?:1[0-9]{3}|20[0-9]{2}))?$")
# "June 19-July 10, 1999": a dash between two month-days of different months joins two written dates (TimeML
# annotates each); "June 24-25" and "May 1-31" name their month once and stay one stretch.
_DASHED_DAYS = re.compile(rf"^(?P<a>{MONTH}\s+{DAY})\s*(?P<w>[-–—])\s*(?P<b>{MONTH}\s+{DAY}(?:,?\s+(?:1[0-9]{{3}}|20[0-9]{{2}}|(?:next|last|this)\s+year))?)$", re.I)
# The year written once at the end of a range ("to March 1998", "-August 8 next year").
_YEAR_END = re.compile(r",?\s+(?:1[0-9]{3}|20[0-9]{2}|(?:next|last|this)\s+year)$", re.I)


# "the swine flu pandemic of 2009-2010", "the expedition of 1957-58": two years, as TimeML annotates them; not
# "the 2022-23 school year" or "the 1996-97 season", one period of another calendar.
_DASHED_YEARS = re.compile(r"(?P<a>1[0-9]{3}|20[0-9]{2})\s*[-–]\s*(?P<b>1[0-9]{3}|20[0-9]{2}|\d\d)")
_PERIOD_NOUN_AFTER = re.compile(r"(?:\s*(?:and|or|,|to)\s*(?:1[0-9]{3}|20[0-9]{2})\s*[-–]\s*\d{2,4})*\s*(?:school|academic|fiscal|financial|tax|crop|marketing|budget|season|term|winter|"
                                r"summer|harvest)\b", re.I)


def _endpoints(text: str, start: int, end: int, base: date | None, context: Context | None) -> list[tuple[int, int, Resolved]]:
    """Both ends of a range written with a word, each its own mention (as TimeML annotates them), when
    each end is a date by itself, or "April 24 and 25" (day_pairs: "8 and 9 July"); [] otherwise (dashed ranges and
    "Friday and Saturday, June 27-28", where the month-day dates both weekdays)."""
    if ((y := _DASHED_YEARS.fullmatch(text[start:end])) and not _PERIOD_NOUN_AFTER.match(text[end:])
            and not not_date_reason(text[start:end], text[max(0, start - 240):start], text[end:end + 160])):
        first = int(y["a"])
        last = int(y["b"]) if len(y["b"]) == 4 else first // 100 * 100 + int(y["b"])
        if first < last <= first + 99:
            return [(start + y.start("a"), start + y.end("a"), Resolved(date(first, 1, 1), date(first, 12, 31), "year")),
                    (start + y.start("b"), start + y.end("b"), Resolved(date(last, 1, 1), date(last, 12, 31), "year"))]
    if pair := day_pairs.split(text, start, end, lambda a, b: _resolve(text, a, b, base, context)):
        return pair  # "8 and 9 July", "from April 21 to 26": two days, the month written once
    m = _JOINED.match(text[start:end]) or _DASHED_DAYS.match(text[start:end])
    if not m:
        return []
    a0, a1 = start + m.start("a"), start + m.end("a")
    b0, b1 = start + m.start("b"), start + m.end("b")
    left, right = text[a0:a1], text[b0:b1]
    if BARE_WEEKDAY.match(left) and MONTH_DAY_RE.search(right):
        return []
    if m["w"].lower() == "and" and _BARE_DAY.match(right) and MONTH_DAY_RE.fullmatch(left):
        both = _resolve(text, start, end, base, context)
        if both is None or both.granularity != "day":
            return []
        return [(a0, a1, Resolved(both.start, both.start, "day")), (b0, b1, Resolved(both.end, both.end, "day"))]
    r_right = _resolve(text, b0, b1, base, context)
    if r_right is None:
        return []
    # "from January to March 1998": the year written once belongs to both ends.
    r_left = _resolve(text, a0, a1, base, context)
    if r_left is None:
        return []
    if (_YEAR_END.search(right) and not re.search(r"\d{4}|\byear\b", left, re.I)
            and r_left.start.year == r_left.end.year):
        year = r_right.start.year - (1 if r_left.start.month > r_right.start.month else 0)
        try:
            r_left = Resolved(r_left.start.replace(year=year), r_left.end.replace(year=year), r_left.granularity)
        except ValueError:  # February 29 in a year without one
            return []
    if r_right.start < r_left.start and r_left.granularity == r_right.granularity == "day":
        # "runs July 27-August 7": each end placed on its own can land on either side of publication (July ahead,
        # August a year back); a range ends after it starts, so the range read whole places both.
        both = _resolve(text, start, end, base, context)
        if both is None or both.granularity != "day" or both.start >= both.end:
            return []
        r_left, r_right = Resolved(both.start, both.start, "day"), Resolved(both.end, both.end, "day")
    return [(a0, a1, r_left), (b0, b1, r_right)]


# A mention that names its own period ("the third quarter", "June 1998", "fiscal 1989") can be referred back
# to; "Tuesday" or "a year earlier" cannot.
_NAMES_PERIOD = re.compile(rf"\d|\b(?:quarter|half|{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I)


_YEAR_TO_DATE = re.compile(r"\b(?:first|latest|past)\s+(?:six|nine|\d+)\s+months\b|\byear[\s-]to[\s-]date\b", re.I)


def _names_a_period(span: str) -> bool:
    return bool(_NAMES_PERIOD.search(span)) and not re.search(r"\b(?:earlier|ago|prior)\b", span, re.I)


# "Thursday 200 Week Ago" (a market table's row, tagged whole by spaCy): the weekday opening the span.
_LEADING_WEEKDAY = re.compile(r"^(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b(?!'|’)")


def _inner(text: str, start: int, end: int, base: date | None, context: Context | None) -> list[tuple[int, int, Resolved]]:
    """Dates inside a spaCy span that resolves neither whole nor in parts ("a fourth-quarter pre-tax",
    "Friday to December's"): the regex pass's own matches within it."""
    out: list[tuple[int, int, Resolved]] = []
    span = text[start:end]
    for rx in (MONTH_DAY_RE, _PERIOD_RE, _DAY_WORD_RE, NAMED_DAY_RE, _PREP_MONTH_RE, _REL_UNIT_RE, _LEADING_WEEKDAY):
        for m in rx.finditer(span):
            a, b = (m.start("m"), m.end("m")) if "m" in rx.groupindex else (m.start(), m.end())
            a, b = start + a, start + b
            if any(x < b and a < y for x, y, _ in out):
                continue
            if (r := _resolve(text, a, b, base, context)) is not None:
                out.append((a, b, r))
    return sorted(out, key=lambda x: x[0])


# Words of a match report (football of both kinds, rugby, basketball, baseball, hockey); "points", "yards" alone or
# "penalty" are business or legal words too ("goals" is left out), so two different ones are needed in the story.
_MATCH_REPORT = re.compile(r"\b(?:scored|equali[sz]\w+|striker|goalkeeper|kick-?off|half-?time|touchdowns?|TD|"
                           r"quarterback|interceptions?|field goals?|fumbles?|rushing|innings?|rebounds|three-pointers?|"
                           r"free throws?|overtime|penalty|scoreboard|yards?)\b")
_GAME_PERIOD = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|final)[\s-]+(?:quarter|half|period)", re.I)
_MONEY_WORDS = re.compile(r"\b(?:profits?|earnings|revenues?|sales|loss|net|income|results|dividends?|growth|economy|GDP|"
                          r"fiscal|shares|percent|pct|dlrs|dollars|billion|million|output|prices|charges?|costs|write-?offs?)\b|[$£€]", re.I)


def _resolve(text: str, start: int, end: int, base: date | None, context: Context | None = None) -> Resolved | None:
    """One span's calendar range, or None. Text can name days no ``datetime.date`` holds ("2500 years ago",
    "in 12,000 months"): such a span is no date, never an exception that would stop an indexing run."""
    try:
        return _resolve_span(text, start, end, base, context)
    except (ValueError, OverflowError):
        return None


def _resolve_span(text: str, start: int, end: int, base: date | None, context: Context | None = None) -> Resolved | None:
    span = text[start:end]
    # The words after reach to the verb of a clause the date opens ("On Tuesday, the league plans to ...").
    before, after = text[max(0, start - 240):start], text[end:end + 160]
    if (context is not None and len(context.match_words) >= 2 and _GAME_PERIOD.fullmatch(span)
            and not _MONEY_WORDS.search(before[-120:] + " " + after[:80])):
        return None  # "a 13-yard TD run in the first quarter", "easing up in the second-half": the game's period
    if base is not None and _TODAY_IS.search(before) and _NTH_DAY.fullmatch(span):
        return Resolved(base, base, "day")  # "today is the eighth day of the blockade": publication day
    if context is not None and (later := later_than(span.strip(), context)) is not None:
        return later  # "two years later": counted from the period named last
    if not_date_reason(span, before, after):
        return None
    return resolve(span, base, before, after, context)
