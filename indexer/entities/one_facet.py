"""One entity, one facet: a name an article uses is a person, an organisation or a place, not two of them.

The small model labels the same word differently from sentence to sentence ("Chelsea" ORG, GPE and PERSON
in one match report; "Labour" ORG five times and PERSON once). Each mention is first classified on its own
(tagger.py); this post-pass then takes one vote per name over the whole article and files every mention of
it under the winner. Each mention's own reading is one vote; context that settles the question counts
more: an honorific before it ("Mr"), an organisation word after it ("party", "club", "boss", "shares"),
an organisation word closing the name itself ("Manchester United", "Labour Party"), a full name of the
article it abbreviates. Awards and competitions ("Oscar", "Champions League") are none of the three facets
(as in CoNLL, where they are MISC) and are dropped.

``corpus_consistency`` does the same across articles for bare one-word names (the corpus pass): a word
filed as a person in an article with no personal evidence there, but an organisation or a place in at
least as many articles elsewhere, takes that reading.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import name_titles, orgs, person_edges, place_types, places, switches
from .gazetteer import fold
from .guards import may_end
from .legal_forms import FIRM_CLOSING, GROUP_WORDS, LEGAL_FORMS

# A name ending in one of these words names a body, not a person ("Manchester United", "Bolton Wanderers",
# "Labour Party", "General Motors", "Deutsche Bank").
_ORG_LAST = {
    "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "fc", "afc", "rfc", "city", "county",
    "party", "bank", "group", "corp", "corporation", "inc", "ltd", "plc", "llc", "co", "company", "holdings",
    "motors", "airways", "airlines", "industries", "systems", "technologies", "electronics", "telecom",
    "pharmaceuticals", "energy", "oil", "petroleum", "council", "association", "federation", "union",
    "committee", "commission", "institute", "university", "college", "school", "agency", "ministry",
    "department", "office", "service", "services", "church", "club", "society", "foundation", "fund", "trust",
    "board", "network", "networks", "communications", "media", "news", "records", "studios", "pictures",
    "entertainment", "police", "army", "navy", "court", "parliament", "assembly", "congress", "senate",
    "front", "movement", "alliance", "league", "brigade", "brigades", "authority", "exchange", "reserve",
    # what a company mines, makes or does, closing its name ("Arch Coal", "Atlas Iron", "Snowy Hydro"): words
    # nobody has for a surname ("Steel", "Gold", "Silver" are surnames too)
    "coal", "iron", "hydro", "mining", "minerals", "metals", "resources", "growers", "producers", "limited",
    "chemicals", "foods", "brewing", "breweries", "cement", "shipping", "logistics", "telecoms", "insurance",
    "securities", "investments", "ventures", "properties", "realty",
    # a shop or a trade closing a firm's name ("Leon Hardware", "Au Bon Marché Supermarket"): nobody's surname
    "hardware", "supermarket", "supermarkets", "pharmacy", "bakery", "trading", "enterprises", "construction",
    "engineering", "consultants", "electrical", "plumbing", "furniture", "traders", "transport", "aviation",
    "stores", "solutions",
    # round 53: more trades closing a firm's name the model tags PERSON ("Abbott Labs", "Angel Broking", "Reliance
    # Jio Infocomm"): nobody's surname either
    "labs", "laboratories", "broking", "brokerage", "infocomm", "infotech", "software", "pharma", "biotech",
    "therapeutics", "motor", "automotive", "semiconductor", "semiconductors", "textiles", "fintech", "bancorp",
    "telecommunications", "robotics", "apparel", "cosmetics", "beverages", "distilleries",
} | FIRM_CLOSING  # (round 61: every legal form that is no syllable of a name: "Merck KGaA", "Nokia Oyj")
# What closes the name of a body named after a person or a term of office ("Clinton Foundation", "Obama
# Administration", "Assad Regime", "Goldwater Institute"): the bare name beside it is the person's.
_NAMED_FOR_A_PERSON = {"foundation", "administration", "regime", "institute", "presidency", "doctrine", "library",
                       "museum", "center", "centre", "memorial", "prize", "award", "dynasty", "government", "era"}


def _after_people() -> bool:
    """NEWSFACET_NAMED_FOR_PEOPLE=0: a bare word opening any body's name in its article is that body (before
    round 31)."""
    return switches.get("NEWSFACET_NAMED_FOR_PEOPLE", "1") != "0"


# A name that is an award or a competition: not a person, an organisation or a place.
_EVENT_LAST = re.compile(r"\s(?:Cup|Championships?|Olympics|Games|Grand Prix|Trophy|Awards?|Prize|Festival|"
                         r"Open|Marathon|Bowl|Series|Tournament)$")
_EVENT_NAMES = {"champions league", "europa league", "six nations", "tri nations", "super bowl", "world series",
                "oscar", "oscars", "academy award", "academy awards", "grammy", "grammys", "emmy", "emmys",
                "bafta", "baftas", "golden globe", "golden globes", "olympics", "paralympics"}
# Round 58: football's other competitions by their names alone -- UEFA's and the English Football League's divisions
# (a fresh football archive's org top 40 held "Championship" and "League One" in 19 articles each, "Nations League"
# in 16: none a body; the body is "English Football League", "Uefa"). The gold of every corpus leaves them out.
_EVENT_NAMES |= {"nations league", "conference league", "europa conference league", "league one", "league two",
                 "championship"}
_EVENT_AFTER = re.compile(r"^(?:-winning|-winner|-nominated|\s+(?:nominations?|nominees?|ceremony|winners?|"
                          r"awards?|statuette|nod|final|semi-final|quarter-final|draw|tie|group stage|"
                          r"campaign|qualifier|match|game)\b)")
# Words right after a name that make it a body ("Labour party", "Chelsea boss", "Yukos shares").
_ORG_AFTER = re.compile(r"^(?:[’']s)?\s+(?:[Pp]arty|club|boss|manager|chairman|chief executive|shares?|"
                        r"spokes(?:man|woman|person)|board|bosses|stake|shareholders|executives|supporters|"
                        r"fans|striker|midfielder|defender|goalkeeper|squad|players|coach|MPs|MEPs|subsidiary|"
                        r"Wanderers|Rovers|Athletic|FC|plc|Plc|PLC|Ltd|Inc|Corp|Co|NV|AG|SA|GmbH|LLC)\b")
# A descriptor right before a name ("Russian oil giant Yukos", "rival club Chelsea", "the band Keane").
_ORG_BEFORE_WORDS = ("firm", "company", "giant", "group", "rival", "carrier", "airline", "retailer", "bank", "club",
                     "side", "team", "party", "maker", "manufacturer", "operator", "network", "broadcaster", "label",
                     "studio", "band", "chain", "insurer", "supermarket", "conglomerate", "regulator", "watchdog",
                     "newspaper", "magazine")
_ORG_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(_ORG_BEFORE_WORDS))
_ORG_BEFORE_LASTS = frozenset(_ORG_BEFORE_WORDS)  # (guards.may_end: the words a match ends with)
# ... of which these also describe people ("his Democratic rival Kamala Harris", "documentary maker Andris Gauja",
# "broadcaster Alan Jones"): before a full name the model tagged PERSON they are no cue of a body
_ALSO_PEOPLE = re.compile(r"\b(?:rival|maker|broadcaster)\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Round 52: a name the sentence goes on to call "it": "Novo Nordisk said its chairman", "Fitch Ratings, which
# rates", "Amgen and its partners" (people are "his", "her", "who"; "said it" alone is no cue: "Smith said it
# would rain").
_ITS_AFTER = re.compile(r"^(?:,\s+which\b|\s+(?:said|says|announced|added|reported|confirmed|expects|plans)\s+"
                        r"(?:(?:on|late|early|in|last)\s+\w+(?:\s+\w+)?\s+)?(?:that\s+)?its\b|\s+and\s+its\b)")
# ... but "the Council led by Senior Minister X, which will coordinate": the clause is the body's before "by"
_BY_BEFORE = re.compile(r"\bby\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def its_cues() -> bool:
    """NEWSFACET_ITS_CUES=0: a name the sentence calls "it" gets no body's vote (round 52)."""
    return switches.get("NEWSFACET_ITS_CUES", "1") != "0"


