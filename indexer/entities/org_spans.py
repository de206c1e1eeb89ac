"""Organisation names the small model cuts at "and" or glues together at "and", repaired on raw NER spans.

English body names often hold "and" ("Australian Competition and Consumer Commission", "Standard and
Poor's Corp", "Farmers and Graziers Association"); the small model tends to end one span at the "and"
and start another after it, or to swallow the first half into a DATE ("March 2 - Standard"). Two bodies
named side by side ("the Central Bank and IMF") are the opposite error: one span for two names.

A join needs evidence that the two halves are one name: the model's own span ending in "and", a first
half the model did not tag as a name at all, a second half the model read as a person although it ends
in a body word ("Brandy Corporation"), or a bare one-word company with its legal form ("Telegraph Co").
A split needs each half to stand alone as a body: an acronym, a known organisation, or a name closing
with a body word.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import org_and_halves, orgs, switches
from .gazetteer import fold
from .one_facet import org_first
from .org_campuses import join_campuses
from .org_complements import run_past_complement

# Last words that make a name a body ("Commission", "Association", "Corporation").
BODY_LAST = {
    "commission", "association", "corporation", "council", "board", "authority", "federation", "union",
    "institute", "society", "foundation", "bank", "fund", "committee", "department", "ministry", "agency",
    "organisation", "organization", "party", "league", "group", "company", "industries", "exchange", "trust",
    "service", "services", "office", "bureau", "centre", "center", "college", "university", "school",
    "holding", "holdings",  # round 32: "Alibaba Group Holding", "Tencent Holdings"
}
LEGAL = {"co", "corp", "corporation", "inc", "ltd", "plc", "llc", "nv", "ag", "sa", "limited", "incorporated"}
# "X and Co." after a person's name is the idiom "X and his associates" ("Sean Hannity and Co."), as often as a
# partnership's legal form (round 37)
AND_CO = re.compile(r"^(.+?)\s+(?:and|&)\s+[Cc]o\.?$")


def ends_legal(text: str) -> bool:
    """Whether a name of two words or more ends in a company's legal form as written ("Cable and Wireless Plc")."""
    words = text.split()
    return len(words) >= 2 and words[-1].strip(".,").lower() in LEGAL


def firm_heads(value: str) -> list[str]:
    """The first two words or more of a firm's name written with its legal form ("Lai Sun", "Lai Sun Development"
    of "Lai Sun Development Ltd"); none for a name of fewer than three words or "X and Co." (the idiom, see AND_CO)."""
    words = value.split()
    if len(words) < 3 or not ends_legal(value) or AND_CO.match(value):
        return []
    return [" ".join(words[:i]).rstrip(",") for i in range(2, len(words))]
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
_CAP_RUN_BEFORE = re.compile(r"((?:[A-Z][\w’'&\-]*\s+){0,3}[A-Z][\w’'&\-]*)\s+and\s+$")


def _last_word(text: str) -> str:
    words = re.findall(r"[A-Za-z][\w&]*", re.sub(r"[’']s\b", "", text))
    return fold(words[-1]) if words else ""


