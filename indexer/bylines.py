"""The author facet's producer: the reporters an article's byline credits, as normalised names.

Inputs are what extraction kept (never spaCy): ``Article.byline`` -- a text file's "By X and Y" line, an
HTML page's author (trafilatura reads <meta name=author>, article:author, JSON-LD author and the page's
byline markup, and joins several with "; "), a JSONL record's byline/author field -- and, when that is
empty, a "By X" line opening the body, or a byline the lead opens with inline (extract/lead_byline.py: "By Henry
Umoru – Abuja The Federal Government ..."), or else the reporters of a wire's credit line (extract/credit_line.py:
"(Reporting by Jane Doe in London; Editing by John Roe)", "AP writer Jane Doe contributed to this report").
Comment authors never reach it: text files take the byline from the head only and trafilatura discards comment
sections before it looks for authors.

A byline mixes people with agencies, outlets and roles ("By JANE DOE, Associated Press", "Reuters staff",
"Jane Doe | Senior correspondent"). Only people become values: parts naming an agency or the article's
own outlet, desks and roles are left out (the outlet is the source facet already), and a part must look
like a personal name (two to five name words, no digits, no handle or address).
"""
from __future__ import annotations

import re
import unicodedata

from search.model import Article

from .extract.credit_line import reporters
from .extract.lead_byline import inline_byline
from .extract.lines import parse_byline, parse_staff_line

# News agencies and wire services: a byline part naming one is a credit, not a reporter.
AGENCIES = frozenset(s.casefold() for s in (
    "AP", "Associated Press", "The Associated Press", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse",
    "Agence France Presse", "ANI", "Asian News International", "PTI", "Press Trust of India", "IANS", "UPI",
    "United Press International", "Bloomberg", "Bloomberg News", "dpa", "Deutsche Presse-Agentur", "EFE", "ANSA",
    "Xinhua", "TASS", "RIA Novosti", "Interfax", "Interfax-Ukraine", "Ukrinform", "UNIAN", "Kyodo", "Kyodo News",
    "Yonhap", "AAP", "Australian Associated Press", "CP", "The Canadian Press", "Canadian Press", "PA",
    "PA Media", "Press Association", "NTB", "TT", "APA", "Anadolu", "Anadolu Agency", "WAFA", "KUNA", "SPA",
    "Bernama", "Antara", "CNA", "NHK", "BBC", "CNN", "Al Jazeera", "Newsroom", "Staff", "Wire", "Wires",
    "News Desk", "Web Desk", "Editorial Board", "Editorial", "Editors", "The Editors", "Agencies",
))
# Words that make a part a desk, an outlet or a role rather than a person.
_NOT_A_NAME = re.compile(
    r"\b(?:staff|desk|team|news|newsroom|agency|agencies|editor(?:s|ial)?|correspondents?|reporters?|writers?|"
    r"contributors?|columnist|journalist|bureau|service|press|media|times|post|daily|herald|tribune|journal|"
    r"magazine|radio|television|tv|online|report|wire|network|group|inc|ltd|llc|company|university|"
    r"photograph(?:er|y)|photos?|video|graphics|illustration|updated|published|comments?|admin|guest|"
    r"author|about|view|profile|posts?|follow|twitter|facebook|email|senior|chief|associate|deputy|"
    r"special|political|foreign|national|international|global|business|sports|opinion|founder|ceo|owner|"
    r"developer|engineer|designer|blogger|blog|podcast|productions?|studios?|design|content|code|subscribe|"
    r"share|read|more|login|log|webmaster)\b", re.I)
# Separators between people and credits; " and "/"&" between two people.
_SPLIT = re.compile(r"\s*(?:;|\||\u2022|,|/|\s+and\s+|\s*&\s*|\s+with\s+)\s*", re.I)
# Labels in front of the names ("By", "Written by", "Author:", "View all posts by").
_LEAD = re.compile(r"^\s*(?:(?:(?:written|reported|reporting|words|text|story|compiled|posted|published|"
                   r"view\s+all\s+posts|more\s+from)\s+)?by\b|authors?\b|name\b)[:\s]*", re.I)
