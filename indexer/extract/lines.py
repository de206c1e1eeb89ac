"""Small named detectors for the lines of a scraped page.

Each function answers one question about one line (or, for teasers, a line and what follows it) so the
plain-text extractor reads as a sequence of decisions and each rule can be tested on its own. Detectors
never look at file names: they must work on any scraped page with the same kind of mess.
"""
from __future__ import annotations

import re

# --- what a line of article text looks like -------------------------------------------------------

_END_PUNCT = re.compile(r"""[.!?…:;]["'”’)\]]*$|["”’]$""")


def words(line: str) -> list[str]:
    return line.split()


def is_prose(line: str) -> bool:
    """A sentence-like line: article text rather than a label, headline or menu entry."""
    n = len(words(line))
    return (n >= 12 and bool(_END_PUNCT.search(line))) or n >= 30


def is_short_label(line: str) -> bool:
    """A few words without sentence punctuation: a heading, tag list, image alt text or menu item."""
    return len(words(line)) <= 5 and not _END_PUNCT.search(line)


def strip_subhead(line: str) -> str:
    """"- Sheltering in basements -" -> "Sheltering in basements" (AFP marks subheads with dashes)."""
    m = re.fullmatch(r"[-–—]+\s*(.+?)\s*[-–—]+", line)
    return m.group(1) if m else line


# --- page furniture -------------------------------------------------------------------------------

_PAGE_LABELS = {
    "logo", "advertisement", "advert", "ad", "sponsored", "hashtags", "tags", "share", "share this",
    "share this article", "menu", "skip to content", "subscribe", "sign in", "log in", "login", "home",
    "print", "email", "read more", "show more", "load more", "close", "search",
}


def is_page_label(line: str) -> bool:
    """A navigation or widget label that is never article text ("logo", "Hashtags", "Share")."""
    return line.strip().lower().rstrip(":") in _PAGE_LABELS


def is_player_control(line: str) -> bool:
    """Residue of an embedded video player: "0:00", "/", "0:00 / 1:35"."""
    return bool(re.fullmatch(r"(\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?|/)", line.strip()))


_COPYRIGHT = re.compile(r"(©|\(c\)\s*\d{4}|copyright\s+(©|\d{4}))", re.I)


def is_copyright_line(line: str) -> bool:
    """"© Copyright 2025 The Associated Press. All rights reserved..." / "©2025 GPlusMedia Inc."."""
    s = line.strip()
    return bool(_COPYRIGHT.match(s)) or (
        len(words(s)) <= 25 and "all rights reserved" in s.lower()
    )


_APP_BANNER = re.compile(
    r"\bdownload\b.{0,40}\bapp\b|app[- ]?store|play[- ]?store|google play|\bai features?\b|\bai can do for you\b",
    re.I,
)


_ADDRESSED = re.compile(r"\b(you|your|today|now)\b", re.I)


def is_app_banner(line: str) -> bool:
    """Aggregator promotion: "DOWNLOAD THE APP", "Try Our AI Features", "app-storeplay-store".

    A sentence that merely mentions an app ("Apple removed the app from its App Store") is news; a
    sentence-length banner talks to the reader ("Download Daily8 app today from your app store").
    """
    if len(line) >= 400 or not _APP_BANNER.search(line):
        return False
    return not is_prose(line) or bool(_ADDRESSED.search(line))


def is_comment_count(line: str) -> bool:
    """"25 Comments": a counter in the page head, the start of the comment thread after the body."""
    return bool(re.fullmatch(r"\d+\s+comments?", line.strip(), re.I))


_COMMENT_HEADERS = re.compile(
    r"(comments?|no comments yet\.*|log ?in to (leave a )?comment|leave a comment|add a comment|"
    r"show comments|join the conversation|reader comments)",
    re.I,
)


def is_comments_header(line: str) -> bool:
    """The start of a reader-comment section ("Comments", "Login to comment", "25 Comments")."""
    s = line.strip().rstrip(":")
    return is_comment_count(s) or bool(_COMMENT_HEADERS.fullmatch(s))


def is_vote_line(line: str) -> bool:
    """A comment's vote tally: "-2 ( +5 / -7 )"."""
    return bool(re.fullmatch(r"-?\d+\s*\(\s*\+\d+\s*/\s*-\d+\s*\)", line.strip()))


_HANDLE = re.compile(
    r"(?P<handle>\S+?)(?:Today|Yesterday|\d{1,2}\s+\w{3,9}(?:\s+\d{4})?)\s+\d{1,2}:\d{2}\s*(?:am|pm)?"
    r"(?:\s+[A-Z]{2,4})?",
    re.I,
)


