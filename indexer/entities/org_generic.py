"""Generic body names in the organisation facet: a name every state, town or body of a kind is written with
("the Council", "High Court", "State Cabinet") names one body only where its article says which; elsewhere it
leaves the facet. Run by org_variants.merge_org_variants once the variants are merged.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import switches
from .gazetteer import fold
from .org_variants import _country_word

# A body's head noun alone ("the Council says", "Church officials", "the Administration") stands for the
# one body of the article it closes or opens; with none or several, it names nobody in particular.
# (Legislatures and cabinets are left alone: "Parliament", "Senate", "Congress" name one body in a country.)
_GENERIC = {"council", "church", "court", "administration", "department", "ministry", "agency", "authority",
            "board", "bureau", "committee", "association", "federation", "union", "institute", "university",
            "company", "corporation", "firm", "organisation", "organization", "society", "foundation", "club",
            "commission", "tribunal"}
# Round 41: "the Party" of a one-party state's wire, "the Embassy": lone heads of one body of the article too, but no
# words of a state's own body's name (_STATE_BODY_WORDS: "Labour Party" is no generic body like "Labour Department")
_LONE_HEADS = _GENERIC | {"party", "embassy"}


# Round 48: the one-word names of the chambers, cabinets and forces every country has. Another article pairing
# "Cabinet" with "Security Cabinet" or "Congress" with "Salvadoran Congress" says nothing about this article's
# "Cabinet": a pooled wire's story on Panama named Panama's.
_NATIONAL = {"assembly", "congress", "cabinet", "senate", "parliament", "legislature", "government", "police", "army",
             "navy", "judiciary", "secretariat", "treasury"}


def kind_alone(value: str, here: set[str]) -> bool:
    """Whether an org value is a body's kind alone that names the long form other articles pair it with only in
    its own article or as the archive's home country's body (org_variants.merge_org_variants): a national
    chamber's or force's ("Cabinet", "Senate"), or a lone head noun ("University") whose article ``here`` names
    its own body so called (resolve_generic then gives it that one). NEWSFACET_KIND_ALONE_LOCAL=0: never."""
    word = fold(value)
    if " " in word or switches.get("NEWSFACET_KIND_ALONE_LOCAL", "1") == "0":
        return False
    return word in _NATIONAL or word in _LONE_HEADS and any(
        word in fold(v).split() for v in here if " " in v.strip())


def generic_head(word: str) -> bool:
    """Whether ``word`` is a body's head noun alone ("Embassy", "Council"; round 41: the tagger files such a word
    the model tagged PERSON as an organisation, for resolve_generic to name the article's one body so called)."""
    return fold(word) in _LONE_HEADS


# Words a state's or a town's own body is named with and nothing else ("High Court", "Legislative Assembly",
# "Public Works Department", "State Cabinet"): its kind, and the adjectives and portfolios every state uses.
_STATE_BODY_WORDS = _GENERIC | {
    "high", "supreme", "district", "state", "government", "legislative", "assembly", "cabinet", "legislature",
    "public", "works", "revenue",
    "agriculture", "health", "education", "home", "finance", "transport", "police", "municipal", "forest",
    "forests", "irrigation", "industries", "labour", "labor", "tourism", "housing", "water", "resources",
    "welfare", "social", "rural", "urban", "development", "electricity", "roads", "fisheries", "excise",
    "income", "tax", "taxes", "sessions", "civil", "magistrate", "corporation", "secretariat", "of", "and",
}


# Round 53: ... and the words of a town's or a county's own bodies ("City Council", "Village Board", "Park
# District", "Board of Education", "Fire Department"): a local paper's "City Council" lumped a dozen towns'
# councils (a Chicago archive: 60 articles, Aurora's, Waukegan's, Evanston's ...).
_LOCAL_BODY_WORDS = {"city", "town", "village", "borough", "township", "county", "parish", "park", "parks",
                     "school", "schools", "fire", "planning", "zoning", "trustees", "aldermen", "selectmen",
                     "supervisors", "commissioners", "library", "sanitation", "hall"}


_KIND_WORDS = _STATE_BODY_WORDS | _LOCAL_BODY_WORDS | {"ward", "wards", "precinct"}  # (no place: _no_place)


def _local_enabled() -> bool:
    return switches.get("NEWSFACET_LOCAL_BODIES", "1") != "0"


def country_itself(name: str, body: str) -> bool:
    """Whether a place name qualifying a generic ``body`` reads as a country, not as one of its regions or towns:
    "Illinois Senate" is no "Senate" of a US archive's home (org_variants._home_body). A body's own name qualified
    by its town stays its home's ("Chicago Tribune" for "Tribune"), a name of two words or more does not ("Ala.
    Chicago Bears" for "Chicago Bears"); NEWSFACET_LOCAL_BODIES=0: any place does."""
    from . import places

    word = fold(body)
    if not _local_enabled() or not (word in _NATIONAL or word in _LONE_HEADS or _state_body(body) or " " in word):
        return True  # (a name of two words or more is whole: "Ala. Chicago Bears" is no home form of "Chicago Bears")
    return any(p.kind == "country" for p in places.candidates(name))


