"""Titles an archive writes before many different names, learned from the archive itself.

Round 14 of issue 11. A local paper has styles no list of English titles holds ("Cde" for comrade, "Amai" for
mother, "Clr", "Comm", "Amb", "Eng", "Adv", "VP", "Insp"): the model keeps them inside the PERSON span, so
"Cde Chigudu" and "Elisha Nzirasha Chigudu" were two facet values, "Cde Justin Mupamhanga" a third beside
"Justin Mupamhanga". What tells such a word from a given name is how the archive uses it:
- it stands before many different names (a given name does too, so it must not be one: Faker's tables);
- and the archive names those people without it: the rest after the word is a full name the archive also writes
  alone, or (a surname after it) the same article names a person with that surname in full. A given name before
  a surname almost never has another person of that surname in its article; a title almost always has.
The title is then dropped from the value: the full name after it stays, and a surname after it takes the one
full name of its article that ends in it (several, or none: the value keeps its title). No name lists.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from search.model import Article

from . import switches
from .gazetteer import fold

# Distinct names a word must stand before, and the share of its uses whose person the archive also names
# without it. Chosen on the two archives of set 13 (herald: "Amai" .96, "Clr" .85, "Amb" .89, "Eng" 1.0,
# "Insp" .75; the best given name outside Faker's tables, "Knowledge", .50) and checked on all 29 (report).
TITLE_NAMES = 3
TITLE_SHARE = 0.6
# ... or full names after it that the archive also writes without it ("Cde Justin Mupamhanga"): no given name
# stood before three such names in any of the 29 archives (at most one: a middle name, "Samia Suluhu Hassan").
TITLE_FULL = 3
# A title's shape: a capitalised word of two letters or more ("Cde", "VP", "Maj-Gen"), never an initial ("K.",
# "N": hindu2017's "K. Chandrasekhar Rao" is not any Chandrasekhar Rao)
_WORD = re.compile(r"[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]*)?\.?$")


def learned_titles(articles: list[Article]) -> set[str]:
    """The words this archive uses as titles before people's names (see the module docstring)."""

    values: set[str] = set()
    for a in articles:
        values |= {m.value for m in a.mentions if m.kind == "person" and len(m.value.split()) >= 2}
    rests: dict[str, set[str]] = defaultdict(set)
    uses: Counter = Counter()
    named: Counter = Counter()
    full: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        here = {m.value for m in a.mentions if m.kind == "person" and len(m.value.split()) >= 2}
        for v in here:
            word, _, rest = v.partition(" ")
            if not _WORD.match(word) or fold(word) in given_words() or len(word.rstrip(".")) == 2 and not word.isupper():
                # (two letters not in capitals are a name's particle or a given name cut short: Maori "Te Hira
                # Paenga", Bangladesh's "Md Ruhul Amin"; an office so short is in capitals: "VP")
                continue
            rests[word].add(rest)
            uses[word] += 1
            if " " in rest:
                if rest in values:
                    full[word].add(rest)
                    named[word] += 1
            elif not english(rest) and any(u.endswith(" " + rest) and not u.startswith(word + " ") for u in here):
                named[word] += 1
    out = set()
    for word, names in rests.items():
        least = 2 if word.isupper() else TITLE_NAMES  # an office by its initials ("VP")
        if len(full[word]) >= TITLE_FULL or len(names) >= least and named[word] >= TITLE_SHARE * uses[word]:
            if not _territory(word):
                out.add(word)
    if out and switches.get("NEWSFACET_TITLE_NAME_WORDS", "1") != "0":
        out -= _name_words(articles, out)
    return out


NAME_WORD_USES = 2  # uses of a learned title as a part of a name that make it a given name (_name_words)


