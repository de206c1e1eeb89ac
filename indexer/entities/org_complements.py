"""A body's name the model cut before the words its "of" or "for" opens (round 39 of issue 11).

"the [Joint Council] for the Welfare of Immigrants", "the [General Bureau] of the Tanchon Area Mining Industry",
"[Australian Centre] for the Study of Armed Conflict and Society", "[Ethiopian National Committee] for the Study of
Kimilsungism", "the [US Agency] for Global Media": the small model ends the span at the "of"/"for" and tags nothing
after it, so the facet showed a fragment ("Joint Council", "General Bureau", "Australian Centre": eight wrong values
of the dev top-100 org lists) that often lumps several bodies. org_spans._join_of_for joins the halves when the model
tagged both; this joins a body's name (closing with a body word: "Council", "Bureau", "Centre", "Agency") and the
capitalised words after its "of"/"for" that the model left untagged, when they end the name: no word of them
another name holds (a person, a body: "Bank of Japan Governor Satoshi Sumita", "the Gates Foundation for UNICEF"),
no title ("Governor"), acronym or possessive, and no body's or country's name of their own (org_spans.names_no_body,
as for the halves the model tagged). A place inside the words stays ("Tanchon" of the Tanchon Area Mining Industry), a place closing them is
the qualifier org_spans leaves apart ("Supreme Court of India"). Words running into another name, an acronym or
over MAX_WORDS join nothing. NEWSFACET_ORG_COMPLEMENTS=0 turns it off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import switches

_GAP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
_WORD = re.compile(r"(?:[A-Z][\w’'\-]*|of|for|and|the|on|in|at|&)(?=[\s,.;:!?)]|$)")
_GLUE = {"of", "for", "and", "the", "&"}
_ENDS = {"in", "on", "at"}
# Words a run of name words stops before: a title or an office opens another name ("Bank of Japan Governor ...")
_TITLES = {"governor", "president", "minister", "secretary", "chairman", "chairwoman", "chairperson", "director",
           "chief", "head", "spokesman", "spokeswoman", "spokesperson", "member", "members", "mr", "mrs", "ms", "dr",
           "professor", "prof", "senator", "judge", "justice", "commissioner", "ambassador", "deputy", "mayor", "ceo",
           "general", "leader"}
MAX_WORDS = 8
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_COMPLEMENTS", "1") != "0"


def run_past_complement(text: str, s, spans: list, body_words: set[str], place_labels: set[str], name_labels: set[str]):
    """``s`` grown over the untagged "of/for ..." words of its name (the module docstring), or ``s`` itself."""
    if s.label != "ORG":
        return s
    gap = _GAP.match(text, s.end)
    if not gap or not enabled():
        return s
    words = re.findall(r"[A-Za-z][\w&]*", re.sub(r"[’']s\b", "", s.text))
    if not words or words[-1].lower() not in body_words:
        return s
    pos, end, last_place, last = gap.end(), None, False, ""
    taken = [o for o in spans if o is not s and o.end > gap.end() and o.start < gap.end() + 200]
    for _ in range(MAX_WORDS):
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group()
        if word in _ENDS:
            break  # "... of Immigrants in London": where it is, not its name
        last = word
        holder = next((o for o in taken if o.start <= m.start() < o.end), None)
        if holder is not None and holder.label in name_labels and holder.label not in place_labels \
                or word.lower() in _TITLES or _ACRONYM.fullmatch(word) \
                or word[:1].isupper() and re.match(r"[’']s\b", text[m.end():m.end() + 2]):
            return s  # another name goes on (a person, a body, an office, an acronym, an owner): no join
        if word not in _GLUE:
            end, last_place = m.end(), holder is not None
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    else:
        return s  # a run longer than any name
    if end is None or last_place or last in _GLUE:
        return s  # nothing of its own after "of"/"for", a place closing it (the qualifier left apart), or cut short
    from .org_spans import names_no_body  # (org_spans imports this module: asked at call time)

    if not names_no_body(text[gap.end():end]):
        return s  # another body ("of the Workers' Party of Korea") or a country ("of India"): joined, it would split
    return replace(s, end=end, text=text[s.start:end])  # one body's value in two (org_spans._join_of_for's reason)
