"""Gazetteer scan: place names the NER model missed entirely (no span at all).

Only names that are safe without a label are taken: countries, first-level regions, cities of Ukraine and
Russia above SCAN_MIN_POP, and any gazetteer settlement the text itself calls a village or town. Short
keys must be written in capitals ("US", "UK") so "Us" opening a quote is not the United States.
"""
from __future__ import annotations

import re

from . import country_surnames, sports_listings, team_names
from .gazetteer import first_words, fold, lookup
from .guards import guarded
from .surname_bearers import other_bearer

SCAN_MIN_POP = 50_000
MAX_WORDS = 4
_WORDS = re.compile(r"[\w\-]+(?: [\w\-]+)*")  # words with one space between (compiled once: asked per token)
_TOKEN = re.compile(r"[A-ZА-ЯІЇЄҐ][\w\-]*|\b[a-z]+\b")
_SETTLEMENT_BEFORE = guarded(r"\b(?:villages?|towns?|settlements?|city|cities)\s+of\s+(?:[\w’'\-]+,?\s+(?:and\s+)?)*$")
# Capitalised words after a place name that make it part of a longer proper name ("Kyiv Independent").
_FOLLOWER_OK = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                          r"March|April|May|June|July|August|September|October|November|December|President|"
                          r"Prime|Defense|Defence|Foreign|Governor|Gov|Mayor)\b")


def _safe(name: str, text: str, start: int, regions: set[str]) -> bool:
    entries = lookup(name)
    if not entries:
        return False
    if len(name) <= 3 and not name.isupper():
        return False
    if any(p.kind == "city" and p.region in regions for p in entries):
        return True  # a village of the oblast this paragraph is about
    for p in entries:
        if p.kind == "region" and p.country_code not in ("UA", "RU") and " " not in name:
            continue  # "Victoria", "Georgia", "Bono": one-word world regions are also names; the model's label decides
        if p.kind in ("country", "region", "multi", "natural"):
            return True
        if p.country_code in ("UA", "RU") and p.population >= SCAN_MIN_POP:
            return True
    return bool(_SETTLEMENT_BEFORE.search(text[:start])) and any(p.country_code in ("UA", "RU") for p in entries)


def _first_key(word: str) -> str:
    """``fold(word)``'s first word, for a token of word characters and hyphens: an ASCII one is its lower case up to
    a hyphen (fold only lower-cases it and splits at hyphens), without a fold per new word of every paragraph."""
    return word.lower().split("-", 1)[0] if word.isascii() else fold(word).split(" ", 1)[0]


def scan_text(text: str, covered: list[tuple[int, int]], regions: set[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of safe gazetteer names in ``text`` outside the ``covered`` ranges."""
    tokens = list(_TOKEN.finditer(text))
    hits: list[tuple[int, int]] = []
    opens = first_words()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group()
        # (a word that opens no gazetteer name opens no hit: most capitalised words of a paragraph; nor does a run
        # of more words than the longest name it opens)
        longest = opens.get(_first_key(word)) if word[0].isupper() else None
        if not longest or any(a <= tok.start() < b for a, b in covered):
            i += 1
            continue
        for n in range(min(MAX_WORDS, longest, len(tokens) - i), 0, -1):
            last = tokens[i + n - 1]
            if any(a < last.end() and tok.start() < b for a, b in covered):
                continue
            gap = text[tok.start():last.end()]
            if "\n" in gap or not _WORDS.fullmatch(gap):
                continue
            if not _safe(gap, text, tok.start(), regions):
                continue
            if team_names.after_team_word(text, tok.start()):
                break  # round 44: "Team Argentina" is a squad
            prv = tokens[i - 1] if i else None
            if prv and prv.end() + 1 == tok.start() and prv.group()[0].isupper() and text[prv.end()] == " " \
                    and (prv.group().isupper() or tok.group().isupper()):
                continue  # "NEW JERSEY" is not Jersey: an upper-case word glued to the one before it
            nxt = tokens[i + n] if i + n < len(tokens) else None
            if nxt and nxt.start() == last.end() + 1 and nxt.group()[0].isupper() \
                    and not _FOLLOWER_OK.match(nxt.group()):
                continue  # part of a longer name the gazetteer does not know
            hits.append((tok.start(), last.end()))
            i += n - 1
            break
        i += 1
    return hits


def _by_paragraph(covered_mentions) -> dict[int, list[tuple[int, int]]]:
    by_para: dict[int, list[tuple[int, int]]] = {}
    for pi, a, b in covered_mentions:
        by_para.setdefault(pi, []).append((a, b))
    return by_para


def scan_places(article, covered_mentions, para_regions=None, listing_page: bool = False) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) for every safe place name not already covered by a mention.
    ``para_regions``: regions each paragraph names, whose villages are safe to take there."""
    by_para = _by_paragraph(covered_mentions)
    out = []
    for pi, para in enumerate(article.paragraphs):
        regions = (para_regions or {}).get(pi, set())
        for a, b in scan_text(para.text, by_para.get(pi, []), regions):
            if not sports_listings.in_listing(para.text, a, listing_page):  # round 63: a listing's "Texas" is a team
                out.append((pi, a, b))
    return out


def scan_people(article, covered_mentions, names: dict[str, str]) -> list[tuple[int, int, int, str]]:
    """(paragraph, start, end, full name) for the article's own people the model did not tag
    ("Sybiha thanked Germany"): ``names`` maps each surname or full name as written to the full name."""
    if not names:
        return []
    # (a flat alternation, longest name first, behind a lookahead on the names' first letters: the same matches as
    # the guarded prefix tree, and for an article's handful of names about twice as fast to build, which is here
    # the whole cost -- the pattern is new for every article)
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    alts = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    pattern = re.compile(r"(?=[%s])\b(?:%s)\b(?![\w\-])" % (firsts, alts))
    by_para = _by_paragraph(covered_mentions)
    out = []
    for pi, para in enumerate(article.paragraphs):
        spans = by_para.get(pi, [])
        for m in pattern.finditer(para.text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                if " " not in m.group() and other_bearer(para.text[:m.start()], names[m.group()]):
                    continue  # "said Pradip Poudel": another Poudel than the article's Ram Chandra Poudel
                if " " not in m.group() and not country_surnames.links("GPE", m.group(), para.text[:m.start()],
                                                                        para.text[m.end():m.end() + 20], names[m.group()]):
                    continue  # round 55: "University of Zimbabwe" is no "ED Mnangagwa Zimbabwe"
                out.append((pi, m.start(), m.end(), names[m.group()]))
    return out
