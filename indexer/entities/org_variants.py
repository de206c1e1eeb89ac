"""Corpus pass for organisations: one value per body across its written variants.

Three kinds of variant, each merged only on evidence:
- case, "the", a trailing "party", British and American spelling ("Labour party" / "Labour Party"): one key, the
  form most articles use wins;
- a short form next to its long form in one article -- an acronym ("International Monetary Fund (IMF)",
  or "IMF" in an article that also says "International Monetary Fund"), a clipping ("the Fed" beside
  "Federal Reserve", "Lib Dems" beside "Liberal Democrats"), a head noun ("Commons" beside "House of
  Commons", "United" beside "Manchester United"), a company's first words ("Ford" beside "Ford Motor"):
  the pair is learnt there, and the short form takes the long form's value in every article of the
  corpus, as long as the corpus pairs it with one long form (or one three times as often as all others);
- legal-form suffixes ("Chrysler Corp", "Texaco Inc") are variants of the bare name, which is shown;
- known aliases from orgs.ALIASES are already canonical when tagged, and are left alone here.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from . import org_firm_names, org_name_forms, org_organs, org_spacings, org_variant_shapes, orgs, places, switches
from .gazetteer import fold
from .junk import is_demonym
from .legal_forms import TRAILING
from .org_name_forms import _COUNTRY_ABBR, _INVERTIBLE, _SMALL, acronym_forms, initials, of_initials
from .org_name_forms import initial_forms as _initial_forms
from .org_name_forms import inverted as _inverted
from .org_university_names import alone_names

_CHAMBERS = {"house", "chamber", "palace"}
# Legal-form suffixes of company names: "Chrysler Corp" is Chrysler (legal_forms.py).
_LEGAL = TRAILING
# Words closing a company's full name that its everyday name leaves out ("Ford Motor", "Samsung Electronics"),
# unlike a committee or a department ("Treasury Select Committee" is not the Treasury).
_COMPANY_TAIL = {"motor", "motors", "airways", "airlines", "electronics", "petroleum", "oil", "steel", "chemical",
                 "chemicals", "electric", "brothers", "industries", "communications", "telephone", "telecom",
                 "telecommunications", "holdings", "international", "group", "computer", "computers", "systems",
                 "pharmaceuticals", "entertainment", "energy", "mining", "resources", "foods", "stores"}
_COMPANY_TAIL |= {"investors", "service", "services", "society"}  # "Moody's Investors Service", "Uganda Red Cross Society"
_COMPANY_TAIL |= {"channel"}  # round 60: "Fox News Channel" (a politics archive: 7 articles apart from "Fox News")
SHARE = float(switches.get("NEWSFACET_ORG_PAIR_SHARE", "1"))  # paired articles per lone one, corpus-wide
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?")
_DEFINED = re.compile(r"^(.*\S)\s*\(([A-Z][A-Za-z&]{1,7})\)?$")
_BRACKETED = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,7})\)")


def _country_word(word: str) -> bool:
    """A country's name, abbreviation or adjective in front of a body's name ("U.S.", "Japanese")."""
    key = fold(word)
    return bool(_COUNTRY_ABBR.match(key)) or is_demonym(word) or any(
        p.kind == "country" for p in places.candidates(word))


def variant_key(value: str) -> str:
    """One key for case, "the", "'s", "&"/"and", a trailing "party", British/American spelling and a head
    noun's side ("Agriculture Department" / "Department of Agriculture") variants of an organisation name."""
    return _variant_key(value, org_variant_shapes.enabled(), org_variant_shapes.firm_and_co(),
                        org_variant_shapes.letters_enabled(), org_organs.enabled(), _group_tail(),
                        org_name_forms.groups_of(), org_name_forms.conventions())


def _group_tail() -> bool:
    """NEWSFACET_FIRM_GROUP=0 keeps "X Group Inc", "X Holdings" apart from "X" (round 50)."""
    return switches.get("NEWSFACET_FIRM_GROUP", "1") != "0"


# Round 50: a firm's "Group"/"Holdings" closing its formal name ("Goldman Sachs Group Inc", "HSBC Holdings", "Alibaba
# Group Holding", "the Islamic State group"): the name without it is the same body. A Reuters business archive had
# "Goldman Sachs" in 17 articles and "Goldman Sachs Group Inc" in 12 (its "Goldman" mentions following either).
_GROUP_TAIL = re.compile(r"(?<=\S)(?:\s+(?:group|holdings?))+$")


