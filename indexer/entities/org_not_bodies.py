"""ORG spans that name no body: a minister's portfolio cut from a title ("Federal Agriculture" of "Federal Agriculture
Minister"), a work's quoted title, a site, a dateline, a person's name, an acronym of a role or a thing, a section
label. The tagger asks here before an ORG span becomes an organisation value (orgs.py names the bodies; this module
says what is none).
"""
from __future__ import annotations

import re

from . import org_campuses
from .gazetteer import fold
from .guards import Tail

# A portfolio cut from a title: "Federal Agriculture" of "Federal Agriculture Minister", "Primary Industries"
# of "Primary Industries, Fisheries and Mines Minister", "Home" of "Home Secretary" (a minister, not a body).
_TITLE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*)*(?:,?\s+and\s+[A-Z][\w’'\-]*)?"
                          r"\s+(?:Minister|Secretary(?![- ]General))\b")  # "Labour minister" is a party's
_BODY_WORD = re.compile(r"\b(?:Department|Ministry|Office|Party|Council|Commission|Committee|Authority|Agency|"
                        r"Bureau|Board|Union|Association)$")


# Not bodies: a currency, a rate, a bond or an index named with capitals ("U.S. Dollar", "London Interbank
# Offered Rates"), or a sentence opening with a capitalised preposition ("Across Australia the ...").
_INSTRUMENT = re.compile(r"\s(?:Dollars?|Yen|Pounds?|Francs?|Marks?|Rates?|Bonds?|Bills?|Notes?|Index)$")
_PREPOSITION = re.compile(r"^(?:Across|Throughout|In|At|From|Under|Over|After|Before|During|Around|Inside|Outside)\s")


# A title of a work, not its maker: the word naming the kind of work just before it ("the film Fargo",
# "the album Blue Lines", "his novel The Road"), or the span wrapped in quotation marks.
_WORK_BEFORE = Tail((
    "film", "films", "movie", "movies", "book", "books", "novel", "novels", "album", "albums", "song", "songs", "single",
    "play", "plays", "musical", "show", "shows", "series", "sitcom", "documentary", "opera", "poem", "painting",
    "video game", "game", "track", "hit", "memoir", "biography", "trilogy", "franchise", "episode", "comic", "cartoon",
    "app", "brand", "console", "handset", "browser", "software"), r"\s+(?:[’']s\s+)?$", re.I)
# A quoted title: the quotation around the span holds only a few words, every long one capitalised
# ("``Little Dieter Needs to Fly''", "“Blue Lines”"); quoted speech has lower-case words.
_QUOTE_OPEN = re.compile(r"(?:``?|[“\"‘]|(?<![A-Za-z])')([^`“”\"‘]{0,60})$")  # "`LITTLE DIETER NEEDS TO FLY'"
_QUOTE_CLOSE = re.compile(r"^([^`“”\"’]{0,60}?)[,.!?;:]?(?:''|[”\"’]|'(?![A-Za-z]))")


def _quoted_title(text: str, before: str, after: str) -> bool:
    a, b = _QUOTE_OPEN.search(before[-64:]), _QUOTE_CLOSE.match(after[:64])
    if not a or not b:
        return False
    words = re.findall(r"[A-Za-z][\w’'\-]*", f"{a.group(1)} {text} {b.group(1)}")
    return 0 < len(words) <= 8 and all(w[:1].isupper() for w in words if len(w) > 3)


# The end of a longer capitalised title the model cut ("Lord of the [Rings]", "Shaun of the [Dead]"): a name
# word and "of the" just before a one-word span (an acronym after "of" is a body: "Ann Lee of the DAB").
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w’'\-]+\s+of\s+the\s+$")
# Words closing a name that make it a site, a road or a natural feature, not a body ("Bardiya National Park",
# "Bishops Avenue", "Continental Arena"; a "County" is often a club: "Derby County").
_SITE_LAST = re.compile(r"\s(?:Park|Avenue|Street|Road|Lane|Boulevard|Square|Arena|Stadium|Towers?|Station|"
                        r"Expressway|Highway|Motorway|Concourse|River|Mountains|Valley|Airport|Bridge|"
                        r"Canal|Lake|Beach|Ground|Oval|Racecourse|Velodrome|Speedway|Raceway|Court House|"
                        r"Courthouse|county|parish|township)$")  # a venue or a building;
# "Lanarkshire county" in lower case is the area (a capital "County" is often a club: "Derby County")
# A dateline opening a paragraph ("BLANTYRE, Malawi (AP) _", "OSLO (Reuters) -"): a place, never a body.
_DATELINE_AFTER = re.compile(r"^(?:,\s+[A-Z][\w.]*|\s*\(|\s+[-_–—]\s)")
# An age in apposition ("Amin, 61, from rural Bangladesh"): a person.
_AGE_AFTER = re.compile(r"^,\s+(?:\d{1,3},|\d{1,3}\s+and\s|aged\s+\d|aged\s+(?:one|two|three|four|five|six|"
                        r"seven|eight|nine|ten)\b)")  # "Minhaz, 22 and Shubho, 22", "Minhaz, aged three"
# A person's role or office just before a full name ("England coach Sven-Goran Eriksson", "France captain
# Fabien Pelous", "Councilwoman LaToya Cantrell", "number eight Imanol Harinordoquy"): words only people are
# called, so a name after one is a person whatever the model said. (Only for names shaped like a person's,
# with no body word in them: "rival club Chelsea" and "analyst firm X" stay bodies.)
_ROLE_BEFORE = re.compile(
    r"\b(?:coach|captain|skipper|boss|manager|striker|midfielder|defender|goalkeeper|keeper|winger|flanker|"
    r"full-back|fly-half|scrum-half|number eight|centre|prop|skier|skater|sprinter|cyclist|golfer|batsman|bowler|"
    r"jockey|chef|singer|songwriter|actor|actress|novelist|poet|economist|spokes(?:man|woman|person)|"
    r"chairman|chairwoman|president|minister|senator|governor|mayor|councillor|council(?:wo)?man|"
    r"congress(?:wo)?man)\s+$", re.I)
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z][a-z]?[A-Z][a-zà-ÿ]+")  # "Sven-Goran", "LaToya"