# Credits that are not authorship: everything from "Reviewed by" / "Edited by" / "Photos by" on is dropped.
_NOT_AUTHORSHIP = re.compile(r"\b(?:reviewed|edited|editing|fact[- ]?checked|illustrat\w*|photos?|photographs?|"
                             r"images?|graphics|video|produced|updated|additional\s+reporting)\s+by\b.*$", re.I)
# Words that begin a job title or a label after a name in one byline part, and months that begin a date; cut
# there, never a reason to drop a part alone (a surname can be "Head" or "May").
_ROLE_WORD = re.compile(r"(?:manager|director|specialist|analyst|officer|consultant|coordinator|strategist|lead|"
                        r"head|marketing|sales|seo|product|research|researcher|scientist|professor|lecturer|"
                        r"expert|advisor|adviser|partner|president|vp|cto|cfo|coo|cmo|your|our|my|is|was)[.,:]?", re.I)
_MONTH_WORD = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[.,]?", re.I)
_NAME_MONTHS = frozenset(("may", "june", "april", "august"))  # also given names and surnames
# The words of _NOT_A_NAME that follow a name as its label ("Mateusz Haberny Founder"); not its organisation
# words, which go on a body's name ("Lawrence Berkeley National Laboratory" is no "Lawrence Berkeley").
_LABEL_WORD = re.compile(r"(?:author|founder|co-founder|senior|reporter|editor|writer|columnist|correspondent|"
                         r"contributor|journalist|staff|chief|ceo|owner|associate|deputy|see|view|read|follow|"
                         r"subscribe|updated|published)[.,:]?", re.I)
_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+", re.I)
# Credentials and letters after a name ("Jane Doe MD", "Elle Penner M P H"), and the British ones: seats
# ("Jane Doe MP", "MSP", "MEP"), silks ("QC", "KC"), honours ("OBE") and fellowships ("FRSA"), "MW" (a Master of
# Wine, "Sarah Knowles MW" in a wine merchant's byline).
_CREDENTIAL = re.compile(r"^(?:[A-Z]\.?|MD|PhD|Ph\.D\.?|DVM|RN|RD|MPH|MBA|CPA|Esq\.?|JD|MSc|BSc|MS|MA|DO|"
                         r"LCSW|CFP|CFA|MP|MSP|AM|MLA|MEP|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|FRS|FRSA|FRCP|FRCS|"
                         r"MW|CEng)$")
# "X in Kyiv", "X for The Guardian", "X (AP)": what follows a name in a byline without being part of it.
_TAIL = re.compile(r"\s+(?:in|at|for|from)\s+[A-Z].*$|\s*\(.*?\)\s*$|\s*[-\u2013\u2014:]\s+.*$")
_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "di", "del", "della", "der", "den", "van", "von", "la",
                        "le", "du", "bin", "binti", "ibn", "al", "el", "y", "ter", "ten"))
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'\u2019.-]*|[^\W\d_]\.)$")
MAX_AUTHORS = 8
HEAD_WORDS = 15  # a paragraph longer than this is the story, not its head (kicker, standfirst, byline)


def authors(article: Article) -> list[str]:
    """Distinct normalised names of the people an article's byline credits, in byline order."""
    raw = article.byline
    if not raw:
        for p in article.paragraphs[:3]:  # a "By X" line above the story (headline furniture), never in it
            if found := parse_byline(p.text or "") or parse_staff_line(p.text or ""):  # round 52: "Jane Doe, AP"
                raw = found
                break
            if len(p.text.split()) > HEAD_WORDS:  # the prose has started
                break
    if not raw and article.paragraphs and (inline := inline_byline(article.paragraphs[0].text)):
        raw = " and ".join(inline.names)  # "By Henry Umoru – Abuja The Federal ...": the lead opens with it (round 48)
    if not raw:  # a wire's credit line: "(Reporting by Jane Doe in London; Editing by ...)" (round 51)
        raw = "; ".join(name for p in article.paragraphs for name in reporters(p.text))
    if not raw:
        return []
    outlets = {s.casefold() for s in (article.source, article.site) if s}
    out: dict[str, None] = {}
    for part in split_byline(raw):
        name = person_name(part, outlets)
        if name:
            out.setdefault(name, None)
    return list(out)[:MAX_AUTHORS]


