"""Person names: truncated spans repaired, name shapes read, spelling variants keyed together (the titles before
a name: name_titles.py).

The small NER model cuts names short ("Ursula von", "Oleksandr" before a separately tagged "Prokudin") and
keeps titles inside the span ("Foreign Ministry Spokesperson Heorhii Tykhyi"). Spelling variants of the
same name from Ukrainian/Russian transliteration (Zelensky/Zelenskyy, Serhii/Serhiy, Sergei/Sergey) share
one ``variant_key`` so the corpus pass can give them one canonical value.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches
from .gazetteer import fold
from .name_titles import (
    OFFICE_AT,
    TITLE_ONE_WORD,
    TITLE_RE,
    TITLE_TAIL,
)
from .nicknames import OPENING_QUOTES
from .not_people import BUILDING_LAST, named_after, vessel
from .person_titles import english

# ... those that are never somebody's name on their own ("the Briton outsprinted her"; "Finn", "Dane" are names)
_NATIONALITY_ALONE = {"croat", "serb", "slovene", "briton", "brit", "welshman", "irishman", "englishman", "scotsman",
                      "spaniard", "dutchman", "frenchman", "kiwi", "aussie", "yank"}
PARTICLES = {"von", "van", "der", "de", "da", "del", "di", "le", "la", "al", "bin", "ibn", "el", "du", "ter"}
# Round 40: the particles of Portuguese ("José Eduardo dos Santos", "Marcelo das Neves"), Swahili and Chewa ("Bingu wa
# Mutharika"), Arabic daughters' ("bint"), German ("zu Guttenberg") and Dutch ("van den Berg") names: the model stops
# before them and reads the rest as a place ("[Santos]" filed Brazil, "[Mutharika]" a place). NEWSFACET_MORE_PARTICLES=0:
# the first list only.
MORE_PARTICLES = frozenset({"dos", "das", "wa", "bint", "zu", "den"})
if switches.get("NEWSFACET_MORE_PARTICLES", "1") != "0":
    PARTICLES |= MORE_PARTICLES
# Capitalised words that follow a name without being part of it.
_STOP_AFTER = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "said", "told", "and", "but", "the", "in", "on", "at", "of", "for", "is", "was", "has", "said.",
}
_WORD = r"[A-Z][\w’'\-]*"
# A particle written glued to the surname's capital ("Sarah deZoeten", "vanDyke"): one surname word.
_GLUED_PARTICLE = r"(?:de|da|di|du|van|von|le|la)?"
# Words after a hyphen that make an adjective of a name ("Harold Pemberton-led"), not a given name's syllable.
_NOT_SYLLABLE = {"led", "era", "style", "like", "based", "backed", "born", "made", "run", "owned", "linked", "type",
                 "esque", "ite", "ites", "ism", "ist", "ists", "free", "only", "wide", "less", "held", "appointed",
                 "allied", "aligned", "funded", "friendly", "inspired", "related", "year", "old", "day"}


# extend_name's and extend_left's patterns, compiled once (every person span is extended)
_HYPHEN_SYLLABLE = re.compile(r"-([a-z]{2,6})\b(?!-)")
_NEXT_WORD = re.compile(r" ((?:[a-z]+ ){0,2})(%s%s)" % (_GLUED_PARTICLE, _WORD))
_WORD_END = re.compile(r"[\s,.;:)]|$")
_WORD_BEFORE = re.compile(r"(%s) $" % _WORD)


def extend_name(text: str, start: int, end: int, taken: frozenset[int] = frozenset()) -> int:
    """New end for a person span the model cut short: finish a cut word, take "von der Leyen",
    or a capitalised surname right after a lone given name ("Oleksandr" + "Prokudin"). ``taken``: start
    offsets of words the model gave another label, which only a particle ("von" + GPE "Leyen") may join."""
    while end < len(text) and (text[end].isalpha() and text[end - 1].isalpha()):
        end += 1  # the span stopped mid-word ("Oleh Syniehu")
    tail = _HYPHEN_SYLLABLE.match(text[end:])
    if tail and len(text[start:end].split()) >= 2 and text[end - 1].isalpha() and tail.group(1) not in _NOT_SYLLABLE:
        end += tail.end()  # a hyphenated given name cut at the hyphen ("Wong Kwok" + "-kin")
    tokens = text[start:end].split()
    while True:
        m = _NEXT_WORD.match(text[end:])
        if not m:
            return end
        particles = m.group(1).split()
        last = tokens[-1].lower() if tokens else ""
        if last in MORE_PARTICLES and not tokens[-1].islower():
            last = ""  # these only as written, in lower case: "Drag Den" is a show's name, not "van den"
        if particles and not all(p in PARTICLES for p in particles):
            return end
        if not particles and not (last in PARTICLES or len(tokens) == 1) and (
                end + m.start(2) in taken or not _WORD_END.match(text[end + m.end():end + m.end() + 1])
                or len(tokens) >= 3 and not (_long_names() and _long_name_part(m.group(2))
                                             and not _plain_word_first(tokens[0]))):
            return end  # a third given-name part ("Choe Son" + "Hui") only when nothing else claims it
        if end + m.start(2) in taken and not (particles or last in PARTICLES):
            return end
        if m.group(2).lower() in _STOP_AFTER or m.group(2).lower().rstrip(".,") in _STOP_AFTER:
            return end
        if len(tokens) >= 2 and not particles and m.group(2).lower().rstrip(".,") in TITLE_ONE_WORD:
            return end
        if not particles and title_then_name(text, end):
            # round 59: "[Austin] Mayor Kirk Watson", "[Factual] CEO Gil Elbaz": a lone word never runs into a title
            # that a name follows (the span had taken "Austin Mayor Kirk" from the model's own "Kirk Watson")
            return end
        if not particles and OFFICE_AT.match(text, end + m.start(2)) and english(m.group(2)):
            # "Solomon Islands" + "Prime Minister Manasseh Sogavare": a name never runs into an office (an English
            # word before it: "Zhakata Commissioner" is a surname's)
            return end
        end += m.end()
        tokens = text[start:end].split()
        if len(tokens) >= (5 if _long_names() else 4):
            return end


# A title word followed by a capitalised word: the name that the title is of ("Mayor Kirk", "CEO Gil").
_TITLE_THEN_NAME = re.compile(r"[A-Z][A-Za-z.]* [A-Z][a-z]")
# The title words, with company officers' titles written before a name, which the title table leaves to org spans
# ("CEO Gil Elbaz").
_TITLES = TITLE_ONE_WORD | {"ceo", "cfo", "coo", "cto"}


def title_then_name(text: str, end: int) -> bool:
    """Whether a title that a name follows comes right after ``end`` ("[Austin] Mayor Kirk Watson", "[Factual] CEO
    Gil Elbaz"): the word before it is the office's place or body, no person (round 59). Capitalised titles only: a
    lower-case role follows people too ("Trump adviser Stephen Miller")."""
    m = _TITLE_THEN_NAME.match(text, end + 1) if text[end:end + 1] == " " else None
    return bool(m) and text[end + 1:m.end() - 3].lower().rstrip(".") in _TITLES \
        and _titled_next()  # ("Waukegan Ald. Roudell Kirkwood": a title's dot)


def _titled_next() -> bool:
    """NEWSFACET_TITLED_NEXT=0: a lone word runs into a title that a name follows, as before round 59."""
    return switches.get("NEWSFACET_TITLED_NEXT", "1") != "0"


@lru_cache(maxsize=16384)
def _plain_word_first(word: str) -> bool:
    """Whether a name's first word is an English word no name table gives as a given name: a name opened so
    ("Border Patrol Agent Brian", "Universe Australia Erin", "Senate Syed Yousaf") is no long personal name the
    model cut, and takes no fourth word (round 31). ("Muhammad", "Amir" are WordNet's words and given names.)"""
    from .person_titles import given_words
    from .surname_bearers import english_word

    return english_word(word) and fold(word) not in given_words()


def _long_names() -> bool:
    """NEWSFACET_LONG_NAMES=0: a cut name is finished up to its third word only (before round 31)."""
    return switches.get("NEWSFACET_LONG_NAMES", "1") != "0"


@lru_cache(maxsize=16384)
def _long_name_part(word: str) -> bool:
    """A fourth or fifth word a long name may take after the model cut it ("Alan Leong Kah" + "Kit", "Syed Zafar
    Hussain" + "Hashmi"; round 31): only a name's (no English word, title, stop word or people: surname_bearers),
    no place by that name."""
    from .places import candidates
    from .surname_bearers import _name_word

    return word[:1].isupper() and word[1:2].islower() and _name_word(word) and not candidates(word)


_STOP_BEFORE = _STOP_AFTER | {"a", "an", "as", "by", "with", "from", "to", "if", "when", "while", "after",
                              "before", "since", "but", "so", "then", "also", "according"}


def extend_left(text: str, start: int, covered: list[tuple[int, int]]) -> int:
    """New start for a surname-only span whose given name sits untagged just before it, after a title
    ("Defense Minister Rustem" + "Umerov"): taken only when a title precedes, so no headline word is."""
    m = _WORD_BEFORE.search(text[:start])
    if not m or m.group(1).lower() in _STOP_BEFORE or any(a <= m.start(1) < b for a, b in covered):
        return start
    if TITLE_RE.match(m.group(1) + " "):
        return start  # "Secretary General" + "Mark Rutte": a title word is never a given name
    if TITLE_TAIL.search(text[:m.start(1)]) or fold(m.group(1)) in FIRST_NAMES:
        return m.start(1)
    return start


# Generation numbers and post-nominal letters that may close a person's name ("Henry Ford II", "James Judd QC").
_ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "XI", "XII", "XIII", "XIV", "XV", "XVI", "QC", "KC", "SC", "MP",
          "MLA", "MLC", "MSP", "AM", "AO", "AC", "OBE", "MBE", "CBE", "KBE", "DBE", "JP", "MD", "JR", "SR"}


@lru_cache(maxsize=65536)  # asked for every person mention by the article and corpus passes: a few hundred names
def looks_like_name(name: str) -> bool:
    """Capitalised words (particles allowed), no digits: lowercase mentions are never people."""
    words = name.split()
    if not words or any(c.isdigit() for c in name) or "," in name.rstrip(","):
        return False  # "Coles, Bi-Lo": a list of two names is not one person
    if len(words) == 1 and len(name.strip(".")) < 2:
        return False  # a letter alone ("Gen Z" read as General Z) is no one's name
    if vessel(name) or len(words) >= 2 and words[-1].lower() in BUILDING_LAST or named_after(name) \
            or len(words) == 1 and name.lower() in _NATIONALITY_ALONE:
        return False
    if not words[0][:1].isupper() or not _surname_core(words[-1])[:1].isupper():
        return False
    last = words[-1].rstrip(".,;:’'s")
    if len(words) >= 2 and len(last) >= 2 and last.isalpha() and last.isupper() and last not in _ROMAN:
        return False  # "Pro-Beijing DAB", "Elders IXL": a surname is not an acronym (but "Henry Ford II" is a name)
    if len(words) >= 2 and _PLURAL_ACRONYM.fullmatch(words[-1]):
        return False  # "Tory MPs", "Labour MEPs": a party's members, not a person (round 30)
    return all(w[:1].isupper() or w.lower() in PARTICLES or w.startswith(_ARTICLE_PREFIXES + ("bin",))
               or _surname_core(w) != w or w[:1] in OPENING_QUOTES and w[1:2].isupper() for w in words)



_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


# The Arabic article glued to a surname ("Bashar al-Assad", later "Assad"): written in lower case, not part of
# what the article calls the person alone.
_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


_GLUED_SURNAME = re.compile(r"%s([A-Z][\w’'\-]+)" % _GLUED_PARTICLE)


@lru_cache(maxsize=16384)  # called for every name pair the linker compares: the same few hundred words
def _surname_core(word: str) -> str:
    """"al-Assad" -> "Assad", "deZoeten" -> "Zoeten"; any other word unchanged."""
    if word[:1].islower():
        glued = _GLUED_SURNAME.fullmatch(word)
        if glued:
            return glued.group(1)
    for prefix in _ARTICLE_PREFIXES:
        if word.lower().startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return word


# Given names common in this corpus's news (Ukrainian, Russian and other officials). Used only to tell a
# person the model labelled ORG ("Oleh Kiper said") from an organisation; spelling variants included.
FIRST_NAMES = set("""
oleh oleg oleksandr aleksandr alexander oleksii oleksiy alexei aleksei andrii andriy andrei andrey
volodymyr vladimir dmytro dmitry dmitri serhii serhiy sergei sergey yurii yuriy yuri mykola nikolai
mykhailo mikhail ivan ihor igor viktor victor vitali vitaliy vitalii vadym vadim vasyl vasily yevhen
yevgeny evgeny heorhii georgy denys denis kyrylo kirill rustem petro pyotr pavlo pavel taras bohdan
yaroslav stanislav viacheslav vyacheslav valerii valery ruslan roman anatolii anatoly leonid maksym maxim
artem mikheil yulia yuliia olena elena iryna irina maria mariia anna natalia tetiana tatiana svetlana
olga elvira liudmyla lyudmila kateryna yekaterina oksana halyna daria victoria viktoriia inna
donald joe mark marco pete steve elon keith lindsey karoline kaja ursula antonio emmanuel friedrich
olaf boris johann annalena keir rishi giorgia recep benjamin israel masoud ali abbas kim magnus dan
radoslaw andrzej donald robert juraj viktor mette alexander ulf jens antti
""".split())


def has_first_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and fold(words[0]) in FIRST_NAMES and words[-1][:1].isupper()


_TRANSLIT_END = re.compile(r"(?:iy|yi|ii|yy|ij|y)$")


@lru_cache(maxsize=16384)
def token_key(token: str) -> str:
    """One key for transliteration variants of a name token: final -y/-yy/-iy/-yi/-ii/-ey all -> i."""
    t = fold(token).replace(" ", "-")
    t = _TRANSLIT_END.sub("i", t)
    return t


def variant_key(name: str) -> str:
    return " ".join(token_key(t) for t in name.split())


def form_key(name: str) -> str:
    """variant_key with the given names written as one word: "Yuba Raj Khatiwada" and "Yubaraj Khatiwada", "Jhala
    Nath Khanal" and "Jhalanath Khanal" are one person spelt two ways (round 16)."""
    words = name.split()
    if len(words) < 2:
        return name
    last = words[-1]
    if switches.get("NEWSFACET_ARTICLE_SURNAMES", "1") != "0":
        # round 64: an Arabic surname's article, glued or apart, is one spelling of it ("Abdel Fattah El-Sisi",
        # "Abdel Fattah Al-Sisi", "Abdel Fattah el Sisi"): an Egyptian daily wrote its president all three ways
        last = _surname_core(last)
        if len(words) > 2 and words[-2].lower() in ("al", "el"):
            words = words[:-2] + words[-1:]
    given = "".join(token_key(w) for w in words[:-1])
    if switches.get("NEWSFACET_GIVEN_MARKS", "1") != "0":
        # round 38: initials and given names written with or without their dots and hyphens are one ("J.K. Rowling"
        # and "JK Rowling", "George R.R. Martin" and "George RR Martin", "Jean-Claude" and "Jean Claude Juncker")
        given = given.replace("-", "")
    return given + " " + token_key(last)


@lru_cache(maxsize=65536)  # asked per form of the article's cast for every bare name (cast.full)
def surname_key(name: str) -> str:
    """The last name's key without a glued article ("Bashar al-Assad" and "Assad" share "assad") or a
    generation suffix ("Martin Luther King Jr" is King)."""
    words = _without_generation(name)
    return token_key(_surname_core(words[-1])) if words else ""


GENERATION = {"JR", "SR", "II", "III", "IV"}


def _without_generation(name: str) -> list[str]:
    """The name's words without a closing "Jr"/"III" -- only after a given name and a surname: in "George
    III" or "Paul VI" the number belongs to a regnal name, which has no surname to stand alone."""
    words = name.split()
    if len(words) >= 3 and words[-1].rstrip(".,").upper() in GENERATION:
        return words[:-1]
    return words


def surnames_as_written(name: str) -> list[str]:
    """How the text may write the person's surname alone: "King" for "Martin Luther King Jr.", "al-Assad"
    and "Assad" for "Bashar al-Assad"."""
    last = _without_generation(name)[-1]
    return [last] if _surname_core(last) == last else [last, _surname_core(last)]


# Web-page furniture glued to a name by the page's layout ("View Photo", "X Share", "X Staff Writer",
# "X Photographer Share", "Comments"): interface words, never part of a person's name.
_FURNITURE = {"share", "shares", "view", "photo", "photos", "video", "comments", "comment", "tweet", "email",
              "print", "reply", "subscribe", "sponsored", "links", "quotes", "terms", "advertisement", "image",
              "images"}  # "Ahmed Mohamed Image: Twitter", a caption's credit line
_CREDIT = {"staff", "writer", "photographer", "contributor", "columnist"}  # a byline's role after the name


def without_furniture(name: str) -> str | None:
    """``name`` with trailing interface and credit words cut off; None when nothing of a name is left
    ("View Photo", "Terms Quotes")."""
    words = name.split()
    if words and all(w.lower() in _FURNITURE | _CREDIT for w in words):
        return None
    while len(words) > 1 and words[-1].lower() in _FURNITURE | _CREDIT:
        words.pop()
    if any(w.lower() in _FURNITURE for w in words[1:]):  # "Andrew Sentance Comments Economic"
        words = words[:next(i for i, w in enumerate(words) if i and w.lower() in _FURNITURE)]
    return " ".join(words)


# A name set in capitals, as old papers print signatures and notices ("Approved, JAMES MADISON.", "E. A.
# SHERMAN, Sheriff"): given names or initials and a surname, each word a name's shape.
_SHOUTED_WORD = re.compile(r"(?:[A-Z]\.|[A-Z][A-Z’'\-]+)")


def shouted_name(text: str, before: str, para: str) -> str | None:
    """The name of a person the model tagged in capitals, in title case ("JAMES MADISON" -> "James
    Madison"), or None when the span is no such name: one word, a non-name word, or an article's opening
    dateline ("JOINT BASE ..., (AP) -")."""
    from .evidence import dateline
    from .places import candidates

    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_SHOUTED_WORD.fullmatch(w) for w in words) \
            or all(len(w) == 2 for w in words) or len(words[-1]) < 3:
        return None
    after = para[len(before) + len(text):]
    if not before.strip() and (dateline(para) is not None or not re.match(r"\s*(?:[.,;:]|$)", after)) \
            or candidates(text):
        return None  # a dateline ("JOINT BASE LEWIS-McCHORD, Wash.") or a place in capitals
    return " ".join(w if len(w) == 2 else w.title() for w in words)

