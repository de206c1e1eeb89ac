"""Corpus evidence against organisation values: common words and people the model tagged ORG.

The small model tags a capitalised common word or phrase as ORG ("the Opposition leader", "Social Welfare",
"Apple" in a story about the fruit) and a person's full name as ORG when it has not met the given name
("Russia's Julia Novak fourth"). Neither needs a word list: the corpus itself says
- whether a word or a two-word phrase is ordinary English: written in lower case mid-sentence more often
  than capitalised ("opposition", "social welfare"), unless the mention has a body's cue around it
  ("Opposition party", "the firm Apple");
- whether a name's first word is a given name: the first word of another person's full name in the corpus
  ("Julia Roberts" makes "Julia Novak" a person, while "Julia Novak Ltd" keeps its legal form, and a name
  tagged ORG in more than two articles is a firm named after people).
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET

from . import name_lists, org_and_tails, orgs, product_uses
from . import org_not_bodies as not_bodies
from .faker_names import given_names
from .gazetteer import fold
from .mention_spans import hold
from .org_person_cues import _listed_with_person, _person_cue  # noqa: F401 (the tests ask org_words for both)

_WORD = re.compile(r"[^\W\d_][^\W\d_’'\-]*")
# Round 54: a web address, a domain or a handle in the copy ("at facebook.com/goodaddsup", "@nvidia") is no word written
# in lower case: a tech paper's one "facebook.com" had made Facebook an ordinary word, and no brand (org_evidence).
_TLD = r"\.(?:com|org|net|io|co|gov|edu|ai|info|tv|ly|app)\b"
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.\-]*@[\w.\-]+|\b[\w\-]+(?:\.[\w\-]+)*%s\S*" % _TLD)
_ADDRESS_HINT = re.compile(r"@|://|%s" % _TLD)  # (cheap: most paragraphs hold no address)


def _lower_address(m: re.Match) -> str:
    """An address written in lower case goes ("facebook.com", "@nvidia", "pic.twitter.com/x"); a capitalised one is
    the name written as its site ("Express.co.uk: ..."), and counts as the name did."""
    word = re.search(r"[^\W\d_]", m.group(0))
    return " " if word and word.group(0).islower() else m.group(0)


_NAME_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?")  # "Julia", "Moen-Guidon"


def _counts(articles) -> tuple[Counter, Counter]:
    """(lower-case, capitalised) counts of words and two-word phrases written after a lower-case word or a
    comma, i.e. where capitals mean a name and not the start of a sentence."""
    low_keys: list[str] = []  # (collected, then counted at once: the corpus's every word passes here)
    cap_keys: list[str] = []
    for a in articles:
        for p in a.paragraphs:
            text = p.text
            if _ADDRESS_HINT.search(text):
                text = _ADDRESS.sub(_lower_address, text)
            words = _WORD.findall(text)
            lower = [w[:1].islower() for w in words] + [False]
            words.append("")
            # each word with the case of the one before it and the word after it (the last word: after it "")
            for was_low, word, low, nxt, nxt_low in zip(lower, words[1:-1], lower[1:], words[2:], lower[2:]):
                if not was_low:
                    continue
                k = word.lower()
                if low:
                    low_keys.append(k)
                    if nxt_low:
                        low_keys.append(f"{k} {nxt}")
                else:
                    cap_keys.append(k)
                    if nxt[:1].isupper():
                        cap_keys.append(f"{k} {nxt.lower()}")
    return Counter(low_keys), Counter(cap_keys)


def _role_last(value: str) -> bool:
    """Whether a name closes on a role written in capitals ("Labour MP", "Twitter CEO"), which no surname is."""
    from .name_titles import TITLE_ONE_WORD

    last = value.split()[-1]
    return last.isupper() and last.lower() in TITLE_ONE_WORD | {"ceo", "cfo", "coo", "cto"}


def _cued(article, m) -> bool:
    from .one_facet import _ORG_AFTER, body_before

    para = article.paragraphs[m.paragraph].text
    return bool(_ORG_AFTER.match(para[m.end:m.end + 40]) or body_before(para[max(0, m.start - 30):m.start], m.text, m.label))


def _person_shaped(value: str, given) -> bool:
    """Two or three name words, the first a given name (``given(word)``), none a body word."""
    from .one_facet import _ORG_LAST
    from .org_spans import BODY_LAST, LEGAL

    words = value.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) and given(words[0]) \
        and not any(fold(w) in BODY_LAST | LEGAL | _ORG_LAST for w in words)


def _territory(word: str) -> bool:
    """A country, or a region or city of 250k people, by that name ("Georgia", "Dallas" of "Dallas Cowboys")."""
    from . import places

    return any(p.kind == "country" or p.population >= 250_000 for p in places.candidates(word))


def _given_test(corpus_given: set[str], low: Counter, cap: Counter):
    """Whether a word is a given name: the corpus shows it opening a person's full name, or the name tables
    hold it and the corpus does not write it as an ordinary word ("May", "Grant", "Royal" in lower case) nor
    is it a country's, a state's or a big city's name ("Georgia", "Victoria", "Dallas")."""
    def given(word: str) -> bool:
        k = fold(word)
        if k in corpus_given:
            return True
        low_k = word.lower()
        return k in given_names() and low[low_k] <= cap[low_k] and not _territory(word)
    return given