def commenter_handle(line: str) -> str | None:
    """"bass4funkToday 07:10 am JST" -> "bass4funk" (a handle glued to the comment's time)."""
    m = _HANDLE.fullmatch(line.strip())
    return m.group("handle") if m else None


_RELATED = re.compile(
    r"(related( articles| stories| news| content)?|more (stories|articles|news)( from .+)?|"
    r"you (may|might) also like|recommended( for you| stories)?|read (also|next)|"
    r"more on this (story|topic)|trending( now)?)",
    re.I,
)


def is_related_header(line: str) -> bool:
    """The heading of a block of other articles ("Related Articles", "More stories")."""
    return bool(_RELATED.fullmatch(line.strip().rstrip(":")))


# --- metadata lines -------------------------------------------------------------------------------

_AGE = re.compile(
    r"(?P<age>(?:an?|\d+)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago|just now|yesterday)$",
    re.I,
)
# Icon labels a scraper picks up in front of the age ("time10 hours ago").
_AGE_LABELS = {"time", "clock", "updated", "posted", "published"}


def parse_age(line: str) -> tuple[str | None, str] | None:
    """"Al Jazeeraa day ago" -> ("Al Jazeera", "a day ago"); "time10 hours ago" -> (None, "10 hours ago").

    Aggregators glue the outlet name to a relative age; the prefix is returned as the outlet.
    """
    s = line.strip()
    if len(words(s)) > 10:
        return None
    m = _AGE.search(s)
    if not m:
        return None
    prefix = s[: m.start()].strip(" -•·|,")
    if prefix.lower() in _AGE_LABELS:
        prefix = ""
    return (prefix or None), m.group("age")


def parse_outlet_bullet(line: str) -> str | None:
    """"  • Al Jazeera" / "- Bangkok Post" -> the outlet credited under an aggregated headline."""
    m = re.fullmatch(r"\s*[•·\-–—]\s*([A-Z][\w&.' ]{1,40}?)\s*", line)
    if not m or len(words(m.group(1))) > 5 or m.group(1).endswith(("-", "–", "—")):
        return None
    return m.group(1)


_BYLINE = re.compile(r"\s*by\s+([A-Z](?:[^.!?]|(?<=\b[A-Z])\.){1,120}?)\s*\.?\s*", re.I)


def parse_byline(line: str) -> str | None:
    """"By ILLIA NOVIKOV and GEIR MOULSON" -> "ILLIA NOVIKOV and GEIR MOULSON"."""
    # (round 61: a period only after an initial -- "By Thomas H. Maugh II" -- or closing the line)
    m = _BYLINE.fullmatch(line)
    if not m or len(words(m.group(1))) > 12 or not m.group(1)[0].isupper():
        return None
    return m.group(1)


# "Greg Beacham, The Associated Press", "Amy Forliti and Todd Richmond, The Associated Press" (Canadian Press copy):
# a byline as a paragraph of its own, names then a comma and a newsroom's name (round 52 of issue 11)
_NAME = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3}"
_STAFF_LINE = re.compile(rf"\s*(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME}){{0,3}}),\s+"
                         rf"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&.’' ]{{1,40}}?)\s*")
_NEWSROOM_LAST = frozenset("""press news times post herald journal tribune star mail telegraph guardian gazette observer
independent chronicle sun express wire network radio television tv reuters bloomberg""".split())


def parse_staff_line(line: str) -> str | None:
    """"Greg Beacham, The Associated Press" -> "Greg Beacham": the whole line names, a comma, a newsroom (its last
    word a newsroom's, or an acronym: "CBC News", "The Canadian Press", "CTV")."""
    m = _STAFF_LINE.fullmatch(line)
    if not m:
        return None
    last = m.group("outlet").split()[-1]
    return m.group("names") if last.lower() in _NEWSROOM_LAST or 2 <= len(last) <= 5 and last.isupper() else None


_CREDIT = re.compile(r"\((?P<credit>[^()]{2,120})\)\.?\s*$")
_CREDIT_WORDS = re.compile(r"\bvia\b|\bphoto\b|\bimage\b|\bgetty\b|\bfile\b|/|\w\.(?:media|com|ua|ru|org|net)\b", re.I)
_DATE_LABEL = re.compile(r"\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+")


