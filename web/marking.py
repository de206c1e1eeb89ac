"""Article paragraphs as HTML: entity mentions become links, query matches stay ``<mark>``-ed.

The engine gives each paragraph's ``text``, entity mentions as character offsets into it, and an
``html`` version that is escaped text with only ``<mark>`` markup for the query. Both markups are
merged here by recovering the mark ranges from ``html`` and cutting the text at every boundary; every
piece of text is escaped on its own, so nothing from a document can ever become markup.
"""
from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable

from markupsafe import Markup, escape

_MARK = re.compile(r"</?mark>")
LINKED_KINDS = ("person", "org", "place", "date")


def mark_ranges(text: str, marked_html: str | None) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that the engine wrapped in ``<mark>``; [] if they disagree."""
    if not marked_html:
        return []
    ranges, plain, start = [], [], None
    pos = 0
    for m in _MARK.finditer(marked_html):
        plain.append(htmllib.unescape(marked_html[pos:m.start()]))
        offset = sum(map(len, plain))
        if m.group() == "<mark>":
            start = offset
        elif start is not None:
            ranges.append((start, offset))
            start = None
        pos = m.end()
    plain.append(htmllib.unescape(marked_html[pos:]))
    # If the escaped html is not exactly the paragraph's text, offsets would land in the wrong place.
    return ranges if "".join(plain) == text else []


def _mentions(text: str, entities: list[dict]) -> list[dict]:
    """Valid, non-overlapping mentions in reading order (the first of two overlapping ones wins)."""
    chosen, end = [], 0
    for e in sorted(entities or [], key=lambda e: (e.get("start", 0), -e.get("end", 0))):
        start, stop = e.get("start"), e.get("end")
        if not isinstance(start, int) or not isinstance(stop, int):
            continue
        if e.get("kind") not in LINKED_KINDS or not (0 <= start < stop <= len(text)) or start < end:
            continue
        chosen.append(e)
        end = stop
    return chosen


def _with_marks(text: str, start: int, stop: int, marks: list[tuple[int, int]]) -> str:
    """Escaped ``text[start:stop]`` with the parts inside query matches wrapped in ``<mark>``."""
    cuts = sorted({start, stop, *(b for a, z in marks for b in (a, z) if start < b < stop)})
    out = []
    for a, z in zip(cuts, cuts[1:]):
        piece = str(escape(text[a:z]))
        inside = any(ma <= a and z <= mz for ma, mz in marks)
        out.append(f"<mark>{piece}</mark>" if inside else piece)
    return "".join(out)


def mark_paragraph(paragraph: dict, entity_url: Callable[[str, str], str]) -> dict:
    """``{"n", "html": Markup}`` for one paragraph of ``Engine.article``."""
    text = paragraph.get("text") or ""
    marks = mark_ranges(text, paragraph.get("html"))
    out, pos = [], 0
    for e in _mentions(text, paragraph.get("entities")):
        out.append(_with_marks(text, pos, e["start"], marks))
        kind, value = e["kind"], str(e.get("value") or text[e["start"]:e["end"]])
        title = f"{kind}: {value}"
        where = ", ".join(str(x) for x in (e.get("region"), e.get("country")) if x)
        if where:
            title += f" ({where})"
        inner = _with_marks(text, e["start"], e["end"], marks)
        if e.get("facet") is False:  # highlighted as what it is, but no facet value: no entity page to link to
            out.append(f'<span class="ent ent-{kind}" title="{escape(title)}">{inner}</span>')
        else:
            out.append(f'<a class="ent ent-{kind}" href="{escape(entity_url(kind, value))}" title="{escape(title)}">'
                       f"{inner}</a>")
        pos = e["end"]
    out.append(_with_marks(text, pos, len(text), marks))
    return {"n": paragraph.get("n"), "offset": paragraph.get("offset") or 0, "html": Markup("".join(out))}
