"""Places the archive gives no evidence for, after linking: kept as place mentions, out of the place facet.

Round 7 of issue 11 counted, for each code path that admits a value, how often its top values were judged
right or wrong over all thirteen corpora (eval/entity_paths.py). The path "the model tagged it GPE and the
gazetteer has no such place" was wrong 86 times and right 109 (wrong more often than right on 8 corpora).
Among those, a name that no sentence of the archive places ("in X", "near X", "from X", "the village of X",
"X, Idaho", a dateline, an item of a list beside located places) and whose own words do not say what kind of
place it is ("Jackson county", "McMurdo Station") was a product, firm, team or show ("Gazprom", "Little
Britain", "Grand Slam") twice as often as a town (about 40 right, 86 wrong). Names the model tags LOC/FAC
(rivers, valleys, regions: "Murray River", "Eyre Peninsula") were right three times in four without such a
sentence, and keep their place; so does any value located by the gazetteer in some article.

Such a mention is labelled NO_FACET rather than deleted (round 7b): deleting it cost india_news2018 place
mention recall (.72 against spaCy's .76) though the span is a place name as often as not; labelled, it is
still highlighted and stored, and Article.entity_values leaves it out of the facet just the same.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET, Article

from . import corpus_words, evidence, switches
from .not_people import named_feature

# A name that says what kind of place it is: "Jackson county", "Ross Ice Shelf", "City of Washington",
# "Municipality of Livorno", "Friedrichstrasse" (with
# not_people.named_feature's "Darwin Harbour", "McMurdo Station"): 7 right, none wrong without other evidence.
_PLACE_HEAD = re.compile(r"(?:\s(?:[Cc]ounty|[Pp]rovince|[Dd]istrict|[Rr]egion|[Pp]arish|[Tt]ownship|[Bb]orough|Territory|"
                         r"Mountains|Shelf|Sea|Ocean|Lake|Empire|Kingdom|Republic|Street|Avenue|Road|Square)$|[a-z]stra(?:ss|ß)e$|"
                         r"^(?:City|Province|County|Republic|Kingdom|Isle|Lake|Mount|Municipality) of\s)")
# Labels that already are evidence for a place: the model's LOC/FAC, a dateline, a sentence that placed it.
PLACE_LABELS = frozenset({"LOC", "FAC", "DATELINE", evidence.LOCATED})


def sentence_places(para: str, m) -> bool:
    """Whether the mention's own sentence places it: "in X", "from X", "X, Idaho", "the village of X"."""
    from .place_mentions import settlement_before

    before = para[:m.start]
    return evidence.locative(before) or evidence.located(para, m) or settlement_before(before)


def drop_unplaced(articles: list[Article]) -> None:
    """Places with no country that neither the model's label nor any sentence of the archive shows to be a
    place (see the module docstring): labelled NO_FACET, so they stay mentions but are no facet value."""
    unlocated: set[str] = set()
    placed: set[str] = set()
    located: set[str] = set()  # ... by the gazetteer, in some article
    said: Counter = Counter()  # unlocated value -> its mentions only a sentence places ("from X")
    written: Counter = Counter()  # unlocated value -> its mentions
    at: Counter = Counter()  # unlocated value -> its mentions right after "at"
    for a in articles:
        listed = _listed_with_places(a)
        for m in a.mentions:
            if m.kind != "place":
                continue
            if m.country is not None:
                placed.add(m.value)  # a value with any located mention is a real place reading
                located.add(m.value)
                continue
            unlocated.add(m.value)
            written[m.value] += 1
            if m.value in placed:
                continue
            if m.label in PLACE_LABELS or _PLACE_HEAD.search(m.value) or named_feature(m.value) or id(m) in listed:
                placed.add(m.value)
            elif sentence_places(a.paragraphs[m.paragraph].text, m):
                said[m.value] += 1
            elif _AT.search(a.paragraphs[m.paragraph].text[max(0, m.start - 4):m.start]):
                at[m.value] += 1  # ("at Ibrox": a ground, too often so to be a body's thin reading)
    thin = _thinly_said(said, written, at, articles) - placed
    placed |= set(said) - thin
    _refile_small_acronyms(articles, unlocated - located)
    ordinary = _ordinary_words(articles, unlocated - located, _small_towns(located))
    doomed = (unlocated - placed) | ordinary
    doomed |= {v for v in unlocated - located if _street_word(v)}
    thin -= ordinary  # ("voted to Leave": an ordinary word is no body either)
    if doomed:
        for a in articles:
            for m in a.mentions:
                if m.kind == "place" and m.value in thin:
                    m.kind, m.label = "org", "ORG"  # (one entity, one facet: the archive's body)
                elif m.kind == "place" and m.value in doomed:
                    m.label = NO_FACET