def body_before(before: str, text: str, label: str) -> bool:
    """A body's descriptor right before a name ("rival club Chelsea", "the band Keane", "oil giant Yukos"); a
    descriptor that also names a person's role counts only when the name is not a person's full name: two or
    three name words the model tagged PERSON, the first a given name of the name tables."""
    if not may_end(before[-30:], _ORG_BEFORE_LASTS) or not _ORG_BEFORE.search(before[-30:]):
        return False
    if label != "PERSON" or not _ALSO_PEOPLE.search(before[-30:]):
        return True
    from .faker_names import given_names
    from .org_words import _person_shaped

    return not _person_shaped(text, lambda w: fold(w) in given_names())


_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|north of|south of|east of|west of)\s+$")
_PLACE_BEFORE_LASTS = frozenset({"in", "near", "outside", "across", "throughout", "of"})  # (guards.may_end)
_KINDS = ("person", "org", "place")


_POSSESSIVE_END = re.compile(r"[’']s?$")


@lru_cache(maxsize=65536)  # asked for every mention in every vote: a few hundred names per corpus
def _key(text: str) -> str:
    return fold(_POSSESSIVE_END.sub("", text))


def _name_key(c, kind: str, value: str) -> str:
    """Mentions linked to one full name vote together ("United" with "Manchester United")."""
    return _key(value) if kind == "person" and len(value.split()) > len(c.text.split()) else _key(c.text)