def _name_words(articles: list[Article], words: set[str]) -> set[str]:
    """Round 65: the ``words`` the archive writes as a part of a name twice or more -- after the first word of a full
    name ("Muhammad Faisal", "Bilal Faisal Janjua"), or right after a title or an honorific ("Lt Col Rubina Sharif",
    "Senator Rubina Khalid"): a given name, which no title is. Archives whose given names Faker's tables lack
    (Pakistan's, Egypt's) share surnames within an article as often as a title's person does: an honours list had
    taught "Rubina" and "Usama" as titles, and "Lt Col Rubina Sharif" became the article's Nawaz Sharif. (Once is no
    evidence: an honorific may follow an office, "Justice Sardar Ijaz Ishaq Khan".)"""
    from .name_titles import title_before

    uses: Counter = Counter()
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or " " not in m.value:
                continue
            first, *rest = m.value.split()
            uses.update(words.intersection(rest))
            at = m.text.find(first) if first in words else -1
            if at >= 0 and title_before(a.paragraphs[m.paragraph].text[:m.start + at]):
                uses[first] += 1
    return {w for w, n in uses.items() if n >= NAME_WORD_USES}


def drop_learned_titles(articles: list[Article]) -> dict[str, str]:
    """Rename person mentions "<learned title> <name>" to the name (see the module docstring). Returns
    {old value: new value} for those renamed everywhere; a surname left ambiguous keeps its title."""
    from .name_titles import TITLE_RE, strip_title
    from .people import surname_key

    titles = learned_titles(articles)
    # (a listed title still in a value: its span opened with a word trimmed after the title was looked for,
    # "spokesperson Cde Collins Kasiya"; round 31)
    titles |= {w for a in articles for m in a.mentions if m.kind == "person" and " " in m.value
               and TITLE_RE.match((w := m.value.partition(" ")[0]) + " ")}
    if not titles:
        return {}
    renamed: dict[str, str] = {}
    for a in articles:
        here = {m.value for m in a.mentions if m.kind == "person" and len(m.value.split()) >= 2}
        for m in a.mentions:
            if m.kind != "person":
                continue
            word, _, rest = m.value.partition(" ")
            if word not in titles or not rest:
                continue
            _, rest = strip_title(rest)  # "Comm Gen Godwin Matanga"
            if len(rest.split()) >= 2:
                new = rest
            else:
                people = {(fold(u.split()[0]), surname_key(u)): u for u in sorted(here)
                          if len(u.split()) >= 2 and u.split()[0] not in titles and surname_key(u) == surname_key(rest)}
                if len(people) != 1:
                    continue
                new = next(iter(people.values()))
            renamed[m.value] = new
            m.value = new
    return renamed


@lru_cache(maxsize=1)
def given_words() -> frozenset[str]:
    """Folded given names: Faker's tables of many countries (org_words.given_names) and people.FIRST_NAMES."""
    from .faker_names import given_names
    from .people import FIRST_NAMES

    return frozenset(given_names()) | frozenset(FIRST_NAMES)


def english(word: str) -> bool:
    """A word of English ("Central", "North" after a district's name; "Prime" before "Minister"): no surname."""
    from .small_places import _english_words

    return word.lower() in _english_words()


def _territory(word: str) -> bool:
    from . import places

    return any(fold(p.name) == fold(word) for p in places.candidates(word))


# Letters written after a name for an office or an honour ("Jo Cox MP", "James Judd QC", "Jane Smith OBE"): never
# part of the name, and the value with them stood apart from the person the archive names without them (round 16).
# A generation ("Jr", "III") is part of the name and stays.
_POSTNOMINAL = {"MP", "MEP", "MLA", "MLC", "MSP", "MHA", "MNA", "MPP", "TD", "QC", "KC", "SC", "OBE", "MBE", "CBE",
                "KBE", "DBE", "JP", "PhD", "AO", "OAM"}
# ... and a role a list of officers writes after the name with no comma ("Gwenda Shearer Chair", "David M. Webb MBE
# Founder"): no one's surname
_ROLE_AFTER = {"Chair", "Chairman", "Chairwoman", "Chairperson", "Founder", "Co-founder", "Convener", "Convenor",
               "CEO", "Treasurer", "Patron"}


