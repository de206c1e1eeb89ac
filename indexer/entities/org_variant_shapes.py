"""Round 34: more shapes of an organisation's short form, met beside its long form in one article.

org_variants pairs a short form with a long form only in the shapes it knows (an acronym of the initials, a
country in front, "X of <country>", a company's tail words, a clipping). On the judged top-100 org values of
nineteen dev parts the commonest wrong class left was the unmerged variant, in shapes a newsroom writes
everywhere:
- the long form CUT AT A CONNECTIVE: "Australia Council" of "Australia Council for the Arts", "Victoria
  University" of "Victoria University of Wellington", "Ministry of Health" of "Ministry of Health and
  Population" -- the short form holds a body's head word, the long form goes on with "of", "for", "and" or a
  comma;
- a COUNTRY IN FRONT of the name: "National Hurricane Center" of "United States National Hurricane Center"
  (org_variants knew one word of a country in front only). Tried on dev and dropped: a country after it
  ("DDB Needham U.S." is the agency's American arm) and a town in front ("Kolkata Knight Riders" right, but
  "San Diego Border Patrol" is a sector of the Border Patrol, "Queensland Liberal Party" a state branch);
- an acronym with a group's tail: "AVTAR" of "AVTAR Group", "PME" of "PME Group Ltd" (not a trade's word:
  "RTZ Chemicals", "AWB International" are subsidiaries; never a body's head word: the "EC Commission" is
  not the EC);
- a hospital by its short name: "Angau" of "Angau Memorial General Hospital", "Bellbird Private" of "Bellbird
  Private Hospital";
- a field without its department: "Community Medicine" of "Department of Community Medicine".
A pair is only learnt where one article writes both forms; org_variants then decides, as for every shape,
where else the short form stands for the long one. NEWSFACET_ORG_VARIANT_SHAPES=0 turns these shapes off.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import switches
from .gazetteer import fold

# Words that go on from a name to its full form's rest ("Council for the Arts", "University of Wellington").
_CONNECTIVES = {"of", "for", "and", "&"}
# How many words a long form may add after the connective ("Department of Commerce, Supplies and Consumer
# Protection Management" adds six to "Department of Commerce").
_MAX_REST = 6
# A hospital's descriptive words before "Hospital" ("Angau Memorial General Hospital", "Bellbird Private
# Hospital", "Port Moresby General Hospital").
_HOSPITAL_TAIL = {"memorial", "general", "private", "referral", "teaching", "district", "provincial", "regional",
                  "national", "base", "public", "hospital", "hospitals"}
# Heads of a school named after its town, which a field of study after "of" makes another school ("Rajshahi
# University" and the "Rajshahi University of Engineering and Technology" are two universities; "Victoria
# University of Wellington" is Victoria University, by its town).
_SCHOOLS = {"university", "college", "institute", "school", "academy", "polytechnic"}
# A group's words after its acronym ("DBS Group Holdings", "RMJ Holdings Corp").
_GROUP_TAIL = {"group", "holdings", "holding"}
# The head words of a unit named "<head> of <field>" ("Department of Community Medicine").
_UNIT_HEADS = {"department", "faculty", "school", "institute", "centre", "center", "division", "unit", "bureau",
               "ministry", "college"}


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_VARIANT_SHAPES", "1") != "0"


def firm_and_co() -> bool:
    """NEWSFACET_FIRM_AND_CO=0 keeps "X and Co" apart from "X" (round 37: a partnership's legal form)."""
    return switches.get("NEWSFACET_FIRM_AND_CO", "1") != "0"


@lru_cache(maxsize=16384)
def _place(words: str) -> str:
    """The kind of gazetteer place a run of words names ("country", "region", "city"), or ""."""
    from . import places

    kinds = {p.kind for p in places.candidates(words)}
    return next((k for k in ("country", "region", "city") if k in kinds), "")


@lru_cache(maxsize=16384)
def _state(words: str) -> bool:
    """A first-level region and no town or country of that name: "Democratic Party of Wisconsin", "United
    Methodist Church of South Carolina" are a state's branch of the body, not its full name."""
    from . import places

    kinds = {p.kind for p in places.candidates(words)}
    return "region" in kinds and not kinds & {"city", "country"}


def _same(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(fold(x.rstrip(",")) == fold(y.rstrip(",")) for x, y in zip(a, b))


def acronym_tail(short: str, long_words: list[str]) -> bool:
    """ "AVTAR" : "AVTAR Group", "PME" : "PME Group Ltd": the acronym, a group's word and legal forms only."""
    from .org_spans import LEGAL

    if not enabled() or len(long_words) < 2 or long_words[0] != short:
        return False
    return fold(long_words[1]) in _GROUP_TAIL and all(fold(w.rstrip(",.")) in _GROUP_TAIL | LEGAL
                                                      for w in long_words[2:])


def cores_enabled() -> bool:
    """NEWSFACET_ACRONYM_CORES=0: an acronym pairs only with its long form's initials as written (before round 44)."""
    return enabled() and switches.get("NEWSFACET_ACRONYM_CORES", "1") != "0"


def core_initials(long_words: list[str], initials, country) -> set[str]:
    """Round 44: the initials of a long form's core, the name without a country written in front or a group's and a
    company's tail words behind -- "NHC" of "U.S. National Hurricane Center", "AEL" of "Asia Energy Logistics Group
    Ltd" (legal forms are cut before). Asked only of two org values of one article, as every shape here.
    ``initials`` and ``country`` are org_variants' own readings (it imports this module)."""
    if not cores_enabled() or len(long_words) < 3:
        return set()
    out = set()
    bare = _uncountried(" ".join(long_words), country)
    if bare is not None:
        out.add(initials(bare))
    tail = len(long_words)
    while tail > 2 and fold(long_words[tail - 1].rstrip(",.")) in _GROUP_TAIL | _FIRM_TAIL:
        tail -= 1
    if tail < len(long_words):
        out.add(initials(" ".join(long_words[:tail])))
    return {f for f in out if len(f) >= 2}


# Words closing a company's name that its initials leave out ("Asia Energy Logistics Group", "Sino Gas Holdings").
_FIRM_TAIL = {"group", "holdings", "holding", "company", "corporation", "international", "limited", "ltd"}


def known_long_enabled() -> bool:
    """Round 44: a built-in body's name is the long form of a short one its article writes beside it ("Security
    Council" beside "UN Security Council"), learnt as any pair (NEWSFACET_KNOWN_LONG_FORMS=0: never, as before)."""
    return enabled() and switches.get("NEWSFACET_KNOWN_LONG_FORMS", "1") != "0"


def first_word_enabled() -> bool:
    """NEWSFACET_FIRM_FIRST_WORD=0 keeps "Merrill" apart from "Merrill Lynch" in one article (before round 44)."""
    return enabled() and switches.get("NEWSFACET_FIRM_FIRST_WORD", "1") != "0"


def firm_first_word(sw: list[str], lw: list[str]) -> bool:
    """Round 44: a firm of two names called by its first in the same article ("Merrill" : "Merrill Lynch", "Goldman" :
    "Goldman Sachs"): the second word a name -- no English word but a common surname ("Lynch"; not "Google Translate",
    "Microsoft Outlook") --, no body's head word ("Ford" is not the "Ford Foundation") and no place's word; the first
    no place ("Manchester" is no short form of "Manchester United") nor a body's head word ("Senate" is no short
    form of a "Senate Finance" cut from its committee)."""
    lw = _without_legal(lw)  # round 51: "JPMorgan" : "JPMorgan Chase & Co", its legal form aside
    if not first_word_enabled() or len(sw) != 1 or len(lw) != 2 or fold(sw[0]) != fold(lw[0]):
        return False
    second = lw[1]
    if not (second[:1].isupper() and second.isalpha() and second[1:].islower()) or len(sw[0]) < 3:
        return False
    heads = _first_word_heads()
    if fold(second) in heads or fold(sw[0]) in heads:
        return False
    from .faker_names import common_surnames
    from .surname_bearers import english_word

    if english_word(second) and fold(second) not in common_surnames():
        return False  # a product or a part of the firm: "Google Translate", "Microsoft Outlook", "Amazon Employees"
    # ("Kmart Australia" is the firm's Australian arm, as round 34 found)
    return not _place(sw[0]) and not _place(second) and not _place(" ".join(lw))


def university_first(sw: list[str], lw: list[str]) -> bool:
    """Round 61: a university called by the name before its "University" ("Harvard" : "Harvard University", "Stanford",
    "Johns Hopkins"), when that name is no place ("Boston", "Princeton", "Oxford" are towns too): a health archive
    listed "Harvard" (16 articles) beside "Harvard University" (7). NEWSFACET_UNIVERSITY_FIRST=0 turns it off."""
    if len(lw) != len(sw) + 1 or fold(lw[-1]) != "university" or [fold(w) for w in lw[:-1]] != [fold(w) for w in sw]:
        return False
    return switches.get("NEWSFACET_UNIVERSITY_FIRST", "1") != "0" and not _place(" ".join(sw))


def _without_legal(words: list[str]) -> list[str]:
    """A firm's name without the legal form it closes with ("JPMorgan Chase & Co" -> "JPMorgan Chase": org_variants'
    legal forms, and the "&" before them), when two words or more remain; else as written.
    NEWSFACET_FIRM_LEGAL_FORM=0: always as written."""
    from .org_variants import _LEGAL

    if switches.get("NEWSFACET_FIRM_LEGAL_FORM", "1") == "0":
        return words
    out = _LEGAL.sub("", " ".join(words)).split()
    while out and out[-1] in ("&", "and"):
        out.pop()
    return out if 2 <= len(out) < len(words) else words


@lru_cache(maxsize=1)
def _first_word_heads() -> frozenset[str]:
    """The words neither half of a firm's two names may be: a body's, a unit's, a school's or a place kind's head (read
    once: firm_first_word is asked of every pair of an article's org values)."""
    from .org_evidence import _heads
    from .place_forms import KIND_WORDS

    return frozenset(_heads() | _UNIT_HEADS | _SCHOOLS | set(KIND_WORDS))


def fold_extensions(longs: Counter, country) -> Counter:
    """Round 34: a long form's own longer name, its first words and more, is no rival of it: "Reserve Bank of
    Zimbabwe Financial Intelligence Unit" beside "Reserve Bank of Zimbabwe", both paired with "Reserve Bank",
    counts for the shorter one. (Not a variant of it: "Bureau of X" and "Australian Bureau of X", both paired
    with "ABARE", stay rivals, as before.) Round 44: nor a long form with a country in front of it ("U.S. Customs and
    Border Protection" beside "Customs and Border Protection"). ``country``: org_variants' reading of a country's word."""
    out = Counter(longs)
    for o in sorted(longs, key=lambda v: -len(v)):
        bare = _uncountried(o, country) if cores_enabled() else None
        into = next((p for p in out if p != o and (o.split()[:len(p.split())] == p.split() or bare == p)), None)
        if into is not None:
            n = out.pop(o)
            if n > out[into]:  # the name written more often names the pair: "National Bank of Vanuatu" (17)
                out[o] = out.pop(into) + n  # over its cut "National Bank" (1), both paired with "NBV"
            else:
                out[into] += n
    return out


def _uncountried(name: str, country) -> str | None:
    """Round 44: a long form without the country written in front of it ("U.S. Customs and Border Protection" ->
    "Customs and Border Protection"): the same body, no rival of it for an acronym of the core (CBP)."""
    words = name.split()
    for k in (1, 2, 3):
        if len(words) - k >= 2 and country(" ".join(words[:k])):
            return " ".join(words[k:])
    return None


def _cut_at_connective(sw: list[str], lw: list[str], heads: frozenset[str]) -> bool:
    """The long form goes on from the short one at "of", "for", "and" or a comma: "Australia Council" : "Australia
    Council for the Arts", "Ministry of Health" : "Ministry of Health and Population"."""
    n = len(sw)
    if n < 2 or not _same(sw, lw[:n]) or len(lw) - n > _MAX_REST + 1 or not any(fold(w) in heads for w in sw):
        return False
    nxt, rest = fold(lw[n]), lw[n + 1:]
    if fold(lw[-1]) in _CONNECTIVES | {"the"}:
        return False  # "University of Waikato for": a span cut short, no name
    if nxt not in _CONNECTIVES and not lw[n - 1].endswith(","):
        return False
    if nxt == "of":
        # the owner ("Listing Committee of the Stock Exchange") or the place ("Victoria University of Wellington"),
        # but a state names a branch ("Democratic Party of Wisconsin") and a field after a school's name another
        # school ("Rajshahi University of Engineering and Technology")
        where = " ".join(rest)
        return not (_state(where) or fold(sw[-1]) in _SCHOOLS and not _place(where))
    # after "and", "for" or a comma, a second body is two bodies or a unit ("NSW Department of Education and Orara
    # High School", "Department of Agriculture for the Biogas Unit"); only a field's name goes on with "and" or a
    # comma ("Ministry of Health and Population"; "Garrison Investment Group and Victory Park Capital" are two firms)
    if any(fold(w.rstrip(",")) in heads | _UNIT_HEADS for w in rest):
        return False
    return nxt == "for" or bool({"of", "for"} & {fold(w) for w in sw})


def longer_form(sw: list[str], lw: list[str]) -> bool:
    """Whether the words ``lw`` are a longer form of ``sw`` in one of this module's shapes."""
    if not enabled() or len(lw) <= len(sw):
        return False
    n = len(sw)
    from .org_evidence import _heads

    heads = _heads()
    if _cut_at_connective(sw, lw, heads):
        return True
    # a country in front: "National Hurricane Center" : "United States National Hurricane Center" (not a town or
    # a state: "San Diego Border Patrol" is a sector of the Border Patrol, "Queensland Liberal Party" a branch)
    if n >= 2:
        for k in (1, 2, 3):
            if len(lw) == n + k and _same(sw, lw[k:]) and (_place(" ".join(lw[:k])) == "country"
                                                           or fold(" ".join(lw[:k])) in UNIONS):
                return True  # (round 41: "Security Council" : "UN Security Council")
    # a hospital by its short name: "Angau" : "Angau Memorial General Hospital"
    if _same(sw, lw[:n]) and fold(lw[-1]) in ("hospital", "hospitals") \
            and all(fold(w) in _HOSPITAL_TAIL for w in lw[n:]) and not _place(" ".join(sw)):
        return True
    # a team by its town, or by its nickname: "Boston" : "Boston Celtics", "Super Kings" : "Chennai Super Kings"
    if _team_by_town(sw, lw) or _team_by_nickname(sw, lw):
        return True
    # a field without its unit: "Community Medicine" : "Department of Community Medicine"
    return n >= 2 and len(lw) == n + 2 and fold(lw[0]) in _UNIT_HEADS and fold(lw[1]) == "of" and _same(sw, lw[2:])


# A club's words after its town's name: a plural nickname ("Celtics", "Knicks", "Super Kings") or a club word.
_CLUB_WORDS = {"united", "city", "rovers", "wanderers", "athletic", "albion", "hotspur", "county", "fc", "afc"}
# Round 58: the other words British clubs put after their town ("Ipswich Town", "Plymouth Argyle", "Sheffield
# Wednesday", "Accrington Stanley", "Partick Thistle"); not "Forest" or "Vale", which close places' names too
_CLUB_WORDS |= {"town", "argyle", "wednesday", "orient", "alexandra", "stanley", "thistle", "academical"}


def _team_by_town(sw: list[str], lw: list[str]) -> bool:
    """Round 42: a body the article names by its town alone, whose full name is the town and a team's name after it
    ("Boston" : "Boston Celtics", "New York" : "New York Knicks", "Mumbai" : "Mumbai Indians", "Leeds" : "Leeds
    United"). Asked of two org values of one article: the town's name filed as a body there is the team -- not a
    paper ("New York" : "New York Times", an outlet) nor a body of the town ("Boston University", "Boston
    Consulting Group": no nickname). NEWSFACET_TEAM_BY_TOWN=0 keeps them apart."""
    n = len(sw)
    if len(lw) > n + 3 or not _same(sw, lw[:n]) or switches.get("NEWSFACET_TEAM_BY_TOWN", "1") == "0":
        return False
    rest = lw[n:]
    if not all(w[:1].isupper() and w.isalpha() for w in rest):
        return False
    last = fold(rest[-1])
    team = last in _CLUB_WORDS or last.endswith("s") and not last.endswith(("ss", "us", "is", "news", "times", "sports"))
    if not team or not _place(" ".join(sw)):
        return False
    from .orgs import is_outlet

    return not is_outlet(" ".join(lw))


def _team_by_nickname(sw: list[str], lw: list[str]) -> bool:
    """Round 42: the other half of a club's name of town and nickname, the nickname of two words or more or after a
    town of two ("Super Kings" : "Chennai Super Kings", "Knight Riders" : "Kolkata Knight Riders", "Knicks" : "New
    York Knicks"; one word after a one-word town is org_variants' own "United" : "Manchester United"). The nickname
    must be a team's (_team_by_town's test), the words before it a town's."""
    n = len(sw)
    if len(lw) <= n or len(lw) - n > 3 or (n == 1 and len(lw) == 2) or not _same(sw, lw[len(lw) - n:]):
        return False
    town = lw[:len(lw) - n]
    return _team_by_town(town, lw)


# The letters newsrooms write for a country of several words before a body's name, keyed by the folded name.
_LETTERS_OF = {"papua new guinea": "png", "united arab emirates": "uae", "democratic republic of the congo": "drc",
               "democratic republic of congo": "drc", "new zealand": "nz", "hong kong": "hk",
               "central african republic": "car", "british virgin islands": "bvi",
               "democratic peoples republic of korea": "dprk", "peoples republic of china": "prc"}
# Round 41: ... and the two unions of states newsrooms abbreviate the same way ("United Nations Security Council" is
# the "UN Security Council"; tehrantimes2020's dev list held both, 12 and 11 articles, and "Security Council" alone)
_LETTERS_OF.update({"united nations": "un", "european union": "eu"})
UNIONS = frozenset({"un", "eu", "u n", "e u", "united nations", "european union"})
_COUNTRY_LETTERS = re.compile(r"^(%s) (?=\S)" % "|".join(sorted(map(re.escape, _LETTERS_OF), key=len, reverse=True)))


def letters_enabled() -> bool:
    """NEWSFACET_COUNTRY_LETTERS=0 keeps "Papua New Guinea Defence Force" and "PNG Defence Force" apart."""
    return switches.get("NEWSFACET_COUNTRY_LETTERS", "1") != "0"


def country_letters(key: str) -> str:
    """Round 38: a folded org name with the letters newsrooms write for its leading country ("papua new guinea defence
    force" -> "png defence force"), as org_variants.variant_key reads it under the shapes switch."""
    return _COUNTRY_LETTERS.sub(lambda m: _LETTERS_OF[m.group(1)] + " ", key)


# (compiled once: clipped is asked for every pair of an article's org values)
_CAPITAL = re.compile(r"[A-Z]")
_PEOPLE_END = re.compile(r"(?:er|ers|ian|ians|an|ans|ese|ish|i|is)")
_ADJECTIVE_END = re.compile(r"(?:ary|arian|arians|al|ial|ional|ic|ical|ist|ists|ism|ive)")


def clipped(sw: list[str], lw: list[str]) -> bool:
    """Whether the short name's words clip the long name's, word by word ("Fed" : "Federal Reserve", "Lib Dems" :
    "Liberal Democrats"); org_variants._short_of's last shape."""
    if len(sw) > len(lw) or len(sw[0]) < 3:
        return False
    # clipping: each word a prefix of the long form's word ("Fed" Federal Reserve, "Lib Dems" Liberal Democrats);
    # round 53: a word written whole beside a clipped one ("Met Police" : "Metropolitan Police")
    cut = 0
    for s, w in zip(sw, lw):
        if cut and fold(s) == fold(w) and len(sw) == len(lw) and switches.get("NEWSFACET_CLIPPED_WHOLE", "1") != "0":
            continue
        cut += 1
        if w[:1].isupper() and _CAPITAL.match(w[len(s):len(s) + 1]):
            return False  # a compound holding the name is no clipping: "Apple" / "AppleInsider"
        whole, w = fold(s), fold(w)
        s = whole.rstrip("s")
        if len(s) < 3 or not w.startswith(s) or len(s) >= len(w.rstrip("s")):
            return False  # a strict clipping only: "Treasury" is not short for "Treasury Committee"
        # (the endings are read after the word as written too: "Congress" / "Congressional", whose "ss" the
        # plural's strip takes both of)
        ends = {w[len(s):]} | ({w[len(whole):]} if w.startswith(whole) else set())
        if any(_PEOPLE_END.fullmatch(end) for end in ends):
            return False  # a town is no clipping of its people: "Copenhagen" / "Copenhagener"
        if any(_ADJECTIVE_END.fullmatch(end) for end in ends):
            return False  # nor a body of its adjective: "Parliament" / "Parliamentary Committee"
    return len(sw) == len(lw) or len(sw) == 1