_EVENT_FIRST = re.compile(r"^(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm|Operation)\s")


def is_event(text: str) -> bool:
    """An award, a competition or a named storm by its name alone ("Oscars", "FA Cup", "Cyclone Larry")."""
    return _key(text) in _EVENT_NAMES or bool(_EVENT_LAST.search(text)) or bool(_EVENT_FIRST.match(text))


# Round 49: the body words of other languages, which open a name ("Parti Pribumi Bersatu", "Partai Golkar",
# "Partido Revolucionario Institucional", "Universiti Malaya", "Barisan Nasional"): the model read the Malay
# and Indonesian parties of a Malaysian archive as people. Words no English-language surname is (not "Dewan").
ORG_FIRST = {
    "parti", "partai", "partido", "partito", "partei", "banco", "banca", "banque", "universiti", "universitas",
    "universidad", "universidade", "universita", "universite", "universitat", "instituto", "istituto", "institut",
    "ministerio", "ministere", "kementerian", "jabatan", "lembaga", "suruhanjaya", "majlis", "persatuan",
    "pertubuhan", "yayasan", "angkatan", "barisan", "pakatan", "perikatan", "gabungan", "comite", "comision",
    "consejo", "conseil", "federacion", "asociacion", "sindicato", "fundacion", "fundacao", "fondation", "grupo",
    "groupe", "sociedad", "societe", "empresa", "agencia", "agence", "polis",
}


def org_first(words: list[str]) -> bool:
    """A name of two words or more opened by another language's body word (ORG_FIRST); NEWSFACET_ORG_FIRST=0: no."""
    return len(words) >= 2 and fold(words[0]) in ORG_FIRST and switches.get("NEWSFACET_ORG_FIRST", "1") != "0"


def org_by_name(text: str) -> bool:
    """A multiword name whose last word names a kind of body ("Manchester United", "Labour Party"), or whose first
    word does in another language ("Parti Pribumi Bersatu")."""
    words = text.split()
    # "Lanarkshire county" in lower case is the area; "Derby County" may be the club
    return len(words) >= 2 and (fold(words[-1].rstrip(".,")) in _ORG_LAST and words[-1] != "county" or org_first(words))


def _names_territory(text: str) -> bool:
    """A country or first-level region by its own name ("Tasmania", "Western Australia"): spaCy often tags
    one ORG when it acts ("Tasmania wants ..."), but a body named after it says so ("Tasmania Police")."""
    key = fold(text)
    return any(p.kind in ("country", "region", "multi") and fold(p.name) == key for p in places.candidates(text))