@lru_cache(maxsize=65536)  # per distinct value (and switches): the corpus pass asks for every mention several times
def _variant_key(value: str, shapes: bool, and_co: bool, letters: bool = False, organs: bool = False,
                 group: bool = False, groups_of: bool = False, conventions: tuple = (False,) * 4) -> str:
    k = fold(value.replace("U.S.", "US").replace("U.K.", "UK").replace("U.N.", "UN").replace("E.U.", "EU"))
    k = org_name_forms.united_nations(re.sub(r"^the\s+", "", k), conventions[2])  # round 66: "UN FAO", "FAO"
    if organs:  # round 45: "Central Committee of the WPK" is the "WPK Central Committee" (org_organs.py)
        k = org_organs.owner_first(k, _INVERTIBLE, _country_word)
    if shapes:  # round 34: "United States Air Force" is the "US Air Force"
        k = re.sub(r"^united states(?: of america)?\b", "us", re.sub(r"^united kingdom\b", "uk", k))
        # round 38: ... and "Papua New Guinea Defence Force" the "PNG Defence Force" (the letters newsrooms write for a
        # country of several words; only where a body's name goes on after them)
        k = org_variant_shapes.country_letters(k) if letters else k
    k = re.sub(r"[’']s$", "", k).replace("&", "and")
    k = re.sub(r"\s+party$", "", k)
    if and_co:  # round 37: "Merrill Lynch and Co" is Merrill Lynch ("&" is "and" by now)
        k = re.sub(r"(?<=\S)\s+and\s+(co\b\.?)", r" \1", k)
    k = _LEGAL.sub("", k) or k  # "Chrysler Corp", "Texaco Inc", "British Petroleum Co Plc"
    if group:
        bare = _GROUP_TAIL.sub("", k)
        # (a name of one word stays whole unless written in capitals: "Chaudhary Group" beside a "Chaudhary" the
        # police arrested -- a family's name alone is as often one of the family; found on held-out nepal_english2020)
        if bare and (" " in bare or value.split()[0].isupper()):
            k = bare
    if groups_of:
        k = org_name_forms.group_number(k)
    if conventions[1]:
        k = org_name_forms.lower_house(k)
    k = re.sub(r"isation\b", "ization", k).replace("co operat", "cooperat")  # Organisation, Co-operation
    k = re.sub(r"\b(defen)ce\b", r"\1se", k)  # Defence, Defense (round 32: "US Department of Defence")
    k = re.sub(r"\b(cent|theat)re\b", r"\1er", k)  # Centre, Center; Theatre, Theater
    k = re.sub(r"\bprogramme\b", "program", k)  # round 65: "World Food Programme", "World Food Program" (an aid archive)
    k = _inverted(re.sub(r"\s+", " ", k).strip())
    return org_name_forms.small_words(org_name_forms.department_dropped(k) if conventions[0] else k, conventions[3])


# (compiled once: _bare is asked for every pair of an article's org values)
_POSSESSIVE = re.compile(r"[’']s$")
_INSIDE = re.compile(r"\s\(([A-Z][A-Za-z&]{1,7})\)?$")


def _bare(word: str) -> str:
    return fold(_POSSESSIVE.sub("", word))


