"""The people an article names in full, for linking its short and mislabelled mentions.

Built from the article's own spans before anything else is decided: a surname alone ("Lysak said", even
tagged GPE) links to the one full name in the article ending with it; "Kim" alone to the Kim the article
keeps naming (forms of one name with and without a middle initial count as one person); a single name tagged PERSON once ("Fico") is a person wherever else it appears.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import family_names, name_titles, not_people, orgs, part_names, people, places, switches
from .gazetteer import fold
from .junk import is_demonym, is_junk_name
from .one_facet import is_event, org_by_name
from .person_shapes import nationality
from .spans import Cand


class ArticlePeople:
    """The article's full names, by variant key and by surname, for linking short mentions."""

    def __init__(self, cands: list[Cand], paragraphs=()):
        self.forms: dict[str, Counter] = {}
        self.loose: dict[str, Counter] = {}  # "full names" opening with an ordinary word of the article
        ordinary = _OrdinaryFirstWords(paragraphs)
        for c in cands:
            named = c.label == "PERSON" or (c.label == "ORG" and people.has_first_name(c.text))
            if named and len(c.text.split()) >= 2 and plausible_person(c.text) and not not_people.named_feature(c.text) \
                    and not places.candidates(c.text) and not places.misspelt(c.text) \
                    and not orgs.known_org(c.text) and not org_by_name(c.text) and not is_event(c.text):
                # ("Manchester United", "Cyclone Larry" are not people whose surname links, nor "Leaving Europe":
                # found again where the model missed it, but no bare word of the story links to it)
                into = self.loose if ordinary(c.text.split()[0]) else self.forms
                into.setdefault(people.variant_key(c.text), Counter())[c.text] += 1

        # Single names the model tags PERSON somewhere in the article ("Fico"): the same word tagged ORG
        # elsewhere in it is that person too.
        self.singles = {c.text for c in cands if c.label == "PERSON" and len(c.text.split()) == 1
                        and plausible_person(c.text) and not places.candidates(c.text)}
        self._singles_keyed: set[str] | None = None
        self._full: dict[str, str | None] = {}  # name -> full(name): the article's names are fixed once built
        # a part of a longer name of the article -> that name's key ("kwakye ofosu" -> "felix kwakye ofosu")
        self.whole: dict[str, str] = {}  # (empty first: canonical, which wholes calls, reads it)
        self.whole = part_names.wholes(self.forms, self.canonical, cands, paragraphs, people.variant_key)
        # first words of the article's names (not "Trump" of "Trump Jr": the same family name)
        self.openers = {k.split()[0] for k in self.forms if len(k.split()) >= 2
                        and k.split()[-1].rstrip(".").upper() not in people.GENERATION} if part_names.enabled() else set()

    def _opens_another(self, key: str, one: str) -> bool:
        """Whether the word (key) the scan would find bare as the surname of the full name ``one`` opens another
        name of the article: its given name there ("Muhammad" of "Noor Muhammad" in a roll that also names
        "Muhammad Rafique"; "Clinton" of "Hillary Clinton" in the "Clinton Foundation"), so an untagged one is
        nobody's surname for sure (round 31). (A span the model tagged PERSON still links: "Colbert" is
        Stephen Colbert beside Elizabeth Colbert Busch.)"""
        return key in self.openers and one.split()[0] != key

    def surnames(self) -> dict[str, str]:
        """Surname and full name as written -> the full name, for surnames only one person carries."""
        out: dict[str, str] = {}
        last: dict[str, set[str]] = {}
        for key, forms in self.forms.items():
            for form in forms:
                out[form] = self.canonical(key)
                for word in people.surnames_as_written(form):
                    last.setdefault(word, set()).add(self.whole.get(key, key))
        for surname, keys in last.items():
            one = next(iter(keys)) if len(keys) == 1 else self._one_person(keys)
            if one and len(surname) > 2 and not self._opens_another(people.token_key(surname), one):
                out[surname] = self.canonical(one)
        for forms in self.loose.values():
            for form in forms:
                out.setdefault(form, forms.most_common(1)[0][0])
        return out

    def _one_person(self, keys) -> str | None:
        """The most-written of forms that are one person's name with and without middle names or initials
        ("Donald Trump", "Donald J. Trump": same first and last word), else None ("Donald Trump Jr.", "Lara
        Trump" are other people)."""
        if switches.get("NEWSFACET_ONE_PERSON_FORMS", "1") == "0" or len({(k.split()[0], k.split()[-1]) for k in keys}) != 1:
            return None
        longest = max(keys, key=lambda k: len(k.split()))
        if any(not set(k.split()) <= set(longest.split()) for k in keys):
            return None  # "Q. Has Brexit", "Q. Is Brexit": no one name with its middle parts left out
        return max(sorted(keys), key=lambda k: (sum(self.forms[k].values()), -len(k.split())))

    def _single_keys(self) -> set[str]:
        if self._singles_keyed is None:
            self._singles_keyed = {people.token_key(s) for s in self.singles}
        return self._singles_keyed

    def canonical(self, key: str) -> str:
        return self.forms[self.whole.get(key, key)].most_common(1)[0][0]

    def full(self, name: str) -> str | None:
        """The full name ``name`` stands for in the article, or None (asked for each of its mentions: kept)."""
        if name not in self._full:
            self._full[name] = self._full_of(name)
        return self._full[name]

    def _full_of(self, name: str) -> str | None:
        key = people.variant_key(name)
        words = key.split()
        if len(words) == 2 and words[0] in people.PARTICLES:
            # "Del Ponte" opening a sentence, "Van Gaal": a surname with its particle, the full name's whose last
            # two words they are in either case ("Carla del Ponte", "Louis van Gaal"), when one person's (round 28)
            longer = {k for k in self.forms if len(k.split()) >= 3 and k.split()[-2:] == words}
            if len(longer) == 1:
                return self.canonical(next(iter(longer)))
        if key in self.forms:
            return self.canonical(key)
        if len(name.split()) != 1:
            longer = part_names.completed(words, self.forms, self.canonical) if part_names.enabled() else None
            return self.canonical(longer) if longer else None
        by_last = {self.whole.get(k, k) for k in self.forms if people.surname_key(k) == key}
        one = next(iter(by_last)) if len(by_last) == 1 else self._one_person(by_last) if by_last else None
        if one:
            return self.canonical(one)
        by_first = sorted((k for k in self.forms if k.split()[0] == key),
                          key=lambda k: -sum(self.forms[k].values()))
        if not by_last and not by_first:  # round 36: "Mr Chui" of "Duncan Chui Tak Keung" (family_names.py)
            mid = {self.whole.get(k, k) for k in family_names.middle_family(key, self.forms, self._single_keys())}
            return self.canonical(next(iter(mid))) if len(mid) == 1 else None
        if by_last or not by_first:
            return None
        # "Kim" alone is the Kim the article keeps naming, when one clearly dominates.
        counts = [sum(self.forms[k].values()) for k in by_first]
        if len(by_first) == 1 or counts[0] >= 2 * counts[1]:
            return self.canonical(by_first[0])
        return None


