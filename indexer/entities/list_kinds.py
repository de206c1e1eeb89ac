"""A name in a list takes its neighbours' kind (moved out of tagger.py in round 55: one concept per module).

"Pokrovsk, Zoloti Prudy, and Novoiavlenka" with the last tagged ORG: an item of a list of towns the gazetteer lacks is
a town too; "Jerry Seinfeld, Julia Louis-Dreyfus, Jason Alexander" with one tagged GPE: a full name the gazetteer lacks
in a list of people is one of them. The tagger asks here once per article, before the evidence is weighed.
"""
from __future__ import annotations

import re

from search.model import Article

from . import evidence, org_campuses, orgs, places
from .cast import plausible_person
from .spans import Cand

_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+and\s+|,\s+and\s+)$")


def relabel_lists(article: Article, found):
    """"Pokrovsk, Zoloti Prudy, and Novoiavlenka" with the last tagged ORG: an item of a list of places
    whose name the gazetteer lacks is a place too (people and organisations known by name are kept)."""
    out = list(found)
    for i, (c, kind, value) in enumerate(out):
        if kind == "place" or c.label not in ("ORG", "PERSON") or orgs.known_org(c.text) or c.text.isupper() \
                or org_campuses.campus_name(c.text):
            continue  # (round 62: "the University of California, Berkeley and Stanford": a campus, not a town)
        if kind == "person" and len(value.split()) > 1 and value != c.text:
            continue  # linked to a full name of the article
        text = article.paragraphs[c.paragraph].text
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or out[j][1] != "place" or out[j][0].paragraph != c.paragraph:
                continue
            if not _town(out[j][0]) or c.label == "PERSON" and " " in c.text and not places.candidates(out[j][0].text):
                continue  # only lists of towns ("Pokrovsk, Zoloti Prudy, and Novoiavlenka"), not "Israel and Hamas";
                # a name the model calls a person stays one beside a name the gazetteer lacks ("Julia X, Jason Y")
            a, b = (out[j][0], c) if j < i else (c, out[j][0])
            if _LIST_GAP.match(text[a.end:b.start]):
                out[i] = (c, "place", c.text)
                break
    # ... and the other way round: a full name the gazetteer lacks, tagged GPE in a list of people
    # ("Jerry Seinfeld, Julia Louis-Dreyfus, Jason Alexander"), is one of those people
    listed = list(out)
    for i, (c, kind, _value) in enumerate(listed):
        if kind != "place" or c.label not in ("GPE", "LOC") or " " not in c.text or places.candidates(c.text) \
                or not plausible_person(c.text):
            continue
        text = article.paragraphs[c.paragraph].text
        if evidence.locative(text[:c.start]) or re.search(r"\b[Tt]he\s+$", text[max(0, c.start - 4):c.start]):
            continue  # "In the Barkly Tableland, Paul X of Y Station": a district, then a person
        for j in (i - 1, i + 1):
            if not 0 <= j < len(listed) or listed[j][1] != "person" or listed[j][0].label != "PERSON" \
                    or listed[j][0].paragraph != c.paragraph or " " not in listed[j][0].text:
                continue
            a, b = (listed[j][0], c) if j < i else (c, listed[j][0])
            if _LIST_GAP.match(text[a.end:b.start]):
                out[i] = (c, "person", c.text)
                break
    return out


def _town(c: Cand) -> bool:
    """A settlement of the corpus's countries, or an unknown name the model tagged as a place."""
    found = places.candidates(c.text)
    if found:
        return all(p.kind == "city" and p.country_code in places.FOCUS for p in found)
    return c.label in ("GPE", "LOC")