def _short_of(short: str, long: str, shapes: bool = True) -> bool:
    """Whether ``short`` abbreviates ``long`` (both organisation names met in one article); ``shapes``: also in
    org_variant_shapes' shapes."""
    if short == long or len(short) >= len(long):
        return False
    sw, lw = short.split(), long.split()
    short = org_name_forms.of_case(short)  # round 59: "BoE", "DoJ", "MoD": the "o" of an "of" in small letters
    if _ACRONYM.fullmatch(short):
        if short in lw and not (shapes and org_variant_shapes.acronym_tail(short, lw)):
            return False  # "EC Commission" is not the long form of "EC"
        forms = acronym_forms(long)  # "USDA": "US Agriculture Department"; round 58: "DOJ": "Justice Department"
        if shapes:
            forms |= org_variant_shapes.core_initials(lw, initials, _country_word)  # round 44: "NHC", "AEL"
        return short.rstrip("s") in forms or short.replace("&", "") in {f.replace("&", "") for f in forms} \
            or shapes and org_variant_shapes.acronym_tail(short, lw)  # round 34: "AVTAR" : "AVTAR Group"
    if len(lw) > len(sw) and _country_word(lw[0]) and variant_key(" ".join(lw[1:])) == variant_key(short):
        return True  # "Agriculture Department" : "U.S. Agriculture Department"
    if len(lw) >= len(sw) + 2 and [fold(w) for w in lw[:len(sw)]] == [fold(w) for w in sw] \
            and fold(lw[len(sw)]) == "of" and len(lw) <= len(sw) + 4 and _country_word(" ".join(lw[len(sw) + 1:])):
        return True  # "Grains Council" : "Grains Council of Australia"
    if len(sw) < len(lw) and [_bare(w) for w in lw[:len(sw)]] == [_bare(w) for w in sw] \
            and all(fold(w) in _COMPANY_TAIL for w in lw[len(sw):]):
        return True  # "Ford" : "Ford Motor"
    if len(sw) == 1 and len(lw) == 3 and fold(lw[0]) in _CHAMBERS and fold(lw[1]) == "of" \
            and fold(sw[0]) == fold(lw[-1]):
        return True  # "Commons" : "House of Commons" (not "England" : "Bank of England")
    if len(sw) == 1 and len(lw) == 2 and fold(sw[0]) == fold(lw[1]) and sw[0][:1].isupper():
        return True  # "United" : "Manchester United", "Madrid" : "Real Madrid" (org readings only)
    if shapes and (org_variant_shapes.firm_first_word(sw, lw) or org_variant_shapes.university_first(sw, lw)):
        return True  # round 44: "Merrill" : "Merrill Lynch"; round 61: "Harvard" : "Harvard University"
    if shapes and org_variant_shapes.longer_form(sw, lw):
        return True  # round 34: "Australia Council" : "Australia Council for the Arts", ...
    return org_variant_shapes.clipped(sw, lw)