def _votes(c, kind: str, value: str, para: str, sporty: bool = False, text: str = "") -> tuple[dict, dict]:
    """The evidence one mention gives about what its name is: (all votes, the strong cues among them).
    ``sporty``: the article is a sports report (a town's name closing on "City" is its club there); ``text``: the
    article's text (place_types)."""
    linked = kind == "person" and len(value.split()) > len(c.text.split())  # a surname of a full name
    # The mention's own reading. A lone word the model tagged ORG here counts for an organisation even
    # when a PERSON tag elsewhere in the article made it a person ("Chelsea" ORG x6, PERSON x1); the
    # PERSON tag itself counts double, the small model being quicker to say ORG ("Fico" ORG x2, PERSON x1).
    lone = kind == "person" and not linked and len(c.text.split()) == 1
    # plain dicts, not Counters: a Counter built or updated from a mapping pays an ABC isinstance check, and this
    # runs for every mention of every article (about 4% of the tagging time)
    v: dict = defaultdict(float)
    if lone and c.label == "ORG":
        v["org"] = 1.0
    else:
        v[kind] = 2.0 if lone and c.label == "PERSON" else 1.0
    strong: dict = defaultdict(float)
    # (every reading below takes at most the last 30 characters before the name: no copy of the paragraph's head)
    before, after = para[max(0, c.start - 60):c.start], para[c.end:c.end + 40]
    if name_titles.honorific_before(before) and not person_edges.pageant_title(before, c.text):
        strong["person"] += 3  # (round 55: "the Miss Namibia organisation" is a pageant's, no person's)
    if linked:
        strong["person"] += 2
    # a country or first-level region stays a place whatever follows ("Wales coach", "Russian Federation")
    regional = any(p.kind in ("country", "region", "multi") for p in places.candidates(c.text))
    # "Sinuiju City", "Uiju County" outside a sports report: the kind word names a place, not a club
    typed = kind == "place" and place_types.typed_place(c.text, c.label, before, para[c.end:], sporty, text)
    if org_by_name(c.text) and not places.candidates(c.text) and not typed or _ORG_AFTER.match(after) and not regional \
            or body_before(before, c.text, c.label):
        strong["org"] += 2
    if typed:
        strong["place"] += 2
    if c.label == "ORG" and kind == "org" and _names_territory(c.text) and not re.match(r"\s+[A-Z]", after) \
            and not _ORG_AFTER.match(after):
        strong["territory"] += 2  # "Tasmania's growers", "While Tasmania wants ...": the state, not a body
    its = _ITS_AFTER.match(after) if kind != "place" else None
    if its and its_cues() and not (its.group().startswith(",") and _BY_BEFORE.search(before)):
        strong["org"] += 2
    if _EVENT_AFTER.match(after) and kind != "place":
        strong["none"] += 2
    if _THE_BEFORE.search(before[-5:]) and kind != "place":
        v["org"] += 1  # "the Lib Dems": people are not "the" anybody
    if may_end(before[-25:], _PLACE_BEFORE_LASTS) and _PLACE_BEFORE.search(before[-25:]):
        v["place"] += 0.5
    for k, x in strong.items():
        v[k] += x
    return v, strong


