"""Plain text scraped from news pages -> article drafts.

A page reads as three zones: a head (site name, section, tags, photo caption, headline, comment count,
byline, outlet and age), the body, and a tail that starts at the first copyright line, comment thread,
app banner or related-articles heading. A dump of many articles is recognised by its teaser lines (a
truncated copy of the text that follows) and split there, each piece read as its own page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .build import Draft
from .drops import Dropper
from .lines import (
    commenter_handle,
    is_app_banner,
    is_comments_header,
    is_copyright_line,
    is_page_label,
    is_player_control,
    is_prose,
    is_related_header,
    is_short_label,
    is_teaser,
    is_vote_line,
    parse_age,
    parse_byline,
    parse_caption,
    parse_dateline,
    parse_editors_note,
    parse_outlet_bullet,
    strip_signoff,
    strip_subhead,
    words,
)
from .related import parse_related
from .sentences import regroup

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class TextResult:
    main: list[Draft]  # the page's own article(s): one for a page, one per piece of a dump
    related: list[Draft]
    dropped: Dropper
    is_dump: bool = False


def normalise_lines(text: str) -> list[str]:
    lines = [" ".join(_INVISIBLE.sub("", line).replace("\u00a0", " ").split()) for line in text.split("\n")]
    return _unwrap(lines)


def _unwrap(lines: list[str]) -> list[str]:
    """Lines of scraped pages are one paragraph each; hard-wrapped text is rejoined into paragraphs.

    A file wrapped at a fixed width (no line over 100 characters, most lines near the width, blank
    lines between paragraphs) has its blocks joined; elsewhere a line cut mid-sentence whose next line
    continues in lower case is joined to it.
    """
    filled = [line for line in lines if line]
    wrapped = (len(filled) >= 4 and max(map(len, filled)) <= 100 and len(filled) < len(lines)
               and sum(len(line) >= 55 for line in filled) * 2 >= len(filled))
    out: list[str] = []
    previous = ""
    for line in lines:
        joins = previous and line and (
            wrapped or (line[:1].islower() and len(previous) >= 50 and re.search(r"[a-z,;]$", previous))
        )
        if joins:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return out


def extract_text(text: str, names: tuple[str, ...] = ()) -> TextResult:
    """``names``: the site/outlet names from the manifest, which are furniture when alone on a line."""
    lines = normalise_lines(text)
    dropper = Dropper()
    teasers = [i for i, line in enumerate(lines) if line and is_teaser(lines, i)]
    if not teasers:
        main, related = _page(lines, dropper, names)
        return TextResult(main=[main] if main else [], related=related, dropped=dropper)
    pieces = [lines[: teasers[0]]] + [lines[t + 1 : nxt] for t, nxt in zip(teasers, teasers[1:] + [len(lines)])]
    if not any(is_prose(line) for line in pieces[0]):
        # What comes before the first teaser is that article's head (headline, byline), not an article.
        pieces = [pieces[0] + pieces[1]] + pieces[2:]
    for _ in teasers:
        dropper.drop("teaser line", block=False)
    result = TextResult(main=[], related=[], dropped=dropper, is_dump=len(pieces) > 1)
    for piece in pieces:
        main, related = _page(piece, dropper, names)
        if main:
            result.main.append(main)
        result.related.extend(related)
    return result


def _page(lines: list[str], dropper: Dropper, names: tuple[str, ...]) -> tuple[Draft | None, list[Draft]]:
    draft = Draft(paragraphs=[], metadata={})
    notes: list[str] = []
    i, candidates, outlet = _head(lines, draft, notes, dropper)
    if i >= len(lines):  # no sentence-like line at all: keep what there is as text, without a headline
        draft.paragraphs = [c for c in candidates if not _is_name(c, names, outlet)]
    else:
        draft.headline = _pick_headline(candidates, names, outlet, dropper)
    i = _body(lines, i, draft, notes, dropper)
    related = _tail(lines, i, dropper)
    if not draft.paragraphs:
        return None, related
    _finish(draft, notes, outlet)
    return draft, related


def _head(lines: list[str], draft: Draft, notes: list[str], dropper: Dropper):
    candidates: list[str] = []
    seen: set[str] = set()  # membership in a set: a list lookup made 100,000-line files quadratic
    outlet: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if _take_note_or_caption(line, draft, notes, dropper):
            pass
        elif is_prose(line):
            break
        elif parse_byline(line):
            draft.byline = parse_byline(line)
            dropper.keep()
        elif parse_age(line):
            prefix, draft.metadata["age"] = parse_age(line)
            outlet = outlet or prefix
            dropper.keep()
        elif parse_outlet_bullet(line):
            outlet = parse_outlet_bullet(line)
            dropper.keep()
        elif (is_comments_header(line) or is_page_label(line) or is_player_control(line)
              or is_app_banner(line)):
            # In the head a comment counter ("25 Comments") is furniture, not the start of the thread.
            dropper.drop("page furniture")
        elif line not in seen:
            seen.add(line)
            candidates.append(line)
        i += 1
    return i, candidates, outlet


def _take_note_or_caption(line: str, draft: Draft, notes: list[str], dropper: Dropper) -> bool:
    """Editor's notes and photo captions are metadata wherever they stand, head or body."""
    note = parse_editors_note(line)
    if note:
        notes.append(note)
        dropper.keep()
        return True
    caption = parse_caption(line)
    if caption:
        _add_caption(draft, caption, dropper)
        return True
    return False