def merge_org_variants(articles, archive: Iterable[str] = ()) -> None:
    """``archive``: the org values earlier indexing runs put in the facet: a spelling of one of them keeps
    it, and each is evidence of a body (org_evidence.gate)."""
    from .org_evidence import gate
    from .org_generic import kind_alone, resolve_generic, resolve_state_bodies
    from .org_owners import settle_owned_names
    from .org_places import refile_places
    from .org_words import weed

    low, cap = weed(articles)  # ordinary words and people's names first: they are no variant of anything
    settle_owned_names(articles, low)  # "Austria's Medical University of Vienna", "UK Government's Benefit Cap"
    refile_places(articles)  # ... and towns the corpus mostly files as places
    known = set(orgs.ALIASES) | set(orgs.OUTLETS)
    # 1. case / "the" / party variants, corpus-wide: the form most articles use
    forms: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        for value in {m.value for m in a.mentions if m.kind == "org"}:
            forms[variant_key(value)][value] += 1
    canon: dict[str, str] = {}
    shown = org_name_forms.shown  # round 60: "Department of Homeland Security", not its portfolio; 66: no "UN's"
    for key, c in forms.items():
        fixed = [v for v in c if v in known]
        bare = [v for v in c if not _LEGAL.search(fold(v))] or list(c)  # "General Motors", not "... Corp"
        canon[key] = fixed[0] if fixed else max(bare, key=lambda v: (shown(v), c[v], v[:1].isupper(), len(v), v))
    org_spacings.join_spacings(forms, canon, known)  # "Al Jazeera" / "Aljazeera", "CTVNews.ca" / "CTV News"
    archive = set(archive)
    for value in sorted(archive):  # the archive's spelling stays: a later file's "X Inc" is its "X"
        key = variant_key(value)
        if key in canon and canon[key] not in known and canon[key] not in archive:
            canon[key] = value
    _archive_acronyms(articles, canon, known)
    # 2. short forms paired with a long form inside one article
    take_known = org_variant_shapes.known_long_enabled()  # round 44: a built-in name is a long form too
    pairs: dict[str, Counter] = defaultdict(Counter)  # short form -> long forms, by articles
    defined: Counter = Counter()  # short form -> its bracketed definitions
    for a in articles:
        # (in the article's order, not a set's: a tie between two long forms goes to the one written first,
        # the same in every run, whatever the process's string hashes)
        values = list(dict.fromkeys(canon[variant_key(m.value)] for m in a.mentions if m.kind == "org"))
        for m in a.mentions:
            if m.kind != "org":
                continue
            inside = _INSIDE.search(m.text)  # one span "Long Name (LN)", ")" trimmed
            b = inside or _BRACKETED.match(a.paragraphs[m.paragraph].text[m.end:m.end + 12])
            if b and len(m.value.split()) >= 2:
                pairs[variant_key(b.group(1))][canon[variant_key(m.value)]] += 1
                defined[variant_key(b.group(1))] += 1  # "Long Name (LN)": the article pairs them
        for short in values:
            for long in values:
                if long == short or long in known and not (take_known and short not in known):
                    continue
                bare = _LEGAL.sub("", long) or long
                if short in known:  # "OECD" known: its long form spelt another way joins it -- in the shapes
                    # before round 34 only: a longer name of a known body is a branch ("Democratic Party of Wisconsin")
                    if _short_of(short, bare, shapes=False):
                        canon[variant_key(long)] = short
                elif _short_of(short, bare) or bare != long and _legal_initial(short, long):
                    pairs[variant_key(short)][long] += 1
    learnt: dict[str, str] = {}  # short form's key -> the one long form the corpus pairs it with
    sole: set[str] = set()  # ... an acronym the archive spells out one way only, in two articles or more
    for key, longs in pairs.items():
        if org_variant_shapes.enabled():
            longs = org_variant_shapes.fold_extensions(longs, _country_word)
        (top, n), *rest = longs.most_common()
        if n >= 3 * sum(c for _, c in rest):  # one long form, or one far more often than any other
            learnt[key] = top
            if n >= 2 and _ACRONYM.fullmatch(key.upper()) and key.upper() in _initial_forms(top) \
                    and all(_spelling_of(other, top) or c * RIVAL_SHARE <= n and _rivals_minor()
                            or org_organs.organ_of(other, top, variant_key) for other, c in rest):
                # (round 15: a slip of spelling, "Southern Africa Development Community", is no rival; round 31:
                # nor a body sharing the initials beside it in one article of ten -- "New Republic" once beside
                # National Review's "NR" of "NRPLUS members help keep NR going", in every piece of its archive;
                # round 45: nor the body's own organ, "Central Committee of the WPK" beside "WPK")
                sole.add(key)
    org_organs.owner_acronyms(forms, canon, learnt, sole, variant_key)  # "WPK Central Committee" (round 45)
    sole |= alone_names(learnt, pairs)  # round 63: "Ryerson" alone is the archive's one "Ryerson University"
    if org_firm_names.enabled():
        for key, long in org_firm_names.first_names(articles, pairs, low, variant_key, learnt, forms).items():
            learnt[key] = long
            sole.add(key)
    homes = _homes(articles) if learnt else [None] * len(articles)
    heres = [{canon[variant_key(m.value)] for m in a.mentions if m.kind == "org"} for a in articles]
    alone: Counter = Counter()  # short form -> articles naming it without its long form
    beside: Counter = defined.copy()  # ... and with it (a bracketed definition is with it)
    for here in heres:
        for k in {variant_key(v) for v in here} & learnt.keys():
            (beside if learnt[k] in here else alone)[k] += 1
    for a, home, here in zip(articles, homes, heres):
        for m in a.mentions:
            if m.kind == "org" and m.value not in known:
                key = variant_key(m.value)
                if key not in learnt and key in canon and variant_key(canon[key]) in sole:
                    key = variant_key(canon[key])  # round 59: "JP Morgan", "J.P. Morgan" spell the sole "JPMorgan"
                long = learnt.get(key)
                # A short form ("Supreme Court", "Navy", "ICC") names the long form learnt elsewhere only
                # where its own article says so, where the archive mostly writes it beside that long form
                # (as many articles pair them as name it alone), or where the long form is the archive's own
                # country's body: otherwise the same short name stands for other bodies in other articles.
                # An acronym that is its long form's initials, which the archive spells out in no other way
                # in two articles or more, is that body in all of them ("SADC", "ULMWP"; round 14: on the
                # top-200 org values of the 29 corpora such pairs were left apart where the acronym stood
                # alone in most articles, a regional body's way in a national paper). Round 48: never a national
                # body's kind alone ("Cabinet") by the archive's pairs: org_generic.kind_alone.
                if long is not None and (long in here or beside[key] >= alone[key] * SHARE and not kind_alone(m.value, here)
                                         or key in sole or _home_body(long, m.value, home)):
                    m.value = long
                else:
                    m.value = canon.get(key, m.value)
        resolve_generic(a)
    resolve_state_bodies(articles)
    gate(articles, low, cap, archive)  # last, on the merged values: a value with no evidence of a body leaves the facet


