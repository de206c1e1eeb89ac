"""Turning raw NER spans into clean candidate spans, before anything is decided about them.

The small model's spans are often a little off: a title swallowed or a given name dropped ("Defense
Minister" ORG + "Umerov" PERSON), "Luhansk" without the "region" that follows it, "Ukraine's" and
"Air Force" as two entities, "Astra, Izhevsk" as one. Each repair here is about span boundaries only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from search.model import Article

from . import (
    country_arms,
    name_titles,
    nicknames,
    not_people,
    org_campuses,
    org_fields,
    org_hyphens,
    org_person_tails,
    orgs,
    people,
    person_countries,
    person_edges,
    person_offices,
    place_extents,
    span_edges,
    split_surnames,
    switches,
    team_names,
)
from .guards import guarded
from .junk import is_demonym
from .org_spans import join_and_split
from .span_edges import LEAD, trim

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"}
# "Luhansk" + " region": the span is the region, not the city.
REGION_SUFFIX = re.compile(r"^\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)\b")
_STATE_AFTER = re.compile(r"\s+state\b")
_STATE_OF = re.compile(r"\bstate of\s+$")
# "Kursk, Saratov, and Oryol oblasts": every item of the list is a region.
_LIST_TO_PLURAL = re.compile(r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)*"
                             r",?\s+(?:and\s+)?(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b")
# "the five Ukrainian regions -- Donetsk, Kherson, Lugansk": the same, announced before the list.
_PLURAL_TO_LIST = guarded(r"(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\s*(?:--|–|—|:|,)?\s*"
                             r"(?:[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?(?:,\s*|\s+and\s+|,\s+and\s+))*$")
# "Al Udeid" + " Air Base", "Al-Mawasi" + " area": a name the model read as a person is a site.
_PLURALS = ("egions", "blasts", "rovinces")  # (in every match of _PLURAL_TO_LIST)
_SITE_AFTER = re.compile(r"^\s+(?:Air Base|[Aa]ir base|Airbase|[Aa]irbase|[Aa]irfield|[Aa]rea|[Bb]ridge|[Pp]eninsula|"
                         r"[Dd]istrict|[Rr]aion|[Pp]ort|[Rr]efugee camp)\b")
_WATER_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?|Strait|Gulfs|Bight) of\s+$")
_PLACE_TAIL = re.compile(r"\s+(?:district|raion|hromada|city|community)$")


@dataclass
class Cand:
    paragraph: int
    start: int
    end: int
    text: str
    label: str
    as_region: bool = False  # the text names the region ("Kursk ... oblasts"), not its capital


# An indefinite or other determiner the model took into an organisation's span (trim drops "the" from every
# span; "A" and "An" open people's names too: "A Smith" of a team sheet, the Vietnamese given name An)
_ORG_DETERMINER = re.compile(r"(?:An?|Another|THE)\s+(?=[A-Z][\w’'\-.&]*\s+[A-Z])")
# Round 34: the "M/s." (Messieurs) South Asian copy writes before a firm's name ("M/s. Geodesic Technology
# Solutions Limited", "M/S Gulf"): a courtesy, not part of the name (NEWSFACET_ORG_MESSRS=0 keeps it).
_ORG_MESSRS = re.compile(r"M/[Ss]\.?\s+(?=[A-Z0-9])")
# Round 46: a firm's trade the model took into an organisation's span at a sentence's start ("Retailer Sports Direct
# said", "Distributor Sony Pictures"): no part of the name. Only trades no person is called by ("Broadcaster Alan
# Jones" is a person) and no name opens with ("Bank of England"). NEWSFACET_TRADE_LEAD=0 keeps the span.
_TRADE_LEAD = re.compile(r"(?:Retailers?|Jewell?ers?|Distributors?|Drugmakers?|Carmakers?|Automakers?|Chipmakers?|"
                         r"Lenders?|Insurers?|Brokerage|Brewers?|Refiners?|Steelmakers?|Planemakers?|Shipbuilders?|"
                         r"Conglomerates?|Telcos?|Miners?)\s+(?=[A-Z])")


def _trade_lead(text: str, a: int, b: int) -> int:
    """How many characters of a firm's trade the span opens with at a sentence's start (_SENTENCE_START, shared
    with the speech lead below), 0 when none."""
    m = _TRADE_LEAD.match(text, a, b)
    if not m or m.end() >= b or not _SENTENCE_START.search(text[max(0, a - 3):a]) \
            or switches.get("NEWSFACET_TRADE_LEAD", "1") == "0":
        return 0
    from .org_generic import generic_head

    if generic_head(text[m.end():b].split()[0]):
        return 0  # "Miners Union", "Brewers Association": the trade opens the body's own name
    return m.end() - a


# A firm named after its partners: single names, commas between them, "&" before the last ("Goldman, Sachs &
# Co.", "Donaldson, Lufkin & Jenrette", "Skadden, Arps, Slate, Meagher & Flom").
_PARTNERS = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'\-]+(?:,\s+[A-Z][\w’'\-]+)*,?\s+&\s+[A-Z][\w’'\-.]+\.?")


# _parts' separators, each one capturing group so split() keeps them (compiled once: every span is split)
_SEP_PLACES = re.compile(r"(,\s+|\s+/\s+|\s+and\s+)")
_SEP_ORGS = re.compile(r"(,\s+|\s+/\s+)")
_SEP_SLASH = re.compile(r"(\s+/\s+)")


def _parts(text: str, start: int, end: int, label: str):
    """Split "Astra, Izhevsk" or "HUR / Telegram" into the names the model glued together (place lists
    also on "and"; organisation names keep it: "National Security and Defense Council")."""
    sep, name = (_SEP_PLACES if label != "ORG" else _SEP_ORGS), text[start:end]
    if label == "ORG" and (_PARTNERS.fullmatch(name) or org_fields.field_list(name) or org_campuses.campus_name(name)):
        # "Goldman, Sachs & Co.": partners' names; "Ministry of Business, Innovation and Employment": one body's
        # fields; "University of California, Davis": a campus (round 62)
        sep = _SEP_SLASH
    elif label != "ORG" and " and " in text[start:end] and (_one_country(text[start:end])
                                                           or place_extents.one_place(text[start:end])):
        sep = _SEP_SLASH  # "Trinidad and Tobago", "Bosnia and Herzegovina": one country's name, no list (round 44:
        # or one gazetteer place's, "Jammu and Kashmir")
    pos = start
    for piece in sep.split(text[start:end]):
        if piece and not sep.fullmatch(piece):
            yield pos, pos + len(piece)
        pos += len(piece)


_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_NAME_LABELS = {"GPE", "LOC", "PERSON", "ORG", "NORP"}


def _join_country_names(text: str, spans: list) -> list:
    """Two spans the model tagged either side of an "and" that together are one country's name ("Trinidad and
    Tobago", "Antigua and Barbuda", "St Kitts and Nevis"): one GPE span (round 28)."""
    out: list = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label in _NAME_LABELS and s.label in _NAME_LABELS \
                and _AND_GAP.fullmatch(text[prev.end:s.start]) and _one_country(text[prev.start:s.end]):
            out[-1] = replace(prev, end=s.end, text=text[prev.start:s.end], label="GPE")
            continue
        out.append(s)
    return out