def _is_name(line: str, names: tuple[str, ...], outlet: str | None) -> bool:
    folded = line.casefold()
    return any(n and folded == n.casefold() for n in (*names, outlet or ""))


def _pick_headline(candidates: list[str], names: tuple[str, ...], outlet: str | None, dropper: Dropper):
    """The last headline-shaped line of the head (closest to the body); the rest is furniture."""
    headline = None
    for line in candidates:
        if 3 <= len(words(line)) <= 40 and len(line) <= 300 and not _is_name(line, names, outlet):
            headline = line
    for line in candidates:
        if line != headline:
            dropper.drop("page furniture")
    return headline


def _body(lines: list[str], i: int, draft: Draft, notes: list[str], dropper: Dropper) -> int:
    paragraphs = draft.paragraphs
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if (is_copyright_line(line) or is_comments_header(line) or is_app_banner(line)
                or is_related_header(line) or is_vote_line(line) or commenter_handle(line)):
            break
        if _take_note_or_caption(line, draft, notes, dropper):
            pass
        elif is_player_control(line):
            dropper.drop("media player")
        elif is_page_label(line):
            dropper.drop("page furniture")
        elif paragraphs and line == paragraphs[-1]:
            dropper.drop("duplicate line")
        else:
            paragraphs.append(strip_subhead(line))
            dropper.keep()
        i += 1
    # Articles do not end in a heading: short label lines left at the end are image alt text,
    # tag lists or widget titles ("Orange background", "Hashtags").
    while paragraphs and is_short_label(paragraphs[-1]):
        paragraphs.pop()
        dropper.drop("page furniture")
    return i


def _tail(lines: list[str], i: int, dropper: Dropper) -> list[Draft]:
    related: list[Draft] = []
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line:
            i += 1
            continue
        if is_related_header(line):
            end = _next(lines, i + 1, lambda s: is_app_banner(s) or is_comments_header(s) or is_copyright_line(s))
            related.extend(parse_related(lines[i + 1 : end], dropper))
            i = end
        elif is_comments_header(line) or is_vote_line(line) or commenter_handle(line):
            # The whole thread goes, whatever the comments quote: it ends only where the page moves on.
            dropper.drop("reader comments")
            i = _next(lines, i + 1, lambda s: is_related_header(s) or is_app_banner(s))
        else:
            if is_copyright_line(line):
                dropper.drop("copyright line")
            elif is_app_banner(line):
                dropper.drop("app banner")
            else:
                dropper.drop("page furniture")
            i += 1
    return related


def _next(lines: list[str], start: int, stop) -> int:
    for j in range(start, len(lines)):
        if lines[j] and stop(lines[j]):
            return j
    return len(lines)


def _add_caption(draft: Draft, caption: dict, dropper: Dropper) -> None:
    meta = draft.metadata
    if caption["caption"] not in meta.get("captions", ()):  # a caption repeated under its photo
        meta.setdefault("captions", []).append(caption["caption"])
    if caption["credit"] not in meta.get("photo_credits", ()):
        meta.setdefault("photo_credits", []).append(caption["credit"])
    if caption["date"]:
        meta.setdefault("page_date", caption["date"])
    dropper.drop("photo caption", block=False)


def _finish(draft: Draft, notes: list[str], outlet: str | None) -> None:
    paragraphs = [group for p in draft.paragraphs for group in regroup(p)]
    found = parse_dateline(paragraphs[0])
    if found:
        # The dateline stays at the head of the lead, as wire copy and web pages print it: the entity pass reads
        # "MOSCOW (Reuters) -" as a place there (round 57: a plain-text wire archive had lost every dateline's
        # place, and a story naming no other place was under no place at all).
        draft.dateline, draft.dateline_in_lead = found[0], True
    paragraphs[-1], signoff = strip_signoff(paragraphs[-1])
    if signoff:
        draft.metadata["signoff"] = signoff
    draft.paragraphs = [p for p in paragraphs if p.strip()]
    if notes:
        draft.note = " ".join(notes)
    if outlet:
        draft.metadata["outlet"] = outlet