def weed(articles) -> tuple[Counter, Counter]:
    """Drop organisation mentions of ordinary words; file people's full names tagged ORG as people. Returns
    the archive's (lower-case, capitalised) word counts for the evidence gate (org_evidence.py)."""
    low, cap = _counts(articles)
    # A full name gated out of the person facet for want of evidence (person_evidence.py, NO_FACET) was
    # still read as a person's name: its first word stays a given name, as before the gate.
    # (Round 59: not a span closing on a role in capitals, "a senior [Labour MP] who": no full name, so "Labour" is no
    # given name, and "Labour Leave" no person.)
    corpus_given = {fold(m.value.split()[0]) for a in articles for m in a.mentions
                    if m.kind == "person" and len(m.value.split()) >= 2 and m.label in ("PERSON", NO_FACET)
                    and not _role_last(m.value)}
    given = _given_test(corpus_given, low, cap)
    # People the model tagged ORG whose article marks them as people ("X, the German baritone,", "X
    # announced his retirement"): a given name from the name tables is enough there, or none for one word.
    # (Only the values the loop below reads: a known body's mentions are never weeded, so their sentences go unread.)
    read = [(a, m) for a in articles for m in a.mentions if m.kind == "org" and not orgs.known_body(m.value)]
    marked = {m.value for a, m in read if _person_cue(a, m)}
    listed = {m.value for a, m in read if " " in m.value and name_lists.between_people(a, m)} \
        if name_lists.enabled() else set()
    strongly = {m.value for a, m in read if " " not in m.value and _person_cue(a, m, strong=True)}
    # A company named after people ("Coles Myer", "James Capel") recurs as ORG across the corpus; the model
    # tags a person's name ORG now and then: a name tagged ORG in more than two articles stays a body.
    spread = Counter(v for a in articles for v in {m.value for m in a.mentions if m.kind == "org"})
    keep_as = {}
    values = set(spread)
    halves = org_and_tails.written_alone(articles) if org_and_tails.enabled() else values  # (round 58)
    products = product_uses.enabled()
    for a in articles:
        drop = set()
        ordinary: list = []
        unknown = [m for m in a.mentions if m.kind == "org" and not orgs.known_body(m.value)]
        cued = {m.value for m in unknown if _cued(a, m)}
        made = {m.value for m in unknown if product_uses.product_use(a, m)} if products else set()  # round 44: "a black BMW sedan"
        for i, m in enumerate(a.mentions):
            v = m.value
            if m.kind != "org" or v in cued or orgs.known_org(v) or orgs.is_outlet(v):
                continue
            if v in made and not product_uses.acts(a, m) or _two_in_one(v, halves) or _headline_word(v, low, cap) \
                    or _party_tag(a, m) or _a_thing(a, m) or _SHOW.search(v) or _plural_make(v, values) \
                    or _noble_title(v):
                drop.add(i)
                continue
            if v.isupper():
                continue
            titled = _titled_person(a, m, given)
            if titled and spread[v] <= 2:  # "Constable Paul Middup", "Justice Rares" beside Steven Rares
                from .name_titles import strip_title

                m.start += strip_title(m.text)[0]  # no title in a person's span
                m.kind, m.value, m.text = "person", titled, a.paragraphs[m.paragraph].text[m.start:m.end]
                continue
            if v not in keep_as:
                keep_as[v] = _reading(v, low, cap, lambda w: fold(w) in corpus_given)
                if keep_as[v] == "org" and (v in (marked if " " in v else strongly)
                                            and _marked_person(v, low, cap, given, values)
                                            or v in listed and name_lists.listed_name(v, low, cap)):
                    keep_as[v] = "person"
            if keep_as[v] == "none":
                drop.add(i)
                if not nationality(v):
                    ordinary.append(m)  # still an org mention of the text, with no facet value (mention_spans)
            elif keep_as[v] == "person" and spread[v] <= 2 and (m.text == v or m.text == v.split()[-1]):
                m.kind = "person"  # the full name, and its surname alone ("Carolina Morace" ... "Morace")
        # ... and the surname the model tagged ORG on its own in that article ("Morace was quoted as saying")
        surnames = {m.value.split()[-1]: m.value for m in a.mentions
                    if m.kind == "person" and m.label == "ORG" and " " in m.value and keep_as.get(m.value) == "person"}
        for m in a.mentions:
            if m.kind == "org" and m.text in surnames and m.value == m.text:
                m.kind, m.value = "person", surnames[m.text]
        if drop:
            a.mentions = [m for i, m in enumerate(a.mentions) if i not in drop]
            hold(a, ordinary)
    return low, cap