def split_byline(raw: str) -> list[str]:
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub(r"\s+", " ", text).strip()
    text = _LEAD.sub("", text)
    return [p for p in _SPLIT.split(text) if p and p.strip()]


def person_name(part: str, outlets: set[str] = frozenset()) -> str | None:
    """The person a byline part names, cased as a name, or None for an agency, outlet, role or noise."""
    part = _NOT_AUTHORSHIP.sub("", _LEAD.sub("", part.strip()))
    part = _TAIL.sub("", part).strip(" .,:;-\u2013\u2014'\"\u201c\u201d")
    part = _before_role(part)
    folded = part.casefold()
    if not part or folded in AGENCIES or folded in outlets or _NOT_A_NAME.search(part):
        return None
    if any(c.isdigit() or c in "@#<>=/\\" for c in part) or "http" in folded or "www." in folded:
        return None
    words = _HONORIFIC.sub("", part).split()
    while words and _CREDENTIAL.match(words[-1]):
        words.pop()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if words[0].casefold() == "the" or not any(len(w.rstrip(".")) > 1 for w in words):  # "The Ritualist"
        return None
    if not words[0][0].isupper() or not words[-1][0].isupper():  # "by the way", "by our reporter"
        return None
    return " ".join(_case(w, first=i == 0) for i, w in enumerate(words))


def _before_role(part: str) -> str:
    """"Irena Nowak Marketing Manager", "Keith Barry Senior Autos Reporter", "Laura Kennedy July" (a date cut
    off), "Allyn Jayawon Author Allyn is ...": the name before the first word of a role, a label or a date,
    when two name words or more come first; else the part as it was (so "April Ryan", "John Head" stay)."""
    words = part.split()
    for i, w in enumerate(words[2:], start=2):
        month = _MONTH_WORD.fullmatch(w)
        if month and w.casefold().rstrip(".,") in _NAME_MONTHS and not (i + 1 < len(words) and words[i + 1][:1].isdigit()):
            break  # "Mary Ann May": a surname, unless a day follows ("May 3, 2024")
        role = month is not None or _ROLE_WORD.fullmatch(w) is not None
        if role or _LABEL_WORD.fullmatch(w):
            head = words[:i]
            # A label word ("Editor", "Team", "more") often ends a longer label ("Trending Editor", "ACO Rankings
            # Team", "See more"): after one, only a two-word name of no acronym is taken.
            if (len(head) <= (3 if role else 2)
                    and all(_NAME_WORD.match(x) and x[0].isupper() and not (x.isupper() and len(x) > 1) for x in head)):
                return " ".join(head)
            break
    return part


def _case(word: str, first: bool) -> str:
    """A word of a name as a name is written: SHOUTED bylines ("ILLIA NOVIKOV") are re-cased, mixed case
    is kept as written (McCartney, DeSantis, van der Berg)."""
    if not (word.isupper() and len(word) > 1 and sum(c.isalpha() for c in word) > 1):
        return word
    lower = word.lower()
    if not first and lower in _PARTICLES:
        return lower
    cased = re.sub(r"(^|[-'\u2019])(\w)", lambda m: m.group(1) + m.group(2).upper(), lower)
    if len(cased) > 3 and cased.startswith("Mc"):
        cased = "Mc" + cased[2].upper() + cased[3:]
    return cased