def _legal_initials() -> bool:
    """NEWSFACET_LEGAL_INITIALS=0: an acronym's letters never take its name's legal form (before round 59)."""
    return switches.get("NEWSFACET_LEGAL_INITIALS", "1") != "0"


def _legal_initial(short: str, long: str) -> bool:
    """Round 59: an acronym whose last letter is its name's legal form ("FDIC" : "Federal Deposit Insurance Corp"):
    the bare name's initials lack it. A Reuters archive kept the two apart in the 14 articles writing both. Three
    letters or more: "BC" of "1000 BC" is no "Britannia & Co"."""
    return len(short) >= 3 and bool(_ACRONYM.fullmatch(short)) and _legal_initials() and _short_of(short, long)


RIVAL_SHARE = 10  # a long form paired with an acronym this many times less often than its top one is no rival


def _rivals_minor() -> bool:
    """NEWSFACET_ACRONYM_RIVALS=0: any other long form paired with an acronym keeps it from being sole (round 30)."""
    return switches.get("NEWSFACET_ACRONYM_RIVALS", "1") != "0"


def _spelling_of(other: str, top: str) -> bool:
    """Whether long form ``other`` spells ``top`` another way: the same words but for their endings and the
    small words ("Criminal Investigations Department", "... Movement of West Papua" for "... for West Papua");
    "International Cricket Council" is no spelling of "International Criminal Court"."""
    a = [fold(w)[:5] for w in other.split() if fold(w) not in _SMALL]
    b = [fold(w)[:5] for w in top.split() if fold(w) not in _SMALL]
    return a == b


