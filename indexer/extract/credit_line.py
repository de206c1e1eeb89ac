"""A story's credit line: the outlet's own staff, named after the story or inside it.

Wires and the papers that run their copy credit the people who worked on a story in a line of its own, most often
its last: "(Reporting by Jane Doe in London; Additional reporting by John Roe; Editing by Ann Poe)", "Reporting by
Jane Doe; Writing by John Roe", "Compiled by Jane Doe", and "Associated Press writer Jane Doe in Kyiv contributed
to this report", "CNN's Jane Doe contributed reporting." The names are the story's reporters and editors (the
author facet reads the reporters' when the article has no byline: bylines.authors), never people the story is
about: the entity tagger keeps them out of the person facet (entities/credit_lines.py). On a Reuters business
archive (round 51) 29 of the person facet's top 40 values were such credits.

A credit opens where nothing but a bracket, a dash or the end of a sentence comes before its "X by" in the
paragraph -- prose writes "a song written by Paul McCartney", "data compiled by Bloomberg", which credit no one
on the staff -- and runs over the roles that follow it (";" "," or a sentence end between them) to its closing
bracket or the paragraph's end. A credit that would run on over more than MAX_WORDS words is prose, not a credit.
A contribution line is a sentence ending in "contributed to this report" (or "... reporting", "... reported from"),
its names before; or "Contributing: Jane Doe and John Roe" (USA Today), its names after.
A credit's names hold no lower-case word but those that join names, place a reporter or name a staff title.
Round 61 added the marks that name staff otherwise: a writer's sign-off with an address ("Write to Jane Doe at
jd@wsj.com") or a newsroom ("-- Jane Doe / Los Angeles Times"), a photographer after an agency's slash
("REUTERS/Jane Doe/File Photo") or a photo label ("Photo: Jane Doe/The Wall Street Journal"), a picture's maker
("Styling by Jane Doe").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_ROLE = (r"(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Rr]eported|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled|"
         r"[Rr]esearch|[Gg]raphics|[Tt]ranslation|[Tt]ranslated|[Pp]roduced|[Ff]act[- ]?[Cc]hecking|[Cc]opy\s+[Ee]diting|"
         r"[Aa]dditional\s+[Ww]riting|[Cc]reated)\s+[Bb]y\s+")
_ROLE_BY = re.compile(_ROLE)
# what may come before a credit in its paragraph: nothing, an opening bracket, a dash, a sentence's end
_OPENS = re.compile(r"(?:^|[(\[]|[.!?]\)?|--|[–—-])\s*$")
# between one role's names and the next role: a semicolon, a comma, a sentence end, "and"
_NEXT_ROLE = re.compile(r"(?:\s*(?:[;,.]+|\band\b)\s*|\s+)(?=%s)" % _ROLE)  # (or nothing: "Jane Doe Editing by")
_CLOSE = re.compile(r"[)\]]")
_CONTRIBUTED = re.compile(r"\s+(?:contributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|(?:additional\s+)?reporting)"
                          r"|reported\s+from)\b")
# a sentence's start: not after an initial ("David N. Goodman")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])(?<!\b[A-Z]\.)\s+|(?<=[.!?][”\"’)])\s+)")
# "Contributing: Jane Doe and John Roe" (USA Today), opening its paragraph or a sentence: the names to the end
_CONTRIBUTING = re.compile(r"(?:^|(?<=[.!?])\s+)Contributing(?:\s+to\s+this\s+(?:report|story))?\s*:\s*")
MAX_WORDS = 80
# The lower-case words a credit's names may hold: joining names, placing a reporter, a staff title, a particle.
# Any other ("Compiled by the UN, the list ranks ...") makes it prose.
_NAME_GLUE = frozenset("""and in at from of the for with de del der den van von da di du le la bin al el y staff bureau
newsroom newsrooms bureaus worldwide desk writer writers correspondent correspondents reporter reporters editor editors
editing reporting writing additional""".split())  # (the last: a role that lost its "by", "; editing Jane Doe")
REPORTING_ROLES = ("reporting", "reported", "writing", "written", "additional reporting", "additional writing",
                   "contributed")


class Credit(NamedTuple):
    start: int  # where the credit opens in the paragraph
    end: int  # where it closes (before its closing bracket)
    roles: tuple[tuple[str, int, int], ...]  # (role in lower case, where its names start, where they end)


@lru_cache(maxsize=8192)  # asked by the tag pass and again after the archive's passes, per paragraph
def credits(paragraph: str) -> tuple[Credit, ...]:
    """The credit lines and contribution lines of one paragraph, in order."""
    out: list[Credit] = []
    pos = 0 if _may_hold_role(paragraph) else len(paragraph)
    while True:
        m = _ROLE_BY.search(paragraph, pos)
        if m is None:
            break
        pos = m.end()
        if not _OPENS.search(paragraph, 0, m.start()) or out and m.start() < out[-1].end:
            continue
        credit = _credit_from(paragraph, m)
        if credit is not None:
            out.append(credit)
            pos = credit.end
    if "contributed" in paragraph or "reported from" in paragraph:
        out.extend(_contributions(paragraph))
    if "Write to" in paragraph or "/" in paragraph or "by" in paragraph:
        out.extend(_staff_marks(paragraph))
    if "Contributing" in paragraph:
        for m in _CONTRIBUTING.finditer(paragraph):
            end = len(paragraph.rstrip(" .")) if paragraph.rstrip(" .") else len(paragraph)
            if m.end() < end and len(paragraph[m.end():end].split()) <= MAX_WORDS // 2 \
                    and _names_only(paragraph[m.end():end]):
                out.append(Credit(m.start(), end, (("contributed", m.end(), end),)))
    return tuple(sorted(out))


# (substrings every role's match holds: a paragraph without them is not searched -- most are not, and the
# role alternation is tried at every word otherwise)
_STEMS = ("eporting", "eported", "riting", "ritten", "diting", "dited", "ompiled", "esearch", "raphics", "ranslat",
          "roduced", "hecking", "reated")


def _may_hold_role(paragraph: str) -> bool:
    return ("by" in paragraph or "By" in paragraph) and any(stem in paragraph for stem in _STEMS)


def _credit_from(paragraph: str, first: re.Match) -> Credit | None:
    close = _CLOSE.search(paragraph, first.end())
    end = close.start() if close else len(paragraph)
    if len(paragraph[first.start():end].split()) > MAX_WORDS:
        return None
    roles = []
    m = first
    while m is not None:
        role = " ".join(paragraph[m.start():m.end()].split()[:-1]).lower()
        nxt = _NEXT_ROLE.search(paragraph, m.end(), end)
        names_end = nxt.start() if nxt else end
        if not _names_only(paragraph[m.end():names_end]):
            return None
        roles.append((role, m.end(), names_end))
        m = _ROLE_BY.match(paragraph, nxt.end(), end) if nxt else None
    return Credit(first.start(), end, tuple(roles))


def _names_only(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'.\-]*", text)
    return bool(words) and all(w[0].isupper() or w.lower() in _NAME_GLUE for w in words)


def _contributions(paragraph: str) -> list[Credit]:
    out = []
    for m in _CONTRIBUTED.finditer(paragraph):
        start = max(s.end() for s in _SENTENCE_START.finditer(paragraph, 0, m.start() + 1))
        if start < m.start() and len(paragraph[start:m.start()].split()) <= MAX_WORDS // 2 \
                and _names_only(paragraph[start:m.start()]):
            out.append(Credit(start, m.end(), (("contributed", start, m.start()),)))
    return out


# Round 61: the other marks that name a story's staff, none of them people of the story (a US health-news archive
# listed 14 such names among its top 100 people):
# - the sign-off that gives a writer's address, Dow Jones copy's "Write to Ron Winslow at ron.winslow@wsj.com" (and
#   "Jane Doe at jd@x.com and John Roe at jr@x.com"): a writing role, so the author facet reads it too;
_NAME = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,4}"
_WRITE_TO = re.compile(r"(?:^|(?<=[.!?)])\s+)Write\s+to\s+")
_ADDRESSED = re.compile(r"(%s)\s+at\s+[\w.\-]+@[\w.\-]+\w(?:\s*(?:,|\band\b)\s*)?" % _NAME)
# - a photographer's credit after an agency's slash ("REUTERS/Arnd Wiegmann/File Photo", "AFP/Jane Doe") or before it
#   ("Spencer Platt/Getty Images"), or before a
#   newsroom's after a dash or a photo label ("-- Thomas H. Maugh II / Los Angeles Times", "Photo: Jane Doe/The Wall
#   Street Journal");
_AGENCY = (r"(?:REUTERS|Reuters|AFP|AP(?:\s+Photo)?|EPA(?:-EFE)?|XINHUA|Xinhua|ANADOLU|AAP|Getty(?:\s+Images)?|Shutterstock|"
           r"iStock(?:photo)?|Corbis|Alamy|Newscom)")
_AGENCY_SLASH = re.compile(r"\b%s\s*/\s*(%s)(?=\s*(?:/|$|\)|,|;))" % (_AGENCY, _NAME))
_SLASH_AGENCY = re.compile(r"(?:^|(?<=[\s(]))(%s)\s*/\s*%s\b" % (_NAME, _AGENCY))  # "Spencer Platt/Getty Images"
_SLASH_NEWSROOM = re.compile(r"(?:--|—)\s*(%s)\s*/\s*(?:[Tt]he\s+)?[A-Z]" % _NAME)  # (a heading's "X / Y" is none)
_PHOTO_NEWSROOM = re.compile(r"\b(?:Photo|Photograph|Image|Illustration)s?:\s*(%s)\s*/\s*(?:[Tt]he\s+)?[A-Z]" % _NAME)
# - a picture's maker, capitalised as a credit is ("Styling by Anne Cardenas", "Photograph by Jane Doe"; prose writes
#   "a photo by Annie Leibovitz").
_MADE_BY = re.compile(r"\b(?:Photos?|Photographs?|Photography|Styling|Prop\s+styling|Illustrations?|Video)\s+by\s+(%s)" % _NAME)


def _staff_marks(paragraph: str) -> list[Credit]:
    out = []
    for m in _WRITE_TO.finditer(paragraph):
        at, roles = m.end(), []
        while (a := _ADDRESSED.match(paragraph, at)) is not None:
            roles.append(("written", a.start(1), a.end(1)))
            at = a.end()
        if roles:
            out.append(Credit(m.start(), at, tuple(roles)))
    for role, pattern in (("photo", _AGENCY_SLASH), ("photo", _SLASH_AGENCY), ("written", _SLASH_NEWSROOM), ("photo", _PHOTO_NEWSROOM),
                          ("photo", _MADE_BY)):
        for m in pattern.finditer(paragraph):
            out.append(Credit(m.start(), m.end(), ((role, m.start(1), m.end(1)),)))
    return out


# "Associated Press writer Jane Doe", "CNN's Jane Doe": who the contributor works for, before the names
_STAFF_LEAD = re.compile(r"^.*?\b(?:writers?|correspondents?|reporters?|editors?|staff)\s+|^[^,]*?[’']s\s+")


def reporters(paragraph: str) -> list[str]:
    """The names text of each reporting or writing role of the paragraph's credits ("Jane Doe in London", "John
    Roe and Ann Poe"), for the author facet."""
    return [_STAFF_LEAD.sub("", paragraph[a:b]) if role == "contributed" else paragraph[a:b]
            for c in credits(paragraph) for role, a, b in c.roles if role in REPORTING_ROLES]