def _join_start(text: str, before: list, right) -> int | None:
    """Where the one body name ending with ``right`` starts, when "X and" before it is its first half;
    ``before`` are the paragraph's spans ahead of ``right``."""
    base = max(0, right.start - 120)  # a name's first half is near: no scan of the whole paragraph per span
    if not text[base:right.start].rstrip().endswith("and"):
        return None  # the pattern ends in "and" and white space: most spans follow no "and" (no regex search)
    m = _CAP_RUN_BEFORE.search(text, base, right.start)
    if not m or right.label not in ("ORG", "PERSON") or not right.text[:1].isupper() \
            or any(len(w) < 2 for w in m.group(1).split()):
        return None  # "S and P" is a shorthand, not a first half
    last = _last_word(right.text)
    bodyish = last in BODY_LAST | LEGAL
    run_start, run_end, and_end = m.start(1), m.end(1), m.end()
    left = next((s for s in reversed(before) if s.start < and_end and s.end > run_start), None)
    if left is None or left.label not in NAME_LABELS:
        # the first half is no name of the model's, or lies inside a date ("March 2 - Standard")
        if _two_bodies(m.group(1), right.text) or _apart(m.group(1), right.text):
            return None  # "COP30 and" + "APEC": two names, each whole
        return run_start if right.label == "ORG" or bodyish else None
    if re.search(r"\s+and$", text[left.start:left.end]) and left.end <= and_end:
        first = re.sub(r"\s+and$", "", left.text)
        if _two_bodies(first, right.text) or _apart(first, right.text):
            return None  # "Alibaba Group Holding and" + "Tencent Holdings": two bodies, each whole (round 32)
        return left.start if right.label == "ORG" or bodyish else None  # the model's span ran into the "and"
    if left.label != "ORG" or left.end != run_end:
        return None  # "Britain and ...", "Smith and ...": two names
    if right.label == "PERSON" and bodyish and not _whole_name(left.text):
        # "The Australian Wine" + "Brandy Corporation" (tagged PERSON); a first half closing with a body word of its
        # own is a whole name: "Mangyongdae Revolutionary School and Kang Pan Sok Revolutionary School" are two
        return left.start
    if len(right.text.split()) == 2 and last in LEGAL and len(left.text.split()) <= 2:
        return left.start  # "American Telephone" + "Telegraph Co": a bare word is no company's whole name
    if _portfolio(left.text) and last in _OFFICE_LAST:
        return left.start  # round 49: "Communications" + "and" + "Multimedia Ministry": one ministry's portfolio
    return None


# A government body's last word, after a portfolio of two parts ("Communications and Multimedia Ministry",
# "Housing and Local Government Ministry", "Trade and Industry Department").
_OFFICE_LAST = {"ministry", "department", "commission", "committee", "authority", "agency", "bureau", "office",
                "council", "board", "directorate"}


def _portfolio(name: str) -> bool:
    """One word of English, capitalised, that no body is by itself: a portfolio ("Communications", "Housing",
    "Trade"), not a brand ("Google") or a known body (NEWSFACET_ORG_PORTFOLIOS=0: never)."""
    from .surname_bearers import english_word

    return " " not in name and name[:1].isupper() and not name.isupper() and english_word(name) \
        and not orgs.known_org(name) and switches.get("NEWSFACET_ORG_PORTFOLIOS", "1") != "0"


def _apart(left: str, right: str) -> bool:
    """Round 47: two names joined by "and" that the join must leave apart though neither is a known body: an acronym
    on either side ("CII and" + "Dalberg", "the Airport and" + "KCRC": an acronym is a name whole by itself), or a
    first half closing with a body word of its own, no "of"/"for" name going on, before a name of two words or more
    ("The Trussell Trust and" + "Independent Food Aid Network"; not "Australian Competition and" + "Consumer
    Commission"). NEWSFACET_ORG_AND_APART=0: never."""
    first = re.sub(r"^(?:the|The)\s+", "", left.strip())
    if _ACRONYM.fullmatch(first) or _ACRONYM.fullmatch(right.strip()):
        return switches.get("NEWSFACET_ORG_AND_APART", "1") != "0"
    return _last_word(first) in BODY_LAST and not re.search(r"\s(?:of|for|on)\s", first) \
        and len(right.split()) >= 2 and switches.get("NEWSFACET_ORG_AND_APART", "1") != "0"


def _whole_name(text: str) -> bool:
    """A first half closing with a body word of its own (round 19; NEWSFACET_ORG_JOIN_WHOLE=0: never)."""
    return _last_word(text) in BODY_LAST | LEGAL and switches.get("NEWSFACET_ORG_JOIN_WHOLE", "1") != "0"


_AND_END = re.compile(r"\s+and$")  # (compiled once: _run_on asks of every span)
_CAP_RUN_AFTER = re.compile(r"^\s+((?:[A-Z][\w’'&\-]*\s+){0,3}[A-Z][\w’'&\-]*)")