def _archive_acronyms(articles, canon: dict[str, str], known: set[str]) -> None:
    """A built-in alias's acronym ("ICC" -> International Criminal Court) yields to the archive's own spelling
    out: a cricket archive that writes "International Cricket Council" beside "ICC" means that body by it. An
    article that spells the acronym out itself ("International Criminal Court (ICC)") means what it spells."""
    own: dict[str, Counter] = defaultdict(Counter)  # acronym as written -> the archive's long forms, by articles
    spelt_in: list[dict[str, str]] = []  # per article: acronym -> the long form it is written beside, "X (ICC)"
    longs_in: list[dict[str, None]] = []  # per article: its own long forms
    spelt_out: set[tuple[str, str]] = set()  # (acronym, long form) some article writes "Long Form (ACRONYM)"
    in_full: set[str] = set()  # built-in values some article writes in full ("European Union", not "EU")
    for a in articles:
        written, longs = {}, {}  # (ordered sets: the archive's order breaks ties, as in step 2)
        spelt: dict[str, str] = {}
        for m in a.mentions:
            if m.kind != "org":
                continue
            defined = _DEFINED.match(m.text.strip())  # "International Cricket Council (ICC)", one span
            after = None if defined else _BRACKETED.match(a.paragraphs[m.paragraph].text[m.end:m.end + 12])
            if m.value in known and defined and variant_key(defined.group(1)) != variant_key(m.value):
                written[defined.group(2)] = None
                longs[canon.get(variant_key(defined.group(1)), defined.group(1))] = None
                _spelt(spelt, defined.group(2), canon.get(variant_key(defined.group(1)), defined.group(1)))
                continue
            if m.value in known and _ACRONYM.fullmatch(m.text.strip()):
                written[m.text.strip()] = None
            elif m.value in known and " " in m.text.strip():
                in_full.add(m.value)
            elif m.value not in known:
                longs[canon[variant_key(m.value)]] = None
            if defined or after:
                _spelt(spelt, (defined or after).group(2 if defined else 1),
                       m.value if m.value in known else canon[variant_key(m.value)])
        for short in written:
            # a long form the article spells the acronym out with is that acronym's here, before any other
            # long form of the article that merely shares its initials ("the Iran Chamber of Commerce ... the
            # International Chamber of Commerce (ICC)")
            if short in spelt:
                if spelt[short] not in known:
                    own[short][spelt[short]] += 1
                    spelt_out.add((short, spelt[short]))
            else:
                own[short].update(v for v in longs if _short_of(short, v))
        spelt_in.append(spelt)
        longs_in.append(longs)
    # (round 23: beyond the articles that write it, the archive's long form is the acronym's reading when an article
    # spells the acronym out with it, when two articles or more pair them, or when the archive never writes the
    # built-in body in full: one article's "Edgehill University" beside "outside the EU" had made every EU of an
    # archive that writes "European Union" elsewhere that university; a cricket archive's one "International
    # Cricket Council" still makes its ICC the council, where nobody writes "International Criminal Court")
    own = {short: (top, n) for short, longs in own.items() if longs for top, n in [longs.most_common(1)[0]]}
    for a, spelt, longs in zip(articles, spelt_in, longs_in):
        for m in a.mentions:
            if m.kind == "org" and m.value in known:
                defined = _DEFINED.match(m.text.strip())
                short = defined.group(2) if defined else m.text.strip()
                if defined and variant_key(defined.group(1)) == variant_key(m.value):
                    continue  # the built-in long form itself, spelt out
                top, n = own.get(short, (None, 0))
                held = top in longs or n >= 2 or (short, top) in spelt_out or m.value not in in_full
                here = spelt.get(short) or (top if held else None)
                if here is not None and here != m.value:
                    m.value = here
                    canon.setdefault(variant_key(m.value), m.value)


def _spelt(spelt: dict[str, str], short: str, long: str) -> None:
    """Note that an article writes ``short`` in brackets after ``long``, when ``short`` is its initials exactly
    (not "EU" after "SADC-European Union" or after a span that took in "a European Union")."""
    forms = {initials(long)} | ({initials(long, of=True)} if of_initials() else set())  # round 58: "DOJ"
    if short.upper().rstrip("S") in forms or short.upper() in forms:
        spelt.setdefault(short, long)


def _homes(articles) -> list[str | None]:
    from .archive import home_countries

    return home_countries(articles)[0]


def _home_body(long: str, short: str, home: str | None) -> bool:
    """Whether ``long`` is ``short`` qualified by the archive's home country ("Reserve Bank of New Zealand" for
    "Reserve Bank" in a New Zealand archive; "Sri Lankan Navy" for "Navy" in a Sri Lankan one)."""
    if not home:
        return False
    from .archive import sure_country
    from .org_generic import country_itself

    rest = fold(long)
    for w in fold(short).split():
        rest = re.sub(rf"\b{re.escape(w)}\b", " ", rest, count=1)
    rest = re.sub(r"^\s*(?:the\s+)?|\s+of\s*$|^\s*of\s+", "", re.sub(r"\s+", " ", rest)).strip()
    rest = re.sub(r"^of\s+", "", rest).strip()
    h = fold(home)
    if _ACRONYM.fullmatch(short):  # "SLPP": its long form names the home country ("Sri Lanka Podujana ...")
        return re.search(rf"\b{re.escape(h)}\b", rest) is not None
    if not rest:
        return False
    if rest == h or sure_country(rest) == home and country_itself(rest, short):
        return True
    # a demonym of the home country ("Sri Lankan", "Israeli"): the country's name with an adjective ending
    if re.fullmatch(rf"{re.escape(h)}(?:n|an|ian|i|ese|ish)", rest) or re.fullmatch(rf"{re.escape(h[:-1])}(?:n|an|ian|i|ese|ish)", rest):
        return True
    return len(rest.split()) <= 2 and rest.startswith(h[:max(4, len(h) - 1)]) and _demonym_word(rest)


def _demonym_word(text: str) -> bool:
    return is_demonym(text) or is_demonym(text.split()[-1])