def _marked_person(value: str, low: Counter, cap: Counter, given, values: set[str]) -> bool:
    """A name its article marks as a person, shaped like one: a given name and a surname, or one word that is
    no ordinary word, no place and opens no organisation's name of the corpus ("Cuttitta", "Anitta")."""
    from . import places
    from .cast import plausible_person

    words = value.split()
    last = words[-1].lower()
    if len(words) > 1:
        return not_bodies.person_shaped(value) and given(words[0]) and low[last] <= cap[last]
    return len(value) > 3 and plausible_person(value) and not low[last] and not places.candidates(value) \
        and not value.endswith("s") and not any(v.startswith(value + " ") for v in values)  # "Danes", "Yankees"


# One capitalised word after "a"/"his"/"their" closing its phrase ("I was going to get a Lexus,", "his Mazda
# was", "experiment with their Macs.", "practised as a GP in", "made an OBE in"): a thing, a make or a role,
# not the body; "a Reuters report", "a Labour MP" go on to a noun and stay.
_A_THING_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our)\s+$")
_A_THING_AFTER = re.compile(r"^(?:\s*[.,;:!?)”\"]|\s+(?:and|or|to|in|on|at|with|for|from|is|was|that|which|who|but)\b|"
                            r"\s*$)")
_BODY_NOUNS = {"cabinet", "government", "parliament", "congress", "senate", "assembly", "council", "court",
               "committee", "commission", "party", "club", "team", "union", "school", "university", "company"}


def _a_thing(article, m) -> bool:
    from .one_facet import _ORG_LAST

    if " " in m.text or fold(m.text) in _BODY_NOUNS | _ORG_LAST:
        return False
    para = article.paragraphs[m.paragraph].text
    return bool(_A_THING_BEFORE.search(para[max(0, m.start - 8):m.start]) and _A_THING_AFTER.match(para[m.end:m.end + 12]))


def _titled_person(article, m, given) -> str | None:
    """The person an ORG span names after a title or rank ("Constable Paul Middup", "Datuk Mahbud Hashim",
    "Justice Rares" where the article names Steven Rares): a given name and a surname after the title, or a
    surname of one of the article's people; "General Motors", "Judge Business School" keep no name."""
    from .name_titles import strip_title

    cut, rest = strip_title(m.text)
    if not cut or not rest:
        return None
    if " " in rest:
        return rest if not_bodies.person_shaped(rest) and given(rest.split()[0]) else None
    full = {o.value for o in article.mentions if o.kind == "person" and o.value.split()[-1] == rest and " " in o.value}
    return full.pop() if len(full) == 1 else None


# A show, a fair or an expo by its name ("Consumer Electronics Show", "Google Science Fair", "Fan Expo Canada"):
# an event, like the awards and cups one_facet drops.
_SHOW = re.compile(r"\s(?:Show|Fair|Exhibition|Expo)$|\bExpo\b")


# A noble or royal title ("King of Ise", "Duke de Bordeaux", "Prince of Wales"): a person's style, no body
# (one name after the particle: "Prince of Wales Hospital" goes on to a body).
_NOBLE = re.compile(r"(?:King|Queen|Duke|Duchess|Prince|Princess|Earl|Count|Countess|Baron|Baroness|Marquis|"
                    r"Marquess|Emperor|Empress|Sultan|Emir|Archduke|Viscount)\s+(?:of|de|d[’']|von|di)\s*[A-Z][\w’'\-]*")


def _noble_title(value: str) -> bool:
    return bool(_NOBLE.fullmatch(value))


def _plural_make(value: str, values: set[str]) -> bool:
    """A plural of a make or a product -- "BMWs", "ATMs", "BlackBerrys" beside "BlackBerry": a body's name is
    never written in the plural, its products are."""
    if " " in value or not value.endswith("s") or value[:2] in ("Mc", "Ma"):
        return False
    return bool(re.fullmatch(r"[A-Z]{2,}s", value)) or value[:-1] in values and bool(re.search(r"[a-z][A-Z]", value))