def parse_caption(line: str) -> dict | None:
    """A photo caption: text ending in a photo credit "(… via AP)", "(Image/Reuters)", "(Dnipro.media)".

    Returns {"caption", "credit", "date"}; "date" is a scraper's "date 2025-07-03" label in front of
    the caption (the page's date, kept as metadata, not as the article's publication date).
    """
    s = line.strip()
    label = _DATE_LABEL.match(s)
    m = _CREDIT.search(s)
    if not m or len(words(s)) > 80 or not _CREDIT_WORDS.search(m.group("credit")):
        return None
    if m.group("credit").lower().startswith("via "):  # "... he said (via Telegram)." cites, not credits
        return None
    if s.count("“") + s.count('"') >= 2 and not label:  # a quoted sentence ending in a reference
        return None
    caption = s[label.end():].strip() if label else s
    return {"caption": caption, "credit": m.group("credit").strip(), "date": label and label.group("date")}


def parse_editors_note(line: str) -> str | None:
    """"Editor's note: This story was updated ..." -> the note text."""
    m = re.match(r"\s*editor[’'`]?s\s+note\s*:\s*(.+)", line, re.I)
    return m.group(1).strip() if m else None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINES = (
    # Kyiv [Ukraine], July 3 (ANI): ...   /   NEW DELHI, July 3 (Reuters) - ...
    re.compile(
        rf"(?P<dl>[A-Z][\w.'’ -]{{1,40}}(?:\s*\[[^\]]{{1,40}}\])?,\s+{_MONTH}\s+\d{{1,2}}\s*\([A-Za-z]{{2,12}}\))"
        r"\s*[:\-–—]+\s+"
    ),
    # JOINT BASE ANDREWS (UNITED STATES) - ...   /   KYIV, Ukraine (AP) — ...
    re.compile(
        r"(?P<dl>[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][\w ]{1,30})?(?:\s*\([A-Z][\w .'’-]{1,40}\))?)"
        r"\s+[-–—]+\s+(?=\S)"
    ),
)


def parse_dateline(paragraph: str) -> tuple[str, str] | None:
    """Split a wire dateline off the lead: -> ("Kyiv [Ukraine], July 3 (ANI)", rest of the paragraph)."""
    for pattern in _DATELINES:
        m = pattern.match(paragraph)
        if m and len(paragraph) > m.end() + 20 and not m.group("dl").endswith(" "):
            return m.group("dl").strip(), paragraph[m.end():]
    return None


def strip_signoff(paragraph: str) -> tuple[str, str | None]:
    """'... dedication." (ANI)' -> ('... dedication."', "ANI"): the agency tag closing a wire story."""
    m = re.search(r"\s+\((?P<agency>[A-Z]{2,8})\)\s*$", paragraph)
    if not m:
        return paragraph, None
    return paragraph[: m.start()], m.group("agency")


# --- dumps of many articles -----------------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def is_teaser(lines: list[str], i: int, min_chars: int = 60, lookahead: int = 40) -> bool:
    """Line i is a teaser: a truncated copy of the start of the text that follows it.

    Dumps of article lists repeat each article's opening (cut at a fixed length, often mid-word and
    with its paragraphs glued: '...on June 30."It has been...') before the article itself. Whitespace is
    ignored in the comparison because the teaser may glue paragraphs with or without a space. A line that
    merely repeats the next line (a duplicated headline or caption) is not a teaser.
    """
    if len(lines[i]) < min_chars:
        return False
    following = [line for line in lines[i + 1 : i + 1 + lookahead] if line.strip()]
    # Cheap test first (this runs on every line of a file): the starts must match.
    if not following or _SPACE.sub("", lines[i][:40])[:20] != _SPACE.sub("", following[0][:40])[:20]:
        return False
    teaser = _SPACE.sub("", lines[i])
    if len(teaser) < min_chars:
        return False
    first = _SPACE.sub("", following[0])
    if teaser == first:
        return False
    text = ""
    for line in following:
        text += _SPACE.sub("", line)
        if len(text) > len(teaser):
            break
    if not text.startswith(teaser) or len(text) == len(teaser):
        return False
    if len(teaser) > len(first):  # runs on into the next paragraph(s): a glued, truncated opening
        return True
    # Within the first line, a cut inside a word is a teaser; a headline that is a word-boundary
    # prefix of the lead ("Russia says X" / "Russia says X, officials said") is not.
    t, f = " ".join(lines[i].split()), " ".join(following[0].split())
    return f.startswith(t) and t[-1].isalnum() and f[len(t)].isalnum()