def _run_on(text: str, s, spans: list):
    """"the Australian Competition and" + untagged "Consumer Commission": the model's span ran into the
    "and" and stopped; the capitalised words after it finish the name when they close with a body word."""
    if s.label not in ("ORG", "EVENT") or not _AND_END.search(s.text):
        return s
    m = _CAP_RUN_AFTER.match(text[s.end:])
    if not m or _last_word(m.group(1)) not in BODY_LAST | LEGAL:
        return s
    end = s.end + m.end(1)
    if any(o is not s and o.start < end and o.end > s.end and o.label in NAME_LABELS for o in spans):
        return s  # the second half is a span of its own: the join below decides
    return replace(s, end=end, label="ORG", text=text[s.start:end])


# Round 27: a company's name the model cut before its legal form ("[Lai Sun] Development Co Ltd", "[Shun Tak]
# Holdings Ltd", "[Dickson Concepts] (International) Ltd", "[Wertheim] and Co", "CITIC [Hong] Kong (Holdings)
# Ltd"), tagging the part it read PERSON or GPE: the capitalised words up to the legal form are one firm's name.
_FORM = r"(?:Ltd|Limited|Inc|Corp|Corporation|Co|Plc|plc|PLC|LLC|Holdings|Bhd|Pty|GmbH)\b(?!-)\.?"
_COMPANY_TAIL = re.compile(r"^((?:\s+(?:\([A-Z][A-Za-z]+\)|[A-Z][\w’'\-]*)){0,4}?\s+(?:(?:and|&)\s+Co\b(?!-)\.?|%s)"
                           r"(?:\s+(?:\([A-Z][A-Za-z]+\)\s+)?%s)*)" % (_FORM, _FORM))
_OWNER_END = re.compile(r"[’']s?$")
_OWNER_IN = re.compile(r"[’']s\b")
_ACRONYM_BEFORE = re.compile(r"\b(?:[A-Z]{2,}|(?:[A-Z]\.){2,})\s+$")  # "CITIC", "BOC", "E.A." opening the name


def _company_tail(text: str, s):
    """The span grown over the rest of a company's name up to its legal form, as one ORG span (unchanged when
    none follows, or when the span is a country's or region's own name and no acronym opens the firm's name
    before it: "the U.S. Subsidiary Strata Bit Corp", "China Unicom (BVI) Ltd" keep their country)."""
    if s.label not in ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"):
        return s
    m = _COMPANY_TAIL.match(text[s.end:s.end + 90])  # (before the switch: asked of every span, rarely true)
    if not m or switches.get("NEWSFACET_COMPANY_TAIL", "1") == "0":
        return s
    if _OWNER_END.search(text[s.start:s.end]) or _OWNER_IN.search(m.group(1)):
        return s  # "Mr Mittal's LNM Holdings": the owner's name and his firm's, two names
    start = s.start
    lead = _ACRONYM_BEFORE.search(text[max(0, s.start - 12):s.start])
    if lead:
        start = s.start - (len(text[max(0, s.start - 12):s.start]) - lead.start())
    elif s.label == "ORG":
        # the model's body already, whole: grown, its value would only split from the archive's shorter
        # spelling ("Merrill Lynch" and "Merrill Lynch and Co"); only a body it cut after an acronym grows
        return s
    else:
        from . import places

        if any(p.kind in ("country", "region", "multi") for p in places.candidates(s.text)):
            return s
    end = s.end + m.end(1)
    return replace(s, start=start, end=end, label="ORG", text=text[start:end])


_AND_RUN_AFTER = re.compile(r"^\s+and\s+((?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*)")


def _run_past_and(text: str, s, spans: list):
    """"the British Association for Counselling" + untagged "and Psychotherapy", "Bangladesh Garment
    Manufacturers" + untagged "and Exporters Association": the model stopped before the "and" of one name. A
    name of the "X for/of/on Y" kind goes on through capitalised words that close with no body word of their
    own; any other through words that close with a body word, when its own last word is none."""
    if s.label != "ORG":
        return s
    m = _AND_RUN_AFTER.match(text[s.end:s.end + 80])
    if not m:
        return s
    end = s.end + m.end(1) - (2 if re.search(r"[’']s$", m.group(1)) else 0)  # "... Psychotherapy's": no "'s"
    if any(o is not s and o.start < end and o.end > s.end and o.label in NAME_LABELS for o in spans):
        return s  # the second half is a name of its own: "Ministry of Defence and Foreign Office"
    from . import places

    if places.candidates(m.group(1)):
        return s  # "the Bank of England and Britain": a place the model missed, not the name's second half
    tail_body = _last_word(m.group(1)) in BODY_LAST | LEGAL
    of_kind = bool(re.search(r"\s(?:for|of|on)\s", s.text))
    if (of_kind and not tail_body) or (not of_kind and tail_body and _last_word(s.text) not in BODY_LAST | LEGAL):
        return replace(s, end=end, text=text[s.start:end])
    return s


