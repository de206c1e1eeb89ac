"""Middle names an archive uses, learned from the archive itself, and the given names the model cut off before them.

Round 16 of issue 11. South Asian names carry a middle name shared by thousands of people ("Sher Bahadur Deuba",
"Agni Prasad Sapkota", "Madhav Kumar Nepal"; Bangladesh's "Islam", Pakistan's "Raza"). The small model often
tags such a name without its given name ("Dr Sameer [Kumar Adhikari]", "Army Chief Prabhu [Ram Sharma]"): the
value "Kumar Adhikari" then lumps different people together, and the corpus pass completed "Kumar Pokhrel" (Dr
Rohit Kumar Pokhrel) to the archive's one "Binod Kumar Pokhrel". No list of such words is needed: a middle name
is a word the archive writes inside many different names of three words or more (Nepali archive: "Bahadur" 30
names, "Raj" 20, "Kumar" 18, "Prasad" 17; an English archive has no word inside more than one or two).
A person mention that opens with such a word, right after a capitalised word no mention holds and that is a
name's word (never written in lower case in the archive, no title, stop word, people or big place), takes that
word back as its given name; the article's other mentions of the cut value (its linked surnames) follow.
Round 35: the model cuts given names before other words too ("Shaza [Fatima Khawaja]", "María [Luisa Hayem]",
"Sarat [Chandra Chattopadhyay]", "Chiri [Babu Maharjan]": 14 values of the round-35 dev person judging). Before a
name opening with no middle name, the word comes back when it passes the same tests, is no word of English, and is a
given name by Faker's tables or opens GIVEN_MIN distinct full names of the archive (NEWSFACET_GIVEN_BEFORE).
NEWSFACET_MIDDLE_NAMES=0 turns both off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from search.model import Article

from . import places, switches
from .gazetteer import fold
from .junk import is_demonym
from .name_titles import NATIONALITY_NOUNS, TITLE_RE, title_before
from .people import _STOP_BEFORE
from .person_evidence import _place_word
from .place_surnames import _KIN

# Distinct names of three words or more a word must stand inside to be a middle name. An English or Latin
# American archive's middle words ("Luther", "Luis") stand inside one or two; the Nepali archive's inside 4 to 30.
MIDDLE_MIN = 4
# Distinct full names of the archive a word must open to count as a given name the model may have cut off.
GIVEN_MIN = 2
_NAME_WORD = re.compile(r"[A-Z][a-z]+$")


def enabled() -> bool:
    return switches.get("NEWSFACET_MIDDLE_NAMES", "1") != "0"


def middle_words(articles: list[Article]) -> set[str]:
    """Folded middle names of the archive: words standing second in at least MIDDLE_MIN distinct names of three
    words, between at least MIDDLE_MIN different first and last words, and opening no more such names than they
    stand inside. A tabloid's "Tory Boris Johnson", "Brexiteer Boris Johnson" put "Boris" second with one surname;
    "Ram" (Nepal) opens more names than it stands inside: a given name first."""
    inside: dict[str, set[str]] = defaultdict(set)
    opens: Counter = Counter()
    for value in {m.value for a in articles for m in a.mentions if m.kind == "person"}:
        words = value.split()
        if len(words) != 3:
            continue
        opens[fold(words[0])] += 1
        if _NAME_WORD.match(words[1]) and len(words[1]) > 2:
            inside[fold(words[1])].add(value)
    out = set()
    for word, names in inside.items():
        firsts = {fold(n.split()[0]) for n in names}
        lasts = {fold(n.split()[-1]) for n in names}
        if min(len(names), len(firsts), len(lasts)) >= MIDDLE_MIN and len(names) >= opens[word]:
            out.add(word)
    return out


def restore_given_names(articles: list[Article]) -> set[str]:
    """Give back the given name the model cut before a middle name (see the module docstring). Returns the
    archive's middle names (middle_words), for the passes after it."""
    if not enabled():
        return set()
    from .person_titles import given_words
    from .surname_bearers import english_word

    middles = middle_words(articles)
    given_on = given_before_names()
    firsts = _given_of_archive(articles) if given_on else frozenset()
    unknown_on = given_on and unknown_given()
    taken = entity_words(articles) if unknown_on else frozenset()
    found: list[tuple[Article, object, str, list]] = []
    alone: set[int] = set()  # widened before no middle name: the article's other mentions of the cut value stay
    for a in articles:
        by_para: dict[int, list] | None = None
        for m in a.mentions:
            words = m.text.split()
            if m.kind != "person" or len(words) < 2 or m.value != m.text:
                continue
            middle = fold(words[0]) in middles
            if not middle and not given_on:
                continue
            if by_para is None:
                by_para = defaultdict(list)
                for o in a.mentions:
                    by_para[o.paragraph].append(o)
            got = _given_before(a.paragraphs[m.paragraph].text, m, by_para[m.paragraph], middles)
            before = a.paragraphs[m.paragraph].text[max(0, m.start - 60):m.start]
            # before a name that opens with no middle name, a given name of Faker's tables or of the archive's own
            # names that is no word of English ("Shaza [Fatima Khawaja]", "María [Luisa Hayem]", round 35), or
            # (round 37) a name word no table knows ("Chiri [Babu Maharjan]", "Vineet [Kumar Singh]")
            if got and (middle or (fold(got[0]) in firsts or fold(got[0]) in given_words()
                                   or unknown_on and _unknown_given(got[0], before, taken))
                        and _not_english(got[0], before)
                        and not any(o.kind == "person" for o in got[1])):  # (not a run of names, "Brig X, Brig Y")
                found.append((a, m, *got))
                if not middle:
                    alone.add(id(m))
    lower = _lower_words({w for _, _, w, _ in found}, articles)
    # an English word is a given name only where Faker's tables say so ("Hope"); else it is a word in front of
    # the name ("Conservatives", "Meet", "Tory")
    lower |= {w.lower() for _, _, w, _ in found if english_word(w) and fold(w) not in given_words()}
    by_article: dict[int, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    written: dict[int, set[str]] = defaultdict(set)  # cut values widened before no middle name
    merged: set[int] = set()
    for a, m, word, held in found:
        if word.lower() in lower or id(m) in merged:
            continue  # "Police Ram Sharma", "Yesterday Kumar ...": a word of the language, not a given name
        para = a.paragraphs[m.paragraph].text
        start = min([o.start for o in held], default=m.start - len(word) - 1)
        new = para[start:m.end]
        by_article[id(a)][m.value][new] += 1
        if id(m) in alone:
            written[id(a)].add(m.value)
        for o in held:
            if o.kind == "person":
                by_article[id(a)][o.value][new] += 1
            merged.add(id(o))
        m.start, m.text, m.value = start, new, new
    for a in articles:
        cut = by_article.get(id(a))
        if not cut:
            continue
        if merged:
            a.mentions = [m for m in a.mentions if id(m) not in merged]
        # the article's other mentions of the cut name ("Sharma" linked to "Ram Sharma"): the one person it named
        whole = {old: news.most_common(1)[0][0] for old, news in cut.items() if len(news) == 1}
        for m in a.mentions:
            if m.kind == "person" and m.value in whole \
                    and not (m.text == m.value and m.value in written[id(a)]):
                m.value = whole[m.value]  # (but an honours list's "Sep Azam Khan" written so is not its "Sher Azam Khan")
    return middles


def _not_english(word: str, before: str) -> bool:
    """No word of English, or (round 36) a given name two of Faker's locale tables hold that WordNet lists only
    because a saint, a queen or a river bore it ("Teresa", "Angus"; not "Captain", in its English table alone) --
    not a place ("London Boris Johnson"), a kin word, or the object of a title's "of" ("Justice of the Peace Dianne
    Hensley"); the archive's lower-case uses decide the rest below."""
    from .faker_names import shared_given_names
    from .surname_bearers import english_given_names, english_word

    if not english_word(word):
        return True
    return english_given_names() and fold(word) in shared_given_names() and not _named_place(word) \
        and not _OF_BEFORE.search(before) and not re.fullmatch(_KIN, word.lower())


def unknown_given() -> bool:
    """NEWSFACET_UNKNOWN_GIVEN=0 gives a cut given name back only when a table or the archive knows it."""
    return switches.get("NEWSFACET_UNKNOWN_GIVEN", "1") != "0"


def _unknown_given(word: str, before: str, taken: frozenset[str]) -> bool:
    """A word no given-name table holds that can still only be one (round 37): no English word however
    inflected or misspelt ("Added", "Commenter", "Prersident"), no place of the gazetteer, no word of the
    archive's organisation or place values ("Woolmark" of "The Woolmark Company"), and not right after "of" or "at"
    ("Chief economist at Woolmark Chris Wilcox": a body with its comma missing). The caller's lower-case test
    stands too."""
    from .english_words import inflected, misspelt

    return not (inflected(word) or misspelt(word) or _OF_AT_BEFORE.search(before) or fold(word) in taken
                or places.candidates(word))


_OF_AT_BEFORE = re.compile(r"\b(?:of|at)(?:\s+the)?\s+\S+\s$", re.IGNORECASE)  # (the word itself ends it)


def entity_words(articles: list[Article]) -> frozenset[str]:
    """Folded words of the archive's organisation and place mentions (their text and value). Round 39: not those
    of a place mention the gazetteer placed nowhere (NEWSFACET_UNPLACED_GIVEN=0: those too) -- "[Basanta]GPE [Kumar
    Nembang]", "[Madhu]GPE [Sudan Pradhan]": the model read the cut given name itself as a place no gazetteer holds,
    and the word then counted as a place word of the archive against itself."""
    unplaced = switches.get("NEWSFACET_UNPLACED_GIVEN", "1") != "0"
    out: set[str] = set()
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" or m.kind == "place" and not (unplaced and m.country is None and not m.region):
                out.update(fold(w) for w in f"{m.text} {m.value}".split())
    return frozenset(out)


def _named_place(word: str) -> bool:
    """A country, a region or a town of NAMED_PLACE people by that name ("London", "Geneva", "America"; not the
    villages half of all given names are: "Teresa", "Daphne")."""
    return any(p.kind in ("country", "region") or p.population >= NAMED_PLACE for p in places.candidates(word))


NAMED_PLACE = 100_000


_OF_BEFORE = re.compile(r"\bof(?:\s+the)?\s+\S+\s$")  # "of the Peace ", "of London "


def given_before_names() -> bool:
    """NEWSFACET_GIVEN_BEFORE=0 gives a cut given name back only before an archive's middle name (for measuring)."""
    return switches.get("NEWSFACET_GIVEN_BEFORE", "1") != "0"


def _given_of_archive(articles: list[Article]) -> frozenset[str]:
    """Folded given names of the archive: the first words of GIVEN_MIN distinct full names (Faker's tables are
    asked apart, not copied in on every call)."""
    opening: Counter = Counter()
    for value in {m.value for a in articles for m in a.mentions if m.kind == "person" and m.value.count(" ") >= 1}:
        opening[fold(value.split()[0])] += 1
    return frozenset(w for w, n in opening.items() if n >= GIVEN_MIN)


# A name word right before a mention, written with only a space between (as person_evidence._WORD_BEFORE).
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘]))([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?) $")  # (María)


def _given_before(para: str, m, others: list, middles: set[str]) -> tuple[str, list] | None:
    """The capitalised word right before ``m`` that may be its given name, and the mentions holding it: none, a
    person mention ending in it ("Mirza Fakhrul" + "Islam Alamgir"), or the word alone read as something else
    ("Manish" a hamlet of the gazetteer, "Mannu" an ORG: the model split one name); None when the word is a title,
    a stop word, a people, a country, a region or a big city, or a possessive."""
    k = _WORD_BEFORE.search(para[max(0, m.start - 40):m.start])
    if not k:
        return None
    word = k.group(1)
    at = m.start - len(word) - 1
    # (round 49: nor the last word of a title of several, "Tan [Sri]", "Datuk [Seri]": "Sri" is a given name too)
    # (round 55: a hyphened title's last part is a title too, "Co-Leader", "Vice-Chair")
    if word.endswith(("’s", "'s", "s’", "s'")) or fold(word) in middles or TITLE_RE.match(word + " ") \
            or TITLE_RE.match(word.rpartition("-")[2] + " ") \
            or title_before(para[max(0, m.start - 60):m.start]) \
            or word.lower() in _STOP_BEFORE or word.lower() in NATIONALITY_NOUNS or is_demonym(word) \
            or _place_word(word) or _territory(word):
        return None
    held = [o for o in others if o is not m and o.start <= at < o.end]
    if not held:
        return word, []
    if any(o.end != m.start - 1 for o in held):
        return None
    if all(o.kind == "person" and o.value == o.text for o in held) or all(o.start == at for o in held):
        return word, held
    return None


def _territory(word: str) -> bool:
    return any(p.kind in ("country", "region") and fold(p.name) == fold(word) for p in places.candidates(word))


def _lower_words(words: set[str], articles: list[Article]) -> set[str]:
    """Those of ``words`` (lower-cased) the archive writes in lower case somewhere."""
    from .person_words import lower_counts

    return set(lower_counts({w for w in words if w.replace("-", "").isalpha()}, articles))
