"""Words that name no place however a sentence uses them: languages, named days, months of other calendars.

"in Urdu", "in Ramazan", "at Easter" read like "in Lahore": the locative that is evidence for a town
(unproven.py) is no evidence here, and the gazetteer's namesakes ("Tamil" the town, "Somali" the
Ethiopian region) turn the word into a place and roll it up. Round 9 of issue 11 found such values in
the place facet of five archives (app_pk2025 "Urdu", "Ramazan"; tehrantimes2020 "Farvardin", "Khordad";
abc_rural "Easter"; scoop_nz2014 "Maori"; africa_newswire2022 and ieer1998 "Somali" -> Somali Region).

The classes come from maintained data, not from the archives: CLDR's English language names (babel, already
installed for dateparser), the named days the date tagger reads (indexer.dates.named_days), and the months
of the Islamic and Iranian calendars (a closed word class, as the Gregorian months are). A country by its
own name stays a place ("Nauru" is also a language).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from search.model import NO_FACET, Article

from . import switches
from .gazetteer import fold

# The months of the Islamic (Hijri) and Iranian (Solar Hijri) calendars in the romanisations English-language
# news of Pakistan, Iran and the Gulf writes. Short Iranian months that are also common words or names in
# English text ("Tir", "Dey", "Azar", "Aban", "Mehr", "Bahman") are left out: there the word is as often a
# news agency or a person.
OTHER_MONTHS = {
    "muharram", "safar", "rabi ul awwal", "rabi al awwal", "rabiul awwal", "rabi ul akhir", "rabi al thani",
    "rabi ul sani", "jumada al awwal", "jamadi ul awwal", "jumada al thani", "jamadi ul sani", "rajab", "shaban",
    "shaaban", "ramadan", "ramazan", "ramzan", "ramadhan", "shawwal", "zul qadah", "dhul qadah", "dhu al qadah",
    "zilqad", "dhul hijjah", "dhu al hijjah", "zul hijjah", "zilhaj", "zil hajj",
    "farvardin", "ordibehesht", "khordad", "mordad", "amordad", "shahrivar", "esfand",
}


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    from babel import Locale

    return frozenset(fold(name) for name in Locale("en").languages.values())


@lru_cache(maxsize=65536)  # per distinct string and label: asked for every place mention of an archive
def names_no_place(text: str, label: str = "") -> bool:
    """Whether ``text`` is a language, a named day or a month of another calendar rather than a place
    ("Urdu", "Easter", "Ramazan"). A word the gazetteer holds as a place keeps that reading ("Nauru", "Alabama",
    "Dakota" in a 19th-century paper), unless the model itself read it as a people or a language (NORP:
    "Somali" beside "a Somali counterpart" is no Ethiopian region). What is left is a word that only the
    locative "in" made a place."""
    from indexer.dates.named_days import NAMED_DAY_RE

    from .places import candidates

    key = fold(text)
    if not key:
        return False
    if key not in _languages() and key not in OTHER_MONTHS and not NAMED_DAY_RE.fullmatch(text.strip()):
        return False
    return label == "NORP" or not candidates(text)


def drop_place_words(articles: list[Article]) -> int:
    """Place mentions that are such words: labelled NO_FACET with no region or country (the mention stays,
    highlighted and searchable). Returns how many spans."""
    n = 0
    for a in articles:
        out = []
        done: set[tuple[int, int]] = set()
        for m in a.mentions:
            key = (m.paragraph, m.start)
            if m.kind == "place" and m.label not in (NO_FACET, "DATELINE") and names_no_place(m.text, m.label) \
                    and (m.country is None or m.label == "NORP"):  # a sentence that located it ("Fargo, Dakota") stands
                if key in done:
                    continue  # one mention per span once its regions are gone
                done.add(key)
                m.label, m.region, m.country = NO_FACET, None, None
                n += 1
            out.append(m)
        a.mentions = out
    return n


# Round 39: a word the archive writes in lower case at least this share as often as with a capital is a word of its
# language, not a place's name, when no sentence of the archive places it.
LOWER_SHARE = 0.5


def drop_lower_words(articles: list[Article]) -> int:
    """Place mentions of a one-word value that no mention of the archive places (no country, no region) and that the
    archive writes in lower case at least LOWER_SHARE as often as capitalised: labelled NO_FACET. "Leave" of the
    Brexit vote (13 articles of a British archive's dev part), "Insular", "Barbecue", "Khawarij" (the militants'
    "khawarij" in running text) were such places no gazetteer holds; a capital that a word takes opening a sentence
    or a title ("Gulf", "Pacific", "Highlands": a fifth as often in lower case or less) leaves the place standing.
    NEWSFACET_PLACE_LOWER=0 turns it off. Returns how many mentions."""
    if switches.get("NEWSFACET_PLACE_LOWER", "1") == "0":
        return 0
    placed: set[str] = set()
    words: set[str] = set()
    for a in articles:
        for m in a.mentions:
            if m.kind != "place" or m.label in (NO_FACET, "DATELINE"):
                continue
            if m.country or m.region:
                placed.add(m.value)
            elif m.value.isalpha() and m.value[:1].isupper() and not m.value.isupper():
                words.add(m.value)
    words -= placed
    if not words:
        return 0
    from .guards import trie
    from .person_words import lower_counts

    lower = lower_counts({w.lower() for w in words}, articles)
    capital = re.compile(r"\b(%s)\b" % trie(sorted(words)))  # (a prefix tree: an archive has hundreds of such words)
    upper = Counter(w for a in articles for p in a.paragraphs for w in capital.findall(p.text))
    common = {w for w in words if lower[w.lower()] >= LOWER_SHARE * max(upper[w], 1)}
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "place" and m.value in common and m.label not in (NO_FACET, "DATELINE"):
                m.label, m.region, m.country = NO_FACET, None, None
                n += 1
    return n