# Round 54: a name's abbreviated word closes a sentence for the model ("the National Assn. of Realtors", "the U.S.
# Dept. of Agriculture"): it stopped the span at the abbreviation, and a Los Angeles Times archive filed "National
# Assn" (five associations) and "Assn" as bodies. Such a span goes on through "of"/"for" and the capitalised words after
# it. NEWSFACET_ABBREVIATED_NAMES=0 turns it off.
_ABBREVIATED = {"Assn", "Dept", "Univ", "Inst", "Natl", "Intl", "Assoc", "Cmte", "Admin", "Soc", "Bd", "Conf", "Fedn"}
_ABBREVIATED_RUN = re.compile(r"^\.?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'&\-]*(?:\s+(?:(?:of|and|&|the|for)\s+)?[A-Z][\w’'&\-]*){0,4}")


def _abbreviated(s) -> bool:
    words = s.text.rstrip(".").split()
    return s.label == "ORG" and bool(words) and words[-1] in _ABBREVIATED


def _past_abbreviations(text: str, spans: list) -> list:
    """Each ORG span closing on an abbreviated word, grown over "of"/"for" and the capitalised words after it (the
    ORG spans the model tagged among them go into it: "the National Assn. of [Realtors]")."""
    if not any(_abbreviated(s) for s in spans) or switches.get("NEWSFACET_ABBREVIATED_NAMES", "1") == "0":
        return spans
    out, gone = [], set()
    for i, s in enumerate(spans):
        if i in gone:
            continue
        m = _ABBREVIATED_RUN.match(text[s.end:s.end + 100]) if _abbreviated(s) else None
        if m:
            end = s.end + m.end()
            inside = [j for j, o in enumerate(spans) if j != i and o.start < end and o.end > s.end]
            if all(spans[j].label == "ORG" and spans[j].end <= end for j in inside):
                gone.update(inside)  # (a person or a place after "of" is a name of its own: "the Assn. of [Ohio]")
                s = replace(s, end=end, text=text[s.start:end])
        out.append(s)
    return out


def join_and_split(text: str, spans: list) -> list:
    """``spans`` of one paragraph (NerSpan, in order) with "X and" + "Y Z" joined into one ORG span and an
    ORG span naming two bodies ("World Bank and IMF") split in two."""
    from .org_fields import join_fields

    spans = join_fields(text, spans)  # "the Bureau of Alcohol, Tobacco" + ", Firearms and Explosives": one body
    spans = _past_abbreviations(text, spans)  # round 54: "the National Assn. of Realtors"
    out = []
    for s in spans:
        s = _run_past_and(text, _run_on(text, _company_tail(text, s), spans), spans)
        out.extend(_split(run_past_complement(text, s, spans, BODY_LAST, _PLACE_LABELS, NAME_LABELS)))
    i = 0
    while i < len(out):
        right = out[i]
        start = _join_start(text, out[:i], right)
        if start is None:
            i += 1
            continue
        joined = replace(right, start=start, label="ORG", text=text[start:right.end])
        keep = [s for s in out[:i] if s.end <= start or s.label not in NAME_LABELS]
        out = keep + [joined] + out[i + 1:]
        i = len(keep) + 1
    if len(out) < 2:
        return out  # (nothing to join: no environment lookup for the many paragraphs of one span or none)
    if switches.get("NEWSFACET_ORG_OF_FOR", "1") != "0":
        out = _join_of_for(text, out)
    out = join_campuses(text, out)  # round 62: "the University of California, Berkeley": one campus, one name
    return org_and_halves.join_halves(text, out)  # round 50: "X" + "and" + "Y Z" of one body