# Round 54: a sentence alone places a name the archive writes often only in this share of its mentions at least
# (its mentions right after "at" counted with them).
SAID_SHARE = 1 / 4
_AT = re.compile(r"\bat\s+$")


def _thinly_said(said: Counter, written: Counter, at: Counter, articles: list[Article]) -> set[str]:
    """Those unlocated values some sentence places ("from X", "in X") that the archive files as a body elsewhere,
    placed so in less than SAID_SHARE of their mentions (NEWSFACET_SAID_SHARE=0: none). A tech paper's "rent a
    station directly from Nvidia" once among Nvidia's 64 mentions tagged GPE (15 articles; five more mentions tagged
    ORG, in the organisation facet) says nothing of a place called Nvidia: those mentions are the body's (one entity,
    one facet). An unlisted village is "in X" in most of its few mentions, and no body's name; a ground is "at X" (a
    football archive's "a shock win at Ibrox", "The Ibrox side": the ground stays a place)."""
    if switches.get("NEWSFACET_SAID_SHARE", "1") == "0":
        return set()
    thin = {v for v, k in said.items() if k + at[v] < SAID_SHARE * written[v]}
    if not thin:
        return thin
    return {m.value for a in articles for m in a.mentions
            if m.kind == "org" and m.label != NO_FACET and m.value in thin}


# Round 49: the word for a street or a road in the languages news copy leaves untranslated, which the model tags as
# a place alone ("a restaurant in [Jalan] Sultan Yusof", "[Calle] Mayor"): no place of its own, whatever the
# sentence says. NEWSFACET_STREET_WORDS=0: read as any other unlocated name.
_STREET_WORDS = {"jalan", "jln", "lorong", "lebuh", "persiaran", "lebuhraya", "calle", "avenida", "rua", "rue", "via",
                 "strasse", "soi", "thanon", "ulitsa", "sokak", "caddesi", "cadde"}


def _street_word(value: str) -> bool:
    from .gazetteer import fold

    return fold(value) in _STREET_WORDS and switches.get("NEWSFACET_STREET_WORDS", "1") != "0"


# Round 30: a single word the archive writes in lower case (ORDINARY_LOWER times, and at least as often as
# capitalised) is an ordinary word wherever it is capitalised ("Leave" of the referendum, "Province", "States",
# "Landmark", "Police athletes", "1156 High Street" cut to "Street"), whatever a sentence seems to say ("voted to
# Leave") and whatever village shares it (Police in Poland, Street in Bolivia, Purchase in New York): no place value
# unless it is a part of the world, a country, a first-level region or a town of SMALL_TOWN people or more ("Reading",
# "Nice", "Derby" stay). NEWSFACET_ORDINARY_PLACES=0 turns it off.
ORDINARY_LOWER = 3
SMALL_TOWN = 100_000


def _small_towns(values: set[str]) -> set[str]:
    """Those of the located single-word ``values`` no country, region or town of SMALL_TOWN people is named."""
    from . import places

    return {v for v in values if " " not in v and v.isalpha() and v[:1].isupper() and not v.isupper()
            and not any(p.kind != "city" or p.population >= SMALL_TOWN for p in places.candidates(v))}


