"""Round 48: the reporters of a byline the lead opens with are no people of the story.

"By Henry Umoru – Abuja The Federal Government ...", "By Bashir Bello A Chief Magistrate Court ...": RSS
descriptions and pages whose line breaks were lost open the first paragraph with the byline
(extract/lead_byline.py finds where its names end). On a Nigerian paper's leads (a fresh archive of round 48,
91 of 250 opened so) the reporters were six of the person facet's top 40 values, and the model ran their names
on into the story's first words ("Bashir Bello A", "Peter Okutu Justin Nwankwo"). The names are the author
facet's (bylines.authors); here a span running past them is cut at their end, and the names stay person mentions
counted under no person value (label_reporters): highlighted and searchable, as the mention-level gold writes them. A town written after the names is the dateline ("– Abuja The Federal Government said": the
model's ORG span "Abuja The Federal Government" is the town, then the body). NEWSFACET_LEAD_BYLINES=0 leaves the
spans as the model gave them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from indexer.extract.lead_byline import KICKER, inline_byline
from indexer.nlp import NerSpan
from search.model import NO_FACET, Mention

from . import places, switches

_GAP = re.compile(r"[\s,:|–—\-&]*")


def _byline(text: str):
    """The byline opening the first paragraph, when the rule is on (most leads hold no "By": asked cheaply first)."""
    if switches.get("NEWSFACET_LEAD_BYLINES", "1") == "0" or "By" not in text[:KICKER] and not text.startswith("by"):
        return None
    return inline_byline(text)


def without_byline(text: str, spans: list) -> list:
    """The first paragraph's ``spans`` read around a byline opening ``text``: the reporters' names people (cut where
    the names end; label_reporters keeps them out of the person facet), the town after them the dateline."""
    found = _byline(text)
    if found is None:
        return spans
    end = found.end
    out = []
    for s in spans:
        if found.start <= s.start and s.end <= end:
            out.append(replace(s, label="PERSON"))  # a reporter's name (the model read "Johnbosco Agbakwuru" a place)
            continue
        if found.start <= s.start < end:  # "Bashir Bello A Chief": the story's part of a span run on from the names
            out.append(replace(s, end=end, text=text[s.start:end], label="PERSON"))
            start = _GAP.match(text, end).end()
            if start >= s.end:
                continue
            s = replace(s, start=start, text=text[start:s.end])
        out.append(s)
    dateline = _dateline(text, end)
    if dateline is None:
        return out
    a, b = dateline
    cut = []
    for s in out:
        if s.start <= a < b < s.end:  # "Abuja The Federal Government": the dateline, then the story's span
            start = _GAP.match(text, b).end()
            cut.append(NerSpan(a, b, "GPE", text[a:b]))
            if start < s.end:
                cut.append(replace(s, start=start, text=text[start:s.end]))
        elif s.start == a and s.end == b:
            cut.append(replace(s, label="GPE"))  # "– Yola Governor ...": the town, whatever the model called it
        else:
            cut.append(s)
    if not any(s.start == a and s.end == b for s in cut):
        cut = [s for s in cut if not (s.start < b and a < s.end)] + [NerSpan(a, b, "GPE", text[a:b])]
    return sorted(cut, key=lambda s: s.start)


_CAPITALISED = re.compile(r"[A-Z][\w’'.]*(?:-[A-Z][\w’'.]*)*")


def _dateline(text: str, end: int) -> tuple[int, int] | None:
    """The town written after the reporters' names ("– Abuja", ", Uyo", "PORT HARCOURT –"): the longest run of
    one to three capitalised words the gazetteer knows as a town or a region (a country's name opens a body's as
    often: "By Kizzy Kalsakau The Vanuatu National Provident Fund"), followed by the story's first word."""
    start = _GAP.match(text, end).end()
    words = []
    for m in _CAPITALISED.finditer(text, start, start + 60):
        if words and text[words[-1].end():m.start()].strip():
            break
        words.append(m)
        if len(words) == 3:
            break
    for n in range(len(words), 0, -1):
        b = words[n - 1].end()
        rest = text[b:b + 3]
        if rest.strip(" ,–—-:")[:1].isupper() or rest[:1] in ",–—-:" or text[b:b + 1] == "\xa0":
            found = places.candidates(text[start:b])
            if found and not any(p.kind == "country" for p in found):  # "Vanuatu National Provident Fund": a body
                return start, b
    return None


def label_reporters(article, mentions: list) -> list:
    """The tagged mentions with the lead byline's names (``without_byline`` kept their spans) people out of the
    facets: highlighted and searchable as the names they are, counted under no person value (the author facet
    holds them)."""
    found = _byline(article.paragraphs[0].text) if article.paragraphs else None
    if found is None:
        return mentions
    text = article.paragraphs[0].text
    story = []
    for m in mentions:
        if m.paragraph == 0 and found.start <= m.start < found.end and m.kind in ("person", "org", "place"):
            if m.end > found.end:  # "Bashir Bello A", "Peter Okutu Justin Nwankwo": the names ran on into the story
                start = _GAP.match(text, found.end).end()
                if len(text[start:m.end].split()) >= 2 and m.kind == "person":
                    story.append(Mention(0, start, m.end, text[start:m.end], "person", text[start:m.end], label=m.label))
                m.end, m.text, m.value = found.end, text[m.start:found.end], text[m.start:found.end]
            if m.kind != "person":
                m.kind, m.value, m.region, m.country = "person", m.text, None, None
            m.label = NO_FACET
    return sorted(mentions + story, key=lambda m: (m.paragraph, m.start)) if story else mentions
