"""Roll-ups from nothing: a place that alone brings a foreign country into its article, on no evidence of a place.

A place mention puts its region and country in the facets. When it is the article's only road to a country
that is not the archive's home country, a wrong reading invents a country the story never mentions: "Bar"
(the bar association) -> Montenegro, "PEC" (an engineering council) -> Kosovo, "OIO" (an investment office)
-> Guinea-Bissau, "Tara" (a woman named elsewhere in the article) -> Omsk, "Human" (rights) -> Uman, Ukraine.
Such a lone foreign roll-up keeps its mention (highlighted, searchable, labelled NO_FACET) but gives no place,
region or country value when the name carries evidence of being something else:
- an acronym: a short all-capitals word the model did not read as a place;
- a common word: the archive writes it in lower case at least as often as capitalised inside a sentence
  ("bar", "human", "metro", "green"), unless a reading is a capital or a world city;
- a given name: its own article names a person whose name begins with it ("Tara Smith" ... "Tara");
- a surname: its own article names a person whose name ends with it ("Anthony Foley" ... "Foley" -> Foley,
  Alabama; "Gordon Henderson" ... "Henderson" -> Nevada), whatever the model's label, unless the reading is a
  capital or a world city the model read as a place ("George Washington" ... "Washington" may be the city;
  round 20, NEWSFACET_SURNAME_ROLLUPS=0 turns it off);
- the model's reading: it called the span an organisation, a person, a product or a people, and never called
  that name a place anywhere in the archive ("Bar" of the Bar Council, "Alexandria" a daughter, "Copenhagen"
  the summit). Sparing big cities here (population >= 100,000 or 1,000,000) was measured and lost precision
  on the leave-one-corpus-out check for every corpus: the model's consistent reading is the better evidence.
A place that is the home country's, a country named by itself, or one whose article names another place in
the same country is never touched: the article talks about that country anyway; nor one its sentence places
("in X", "near X", "X, Indiana").
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET, Article

from . import places, switches
from .evidence import comma_region, locative
from .gazetteer import is_capital

_WORD = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b([A-Za-z][a-z’'\-]+)\b", re.M)
LOWER_SHARE = 1.0  # a common word: lower-case uses at least this many times the capitalised ones
_ACRONYM = re.compile(r"[A-Z]{2,4}")  # "PEC", "OIO", "REN"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATELINE", "GAZETTEER"})
WEAK_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "NORP"})


class _WordCases:
    """Lower-case and capitalised counts of a word inside sentences (a sentence's first word is either), counted
    when a roll-up asks for them: a few words per archive, not every word of it. A paragraph without the word's
    letters after its first has no token of it (the tokens' tails are lower case), so only the others are read."""

    ASKED_APART = 32  # words counted one by one; past them, every word of the archive is counted in one pass

    def __init__(self, articles: list[Article]):
        self._texts = [p.text for a in articles for p in a.paragraphs]
        self._known: dict[str, tuple[int, int]] = {}
        self._all: tuple[Counter, Counter] | None = None

    def __call__(self, key: str) -> tuple[int, int]:
        """(lower-case, capitalised) uses of the lower-case word ``key``."""
        if self._all is None and len(self._known) >= self.ASKED_APART:
            low_words: list[str] = []  # (collected, then counted at once)
            cap_words: list[str] = []
            for text in self._texts:
                words = _WORD.findall(text)
                low_words += [w for w in words if w[0].islower()]  # (all in lower case: the pattern's tail is)
                cap_words += [w.lower() for w in words if not w[0].islower()]
            self._all = Counter(low_words), Counter(cap_words)
        if self._all is not None:
            return self._all[0][key], self._all[1][key]
        if key not in self._known:
            low = cap = 0
            for text in self._texts:
                if key[1:] in text:
                    for w in _WORD.findall(text):
                        if w == key:
                            low += 1
                        elif not w[0].islower() and w.lower() == key:
                            cap += 1
            self._known[key] = (low, cap)
        return self._known[key]


def _acronym(m) -> bool:
    """"PEC" tagged ORG; not a city the model read as a place, written in capitals ("ROME", "DILI")."""
    return m.label not in PLACE_LABELS and bool(_ACRONYM.fullmatch(m.text))


def _common_word(m, cases: _WordCases) -> bool:
    key = m.text.lower()
    if " " in key:
        return False
    lower, upper = cases(key)
    if not lower or lower < LOWER_SHARE * upper:
        return False
    return not any(p.kind == "city" and (is_capital(p) or p.population >= places.WORLD_CITY)
                   for p in places.candidates(m.text))


def _given_name(m, given: set[str]) -> bool:
    """A name the model did not read as a place ("Tara" tagged PERSON); a country by its own name only when
    the model read it as a person ("Chad")."""
    if m.label in PLACE_LABELS or m.value == m.country and m.label != "PERSON":
        return False
    return " " not in m.text and m.text in given



def _surname(m, surnames: set[str]) -> bool:
    if " " in m.text or m.text not in surnames or switches.get("NEWSFACET_SURNAME_ROLLUPS", "1") == "0":
        return False
    if m.value == m.country:
        return m.label == "PERSON"  # a country by its own name: only where the model read a person ("Jordan")
    if m.label not in PLACE_LABELS:
        return True
    return not any(p.kind == "city" and (is_capital(p) or p.population >= places.WORLD_CITY)
                   for p in places.candidates(m.text))


def _never_a_place(m, read_as_place: set[str]) -> bool:
    return m.label in WEAK_LABELS and m.text not in read_as_place and m.value != m.country


def _given_names(article: Article) -> set[str]:
    """First words of the article's multi-word person values ("Tara" of "Tara Smith")."""
    return {m.value.split()[0] for m in article.mentions if m.kind == "person" and " " in m.value}


def _surnames(article: Article) -> set[str]:
    """Last words of the article's multi-word person values ("Foley" of "Anthony Foley")."""
    return {m.value.split()[-1] for m in article.mentions if m.kind == "person" and " " in m.value
            and m.label != NO_FACET}


def drop_lone_rollups(articles: list[Article], home: list[str | None] | None = None, log: list | None = None) -> dict[str, int]:
    """Lone foreign roll-ups with evidence of a non-place (see the module docstring): NO_FACET, no region, no
    country. ``home``: each article's home country (archive.home_countries); returns counts per evidence
    (``log``, when given, receives each mention dropped)."""
    if home is None:
        from .archive import home_countries

        home = home_countries(articles)[0]
    cases = _WordCases(articles)
    read_as_place = {m.text for a in articles for m in a.mentions if m.kind == "place" and m.label in PLACE_LABELS}
    counts: Counter = Counter()
    for a, h in zip(articles, home):
        values: dict[str, set[str]] = {}
        for m in a.mentions:
            if m.kind == "place" and m.country and m.label != NO_FACET:
                values.setdefault(m.country, set()).add(m.value)
        given = _given_names(a)
        surnames = _surnames(a)
        out = []
        done: set[tuple[int, int]] = set()
        for m in a.mentions:
            key = (m.paragraph, m.start)
            if m.kind == "place" and key in done:
                continue  # the span's other regions went with it
            if m.kind != "place" or not m.country or m.label == NO_FACET or m.country == h \
                    or values.get(m.country, set()) - {m.value}:
                out.append(m)
                continue
            para = a.paragraphs[m.paragraph].text
            if comma_region(para[m.end:]) or locative(para[:m.start]):
                out.append(m)  # the sentence places it: "in Evansville, Indiana", "near Tara"
                continue
            why = "acronym" if _acronym(m) and m.value != m.country else \
                "common word" if m.value != m.country and _common_word(m, cases) else \
                "given name" if _given_name(m, given) else \
                "surname" if _surname(m, surnames) else \
                "model" if _never_a_place(m, read_as_place) else None
            if why is None:
                out.append(m)
                continue
            counts[why] += 1
            if log is not None:
                log.append((why, m.text, m.label, m.value, m.region, m.country))
            done.add(key)
            m.label, m.region, m.country = NO_FACET, None, None
            out.append(m)
        a.mentions = out
    return dict(counts)

