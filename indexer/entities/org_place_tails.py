"""A body's name that goes on with a place: "Amnesty International UK", "Daily Mail Australia", "Shia Ulema Council
Pakistan", "National Press Club Islamabad", "HBO Latin America", "Tourism Industry Association New Zealand".

Round 35 of issue 11: the small model tags such a name as an ORG span and a GPE span side by side, so the body loses
its country section or branch and the place facet gains the country of every article that names the body (the mention
gold of every evaluation corpus tags the whole name ORG; of the 26 distinct ORG-then-place pairs one space apart in
the dev split, read in their sentences, 18 were one name). An org mention the model tagged ORG and the place mention
one space after it are one org mention, its span and value the whole name -- except after a news outlet or a source
a sentence reports from, where the place is as often the subject of the reported clause ("told BBC News US policy
condemns torture", "According to The New York Times Iran has"): there the name with a place is one name only where
the archive writes it so in OUTLET_ARTICLES articles or more ("told Daily Mail Australia"). A dateline in capitals
("Michael Erman NEW YORK"; not "UK", "US"), a name with its acronym in brackets, and a place after a stray or gated
org span (the archive pass gives it no facet: "COVID-19 before", "Indian Illegally Occupied" of "... Jammu and
Kashmir") stay apart; the pass runs after the org gates. NEWSFACET_ORG_PLACE_TAILS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET, Article

from . import orgs, switches

OUTLET_ARTICLES = 2
# A name of capitalised words and their joiners only: not one with its acronym in brackets ("United Nations Population
# Fund (UNFPA) Sri Lanka" is the fund's country office, but the bracket is the whole fund's) nor a run-on span.
_NAME = re.compile(r"^[A-Z][\w’'.&\-]*(?: (?:[A-Z][\w’'.&\-]*|of|and|for|the|de|&))*$")
# A source the sentence reports from ("told BBC News", "according to The New York Times"): a clause may begin after it.
_REPORTED = re.compile(r"\b(?:told|tells|telling|according to|reported by|quoted by|cited by)\s+(?:the\s+)?$", re.I)


def _pairs(article: Article):
    """(org mention, place mention) pairs of the article one space apart."""
    by_para: dict[int, list] = {}
    for m in article.mentions:
        if m.kind in ("org", "place"):
            by_para.setdefault(m.paragraph, []).append(m)
    for n, ms in by_para.items():
        text = article.paragraphs[n].text
        starts = {}
        for m in ms:
            if m.kind == "place" and m.label != NO_FACET:
                starts.setdefault(m.start, m)
        for m in ms:
            p = starts.get(m.end + 1)
            if m.kind == "org" and m.label in ("ORG", "OUTLET") and p is not None and text[m.end] == " " \
                    and _NAME.match(m.text) and p.label != "DATELINE" and not (p.text.isupper() and len(p.text) > 3):
                yield m, p


def glue_place_tails(articles: list[Article]) -> int:
    """Org mentions followed by a place that goes on with their name take it in. Returns the number glued."""
    if switches.get("NEWSFACET_ORG_PLACE_TAILS", "1") == "0":
        return 0
    found = [(a, m, p) for a in articles for m, p in _pairs(a)]
    written = Counter(whole for _, whole in {(a.id, f"{m.text} {p.text}") for a, m, p in found})  # articles per name
    taken: dict[int, tuple[Article, set[tuple[int, int]]]] = {}  # article -> the place spans glued into a name
    for a, m, p in found:
        whole = f"{m.text} {p.text}"
        para = a.paragraphs[m.paragraph].text
        if (m.label == "OUTLET" or orgs.is_outlet(m.value) or _REPORTED.search(para[max(0, m.start - 20):m.start])) \
                and written[whole] < OUTLET_ARTICLES:
            continue
        m.end, m.text = p.end, whole
        m.value, m.label = orgs.normalise_org(whole), "ORG"
        taken.setdefault(id(a), (a, set()))[1].add((p.paragraph, p.start))
    for a, spans in taken.values():  # (the place and its other regions' copies, one pass per article)
        a.mentions = [o for o in a.mentions if not (o.kind == "place" and (o.paragraph, o.start) in spans)]
    return sum(len(spans) for _, spans in taken.values())