# A politician's party and seat or state after the name ("George Mitchell, D-Maine,", "X (BN-Tambun)").
_PARTY_SEAT = re.compile(r"[A-Z]{1,4}-[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _party_tag(article, m) -> bool:
    if not _PARTY_SEAT.fullmatch(m.text):
        return False
    para = article.paragraphs[m.paragraph].text
    return any(o.kind == "person" and o.paragraph == m.paragraph and re.fullmatch(r",\s|\s?\(", para[o.end:m.start])
               for o in article.mentions)


_TITLE_WORD = re.compile(r"\b(?:Minister|Secretary|President|Chairman|Chairwoman|Director|Governor|Mayor|"
                         r"Senator|Chief|Officer|Spokesman|Spokeswoman|Leader)$")


def _two_in_one(value: str, values: set[str]) -> bool:
    """Two names glued by "and" into one span: each half is an organisation value of its own somewhere in the
    corpus ("Facebook and Google"), or one half is a person's title ("Foreign Minister and ODS"). ``values``: the
    corpus's org values (round 58: those it writes on their own somewhere, not only after an "and": the model's
    "Border Protection" cut from "Customs and Border Protection" is no body of its own)."""
    from .one_facet import org_by_name
    from .org_fields import field_list

    halves = value.split(" and ")
    if len(halves) != 2 or not all(h[:1].isupper() for h in halves) or org_by_name(value) or field_list(value):
        # "American Telephone and Telegraph Co": one firm whose name holds "and"; "Ministry of Federal Education
        # and Professional Training": one ministry's fields (org_fields, round 32)
        return False
    return all(h in values or orgs.known_org(h) for h in halves) or any(_TITLE_WORD.search(h) for h in halves)


def _headline_word(value: str, low: Counter, cap: Counter) -> bool:
    """A common word in a headline's capitals ("ADVISABILITY", "CORRESPONDENT"): one all-capital word the
    corpus writes in lower case more often than as a capitalised name mid-sentence (an acronym like "NATO" is
    never written "nato"; "SHELL" has its "Shell" elsewhere)."""
    k = value.lower()
    return value.isupper() and " " not in value and len(value) >= 4 and value.isalpha() and low[k] >= 2 \
        and low[k] > cap[k]


def nationality(word: str) -> bool:
    """A nationality or regional adjective made from a country's or region's name ("Guatemalan",
    "Brazilian", "Sudanese", "Pakistani"), which names people, never a body."""
    from .junk import is_demonym

    return is_demonym(word) or _adjective_of(word) is not None


def nationality_country(word: str) -> str | None:
    """The country a nationality adjective made from its name names ("Kenyan" -> Kenya), else None."""
    from .archive import country_name

    p = _adjective_of(word)
    return country_name(p.country_code) if p is not None and p.kind == "country" else None


def _adjective_of(word: str):
    """The country or region whose name ``word`` is an adjective of ("Montenegrin" of Montenegro), else None."""
    from . import places

    if not re.fullmatch(r"[A-Z][a-z]{4,}", word) or places.candidates(word):
        return None
    stems = {word[:-1]: ("an", "i"), word[:-2]: ("an", "ian"), word[:-3]: ("ian", "ese", "ean"),
             word[:-2] + "o": ("in",)}  # "Montenegrin" of Montenegro
    for stem, endings in stems.items():
        if len(stem) >= 4 and any(word.endswith(e) for e in endings):
            for p in places.candidates(stem):
                if p.kind in ("country", "region") and fold(p.name) == fold(stem):
                    return p
    return None


def _reading(value: str, low: Counter, cap: Counter, given) -> str:
    words = value.split()
    if len(words) == 1 and nationality(value):
        return "none"  # "Guatemalan" tagged ORG: a nationality
    if 1 <= len(words) <= 2 and all(len(w) > 2 for w in words):
        k = " ".join(w.lower() for w in words)
        if words[-1][:1].isupper() and low[k] > cap[k]:
            return "none"  # "Opposition", "Social Welfare": ordinary English, capitalised here
    last = words[-1].lower() if words else ""
    if _person_shaped(value, given) and low[last] <= cap[last]:  # "Diamond Lumber": a trade, not a surname
        return "person"
    halves = value.split(" and ")
    if len(halves) == 2 and all(_person_shaped(h, given) for h in halves):
        return "none"  # "Anna Berg and Eva Lind": two people in one span
    return "org"