# Words closing a firm's name after "manager"/"boss" ("fund manager Fidelity Investments", "Kelso Partners").
_FIRM_WORDS = {"investments", "capital", "partners", "management", "securities", "associates", "advisers",
               "advisors", "brands", "sports", "music", "records", "films", "foods", "stores"}


def person_shaped(text: str) -> bool:
    """Two or three name words and no body word ("Fabien Pelous", not "Merrill Lynch & Co", "Derby County",
    "Salomon Brothers")."""
    from .one_facet import _ORG_LAST
    from .org_spans import BODY_LAST, LEGAL
    from .org_variants import _COMPANY_TAIL

    words = text.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not any(fold(w) in _ORG_LAST | BODY_LAST | LEGAL | _COMPANY_TAIL | _FIRM_WORDS for w in words)


# A dateline at the head of a paragraph in capitals, with its date after it or glued into the span
# ("AMSTERDAM 1996-12-07", "ABU DHABI 1996", "DODGE" of "DODGE CITY 1996-12-06").
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z.'\- ]+(?: \d{4})?")
_DATE_AFTER = re.compile(r"^(?:[-\d]*)(?:\s+[A-Z][A-Z.'\-]+)*\s+\d{4}-\d\d-\d\d\b")
# A byline running into the dateline ("By Atul Prakash and Alistair Smout LONDON, Sept 14 (Reuters)", "By GNA
# Accra, Aug. 6, GNA-"): the span is followed by the story's date, and it closes on a city in capitals or
# stands right after "By".
_MONTH_DATE_AFTER = re.compile(r"^,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_BYLINE_BEFORE = re.compile(r"\bBy\s+(?:[A-Z][\w’'\-]*\s+){0,3}(?:and\s+)?$")
# A squad list's label before the players ("Goalkeepers - Blendi Nallbani, Armir Grima"): people, no body.
_SQUAD_LABEL = re.compile(r"(?:Goalkeepers|Defenders|Midfielders|Forwards|Strikers|Substitutes|Backs|Reserves|"
                          r"Squad|Team|Coach)\s*[-–:]\s", re.I)
# A named storm after its kind in lower case ("the tropical cyclone Daniella"), and a product after "a"
# with the kind of thing it is ("shot at from a Mercedes car"): neither is a body.
_STORM_BEFORE = re.compile(r"\b(?:cyclone|hurricane|typhoon|storm)\s+$", re.I)
_PRODUCT = re.compile(r"^\s+(?:car|cars|sedan|saloon|limousine|jeep|truck|van|phone|smartphone|tablet|laptop)\b")
_A_BEFORE = re.compile(r"\b(?:a|an|his|her|their|its)\s+$", re.I)
# A meeting, a pact or a law by its name ("Global Entrepreneurship Summit", "Geneva Communique", "Kyoto
# Protocol", "Clean Air Act", "European Convention on Human Rights"), a tax ("Goods and Service Tax"), an app ("Indian Express App"): an event, a document or a product, no body.
_PACT_LAST = re.compile(r"\s(?:Summit|Communiqu[eé]|Agreement|Accords?|Treaty|Protocol|Declaration|Act|Manifesto|"
                        r"Licen[cs]e|Apps?|Tax|Taxes|Levy|Cess)$|\sConvention on\s")
# Two families in one span ("two families, the Kesers and Karabuluts"): plural surnames joined by "and" where
# the sentence speaks of families (a shop "Kramerbooks and Afterwords" stays).
_FAMILIES = re.compile(r"[A-Z][a-z]+s\s+and\s+[A-Z][a-z]+s")
# A name cut before its head noun: it closes on an adjective and the next word is a capitalised one the model
# left out ("Movement for a Democratic | Slovakia").
_CUT_ADJECTIVE = re.compile(r"\s(?:of|for)\s(?:an?\s|the\s)?(?:[A-Z][a-z]+\s)*[A-Z][a-z]+(?:ic|al|ist|ian)$")
_CAPITAL_NEXT = re.compile(r"^\s[A-Z][a-z]")
# An image credit or a source line naming a web address ("Source: Facebookbrand.com"): page furniture.
_CREDIT_BEFORE = re.compile(r"\b(?:Source|Image|Photo|Picture|Credit|Courtesy|Via|Graphic)s?\s*:?\s*$", re.I)
_DOMAIN = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|co\.uk|io|info)")


def not_a_body(text: str, before: str, after: str) -> str | None:
    """Why an ORG span is no organisation, from its shape and its sentence: "work" (a title of a film, a book,
    a product), "dateline", "site" (a place), "person" (an age after it), or None. ``before`` is the
    paragraph text up to the span, ``after`` the rest."""
    if _WORK_BEFORE.search(before[-40:]) or _quoted_title(text, before, after):
        return "work"
    if _NAME_OF_BEFORE.search(before[-40:]) and " " not in text and not text.isupper():
        return "work"  # "Shaun of the [Dead]": a fragment of a longer title
    if text.isupper() and len(text) > 3 and not before.strip() and _DATELINE_AFTER.match(after):
        return "dateline"
    if (not before or before.endswith("\n")) and _CAPS_DATELINE.fullmatch(text) and len(text) > 3 \
            and (_DATE_AFTER.match(after) or re.search(r"\s\d{4}$", text) and re.match(r"-\d\d-\d\d", after)):
        return "dateline"  # "AMSTERDAM 1996-12-07" heading a paragraph (not only the article's first one)
    if _MONTH_DATE_AFTER.match(after) and (_BYLINE_BEFORE.search(before[-60:]) or re.search(
            r"[a-z]\s+[A-Z]{3,}$", text)):
        return "dateline"  # "Alistair Smout LONDON, Sept 14", "By GNA Accra, Aug. 6"
    if _SQUAD_LABEL.match(text):
        return "label"
    if _PACT_LAST.search(text):
        return "event"
    if _STORM_BEFORE.search(before[-20:]) or _PRODUCT.match(after) and _A_BEFORE.search(before[-8:]):
        return "event"
    if _FAMILIES.fullmatch(text) and re.search(r"\b(?:famil|clan)", before[-60:], re.I) \
            or _CUT_ADJECTIVE.search(text) and _CAPITAL_NEXT.match(after):
        return "fragment"
    if _DOMAIN.fullmatch(text) and _CREDIT_BEFORE.search(before[-20:]):
        return "furniture"
    if re.fullmatch(r"Court\s?[Hh]ouse", text):
        return "building"  # "the Court House" of whichever town: a building, no place we could locate
    if _SITE_LAST.search(text) and not org_campuses.campus_name(text):
        return "site"  # (round 62: not "the University of Maryland, College Park": a campus, the town its last words)
    if _AGE_AFTER.match(after) or _ROLE_BEFORE.search(before[-30:]) and person_shaped(text):
        return "person"
    return None


# Job titles and finance terms written as acronyms ("CFO", "IPO", "IR reform"): a role or a thing, no body.
_ROLE_ACRONYMS = {"ceo", "cfo", "cio", "coo", "cto", "cmo", "cso", "cfos", "ceos", "cios", "vp", "svp", "evp",
                  "md", "ipo", "ipos", "ir", "hr", "pr", "gdp", "cpi", "eps", "etf", "etfs", "m&a", "r&d", "agm",
                  "egm", "ebitda", "yoy", "qoq", "eur", "usd", "roi", "roe", "p/e", "nav", "aum", "mp", "mps",
                  "mep", "meps", "npa", "npas", "peg",
                  # round 53: economic indicators by their initials ("the Purchasing Managers' Index (PMI)")
                  "pmi", "wpi", "iip", "ppi", "gnp", "gva", "pce"}
# ... and the other acronyms and terms that name a thing, never a body: devices and technologies ("SIM",
# "CCTV", "USB"), weapon and vehicle types ("UAV", "VBIED"), taxes, legal papers and ID schemes ("GST", "FIR",
# "PIL", "MoU", "IPC", "Aadhaar"), medical terms ("HPV"), and titles written as acronyms
# ("CM" for Chief Minister, "L-G" for Lieutenant-Governor, "MLA").
_THING_ACRONYMS = {
    "ram", "sim", "sims", "usb", "lcd", "led", "leds", "oled", "cctv", "ac", "irc", "xml", "html", "http", "gps",
    "sms", "cpu", "gpu", "ssd", "dvd", "dvds", "lte", "4g", "5g", "3g", "wi-fi", "wifi", "vpn", "pdf",
    "url", "api", "uav", "uavs", "vbied", "vbieds", "ied", "ieds", "rov", "rovs", "mri", "dna", "hiv", "hpv",
    "ros", "gst", "igst", "cgst", "sgst", "vat", "tds", "fir", "firs", "pil", "pils", "mou", "mous", "ipc",
    "crpc", "csr", "kyc", "fdi", "rti", "cm", "l-g", "pm",
    "dgp", "mla", "mlas", "mlc", "cji", "cmd", "nri", "nris", "atm", "atms",
    "dui", "dwi", "owi",  # round 53: drink-driving offences ("charged with DUI")
    # round 64: the technology and finance terms of a tech and a business archive ("develop GenAI apps", "a Q&A
    # session", "minus the SEO spam", "environmental, social, and governance (ESG)")
    # (not "SAAS", "AR", "UI": the Student Awards Agency Scotland's, a Hong Kong firm's, a university's initials on dev)
    "seo", "agi", "llm", "llms", "iot", "esg", "q&a", "b2b", "b2c", "faq", "faqs", "kpi", "kpis",
    # round 65: a phone review's spec sheet ("wifi 7, UWB, NFC, Bluetooth 6") and a policy's initials ("its DEI programs")
    # (not "NFC": the National Football Conference's too)
    "uwb", "gnss", "esim", "rfid", "hdmi", "dei", "evs",
}
# (written in capitals or mixed case only: "Ram" and "Sim" are names; "MoU", "Wi-Fi" and "Aadhaar" are not)
_THING_WORDS = {"mou", "mous", "wi-fi", "wifi", "aadhaar", "genai", "iot"}
# Languages by name ("Telugu", "Malayalam" tagged ORG): a tongue, never a body (nationality words are in
# junk.DEMONYMS already).
_LANGUAGES = {
    "hindi", "telugu", "malayalam", "tamil", "kannada", "marathi", "gujarati", "bengali", "bangla", "punjabi",
    "urdu", "odia", "oriya", "assamese", "konkani", "sanskrit", "sindhi", "kashmiri", "nepali", "sinhala",
    "swahili", "arabic", "persian", "farsi", "hebrew", "yiddish", "mandarin", "cantonese", "tagalog", "pashto",
    "dari", "amharic", "hausa", "yoruba", "igbo", "zulu", "xhosa", "afrikaans", "esperanto", "latin",
}
# A person's title or rank, not a body: a span closing on one ("Navy Capt", "Foreign Secretary", "District
# Collector", "Home and Defence Secretaries") or opening with one before "of" ("Minister of Foreign Affairs of
# Iraq"), unless a body's name holds the title ("Office of the Prime Minister"; "State Department Spokesperson"
# and "Union Minister" are people).
_TITLE_LAST = re.compile(r"(?:^|\s)(?:Ministers?|Secretar(?:y|ies)|Collectors?|Constable|Judge|"
                         r"Spokes(?:man|woman|person)|Capt|Cmdr|Lt|Col|Sgt|Maj)\.?$")
_TITLE_FIRST = re.compile(r"^(?:Ministers?|Secretar(?:y|ies)|Deputy Ministers?) of\s")
_BODY_IN = re.compile(r"\b(?:Office|Department|Ministry|Council|Conference|Committee|Board|Association|Forum|"
                      r"Union|Club|Bureau|Secretariat|Cabinet)\s+(?:of|for)\b")
# A span closing on a function word is a cut headline, not a name ("FTSE Heads For"); one closing on a
# lower-case pronoun is a page's link text ("Contact us", "Follow us").
_FUNCTION_LAST = re.compile(r"\s(?:For|To|In|Of|At|On|With|As|By|From|And|Or|The|A|An|Is|Are|Its|Their|Into|"
                            r"us|our|we|you|me|Contacts?)$")  # ... or labels a contact line ("Media Contact")


# A news site's section heading ("Entertainment News", "Sports News") and a class or a form by its Roman
# number ("XII"): page furniture and numbers, no body ("Sky News" opens on a name).
_SECTION = re.compile(r"(?:Entertainment|Sports?|Business|World|Tech|Technology|Lifestyle|Health|Science|Politics|"
                      r"Local|National|International|Breaking|Latest|Top|Trending|Education|Auto|Travel|City)\s"
                      r"(?:News|Stories|Headlines|Updates)")
# An adjective the model tags ORG on its own ("Central and State governments", "Joint and Coalition partners"):
# it names no body ("the Opposition party" is left to the corpus pass).
_BARE_ADJECTIVES = {"central", "international", "foreign", "federal", "regional", "provincial", "joint", "veteran"}
_POSSESSIVE = re.compile(r"[’']s$")  # (compiled once: never_a_body reads every ORG span)
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")


def never_a_body(text: str) -> bool:
    bare = _POSSESSIVE.sub("", text).lower()
    if _SECTION.fullmatch(text) or len(text) > 1 and _ROMAN.fullmatch(text) or bare in _BARE_ADJECTIVES:
        return True
    if (_TITLE_LAST.search(text) or _TITLE_FIRST.match(text)) and not _BODY_IN.search(text):
        return True  # a title or a rank
    if bare in _THING_WORDS or bare in _THING_ACRONYMS and re.sub(r"[’']?s$", "", text).isupper():
        return True  # a device, a tax, a paper or a title by its acronym
    if bare in _ROLE_ACRONYMS or bare in _LANGUAGES or _FUNCTION_LAST.search(text) or re.search(r"\+?\d[\d\-]{7,}", text):
        return True  # ... and a desk's telephone number glued to its name ("Power Desk +212-859-1628")
    # a time zone glued to the next words of a quote line ("01:39 BST-UK Markets open in 6 hrs")
    from .junk import TIME_ZONES
    if text.split("-")[0].lower() in TIME_ZONES and "-" in text:
        return True
    return bool(_INSTRUMENT.search(text) or _PREPOSITION.match(text))


def portfolio(text: str, after: str) -> bool:
    """Whether an ORG span is the portfolio of a minister's or secretary's title that follows it."""
    return bool(_TITLE_AFTER.match(after)) and not _BODY_WORD.search(text) and not text.isupper()