_OF_FOR_GAP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
_ENDS_OF_FOR = re.compile(r"\s(?:for|of)$")
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}


def _join_of_for(text: str, spans: list) -> list:
    """Round 19: a body's name the model cut at its "for"/"of" -- "the UN Office" + "for" + "the Coordination of
    Humanitarian Affairs" (ORG), "African Agency" + "for" + "Arid Resource" (ORG), "Shipping Corporation of" +
    "Polynesia" (GPE) -- is one name: a first half closing with a body word (before its "of"/"for" when the span
    ran into it), and a second half that is no body by its own name (no body word, acronym or known name: "the
    Gates Foundation for UNICEF" are two) nor a person, nor a country (the qualifier an archive drops: joining
    "Supreme Court" + "of" + "India" would split the court's value)."""
    out = []
    for s in spans:
        left = out[-1] if out else None
        if left is not None and left.label == "ORG" and s.start >= left.end:
            gap = text[left.end:s.start]
            run_in = _ENDS_OF_FOR.search(left.text) and gap in (" ", " the ") \
                and _last_word(_ENDS_OF_FOR.sub("", left.text)) in BODY_LAST
            cut = _OF_FOR_GAP.fullmatch(gap) and s.label == "ORG" and _last_word(left.text) in BODY_LAST
            if (run_in or cut) and _second_half(s):  # the shape first: the second half's lookups cost more
                out[-1] = replace(left, end=s.end, text=text[left.start:s.end])
                continue
        out.append(s)
    return out


def _second_half(s) -> bool:
    if s.label not in _PLACE_LABELS | {"ORG"}:
        return False
    return names_no_body(re.sub(r"^(?:the|The)\s+", "", s.text))


def names_no_body(name: str) -> bool:
    """Whether the words after a body's "of"/"for" name no body of their own (no body word, acronym or known name:
    "the Gates Foundation for UNICEF" are two) and no country (the qualifier an archive drops); also asked by
    org_complements of the untagged words it joins."""
    from . import places
    from .org_evidence import _heads

    if any(fold(w) in _heads() for w in re.findall(r"[A-Za-z][\w&]*", name)) \
            or re.search(r"\b[A-Z]{2,}\b", name) or orgs.known_org(name):
        return False
    return not any(p.kind == "country" for p in places.candidates(name))


def _split(s) -> list:
    if s.label != "ORG" or " and " not in s.text:
        return [s]
    head, _, tail = s.text.rpartition(" and ")
    head_clean = re.sub(r"^(?:the|The)\s+", "", head)
    if not (_stands_alone(head_clean) and _stands_alone(tail)):
        return [s]
    cut = s.start + len(head)
    return [replace(s, end=cut, text=head), replace(s, start=cut + 5, text=tail)]


def _two_bodies(left: str, right: str) -> bool:
    """Whether the two halves of an "and" are bodies each by its own name (NEWSFACET_ORG_TWO_BODIES=0: never)."""
    return _stands_alone(re.sub(r"^(?:the|The)\s+", "", left)) and _stands_alone(right) \
        and switches.get("NEWSFACET_ORG_TWO_BODIES", "1") != "0"


# An acronym as bodies write theirs: capitals, with digits ("COP30", "G20") or small letters between three
# capitals or more ("AfCFTA", "GEXIM"); not a name with two capitals ("McDonald", "PayPal")
_ACRONYM = re.compile(r"(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,7}|(?=(?:[a-z0-9]*[A-Z]){3})[A-Z][A-Za-z0-9]{2,7}")


def _stands_alone(name: str) -> bool:
    if _ACRONYM.fullmatch(name) or orgs.known_org(name):
        return True
    words = name.split()
    # (round 49: or opened by another language's body word, "Parti Sarawak Bersatu and Parti Bumi Kenyalang")
    return len(words) >= 2 and words[0][:1].isupper() and (_last_word(name) in BODY_LAST or org_first(words))