def _ordinary_words(articles: list[Article], values: set[str], towns: set[str]) -> set[str]:
    """Those of the unlocated ``values`` and the small ``towns`` the archive writes as ordinary words: in lower case
    ORDINARY_LOWER times or more, and at least as often as capitalised (a town: at least half as often, "Police" of
    every "Police said" is a body's word, "police" no less ordinary)."""
    if switches.get("NEWSFACET_ORDINARY_PLACES", "1") == "0":
        return set()
    from .macro_regions import is_macro
    from .small_places import _english_words

    values = values | towns

    english = _english_words()  # (an ordinary word is a word of English: one pass over the text for those only)
    words = {v for v in values if " " not in v and v.isalpha() and v[:1].isupper() and not v.isupper()
             and v.lower() in english and not is_macro(v)}
    if not words:
        return set()
    # (only a word's lower case and its capitalised form as valued are read: the archive's word counts hold both;
    # every word here is letters only)
    seen = corpus_words.written({w.lower() for w in words} | words, articles)
    return {v for v in words if seen.get(v.lower(), 0) >= max(ORDINARY_LOWER, seen.get(v, 0) / (2 if v in towns else 1))}


def _refile_small_acronyms(articles: list[Article], unlocated: set[str]) -> None:
    """Round 23: a body's acronym written as a word ("Ukip", "Pharmac", "Nato" in British style) that the model
    tagged GPE and the gazetteer never located, where the archive files the capitals as an org value ("UKIP"): that
    body, one entity in one facet (ukpress2016's dev part had "Ukip" as a place in 18 articles)."""
    small = {v for v in unlocated if len(v) >= 3 and v.isalpha() and v[:1].isupper() and v[1:].islower()}
    if not small:
        return
    bodies = {m.value for a in articles for m in a.mentions if m.kind == "org" and m.label != NO_FACET}
    # (an acronym, not a headline's capitals: written in capitals after a lower-case word somewhere, "the UKIP
    # leader", and never in lower case -- "BACKGROUND" beside "background", a headline's "BREXIT" are no acronyms)
    small = {v for v in small if v.upper() in bodies}
    if small:
        words = re.compile(r"(?<![\w’'.\-])(%s)\b" % "|".join(sorted(re.escape(v.lower()) for v in small)
                                                                  + sorted(re.escape(v.upper()) for v in small)))
        lower, inside = set(), set()
        for a in articles:
            for p in a.paragraphs:
                for m in words.finditer(p.text):
                    w = m.group(1)
                    if w.islower():
                        lower.add(w[:1].upper() + w[1:])
                    elif re.match(r"[a-z,] ", p.text[max(0, m.start() - 2):m.start()]):
                        inside.add(w[:1] + w[1:].lower())
        small = small & inside - lower
    refile = {v: v.upper() for v in small}
    for a in articles if refile else ():
        for m in a.mentions:
            if m.kind == "place" and m.value in refile:
                m.kind, m.value, m.region, m.country = "org", refile[m.value], None, None


# Between two items of a list: "Croatia, Bosnia, and Kosovo", "Africa, Oceania and the Americas", "from Cyprus to
# Palestine".
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or|to)\s+(?:the\s+)?|,\s*and,?\s+)$")


def _listed_with_places(article: Article) -> set[int]:
    """ids of place mentions listed right beside a place the gazetteer located: an item of a list of places
    is one too ("Croatia, Bosnia, and, most recently, Kosovo" is not such a list, and is not needed)."""
    places = sorted((m for m in article.mentions if m.kind == "place"), key=lambda m: (m.paragraph, m.start))
    out: set[int] = set()
    for a, b in zip(places, places[1:]):
        if a.paragraph != b.paragraph or (a.country is None) == (b.country is None):
            continue
        if _LIST_GAP.match(article.paragraphs[a.paragraph].text[a.end:b.start]):
            out.add(id(b) if a.country else id(a))
    return out
