"""Round 13: org values the archive's own text shows to be no body -- amounts, products, offices, schemes,
common nouns, countries, peoples, illnesses, cut names.

org_other.py reads the archive for places, people, events and organs; the wrong org values left on the
three newest archives (Papua New Guinea, Malta, Vanuatu) were mostly of kinds the text shows just as plainly:
- an AMOUNT: a currency letter glued to a number ("K10", "K3.50"), where the archive writes the same letters
  before decimal, thousands or "million" amounts (a currency), unlike "G20" or "A320";
- a PRODUCT: a maker's name followed by a model number or an aircraft word in most of its mentions ("Boeing
  737-800", "ATR aircraft", "FTSE 100");
- an OFFICE: an acronym the archive spells out as an office ("General Manager (GM)", "Provincial Police
  Commander (PPC)", "Assistant Commissioner of Police (ACP)"), such an acronym glued to a surname ("GM Achary":
  a person), or a name closed by a member's or officer's title ("Labour MEP");
- a SCHEME by its acronym: spelt out as a scheme, plan or agreement, or before "scheme"/"workers"/"visa" in
  most of its mentions ("RSE workers");
- a COMMON NOUN by its acronym: the archive writes its plural ("NGOs", "GPs", "SMEs") -- a kind, not one body;
  round 34: or writes it as a noun after "a"/"an" in a third of its mentions ("an NED of Convoy", "a GPA
  whereas", "a SR of 133.85"; NEWSFACET_ORG_INDEFINITE=0 turns this test off);
- a COUNTRY by its initials ("PNG", "UAE"): the letters of a country's name (three or more); a STATE or a
  country by the initials the archive spells out as its gazetteer name ("New South Wales (NSW)", round 15);
- a PEOPLE: a demonym ("Gozitan": the archive writes its plural "Gozitans" and uses it before lower-case
  nouns, "Gozitan residents") or a country's name made plural ("Papua New Guineans");
- an ILLNESS: an acronym the archive's text writes before "pandemic", "cases", "vaccine" ("COVID-19 pandemic")
  and never has act or speak;
- a CUT NAME: a span ending in "&" (a byline's "Kizzy Kalsakau &"), a span the model cut out of a longer
  ministry or department name ("Ministry of Agriculture, Livestock, Forestry ..." -> "Livestock"), or one
  cut before an office ("VNPF General" of "VNPF General Manager").
A value with such evidence leaves the facet (label NO_FACET, mention kept), unless the alias or outlet tables
know it. Before these tests a lede's shouted first word is recased (recase_ledes: "EAST New Britain"), so the
place tests meet the name. On the judged top-100 org values of the 27 seen corpora the pass removed 40 wrong
values and 2 right ones ("Boeing" the company, in a Latin American and a Maltese archive).
NEWSFACET_ORG_KINDS=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import orgs, switches
from .gazetteer import fold

# The share of a value's mentions (or of its spellings) that must show the same kind: "most of them" -- an
# aircraft maker is a company in some stories. Chosen leave-one-corpus-out on the judged top-100 org values of
# 22 corpora among 1/3, 1/2 and 2/3: every fold picks 1/2 (the three remove the same values but for one, a
# right removal at 1/3 in hindu2017; 1/2 wins the tie as the plain "most").
SHARE = 0.5
# Round 34: the share of an acronym's mentions written as a noun after "a"/"an" ("an NED of Convoy", "a GPA
# whereas", "a SR of 133.85") that makes it a kind, not one body: "a third" as for the other uses here. A body's
# acronym takes "a"/"an" only before a noun ("a BBC reporter", "a UN-backed effort"), which _NOUN_END leaves out,
# or by a slip ("could get a WTO", once in nine mentions on dev).
INDEFINITE_SHARE = 1 / 3
_A_BEFORE = re.compile(r"(?:^|\W)[Aa]n?\s+$")
# Round 60: ... or with a word or two of its kind between ("a super PAC", "an affiliated super PAC"): a politics
# archive listed "PAC" as an org of 5 articles, each "super PAC" (NEWSFACET_INDEFINITE_ADJ=0: right after "a" only).
# (no small word between: "a strategist at UBS", "a collaboration between USAID" name the body)
_A_WORDS_BEFORE = re.compile(r"(?:^|\W)[Aa]n?\s+(?:(?!(?:at|of|for|with|between|by|in|on|to|from|as|and|or|the|a|an|"
                             r"into|about|among|like|than|via|per|under|over|within)\s)[a-z][a-z\-]+\s+){1,2}$")
# What follows an acronym used as a noun: a stop, or a word that starts a phrase of its own.
_NOUN_END = re.compile(r"(?:\s*[.,;:!?)\"”]|\s+(?:of|in|on|at|for|with|whereas|and|or|but|who|whose|which|that|is|was|"
                       r"from|to|since|by|as|when|while|after|before|until|than)\b|\s*$)")


def _indefinite_on() -> bool:
    return switches.get("NEWSFACET_ORG_INDEFINITE", "1") != "0"


# Offices a person holds, by the last word of their spelt-out title ("General Manager", "Secretary General",
# "Police Commander", "Chief Executive Officer").
OFFICE_WORDS = {"manager", "secretary", "general", "commander", "commissioner", "officer", "director",
                "president", "chairman", "chairperson", "chairwoman", "minister", "governor", "inspector",
                "superintendent", "constable", "sergeant", "captain", "administrator", "coordinator",
                "controller", "registrar", "auditor", "accountant", "treasurer", "advisor", "adviser",
                "executive", "chief", "head", "principal", "ambassador", "consul", "attorney", "prosecutor",
                "magistrate", "judge", "justice", "mayor", "senator", "deputy", "assistant", "leader"}
# What a scheme, a programme or a plan's spelt-out name ends with, or the word after its acronym.
SCHEME_WORDS = {"scheme", "schemes", "plan", "initiative", "policy", "visa", "visas", "act", "agreement", "treaty",
                "strategy", "employment"}
# (Not "programme" or "project": the UN's programmes and many agencies are bodies by those words -- UNEP, UNDP,
# BISP; on the judged values of 27 corpora a programme's acronym that never acts was a body as often as not.)
SCHEME_NEXT = {"scheme", "schemes", "programme", "program", "workers", "worker", "visa", "visas", "employers",
               "participants", "recruitment"}
# Round 47: an examination by its acronym ("last year's KCSE examinations", "GCSE exams"): a thing sat, no body
# (NEWSFACET_EXAM_ACRONYMS=0: not these)
EXAM_NEXT = {"exam", "exams", "examination", "examinations"}
# A model number or an aircraft word after a maker's name ("Boeing 737-800", "ATR 72", "Airbus A220").
_MODEL_NEXT = re.compile(r"^[\s\-]?(?:[A-Z]{0,2}\d{2,4}\b|(?:aircraft|aircrafts|airliner|airliners|plane|planes|jet|"
                         r"jets|jetliner|helicopter|helicopters|fleet|turboprop|turboprops)\b)")
# A currency's letters glued to an amount ("K10", "K3.50", "Vt5", "VT592"); amounts that say money: decimals,
# thousands commas, "million".
_AMOUNT = re.compile(r"([A-Z][A-Za-z]{0,2}\$?)(\d[\d,]*(?:\.\d+)?)")
_MONEY_TAIL = r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?\s*(?:million|mil|m|billion|bn|thousand|k)\b)"
_ACRO = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_CAPS = re.compile(r"[A-Z][A-Z0-9&]+")
_ILL_NEXT = re.compile(r"(?:-\d+)?\s+([a-z]+)")  # "COVID-19 pandemic", "HIV infections"
# A body acts and speaks; a scheme, a field or an illness does not.
_ACTS = re.compile(r"^(?:[’']s)?\s+(?:said|says|announced|told|stated|added|urged|warned|confirmed|noted|reported|"
                   r"welcomed|launched|signed|agreed|called|issued|released|organised|organized|hosted)\b")
# A span the model cut out of the name of a ministry or department: the words just before it are "Ministry
# of X, Y and" (a capitalised run joined by commas and "and").
_MINISTRY_BEFORE = re.compile(r"\b(?:Ministry|Minister|Department|Departments|Dept\.?|Directorate|Director|Office|"
                              r"Secretary|Bureau)\s+(?:General\s+)?(?:of|for)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w’'\-]*(?:\s*,\s*|\s+(?:and|&)\s+|\s+))+$")
# A member's or an officer's title closing a name: "Labour MEP", "Vanuatu Commissioner" name a person's post.
# (Not "justice", "general", "executive": "Ministry of Justice", "Auditor General", "Chief Executive".)
TITLE_LAST = {"mp", "mps", "mep", "meps", "mla", "mlas", "senator", "senators", "councillor", "councillors",
              "minister", "ministers", "secretary", "candidate", "candidates", "spokesman", "spokeswoman",
              "spokesperson", "chairman", "chairperson", "chairwoman", "manager", "director", "commissioner",
              "commander", "governor", "mayor", "president", "ambassador", "officer", "ceo", "chair"}
# The word before an office in a cut title ("VNPF General" of "General Manager").
_BEFORE_OFFICE = {"general", "deputy", "acting", "assistant", "senior", "vice", "chief", "principal", "executive"}
_NEXT_CAP = re.compile(r"^\s+([A-Z][a-z]+)")
_DEMONYM_END = re.compile(r"[A-Z][a-z]{3,}(?:an|ian|ese|ean|ish)")
_GLUE = {"of", "the", "and", "for", "&"}


def _spelt_forms(articles) -> dict[str, Counter]:
    """Per acronym: the folded first and last words of the capitalised names the archive spells it out with
    before "(ACRONYM)" ("General Manager (GM)" -> {"general", "manager"})."""
    from .org_other import spelt_out

    out: dict[str, Counter] = defaultdict(Counter)
    for acronym, long in spelt_out(articles, _GLUE, fold):
        forms = out[acronym]
        forms[("first", fold(long[0]))] += 1
        if len(long) >= 2 and fold(long[0]) in OFFICE_WORDS and fold(long[1]) in OFFICE_WORDS:
            forms["office_head"] += 1  # "Assistant Commissioner of Police (ACP)"
        forms[("last", fold(long[-1].strip(",.")))] += 1
        forms["n"] += 1
        if _place_name(" ".join(w.strip(",.") for w in long)):
            forms["place"] += 1  # "New South Wales (NSW)": a state's initials (round 15)
    return out


@lru_cache(maxsize=4096)
def _place_name(name: str) -> bool:
    """Whether the gazetteer knows ``name`` exactly as a country's or a first-level region's name."""
    from . import places

    return " " in name and any(p.kind in ("country", "region") and fold(p.name) == fold(name)
                               for p in places.candidates(name))


def _office(forms: Counter) -> bool:
    """Spelt out as an office in most of its spellings: the last word is an office's, or the first two are
    ("Assistant Commissioner of Police")."""
    n = forms["n"]
    hits = sum(c for k, c in forms.items() if isinstance(k, tuple) and k[0] == "last" and k[1] in OFFICE_WORDS)
    hits = max(hits, forms["office_head"])
    return n > 0 and hits > SHARE * n


def _scheme(forms: Counter) -> bool:
    n = forms["n"]
    hits = sum(c for k, c in forms.items() if isinstance(k, tuple) and k[0] == "last" and k[1] in SCHEME_WORDS)
    return n > 0 and hits > SHARE * n


def _text_counts(articles, values, demonyms=()) -> tuple[Counter, Counter, Counter, Counter]:
    """For the org values that need them, counts over the archive's whole text: (currency letters before money
    amounts, acronyms written in the plural "NGOs", demonyms in the plural "Gozitans", acronyms before a
    disease's words "COVID-19 pandemic"). Each search is built from the values at hand (no pass without
    candidates): the model tags few such values, and a scan for every capitalised word costs a tenth of tagging."""
    from .org_other import ILLNESS_NEXT

    money, plural, words, illness = Counter(), Counter(), Counter(), Counter()
    text = "\n".join(p.text for a in articles for p in a.paragraphs)
    prefixes = {m.group(1) for m in map(_AMOUNT.fullmatch, values) if m}
    if prefixes:
        rx = re.compile(r"(?<![\w$])(" + "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True))) + r")" + _MONEY_TAIL)
        money.update(m.group(1) for m in rx.finditer(text))
    acros = {v for v in values if _ACRO.fullmatch(v)}
    for m in _CAPS.finditer(text) if acros else ():
        if m.group() not in acros or m.start() and text[m.start() - 1].isalnum():
            continue
        if text[m.end():m.end() + 1] == "s" and not text[m.end() + 1:m.end() + 2].isalpha():
            plural[m.group()] += 1
        else:
            nxt = _ILL_NEXT.match(text, m.end())
            if nxt and nxt.group(1) in ILLNESS_NEXT:
                illness[m.group()] += 1
    for v in demonyms:
        words[v + "s"] = len(re.findall(r"\b" + re.escape(v) + r"s\b", text))
    return money, plural, words, illness


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, str]:
    """The initials of every country's name in the gazetteer ("PNG", "UAE", "DRC"; three letters or more:
    two-letter ones are codes of everything)."""
    from .gazetteer import _data

    out = {}
    for name in _data()[2].values():
        letters = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper() and fold(w) not in _GLUE)
        if len(letters) >= 3:
            out[letters] = name
    return out


_LOWER_AFTER = re.compile(r"^\s+([a-z]+)")  # (compiled once: read after every org mention)


def features(articles) -> dict[str, dict]:
    from search.model import NO_FACET

    values: Counter = Counter()
    from .org_evidence import _cued

    nxt_model, nxt_scheme, fragment, cut_office, adjectival = Counter(), Counter(), Counter(), Counter(), Counter()
    acts, indefinite = Counter(), Counter()
    exams = switches.get("NEWSFACET_EXAM_ACRONYMS", "1") != "0"
    words_between = switches.get("NEWSFACET_INDEFINITE_ADJ", "1") != "0"
    for a in articles:
        for m in a.mentions:
            if m.kind != "org" or m.label == NO_FACET:
                continue
            v = m.value
            values[v] += 1
            para = a.paragraphs[m.paragraph].text
            after = para[m.end:m.end + 30]
            w = _LOWER_AFTER.match(after)
            if w and " " not in v:
                adjectival[v] += 1
            if orgs.known_body(v):
                continue  # (counter_evidence skips a known body: only its count and its demonym reading are read)
            if _MODEL_NEXT.match(after):
                nxt_model[v] += 1
            if w and (w.group(1) in SCHEME_NEXT or w.group(1) in EXAM_NEXT and exams):
                nxt_scheme[v] += 1
            if _MINISTRY_BEFORE.search(para[max(0, m.start - 80):m.start]):
                fragment[v] += 1
            if _ACRO.fullmatch(v) and (_ACTS.match(after) or _cued(para, m.start, m.end)):
                acts[v] += 1
            if _ACRO.fullmatch(v) and _NOUN_END.match(after) and (
                    _A_BEFORE.search(para[max(0, m.start - 4):m.start])
                    or words_between and _A_WORDS_BEFORE.search(para[max(0, m.start - 30):m.start])):
                indefinite[v] += 1
            c = _NEXT_CAP.match(after)
            if c and fold(c.group(1)) in OFFICE_WORDS:
                cut_office[v] += 1
    if not values:
        return {}
    forms = _spelt_forms(articles)
    from . import places

    demonyms = [v for v, n in values.items() if " " not in v and _DEMONYM_END.fullmatch(v)
                and adjectival[v] >= SHARE * n and not places.candidates(v)]
    money, plural, plural_words, illness = _text_counts(articles, list(values), demonyms)
    out = {}
    for v, n in values.items():
        out[v] = {"n": n, "model": nxt_model[v], "scheme_next": nxt_scheme[v], "fragment": fragment[v],
                  "cut_office": cut_office[v], "adjectival": adjectival[v], "forms": forms.get(v, Counter()),
                  "money": money, "plural": plural[v], "plural_word": plural_words[v + "s"],
                  "acts": acts[v], "illness_text": illness[v], "indefinite": indefinite[v],
                  "first_forms": forms.get(v.split()[0], Counter()) if " " in v else Counter()}
    return out


def decide(v: str, f: dict) -> str | None:
    """The kind of thing org value ``v`` is instead of a body (``f``: its ``features``), or None."""
    from . import places

    words = v.split()
    n = f["n"]
    if words[-1] in ("&", "and"):
        return "cut name (ends in '&')"
    am = _AMOUNT.fullmatch(v)
    if am and f["money"][am.group(1)] >= 2:
        return "amount of money"
    if f["model"] >= 2 and f["model"] >= SHARE * n and len(words) <= 2:
        return "product (model number after it)"
    if _ACRO.fullmatch(v):
        if _office(f["forms"]):
            return "office (spelt out as one)"
        if _scheme(f["forms"]) or f["scheme_next"] >= 2 and f["scheme_next"] >= SHARE * n:
            return "scheme or programme"
        if f["illness_text"] >= 3 and not f["acts"]:
            return "illness (before cases, pandemic, vaccine in the archive's text)"
        if f["plural"] >= 2 and not f["forms"]["n"]:
            return "common noun (written in the plural)"
        if f["indefinite"] and f["indefinite"] >= INDEFINITE_SHARE * n and _indefinite_on():
            return "common noun (a noun after 'a'/'an': 'an NED of', 'a GPA whereas')"
        if len(v) >= 3 and v in _country_initials():
            return "country (its initials)"
        if f["forms"]["place"] > SHARE * f["forms"]["n"]:
            return "place (spelt out as a state's or a country's name: 'New South Wales (NSW)')"
        return None
    if len(words) == 2 and _ACRO.fullmatch(words[0]) and _office(f["first_forms"]) \
            and re.fullmatch(r"[A-Z][a-z]+", words[1]):
        return "person (an office's acronym and a surname)"
    if len(words) >= 2 and fold(words[-1]) in TITLE_LAST and not {"of", "for"} & {w.lower() for w in words}:
        return "title (an office closes the name)"
    if f["fragment"] > SHARE * n:
        return "cut from a ministry's name"
    if len(words) >= 2 and fold(words[-1]) in _BEFORE_OFFICE and f["cut_office"] > SHARE * n:
        return "cut from an office's name"
    if len(words) == 1 and _DEMONYM_END.fullmatch(v) and not places.candidates(v) \
            and (f["plural_word"] >= 1 and f["adjectival"] >= SHARE * n):
        return "people (a demonym)"
    if len(words) >= 2 and v.endswith("s") and _demonym_plural(v):
        return "people (a country's name made plural)"
    return None


def _demonym_plural(v: str) -> bool:
    from . import places

    for cut in ("ns", "s", "ians", "ans"):
        stem = v[:-len(cut)]
        if v.endswith(cut) and len(stem) >= 4 and any(p.kind in ("country", "region") and fold(p.name) == fold(stem) for p in places.candidates(stem)):
            return True
    return False


def recase_ledes(articles) -> int:
    """A paper that sets a story's first word in capitals ("EAST New Britain has two programmes", "PAPUA New Guinea
    Defence Force") gives the model a name whose first word is shouted: where the archive writes that word in
    title case elsewhere ("East", "Papua"), the org value is the title-case name, so it meets its other mentions
    and the place tests ("East New Britain" is a province). Acronyms ("PNG Power") are never written so.
    Returns the number of values changed."""
    shouted = []  # (labels are kept: only the value's spelling changes)
    for a in articles:
        for m in a.mentions:
            if m.kind != "org" or m.start != 0:
                continue
            words = m.value.split()
            if len(words) >= 2 and _SHOUTED.fullmatch(words[0]) and words[1][:1].isupper() and not words[1].isupper():
                shouted.append(m)
    if not shouted:
        return 0
    firsts = {m.value.split()[0] for m in shouted}
    rx = re.compile(r"\b(" + "|".join(sorted({w.capitalize() for w in firsts}, key=len, reverse=True)) + r")\b")
    titled = Counter(m.group(1) for a in articles for p in a.paragraphs for m in rx.finditer(p.text))
    n = 0
    for m in shouted:
        first, rest = m.value.split(" ", 1)
        if titled[first.capitalize()]:
            m.value = orgs.clean_org(f"{first.capitalize()} {rest}")  # "THE Supreme Court" -> "Supreme Court"
            n += 1
    return n


_SHOUTED = re.compile(r"[A-Z]{3,}")


def counter_evidence(articles) -> dict[str, str]:
    """value -> the kind of thing the archive shows it to be instead of a body."""
    if switches.get("NEWSFACET_ORG_KINDS", "1") == "0":
        return {}
    out = {}
    for v, f in features(articles).items():
        if orgs.known_org(v) or orgs.is_outlet(v):
            continue
        kind = decide(v, f)
        if kind:
            out[v] = kind
    return out