class _OrdinaryFirstWords:
    """Round 30: whether a "full name"'s first word is an ordinary word of its article, not a given name: the
    model tags "Leaving Europe", "Metropolitan Melbourne", "Magistrate Rakafa", "Historic Brexit" PERSON, and
    each bare "Europe", "Melbourne", "Brexit" of the story then linked to that "person" (a LOC-tagged word links
    to a full name ending with it, for the surnames the model reads as places). A first word no name table
    holds, which the article writes in lower case at least as often as capitalised ("leaving", "magistrate"),
    or a verb's -ing form ("Bringing Batley", "Defunding Obamacare"), opens no name. ("Moon Jae-in": "Moon" capitalised throughout; "Boy George" loses only his bare "George".)
    NEWSFACET_ORDINARY_FIRST=0 turns the test off."""

    def __init__(self, paragraphs):
        self.paragraphs = paragraphs if switches.get("NEWSFACET_ORDINARY_FIRST", "1") != "0" else ()
        self.text = None  # the article's text, joined on first need (most names open with a given name)
        self.seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        if not self.paragraphs or len(word) < 3 or not word.isalpha() or not word[:1].isupper() or word[1:].isupper():
            return False
        got = self.seen.get(word)
        if got is None:
            from .faker_names import given_names

            key = fold(word)
            got = key not in people.FIRST_NAMES and key not in given_names() \
                and (_gerund(key) or self._lower_at_least_as_often(word))  # "Bringing Batley": a headline's verb
            self.seen[word] = got
        return got


    def _lower_at_least_as_often(self, word: str) -> bool:
        if self.text is None:
            self.text = "\n".join(p.text for p in self.paragraphs)
        low = len(re.findall(r"\b%s\b" % re.escape(word.lower()), self.text))
        return low >= 1 and low >= len(re.findall(r"\b%s\b" % re.escape(word), self.text))


