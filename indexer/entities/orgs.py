"""Organisation names: one canonical value per body, and which of them are news outlets.

The alias table maps folded surface forms to canonical names. Ministries are kept apart by country:
"the defence ministry" with no country is resolved from the words just before it ("In Russia, the
defence ministry said") and otherwise left as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .gazetteer import fold
from .guards import guarded

OUTLETS = {
    "Reuters", "Politico", "TASS", "Bloomberg", "Al Jazeera", "AFP", "AP", "ANI", "CNN", "CBS", "Fox News",
    "Sky News", "The Guardian", "The Kyiv Independent", "The Moscow Times", "The Times of Israel", "Izvestia",
    "Sputnik", "RBC-Ukraine", "Novaya Gazeta Europe", "Phoenix TV", "Korean Central News Agency", "ERR",
    "TVP", "STVR", "Channel One", "Belarus 1", "Astra", "Japan Today", "Bangkok Post", "Ukrainska Pravda",
    "Interfax", "RIA Novosti", "BBC", "The New York Times", "The Washington Post", "The Insider",
    "Foreign Policy", "DeepState", "Suspilne", "Kommersant", "Meduza", "Daily8",
    # (round 66: national news agencies that world copy cites by name; a Hong Kong paper's "state news agency Xinhua"
    # was a town of that name in Yunnan. Not the ones whose letters are also a word, a place or a party: APP, AAP,
    # PTI, SANA, MENA, PAP)
    "Xinhua", "Xinhua News Agency", "Yonhap", "Yonhap News Agency", "Kyodo", "Kyodo News", "Jiji Press", "Bernama",
    "Antara", "Press Trust of India", "IANS", "dpa", "EFE", "ANSA", "Anadolu Agency", "IRNA", "WAFA", "KUNA",
    "WAM", "Ukrinform", "BelTA", "Lusa", "Prensa Latina", "Philippine News Agency", "Vietnam News Agency",
}

ALIASES = {
    "Security Service of Ukraine": ["SBU", "Security Service of Ukraine", "Ukrainian State Security Service",
                                    "Ukrainian Security Service", "Security Service", "SBU Security Service",
                                    "Ukraine's Security Service", "Ukraine's State Security Service"],
    "Defence Intelligence of Ukraine (HUR)": ["HUR", "GUR", "Defense Intelligence of Ukraine",
                                              "Defence Intelligence of Ukraine", "Ukraine's military intelligence",
                                              "Main Intelligence Directorate"],
    "National Anti-Corruption Bureau of Ukraine": ["NABU", "National Anti-Corruption Bureau"],
    "NATO": ["NATO", "North Atlantic Treaty Organization"],
    "European Union": ["EU", "European Union", "E.U."],
    "International Criminal Court": ["ICC", "International Criminal Court"],
    "United Nations": ["UN", "U.N.", "United Nations"],
    "UN Security Council": ["U.N. Security Council", "UN Security Council"],
    "European Commission": ["European Commission", "meet European Commission"],
    "Council of Europe": ["Council of Europe"],
    "Parliamentary Assembly of the Council of Europe": ["PACE", "Parliamentary Assembly of the Council of Europe"],
    "National Security and Defense Council of Ukraine": ["National Security and Defense Council", "NSDC",
                                                         "National Security and Defence Council"],
    "Ukrzaliznytsia": ["Ukrzaliznytsia", "Ukrainian Railways"], "Rosstat": ["Rosstat"],
    "Okhmatdyt children's hospital": ["Okhmatdyt"],
    "Federal Security Service (FSB)": ["FSB", "Federal Security Service"],
    "Kremlin": ["Kremlin"],
    "White House": ["White House"],
    "Pentagon": ["Pentagon"],
    "Institute for the Study of War": ["Institute for the Study of War", "ISW"],
    "Russian Defense Ministry": ["Russian Defense Ministry", "Russian Defence Ministry", "Russian Ministry of Defence",
                                "Russian Ministry of Defense", "Russia's Defense Ministry", "Russia's Defence Ministry"],
    "Ukrainian Defense Ministry": ["Ukrainian Defense Ministry", "Ukraine's Defense Ministry",
                                   "Ukraine's Defence Ministry", "Ukrainian Ministry of Defence"],
    "Russian Foreign Ministry": ["Russian Foreign Ministry", "Russian Ministry of Foreign Affairs",
                                 "Russia's Foreign Ministry"],
    "Ukrainian Foreign Ministry": ["Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry"],
    "Ukrainian Air Force": ["Ukrainian Air Force", "Ukraine's Air Force", "Ukraine's air force"],
    "General Staff of the Armed Forces of Ukraine": ["General Staff of Ukraine", "Ukraine's General Staff",
                                                     "Ukrainian General Staff"],
    "Russian Security Council": ["Russia's National Security Council", "Russian Security Council",
                                 "Security Council of Russia", "Russia's Security Council"],
    "State Duma": ["State Duma", "Russian Duma", "Russia's State Duma"],
    "Russian Central Bank": ["Russian Central Bank", "Central Bank of Russia", "Bank of Russia"],
    "Israel Defense Forces": ["Israel Defense Forces", "IDF"],
    "Islamic State Khorasan Province": ["ISIS-K", "ISKP"],
    "Wagner Group": ["Wagner Group", "Wagner"],
    "Reuters": ["Reuters", "Image/Reuters"], "Politico": ["Politico"], "TASS": ["TASS", "Tass"],
    "Bloomberg": ["Bloomberg", "Bloomberg News"], "Al Jazeera": ["Al Jazeera", "Al Jazeeraa"],
    "AP": ["AP", "The Associated Press", "Associated Press"], "The Guardian": ["Guardian", "The Guardian"],
    "The Kyiv Independent": ["Kyiv Independent", "The Kyiv Independent"], "Japan Today": ["JapanToday"],
    "The Moscow Times": ["Moscow Times"], "The Times of Israel": ["Times of Israel"],
    "RBC-Ukraine": ["RBK-Ukraine", "RBC-Ukraine"], "Channel One": ["TV Channel One", "Channel One"],
    "Belarus 1": ["Belarus 1 TV", "Belarus 1"],
    # Bodies of world news known by a short form the corpus pass could not learn from one article
    # (a slogan, a nickname, a clipping no article spells out next to the name).
    "Labour Party": ["Labour", "Labour Party", "Labour party", "New Labour", "UK Labour Party"],
    "Conservative Party": ["Conservative Party", "Conservative party", "Tory Party", "Tory party"],
    "Liberal Democrats": ["Liberal Democrats", "Lib Dems", "Lib Dem", "Liberal Democrat Party"],
    "Democratic Party": ["Democratic Party", "Democratic party"],
    "Republican Party": ["Republican Party", "Republican party", "GOP"],
    "Federal Reserve": ["Federal Reserve", "Fed", "US Federal Reserve", "Federal Reserve Board", "U.S. Federal Reserve"],
    "International Monetary Fund": ["International Monetary Fund", "IMF"],
    # (round 66: UN agencies whose letters are no initials of the English name newsrooms spell them out with; an East
    # African aid archive kept "UNICEF" and "United Nations Children's Fund" apart)
    "UNICEF": ["UNICEF", "United Nations Children's Fund", "UN Children's Fund", "U.N. Children's Fund"],
    "UNHCR": ["UNHCR", "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees",
              "U.N. High Commissioner for Refugees", "UN Refugee Agency", "United Nations Refugee Agency",
              "U.N. Refugee Agency", "UN refugee agency", "U.N. refugee agency"],
    "World Bank": ["World Bank"],
    "World Trade Organization": ["World Trade Organization", "World Trade Organisation", "WTO"],
    "World Health Organization": ["World Health Organization", "World Health Organisation"],
    "European Central Bank": ["European Central Bank", "ECB"],
    "OPEC": ["OPEC", "Opec", "Organization of the Petroleum Exporting Countries",
             "Organisation of Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries"],
    "OECD": ["OECD", "Organisation for Economic Co-operation and Development",
             "Organization for Economic Cooperation and Development"],
    "House of Commons": ["House of Commons", "Commons"],
    "House of Lords": ["House of Lords", "Lords"],
    # (round 60: a 2015-17 US politics archive listed "Islamic State" apart from "ISIS"; its names in English news
    # are these, never "IS", a word. Matched in any case: British copy writes "Isis" -- a Queensland district of that
    # name in a dev archive is read so too, left: a rule asking for capitals lost "Nato", one for given names the
    # Guardian's "Isis")
    "Islamic State": ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State group", "Islamic State of Iraq and Syria",
                      "Islamic State in Iraq and Syria", "Islamic State of Iraq and the Levant"],
}
_INDEX = {fold(a): canon for canon, aliases in ALIASES.items() for a in [canon, *aliases]}
_OUTLET_KEYS = {fold(o) for o in OUTLETS}
# A ministry named without its country takes it from the words just before ("In Russia, the ... said").
_BARE_MINISTRY = re.compile(r"^(?:defen[cs]e|foreign) ministry$|^ministry of (?:defen[cs]e|foreign affairs)$", re.I)
_RUSSIA = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin)\b")
_UKRAINE = re.compile(r"\b(?:Ukraine|Ukrainian|Kyiv)\b")


# clean_org's patterns, compiled once (it runs on every org span of every fresh run)
_DATE_TAIL = re.compile(r"\s+(?:on|in|at)\s+(?:[A-Z][a-z]+\s+)?\d.*$")
_OPEN_BRACKET = re.compile(r"\s*\([^)]*$")
_EDGES = re.compile(r"^[\s•\-–\"'“]+|[\s\"'”(,.:;]+$")
_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"[’']s$")
# The lower-case kind of body written after an agency's name ("the Interfax news agency", "Fars news agency"):
# round 30, no part of its name. (Cut from the value only: the span keeps it, so "Fars" stays the agency's
# and is not read as the Iranian province.)
_AGENCY_KIND = re.compile(r"(?<=\S)\s+(?:news agency|news service|wire service)$")


@lru_cache(maxsize=65536)  # per distinct string: asked for every span, many times over
def clean_org(text: str) -> str:
    text = _AGENCY_KIND.sub("", text)
    text = _DATE_TAIL.sub("", text)  # "Special Tribunal on June 25"
    text = _OPEN_BRACKET.sub("", text)  # "... Council of Europe (PACE" cut inside the brackets
    text = _EDGES.sub("", text)
    text = _THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip()


@lru_cache(maxsize=1)
def _scan_res() -> tuple[re.Pattern, ...]:
    """Aliases safe to find in running text without NER: multiword names with a capital, acronyms, and
    country-owned bodies in any case ("Ukraine's air force", "the Russian defence ministry"). Three patterns,
    in the order a match at one place is taken (scan)."""
    names = {a for canon, aliases in ALIASES.items() for a in [canon, *aliases]} | OUTLETS
    cased = sorted((a for a in names if (" " in a and a[:1].isupper()) or (a.isupper() and len(a) >= 3)),
                   key=len, reverse=True)
    owned = sorted((a for a in names if re.match(r"(?:Russia|Ukraine)[’']s |(?:Russian|Ukrainian) ", a)),
                   key=len, reverse=True)
    bare = r"(?<=\bthe )(?:defen[cs]e|foreign) ministry\b"
    alts = "|".join(re.escape(a).replace("'", "[’']") for a in cased)
    ci = "|".join(re.escape(a).replace("'", "[’']") for a in owned)
    named, owned_re = rf"\b(?:{alts})\b", rf"\b(?:{ci})\b"
    return guarded(named), guarded(owned_re, re.I), guarded(bare, re.I)


# Letters IGNORECASE reads as an ASCII letter that str.lower() keeps apart (dotted and dotless i, long s, Kelvin sign).
_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u212a]")


def scan(text: str) -> Iterator[re.Match]:
    """The matches one alternation of the three patterns would give, left to right, none overlapping (a name at
    one place taken from the first pattern that has one there). Run apart: behind one alternation the engine
    enters all three guards at every character of every paragraph, about four times slower."""
    patterns = _scan_res()
    low = text.lower()  # (the two case-blind patterns need a word the text may not hold at all)
    odd = _FOLDS_APART.search(text) is not None  # ... read with IGNORECASE's folds, or asked anyway
    needed = (True, odd or "russia" in low or "ukrain" in low, odd or "ministry" in low)
    ahead: list[re.Match | None] = [p.search(text) if need else None for p, need in zip(patterns, needed)]
    pos = 0
    while True:
        for i, m in enumerate(ahead):  # (a pattern with no match left stays None)
            if m is not None and m.start() < pos:
                ahead[i] = m = patterns[i].search(text, pos)
        found = [m for m in ahead if m is not None]
        if not found:
            return
        best = min(found, key=lambda m: m.start())  # (the first of equal starts: the patterns' order)
        yield best
        pos = best.end()


def is_outlet(value: str) -> bool:
    return fold(value) in _OUTLET_KEYS


def known_body(value: str) -> bool:
    """A value the alias or the outlet table knows: the org gate's passes never refile it, so they need not read the
    sentences around its mentions (three in four org mentions of the seeds)."""
    return bool(known_org(value)) or is_outlet(value)


# A body's name with its short form in brackets: capitals, or (round 49) letters with two capitals or more ("DoSM",
# "MoH", "AfCFTA", "COP26"; the value kept the brackets, apart from the archive's "Department of Statistics Malaysia")
_NAME_AND_BRACKET = re.compile(r"(.+?)\s*\(([^()]+)\)")  # (compiled once: known_org asks per distinct span)
# (round 64: a possessive before the brackets is no part of the name: "the Central Bank of Egypt's (CBE) Monetary
# Policy Committee" is the bank's committee; a name the archive writes with its "'s" gets it back in org_possessive)
_BRACKETED = re.compile(r"(.+?)(?:[’']s)?\s*\((?:[A-Z]{2,6}|(?=(?:[^A-Z)]*[A-Z]){2})[A-Z][A-Za-z0-9&.\-]{1,11})\)")


@lru_cache(maxsize=65536)  # per distinct string: asked for every span, many times over
def known_org(text: str) -> str | None:
    """Canonical name when ``text`` is a known alias ("Ukrainian State Security Service (SBU)": either
    the name or the acronym in brackets), else None."""
    name = clean_org(text)
    m = _NAME_AND_BRACKET.fullmatch(name)
    for candidate in ([name, m.group(1), m.group(2)] if m else [name]):
        key = fold(candidate)
        if key in _INDEX:
            return _INDEX[key]
        if key in _OUTLET_KEYS:
            return next(o for o in OUTLETS if fold(o) == key)
    return None


# Round 65: an acronym written as a word in brackets ("Department of Disaster Management Affairs (Dodma)", the house
# style of British and many African papers: "Nato", "Unicef") is the name's own acronym where its capitals spell the
# name's initials: a Malawian archive had the department under "... (Dodma)" in 9 articles beside its plain name.
# NEWSFACET_TITLED_ACRONYMS=0: capitals only, as before.
_TITLED_BRACKET = re.compile(r"(.+?)(?:[’']s)?\s*\(([A-Z][a-z]{2,6})\)")


def _titled_acronym(name: str) -> re.Match | None:
    m = _TITLED_BRACKET.fullmatch(name)
    if m is None:
        return None
    from . import switches
    from .org_name_forms import initials

    if switches.get("NEWSFACET_TITLED_ACRONYMS", "1") == "0":
        return None
    return m if m.group(2).upper() in (initials(m.group(1)), initials(m.group(1), of=True)) else None


def normalise_org(text: str, before: str = "") -> str:
    """Canonical organisation name; ``before`` is the paragraph text preceding the mention."""
    name = clean_org(text)
    canon = known_org(name)
    if canon:
        return canon
    bracketed = _BRACKETED.fullmatch(name) or _titled_acronym(name)
    if bracketed:
        return bracketed.group(1)  # "National Intelligence Service (NIS)", "Department of Statistics Malaysia (DoSM)"
    if _BARE_MINISTRY.match(name):
        kind = "Defense Ministry" if "defen" in name.lower() else "Foreign Ministry"
        window = before  # the nearest country named before it, however far back in the article
        russia = [m.end() for m in _RUSSIA.finditer(window)]
        ukraine = [m.end() for m in _UKRAINE.finditer(window)]
        if _other_country_near(window, max(russia + ukraine, default=0)):
            return kind  # "Chinese Foreign Ministry spokeswoman": China's, for the archive's country pass to read
        if russia and (not ukraine or max(russia) > max(ukraine)):
            return f"Russian {kind}"
        if ukraine:
            return f"Ukrainian {kind}"
        return kind
    return name


# Round 60: the seeds' bare ministries are Russia's or Ukraine's by the nearest of the two named before them, but a
# story elsewhere names the ministry's own country right before it ("Chinese [Foreign Ministry] spokeswoman Hua
# Chunying"): a Reuters archive filed China's ministry under "Russian Foreign Ministry" in 3 of its 7 articles
# because Russia came up earlier in the story. Another country's name or adjective in the last words before the
# name, after any mention of Russia or Ukraine, leaves the bare kind (NEWSFACET_MINISTRY_NEAR=0: as before).
_NEAR = 60
_CAPITALISED = re.compile(r"[A-Z][\w\-]+")


def _other_country_near(before: str, after: int) -> bool:
    from . import places, switches
    from .junk import is_demonym

    if switches.get("NEWSFACET_MINISTRY_NEAR", "1") == "0":
        return False
    start = max(after, len(before) - _NEAR)
    for m in _CAPITALISED.finditer(before, start):
        word = m.group()
        if is_demonym(word) or any(p.kind == "country" for p in places.candidates(word)):
            return True
    return False
