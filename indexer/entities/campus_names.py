"""A university called by its town's name is the university, not the town (round 37 of issue 11).

A campus paper or a university's press releases name the university by its place: "study at Victoria", "an
honorary doctorate from Victoria", "Massey researchers", "Otago's research", "UC Santa Barbara". The facet filed
them as places, rolled up to a region ("Victoria" the Australian state in a New Zealand archive: nine articles;
dev scoop_nz2014, ucsc1997). Where the article names the university itself ("Victoria University of Wellington",
"University of Otago", "Massey University", an org value), a bare mention of its place word is that university
when its sentence says so:
- an academic's or a student's word right after it ("Massey researchers", "Otago's research", "a Victoria PhD
  student", "Canterbury graduate");
- an academic's verb or noun before "at"/"from" it ("study at Victoria", "graduated from Victoria", "an honorary
  doctorate from Victoria", "a senior leader at Victoria", "research at Canterbury").
"in X", "X region", "the X rebuild" stay the place. And "UC X" (the University of California's campuses) is that
campus wherever it is written: the mention grows over "UC" and is the campus's org value. NEWSFACET_CAMPUSES=0 turns
it off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET, Article

from . import switches

_ACADEMIC = (r"(?:researchers?|research|scientists?|students?|student|academics?|graduates?|alumni|lecturers?|"
             r"professors?|faculty|scholars?|PhD|doctoral|postgraduate|undergraduates?|masters?|staff|"
             r"psychology|engineering|music|law|medical|science|history|physics|chemistry)")
# an academic's word after the name, a possessive and one modifier allowed ("Otago's research", "a Massey
# psychology student", "Canterbury postgraduate music student")
_AFTER = re.compile(r"^(?:[’']s)?\s+(?:[a-z]+\s+){0,2}%s\b" % _ACADEMIC)
# ... or before "at"/"from" it: "study at", "graduated from", "a degree from", "a senior leader at"
_BEFORE = re.compile(r"\b(?:stud(?:y|ying|ied|ies)|graduat(?:e|ed|ing)|degrees?|doctorates?|PhD|enrol(?:l|led|ling)?|"
                     r"research|taught|teach(?:es|ing)?|lectur(?:es|ed|ing|er)|professor|leader|started|"
                     r"scholarships?|honours|qualifications?|diploma)\s+(?:[a-z]+\s+){0,2}(?:at|from)\s+$")
_UC_BEFORE = re.compile(r"\bUC\s+$")
# Round 43: a list of universities or campuses by their place words, whether or not the article names any of
# them in full: the list opened by "the Universities of" or "campuses--" ("Academics from the Universities of
# Michigan, British Columbia, X", "Seven UC campuses--Berkeley, Davis, X") or closed by the plural word
# ("Auckland, Canterbury and X universities", "the Riverside, X, and Santa Cruz campuses")
_ITEM = r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){0,2}"
_LIST_OPENED = re.compile(r"(?:\b[Uu]niversities\s+of|\bcampuses\s*(?:--|[—–:]))\s*(?:%s,?\s+(?:and\s+)?){0,6}$" % _ITEM)
_LIST_CLOSED = re.compile(r"^(?:,?\s+(?:and\s+)?%s){0,6},?\s+(?:universities|campuses)\b" % _ITEM)


def enabled() -> bool:
    return switches.get("NEWSFACET_CAMPUSES", "1") != "0"


def lists_enabled() -> bool:
    """Round 43: a place word in a list of universities or campuses is no place (NEWSFACET_CAMPUS_LISTS=0: it is)."""
    return switches.get("NEWSFACET_CAMPUS_LISTS", "1") != "0"


def _in_campus_list(para: str, m) -> bool:
    """Whether the mention is an item of a list of campuses or universities (_LIST_OPENED, _LIST_CLOSED); the
    lists' own words are looked for first, as most place mentions have none near (a corpus pass over all of them)."""
    before, after = para[max(0, m.start - 160):m.start], para[m.end:m.end + 160]
    return ("niversities" in before or "campuses" in before) and bool(_LIST_OPENED.search(before)) \
        or ("universities" in after or "campuses" in after) and bool(_LIST_CLOSED.match(after))


# (compiled once: read of every org mention of every article)
_UNIVERSITY = re.compile(r"University of ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?)$|([A-Z][\w’'\-]+) University\b")


def _universities(article: Article) -> dict[str, str]:
    """Place word -> the university value the article names with it ("Victoria" -> "Victoria University of
    Wellington"); a word two universities share names neither."""
    found: dict[str, set[str]] = {}
    for m in article.mentions:
        if m.kind != "org":
            continue
        g = _UNIVERSITY.match(m.value)
        if g:
            found.setdefault(g.group(1) or g.group(2), set()).add(m.value)
    return {word: next(iter(values)) for word, values in found.items() if len(values) == 1}


def refile_campuses(articles: list[Article]) -> int:
    """Place mentions that name a university by its place word (see the module docstring): its org value.
    Returns how many mentions changed."""
    if not enabled():
        return 0
    n = 0
    for a in articles:
        unis = None
        for m in a.mentions:
            if m.kind != "place":
                continue
            para = a.paragraphs[m.paragraph].text
            if _UC_BEFORE.search(para[max(0, m.start - 4):m.start]):
                m.start -= len("UC ")
                m.text = para[m.start:m.end]
                m.kind, m.value, m.region, m.country, m.label = "org", m.text, None, None, "ORG"
                n += 1
                continue
            if lists_enabled() and _in_campus_list(para, m):
                m.label, m.region, m.country = NO_FACET, None, None  # a campus; which university, the list does not say
                n += 1
                continue
            if unis is None:
                unis = _universities(a)
            uni = unis.get(m.text)
            if uni and (_AFTER.match(para[m.end:m.end + 50]) or _BEFORE.search(para[max(0, m.start - 60):m.start])):
                m.kind, m.value, m.region, m.country, m.label = "org", uni, None, None, "ORG"
                n += 1
    return n