def _gerund(key: str) -> bool:
    """A verb's -ing form ("bringing", "defunding", "promoting"; WordNet's words and their stems), six letters or more."""
    if len(key) < 6 or not key.endswith("ing"):
        return False
    from .small_places import _english_words

    words, stem = _english_words(), key[:-3]
    return key in words or stem in words or stem + "e" in words or stem[-1:] == stem[-2:-1] and stem[:-1] in words


# Money and measures as a wire abbreviates them ("H.K. Dlrs", "12 mln stg"): never a name's word.
_UNITS = {"dlrs", "dlr", "dollars", "stg", "cts", "mln", "bln", "pct"}


# Round 63: an acronym with a small letter for a small word ("TfL" Transport for London, "DfE", "MoD", "DfES"): a UK
# regional archive filed "TfL" as a person in 46 mentions. Three or four letters, two or three capitals: no given name.
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z][A-Z]{1,2}|[A-Z][a-z][A-Z])")


def mixed_acronym(name: str) -> bool:
    """Round 63: whether a word is an acronym with a small letter for a small word ("TfL", "DfE");
    NEWSFACET_MIXED_ACRONYMS=0: none is (a person's name as before)."""
    return bool(_MIXED_ACRONYM.fullmatch(name)) and switches.get("NEWSFACET_MIXED_ACRONYMS", "1") != "0"


# Round 64: one word with a capital after two small letters or more is a brand's or an app's ("SpaceX", "GlobalMedic",
# "TraceTogether"), not a surname's -- but for the prefixes names are written with ("MacNeill", "VanderMeer"; one small
# letter is round 63's mixed acronym, "TfL", or a name's "McCain", "LeBron"). A tech archive filed SpaceX as a person in
# 7 articles. The tagger keeps the model's PERSON span of such a word for brand_words.settle, which gives it the
# archive's body of that name or no facet. NEWSFACET_BRAND_WORDS=0: a person's name as before.
_BRAND_WORD = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Ver|Vander|Fitz|St|Ten|Ter)[A-Z])"
                         r"[A-Z][a-z]{2,}[A-Z][A-Za-z]*")


def brand_word(name: str) -> bool:
    return bool(_BRAND_WORD.fullmatch(name)) and switches.get("NEWSFACET_BRAND_WORDS", "1") != "0"


@lru_cache(maxsize=65536)  # per distinct string: asked for every span, many times over
def plausible_person(name: str) -> bool:
    """A name the facet may show: capitalised, not shouting, no nationality word, not junk."""
    words = name.split()
    if not people.looks_like_name(name) or is_junk_name(name) or any(is_demonym(w) for w in words) \
            or nationality(name):
        return False  # (a people or a language by name: "Sri Lankan" army, "Papua New Guineans")
    if any(w.isupper() and (sum(ch.isalpha() for ch in w) > 3 or "." in w and places.candidates(w)) for w in words) \
            or any(w.lower() in _UNITS for w in words):  # (initials "O.J." are a name's; "U.S. Dlrs" is money)
        return False  # "JOINT BASE": a dateline in capitals
    if len(words) == 1 and len(name) >= 2 and (name.isupper() or mixed_acronym(name) or brand_word(name)):
        return False  # "MLA", "NFU": an acronym names a body, not a person; round 63: nor "TfL", "DfE", "MoD"; round 64:
        # nor "SpaceX"
    if name_titles.strip_title(name + " X")[0] >= len(name):
        return False  # "Dr" of "Cde Dr E.D Mnangagwa", "Fr": a title alone names no one (round 31)
    return not not_people.romance_article(name)  # round 42: "La Molina", "El Vato" -- a district, a show