def _one_country(name: str) -> bool:
    from . import places

    return any(p.kind == "country" for p in places.candidates(LEAD.sub("", name)))


# A reporting verb opening a sentence before its speaker ("Said Mr Fogg:", "Said Simon Baron-Cohen."): round 30,
# read only where the sentence starts there and the name closes it or a colon follows ("Said Abdi, 18," of a list
# and "L/Nk Said Azam" are people called Said).
_SPEECH_LEAD = re.compile(r"(?:Said|Says|Added|Adds|Asked|Explained|Continued|Concluded)\s+(?=[A-Z])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”’‘]\s*|\n)$")
_SPEAKER_END = re.compile(r"\s*[:.]")


def _person(text: str, start: int, end: int, taken: frozenset[int], spans) -> tuple[int, int]:
    start, end = trim(text, start, end)
    lead = _SPEECH_LEAD.match(text, start, end)
    if lead and _SENTENCE_START.search(text[max(0, start - 3):start]) and _SPEAKER_END.match(text, end):
        start = lead.end()
    of = text.rfind(" of ", start, end)
    if of >= 0:
        start = of + 4  # "Photographs of Kim": the name is what follows "of"
    cut, _ = name_titles.strip_title(text[start:end])
    titled = start
    start += cut
    start = person_edges.pageant(text, start, end)  # round 55: "Miss [Universe Zimbabwe]" is a pageant's title
    if start >= end:
        return start, start
    first = text.find(" ", start, end)
    if first > start and name_titles.title_before(text[max(0, start - 40):first + 1]) \
            and not name_titles.title_before(text[start:first + 1]):
        start = first + 1  # round 49: the span opens with a title's last word ("Tan" + "[Sri Azam Baki]")
    inner = person_offices.inner_title(text, start, end)
    if inner is not None:  # "Madang Governor Ramsey" + "Pariwa": the name follows the office
        start, cut = min(inner, end), 1
        if start >= end:
            return start, start
    if not cut and " " not in text[start:end]:  # only a lone surname lacks its given name
        covered = [(s.start, s.end) for s in spans if s.label != "PERSON"]
        start = people.extend_left(text, start, covered)
    start = person_edges.lead(text, start, end)  # "Minister for ... and Sport [Maree Todd]"
    short = end
    end = person_edges.tail(text, start, people.extend_name(text, start, end, taken))  # "[Stefanie Dekker] Guests:"
    if end > short:
        # a title the model tagged alone ("Crown Prince" + "Tupouto'a"): the title is only whole with the name the
        # extension took, so it is cut now (never down to an initial: "Gen Z" is no General Z)
        # (round 49: read from the span's first title -- "[Datuk Seri]" + "Ismail Sabri Yaakob" was cut to "Seri")
        again, rest = name_titles.strip_title(text[titled:end])
        if titled + again > start and rest.split() and len(rest.split()[0].strip(".")) >= 2:
            start = titled + again
    return trim(text, start, end)