def settle_article(article, found, full_name):
    """``found``: (Cand, kind, value) triples; ``full_name(text)``: the article's full name for a short one.
    Returns the triples with every name filed under one kind (awards and competitions dropped)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    cues: dict[str, Counter] = defaultdict(Counter)
    decided: dict[str, Counter] = defaultdict(Counter)
    sporty, text = None, ""
    for c, kind, value in found:
        key = _name_key(c, kind, value)
        decided[key][kind] += 1
        if sporty is None and kind == "place" and place_types.head(c.text):
            from .namesakes import sporty as _sporty

            sporty, text = _sporty(article), "\n".join(p.text for p in article.paragraphs)
        v, strong = _votes(c, kind, value, article.paragraphs[c.paragraph].text, bool(sporty), text)
        into, cued = votes[key], cues[key]
        for k, x in v.items():
            into[k] += x
        for k, x in strong.items():
            cued[k] += x
    for key in votes:
        # a country or region the model tagged ORG is that place, unless the article also reads the word
        # as somebody's name ("Diana" the company and its chairman, "Diana" the region of Madagascar)
        territory = cues[key].pop("territory", 0)
        votes[key].pop("territory", None)
        if territory and not decided[key]["person"]:
            cues[key]["place"] += territory
            votes[key]["place"] += territory
    # "Fairchild Industries ... Fairchild said": a lone word opening an organisation's name in the article
    # is that organisation when nothing marks it as a person.
    # (not a body named after a person or a term of office: "Clinton said" beside the "Clinton Foundation",
    # "Obama" beside the "Obama Administration", "Assad" beside the "Assad Regime" is the person; round 31)
    named_for = _NAMED_FOR_A_PERSON if _after_people() else frozenset()
    heads = {_key(val.split()[0]): val for c, k, val in found if k == "org" and len(val.split()) >= 2
             and fold(val.split()[-1]) not in named_for}
    firms = _firm_heads(found)
    # "Cyclone Larry ... Larry flattened crops": the storm's own name alone is the storm too.
    event_tails = {_key(c.text.split()[-1]) for c, _, _ in found if _EVENT_FIRST.match(c.text)}
    winner: dict[str, str] = {}
    for key, v in votes.items():
        if key in event_tails and cues[key]["person"] == 0:
            winner[key] = "none"
            continue
        if (key in heads and " " not in key or key in firms) and cues[key]["person"] == 0 \
                and decided[key]["person"] > decided[key]["org"] + decided[key]["place"]:
            winner[key] = "org"
            continue
        linked = cues[key]["person"] >= 2
        if is_event(key.title()) and " " in key or key in _EVENT_NAMES and not linked:
            # a multiword event name always ("Larry" of "Cyclone Larry"); "Oscar" unless it is someone's name
            winner[key] = "none"
            continue
        # Strong cues decide when they agree ("oil giant Yukos", "Yukos boss" over its PERSON tags);
        # otherwise every reading and weak cue counts.
        ranked = cues[key].most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            winner[key] = ranked[0][0]
        else:
            winner[key] = max(v, key=lambda k: (v[k], decided[key][k], k == "org"))
    out = []
    for c, kind, value in found:
        want = winner[_name_key(c, kind, value)]
        if want == "none":
            continue
        if want == "org" and kind == "person" and _key(c.text) in heads:
            kind, value = "org", heads[_key(c.text)]
        elif want == "org" and kind == "person" and _key(c.text) in firms:
            kind, value = "org", firms[_key(c.text)]
        elif want != kind and c.label != "DATELINE":  # "OAKLAND, Calif. -" opens the story there whatever follows
            changed = _refile(c, want, full_name, value)
            if changed is not None:
                kind, value = want, changed
        out.append((c, kind, value))
    return out


# Round 60: a firm's name without its legal form, read as a person's ("MF Global" beside "MF Global Holdings Ltd",
# "Merrill Lynch" beside "Merrill Lynch & Co"): the small model tags a two-word firm name PERSON when its first word
# looks like initials or a given name. A Reuters archive listed "MF Global" among its people in 8 articles, each of
# which named "MF Global Holdings Ltd" or was about the firm.
_LEGAL_WORDS = LEGAL_FORMS | GROUP_WORDS | {"&"}


def _firm_heads(found) -> dict[str, str]:
    """The article's firms' names of two words or more with their legal form dropped, by key, each to its firm."""
    if switches.get("NEWSFACET_FIRM_HEAD_PEOPLE", "1") == "0":
        return {}
    from .faker_names import shared_given_names

    # (a founder's name on the firm, the founder in its story: "Ralph Lauren" beside "Ralph Lauren Corp")
    given = shared_given_names()
    out = {}
    for _c, k, val in found:
        words = val.split()
        if k != "org" or len(words) < 3:
            continue
        n = len(words)
        while n > 2 and fold(words[n - 1].strip(".,")).replace(".", "") in _LEGAL_WORDS:
            n -= 1
        if n < len(words) and fold(words[0]) not in given:
            head = " ".join(words[:n])
            out[_key(head)] = head  # (the name as the archive's variants pass shows firms: without the legal form)
    return out


def _refile(c, kind: str, full_name, value: str) -> str | None:
    """The value of mention ``c`` (now ``value``) filed under ``kind``, or None when its text cannot be one."""
    from .cast import plausible_person

    if kind == "person":
        return (full_name(c.text) or c.text) if plausible_person(c.text) else None
    if kind == "org":
        longer = len(value.split()) > len(c.text.split())  # "United" of "Manchester United"
        return orgs.normalise_org(value if longer else c.text) if c.text[:1].isupper() else None
    if kind == "place":
        return c.text if c.text[:1].isupper() else None
    return None


def corpus_consistency(articles) -> None:
    """A bare one-word person value with no personal evidence in its article ("Chelsea" tagged PERSON in a
    match report) takes the reading the corpus gives that word in at least as many articles."""
    counts: dict[str, Counter] = defaultdict(Counter)
    sample: dict[tuple[str, str], object] = {}
    for a in articles:
        seen = set()
        for m in a.mentions:
            if m.kind in _KINDS and len(m.text.split()) == 1:
                key = _key(m.text)
                if (key, m.kind) not in seen:
                    seen.add((key, m.kind))
                    counts[key][m.kind] += 1
                    sample.setdefault((key, m.kind), m)
    for a in articles:
        evidence = _personal_evidence(a)
        for m in a.mentions:
            if m.kind != "person" or m.value != m.text or len(m.text.split()) != 1:
                continue
            key = _key(m.text)
            if key in evidence:
                continue
            c = counts[key]
            other = max(("org", "place"), key=lambda k: c[k])
            if c[other] >= c["person"] and c[other] >= 2:
                model = sample[(key, other)]
                m.kind, m.value, m.region, m.country = other, model.value, model.region, model.country
                m.label = model.label


def _personal_evidence(article) -> set[str]:
    """Keys of names the article itself marks as a person: after an honorific, or tagged with a full name."""
    out = set()
    for m in article.mentions:
        if m.kind != "person":
            continue
        para = article.paragraphs[m.paragraph].text
        if name_titles.honorific_before(para[:m.start]) or m.value != m.text:
            out.add(_key(m.text))
    return out