def _state_body(value: str) -> bool:
    words = fold(value).split()
    if len(words) < 2 or words[0] in ("of", "and"):
        return False
    local = _local_enabled()
    return all(w in _STATE_BODY_WORDS or local and w in _LOCAL_BODY_WORDS for w in words)


# "State Cabinet", "State Assembly", "State Government": the body of whichever state the article is about, never
# one body of the archive ("State Department" is the American ministry).
_OWN_STATE = re.compile(r"state (?:cabinet|assembly|government|legislature|secretariat|police|council)")


def _qualified(value: str, bare: str) -> str | None:
    """The place word qualifying a generic body's name ("Madras" of "Madras High Court", "Kerala" of "High
    Court of Kerala"), or None when ``value`` is no qualified form of ``bare``."""
    v, b = fold(value), fold(bare)
    if v.endswith(" " + b):
        return value[: len(value) - len(bare)].strip()
    if v.startswith(b + " of "):
        return value[len(bare) + 4:].strip()
    return None


def resolve_state_bodies(articles) -> None:
    """A generic body's name the archive also writes for two or more towns or states ("Madras High Court",
    "Kerala High Court"; "Kerala Legislative Assembly", "Tamil Nadu Legislative Assembly") names no one body on
    its own: in an article naming one of them it is that one, elsewhere it goes. A country's body ("U.S. Supreme
    Court", "English High Court") among them makes the bare name that national one, and it stays."""
    values = {m.value for a in articles for m in a.mentions if m.kind == "org"}
    generic = {v for v in values if _state_body(v)}
    if not generic:
        return
    qualified: dict[str, set[str]] = defaultdict(set)
    for v in values:
        for g in generic:
            q = _qualified(v, g) if v != g else None
            if q and not _no_place(q):
                qualified[g].add(v)
    ambiguous = {g for g, forms in qualified.items() if len(forms) >= 2
                 and not any(_country_word(_qualified(f, g).split()[0]) for f in forms)}
    ambiguous |= {g for g in generic if _OWN_STATE.fullmatch(fold(g))}
    if not ambiguous:
        return
    for a in articles:
        here = {m.value for m in a.mentions if m.kind == "org"}
        places = _place_counts(a) if _local_enabled() else Counter()

        def owners_of(m, here=here, places=places):
            if m.kind != "org" or m.value not in ambiguous:
                return None
            return here & qualified[m.value] or _owner_by_place(qualified[m.value], m.value, places)
        _one_owner_or_drop(a, owners_of)


def _no_place(qualifier: str) -> bool:
    """A qualifier of kind words only names no place: "Ward" of "7th Ward City Council seat" (the ordinal cut),
    "State" of "State Education Department"."""
    return _local_enabled() and all(w in _KIND_WORDS for w in fold(qualifier).split())


def _place_counts(article) -> Counter:
    """How often the article names each place, a town's region counted with it ("Aurora" in Illinois: both)."""
    counts: Counter = Counter()
    for m in article.mentions:
        if m.kind == "place":
            counts[m.value] += 1
            if m.region and m.region != m.value:
                counts[m.region] += 1
    return counts


def _owner_by_place(forms: set[str], bare: str, places: Counter) -> set[str]:
    """Round 53: the one qualified form ("Aurora City Council") whose place the article names more often than the
    place of any other form, when the article names none of them as a body: a local story's "the City Council"
    is its own town's. An article naming none of those places, or two as often, gets no owner."""
    scored = sorted(((places[_qualified(f, bare)], f) for f in forms), reverse=True)
    if not scored or not scored[0][0] or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return set()
    return {scored[0][1]}


def _one_owner_or_drop(article, owners_of) -> None:
    """Each mention whose ``owners_of`` is a set (not None) takes its one owner's value, or leaves the article
    when it has none or several: a generic name that names no one body is no facet value."""
    drop = set()
    for i, m in enumerate(article.mentions):
        owners = owners_of(m)
        if owners is None:
            continue
        if len(owners) == 1:
            m.value = next(iter(owners))
        else:
            drop.add(i)
    if drop:
        article.mentions = [m for i, m in enumerate(article.mentions) if i not in drop]


def resolve_generic(article) -> None:
    """A lone head noun ("the Council") takes the value of the article's one body named with it, or goes."""
    orgs_here = {m.value for m in article.mentions if m.kind == "org" and len(m.value.split()) >= 2}

    def owners_of(m):
        word = fold(m.value)
        if m.kind != "org" or " " in word or word not in _LONE_HEADS:
            return None
        return {v for v in orgs_here if word in fold(v).split()}
    _one_owner_or_drop(article, owners_of)