def _place(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Take a following "region"/"Oblast" into the span; drop a trailing "district"."""
    if is_demonym(text[start:end]):
        return start, end, False  # "a Russian region" names no region
    water = _WATER_OF.search(text[max(0, start - 20):start])
    if water:  # "Gulf of Oman", "Sea of Japan": the model tags the country inside the name of the water
        return start - len(water.group()), end, False
    if water_end := span_edges.water_name_end(text, start, end):  # round 60: "[Gulf] of Mexico"
        return start, water_end, False
    m = REGION_SUFFIX.match(text[end:])
    if m and m.group().strip()[0].islower():
        return start, end, True  # "Luhansk region": the name is "Luhansk" (as news NER marks it), meaning the region
    if m:
        return start, end + m.end(), False  # "Kharkiv Oblast", "Lombardy Region": the region's own name
    if _STATE_AFTER.match(text, end) or _STATE_OF.search(text, max(0, start - 12), start):
        # round 28: "Washington state", "the state of Washington" mean the state, not a town of its name (the
        # capital of the USA); a name that is no state's keeps its usual reading ("the state of Rio Grande" + "do Sul")
        from . import places

        named = bool(places.state_named(text[start:end]))
        found = places.candidates(text[start:end])  # (a town's only: "US state", "Gulf state" are no state's name)
        if named or not _STATE_AFTER.match(text, end) or not found or any(p.kind != "city" for p in found) \
                or switches.get("NEWSFACET_TOWN_STATE", "1") == "0":
            return start, end, named
        return start, _STATE_AFTER.match(text, end).end(), False  # round 48: "Delta state" of Nigeria, no Delta, BC
    tail = _PLACE_TAIL.search(text[start:end])
    if tail:
        end = start + tail.start()
    return start, end, names_regions(text, start, end)


def names_regions(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is an item of a list of regions ("... oblasts")."""
    # (matched in place from ``end``: no copy of the paragraph's rest; the pattern opens on no boundary or lookbehind.
    # The list before is only searched where its plural is written: a substring test costs far less than a search)
    if _LIST_TO_PLURAL.match(text, end):
        return True
    before = text[max(0, start - 200):start]
    return any(plural in before for plural in _PLURALS) and bool(_PLURAL_TO_LIST.search(before))


def _owned_org(text: str, s, prev) -> int | None:
    """Start of "Ukraine's" when it and the ORG span after it are one known body ("Ukraine's Air Force")."""
    if prev is None or prev.label != "GPE" or not re.fullmatch(r"[’']s\s+", text[prev.end:s.start]):
        return None
    return prev.start if orgs.known_org(text[prev.start:s.end]) else None


# Round 30: two sides the model read as one name. A fixture ("Brentford v Manchester United", "Republic of Ireland
# v Cyprus", "Lakers vs. Celtics") is two names; a law case ("Brown v. Board of Education", "McDonald v. City of
# Chicago": "v." between its parties) is none of the facets; a side cut from its fixture ("Manchester City vs") is
# the side.
_VERSUS = re.compile(r"\s+(v\.|v|vs\.?|versus)(?:\s+|$)")


def _versus(spans) -> list:
    out = []
    for s in spans:
        m = _VERSUS.search(s.text) if " v" in s.text else None
        if m is None or s.label not in LABELS:
            out.append(s)
        elif m.end() == len(s.text):
            out.append(replace(s, end=s.start + m.start(), text=s.text[:m.start()]))
        elif m.group(1) != "v." and m.start() > 0:
            out.append(replace(s, end=s.start + m.start(), text=s.text[:m.start()]))
            out.append(replace(s, start=s.start + m.end(), text=s.text[m.end():]))
    return out


def candidates(article: Article, spans) -> list[Cand]:
    out: list[Cand] = []
    people_named = person_countries.article_people(spans)
    for pi, (para, sp) in enumerate(zip(article.paragraphs, spans)):
        text = para.text
        sp = _versus(sp)
        sp = join_and_split(text, sp)  # "Farmers and" + "Graziers Association": one body
        sp = org_hyphens.whole_words(text, sp)  # round 55: "[GI]-TOC", "Attorney-[General Department]"
        sp = org_person_tails.split_people(text, sp)  # round 55: "the [Victorian Farmers Federation] [Simon Ramsay] says"
        sp = person_countries.mend(text, sp, people_named)  # round 56: "[Air Vanuatu]" a body, "[Rahman] [Iran]"
        sp = _join_country_names(text, sp)  # "Trinidad" + "and" + "Tobago": one country
        sp = split_surnames.join_people(text, sp)  # "[Muhammad Fouzul] [Kabir Khan]": one name
        sp = nicknames.join_spans(text, sp)  # 'Jesús “Chuy” García': one name
        sp = country_arms.join_arms(text, sp)  # "[Bursa] [Malaysia]": the exchange
        # (a surname the model tagged apart from its name stays free for the name to take: split_surnames)
        taken = frozenset(s.start for i, s in enumerate(sp) if s.label != "PERSON"
                          and not split_surnames.split_off(text, sp[i - 1] if i else None, s)) \
            | split_surnames.people_apart(text, sp)
        prev = None
        for s in sp:
            if s.label not in LABELS:
                prev = s
                continue
            adverb = person_edges.adverb_lead(text, s.start, s.end) if s.label in ("PERSON", "ORG") else s.start
            if adverb > s.start:  # "[Hopefully Darrell Issa] and company": a sentence adverb, no part of the name
                s = replace(s, start=adverb, text=text[adverb:s.end])
            lead = not_people.locative_lead(s.text) if s.label == "PERSON" else 0
            if lead:  # "Near Palmyra, one strike destroyed ...": a place after the preposition, no person
                s = replace(s, start=s.start + lead, text=s.text[lead:], label="GPE")
            if s.label != "PERSON" and (name_titles.starts_with_honorific(text[s.start:s.end])
                                        or name_titles.honorific_before(text[:s.start])):
                s = replace(s, label="PERSON")  # "Mr Blair" tagged ORG or GPE: the honorific decides
            if s.label == "PERSON":
                start, end = _person(text, s.start, s.end, taken, sp)
                if end > start:  # "Oryol" tagged PERSON in "Voronezh, and Oryol oblasts"
                    plural = names_regions(text, start, end)
                    label = "LOC" if _SITE_AFTER.match(text[end:]) else s.label
                    if " " not in text[start:end] and people.title_then_name(text, end) \
                            and text[start:end] not in named_words(people_named):
                        # round 59: "[Austin] Mayor Kirk Watson" -- the mayor's town, not a person
                        from . import places

                        label = "GPE" if places.candidates(text[start:end]) else "ORG"
                    out.append(Cand(pi, start, end, text[start:end], label, plural))
                prev = s
                continue
            if s.label == "ORG" and prev is not None and prev.label == "ORG" and out and out[-1].label == "ORG" \
                    and re.fullmatch(r"\s*\(", text[prev.end:s.start]) and text[s.end:s.end + 1] == ")" \
                    and not (prev.text.isupper() and not text[:prev.start].strip()):
                # "National Intelligence Service (NIS)": the acronym in brackets is the same body (not
                # "MOSCOW (AP)": a dateline in capitals opening the paragraph, then the agency)
                last = out.pop()
                out.append(Cand(pi, last.start, s.end + 1, text[last.start:s.end + 1], "ORG"))
                prev = s
                continue
            owner = _owned_org(text, s, prev) if s.label == "ORG" else None
            if owner is not None:
                out = [c for c in out if not (c.paragraph == pi and c.start == owner)]
                out.append(Cand(pi, owner, s.end, text[owner:s.end], "ORG"))
                prev = s
                continue
            whole = team_names.team_span(text, s.start, s.end) if s.label in ("GPE", "LOC") else None
            if whole is not None:  # round 44: "the [Sacramento] Kings", "Team [Argentina]": the side's name
                out.append(Cand(pi, whole[0], whole[1], text[whole[0]:whole[1]], "ORG"))
                prev = s
                continue
            parts = list(_parts(text, s.start, s.end, s.label)) if s.label in ("ORG", "GPE", "LOC") \
                else [(s.start, s.end)]
            for a, b in parts:
                a, b = trim(text, a, b)
                det = _ORG_DETERMINER.match(text[a:b]) if s.label == "ORG" else None
                if s.label == "ORG" and not det and switches.get("NEWSFACET_ORG_MESSRS", "1") != "0":
                    det = _ORG_MESSRS.match(text[a:b])
                if det:
                    a += det.end()  # "An International Monetary Fund", "Another State Department": one body
                trade = _trade_lead(text, a, b) if s.label == "ORG" else 0
                a += trade  # "Retailer Sports Direct": the firm, its trade cut
                if s.label == "ORG":  # "Foreign Ministry Spokesperson Heorhii Tykhyi": the person after the title
                    cut, rest = name_titles.strip_title(text[a:b])
                    if cut and people.has_first_name(rest):
                        body = re.sub(r"\s+(?:[Ss]pokes\w+|[Hh]ead|[Cc]hief|[Ss]ecretary)?\s*$", "", text[a:a + cut])
                        if body and orgs.normalise_org(body) != body or orgs.known_org(body):
                            out.append(Cand(pi, a, a + len(body), body, "ORG"))  # the body is named too
                        a += cut
                as_region = False
                if s.label in ("GPE", "LOC", "PERSON", "ORG", "PRODUCT", "FAC", "NORP"):
                    a, b, as_region = _place(text, a, b)
                if b > a:
                    label = "LOC" if s.label == "ORG" and _SITE_AFTER.match(text[b:]) else s.label
                    out.append(Cand(pi, a, b, text[a:b], label, as_region))
            prev = s
        out.extend(_org_scan(pi, text, sp))
    # Overlaps: the longer span wins (a person grown over "Prokudin", "Ukraine's Air Force" over "Ukraine").
    out.sort(key=lambda c: (c.paragraph, c.start, -(c.end - c.start)))
    kept: list[Cand] = []
    for c in out:
        if kept and kept[-1].paragraph == c.paragraph and c.start < kept[-1].end:
            cut = _particle_overlap(kept[-1], c)
            if cut is None:
                continue
            # "Givanildo" grown over "dos" into the model's own person span "Santos Lima": the model's span stands, as
            # before round 40's particles (joined, the four words read as a firm named for Lima: person_bodies)
            kept[-1] = replace(kept[-1], end=kept[-1].start + cut, text=kept[-1].text[:cut])
        kept.append(c)
    return kept


@lru_cache(maxsize=256)
def named_words(people_named: frozenset[str]) -> frozenset[str]:
    """The words of an article's full names ("Trump" of "Donald Trump"): such a word before a title is the person's
    ("Trump Adviser Stephen Miller" in a headline's capitals), not a place's or a body's."""
    return frozenset(w for name in people_named if " " in name for w in name.split())


def _particle_overlap(left: Cand, right: Cand) -> int | None:
    """Round 40: where a person candidate that grew past one of round 40's particles into another person candidate
    must end again (the length before the particle), or None."""
    if left.label != "PERSON" or right.label != "PERSON" or right.end <= left.end:
        return None
    before = left.text[:right.start - left.start].rstrip()
    words = before.split()
    if len(words) < 2 or words[-1] not in people.MORE_PARTICLES:
        return None
    return len(before) - len(words[-1]) - 1


def _org_scan(pi: int, text: str, sp) -> list[Cand]:
    """Known organisation names the model left untagged ("Russia's state TV Channel One", "the
    Russian defence ministry"), matched against the alias table."""
    out = []
    for m in orgs.scan(text):
        if not any(s.start <= m.start() < s.end and s.label in ("ORG", "PERSON") for s in sp):
            out.append(Cand(pi, m.start(), m.end(), m.group(), "ORG"))
    return out