def drop_postnominals(articles: list[Article]) -> None:
    """Cut post-nominal letters from the end of person mentions of two name words or more (span and value)."""
    for a in articles:
        for m in a.mentions:
            if m.kind != "person":
                continue
            words = m.value.split()
            while len(words) >= 3 and (words[-1].rstrip(".,") in _POSTNOMINAL or words[-1] in _ROLE_AFTER) \
                    and words[-2][:1].isupper():
                m.value = " ".join(words[:-1])
                tail = re.search(r"[\s,]+%s\.?$" % re.escape(words[-1].rstrip(".,")), m.text)
                if tail:
                    m.text, m.end = m.text[:tail.start()], m.end - len(tail.group())
                words = words[:-1]


# A photo credit glues its agency to the name ("Jonathan Ernst/Reuters", "Leah Millis/Reuters"); a slash is never
# part of a person's name, so the value and span stop before it (the bare name is the person, the agency is not).
_SLASH = re.compile(r"\s*/")


# ... and a scrape glues a credit or the next line to a name with no space at all ("C.V. SubrahmanyamC.V.Subrahmanyam",
# "V. Sreenivasa MurthyV", "Anita RobertsA"): four lower-case letters or more and then a capital, inside one word.
# Names glue capitals only after a short prefix ("McCully", "MacPherson", "DiCaprio", "LeBron", "FitzGerald"), so
# the name stops there (round 20: hindu2017, vbr_vanuatu2021, govscot2022). NEWSFACET_GLUED_CREDIT=0 turns it off.
_GLUED = re.compile(r"(?<=[A-Z][a-z])[a-z]{3,}(?=[A-Z])")


def _glued_at(value: str) -> int:
    """Where a name glued to the next text stops (the end of the lower-case run), else 0."""
    m = _GLUED.search(value)  # (before the switch: an environment lookup costs more, and most values fail it)
    if not m or switches.get("NEWSFACET_GLUED_CREDIT", "1") == "0":
        return 0
    return m.end() if " " in value[:m.end()] else 0


# Round 37: a wire credit's next role glued on when its semicolon is missing ("Reporting by Michael Erman Editing by
# James Dalgleish"): the role word and "by" after it close the name. NEWSFACET_CREDIT_ROLES=0 turns it off.
_CREDIT_ROLE = re.compile(r"\s+(?:Editing|Reporting|Writing|Additional(?:\s+reporting)?|Compiled|Produced|Graphics|"
                          r"Photography|Photos|Video|Translated|Translation|Research)$")
_BY_AFTER = re.compile(r"^\s+(?:reporting\s+)?by\b")  # ("Sarah Young Additional" + " reporting by")
_CREDIT_WORD_ENDS = ("Editing", "Reporting", "reporting", "Additional", "Writing", "Compiled", "Produced", "Graphics", "Photography",
                     "Photos", "Video", "Translated", "Translation", "Research")  # (a cheap test before the regex)


def _drop_credit_role(a: Article, m) -> None:
    cut = _CREDIT_ROLE.search(m.text)
    if cut is None or not _BY_AFTER.match(a.paragraphs[m.paragraph].text[m.end:m.end + 16]) \
            or " " not in m.text[:cut.start()].strip() or switches.get("NEWSFACET_CREDIT_ROLES", "1") == "0":
        return
    role = m.text[cut.start():]
    if m.value.endswith(role):
        m.value = m.value[:-len(role)]
    m.text, m.end = m.text[:cut.start()], m.start + cut.start()


def drop_credit_tails(articles: list[Article]) -> None:
    """Cut a person mention at its first slash when a capitalised name word stands before it (span and value),
    at a capital glued to a name word (_GLUED), and before a credit's next role (_CREDIT_ROLE)."""
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.text.endswith(_CREDIT_WORD_ENDS):
                _drop_credit_role(a, m)
            if m.kind == "person" and _glued_at(m.value):
                head = m.value[:_glued_at(m.value)]
                at = m.text.find(head)
                m.value = head
                if at >= 0:
                    m.text, m.end = m.text[:at + len(head)], m.start + at + len(head)
            if m.kind != "person" or "/" not in m.value:
                continue
            head = _SLASH.split(m.value, 1)[0].strip()
            cut = _SLASH.search(m.text)
            if not head[:1].isupper() or cut is None or not m.text[:cut.start()].strip():
                continue
            m.value = head
            m.text, m.end = m.text[:cut.start()], m.start + cut.start()

