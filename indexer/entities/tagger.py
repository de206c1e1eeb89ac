"""tag_entities: spaCy spans post-processed with the gazetteer and the article's own context.

Raw NER labels are only a hint here: a span is first checked against known organisations, the article's
people and the gazetteer, and only then read by its label. A gazetteer scan then adds place names the model
missed outright. Measured on the seeds, this resolves far more places correctly than the labels alone.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from search.model import Article, Mention

from . import (
    city_peoples,
    city_sides,
    comma_provinces,
    country_surnames,
    credit_ratings,
    currency_codes,
    evidence,
    family_names,
    identity_words,
    list_kinds,
    macro_regions,
    market_indexes,
    mastheads,
    name_titles,
    named_firms,
    namesakes,
    nicknames,
    not_people,
    one_facet,
    orgs,
    people,
    place_adjectives,
    place_mentions,
    place_types,
    places,
    region_codes,
    sports_listings,
    switches,
    tickers,
    unplaced_people,
)
from . import (
    org_not_bodies as not_bodies,
)
from .cast import ArticlePeople, brand_word, mixed_acronym, plausible_person
from .credit_lines import label_credits
from .gazetteer import fold
from .junk import (
    IDIOMS,
    at_sign,
    credit_cut,
    dateline_region,
    is_demonym,
    is_junk_name,
    is_weapon,
    joined_credit,
    opens_dateline,
    signoff_start,
)
from .lead_bylines import label_reporters, without_byline
from .org_evidence import brand_cased
from .place_mentions import DISTRICT, settlement_before
from .scan import scan_people, scan_places
from .spans import Cand, candidates, names_regions

_SITE = re.compile(r"\b(?:Zone|Airfield|Air Base|Airbase|Peninsula|Oblast|Spit|Strait|Bridge)$")
# A company's legal form after its name ("Salomon Inc", "Heublein Inc."): the word before it names a firm.
_LEGAL_FORM = r"(?:Inc|Corp|Co|Ltd|PLC|plc|Plc|NV|AG|SA|GmbH|LLC|Limited|Pty)\b\.?"
_FIRM_END = re.compile(r"^[A-Z][\w\-]+,?\s+%s$" % _LEGAL_FORM)
_FIRM_AFTER = re.compile(r"^,?\s+%s" % _LEGAL_FORM)
_FIRM_CUE_AFTER = re.compile(r"^(?:[’']s)?\s+(?:shares?|share price|stock|[Cc]hairman|board|directors|%s)" % _LEGAL_FORM)
_THE = re.compile(r"\b[Tt]he\s+$")
# A capital "The" in mid-sentence: after a lower-case word or a comma ("in The Atlantic", "said, The")
_TITLE_THE = re.compile(r"(?:\b[a-z][a-z’']*|,)\s+The\s+$")


# An office alone that is also a body's, a paper's or a firm's short name: "Justice" (the Justice Department),
# "Economist" (The Economist), "Commodore" (the computer maker) is no title here.
_OFFICE_AND_BODY = {"justice", "economist", "commodore"}


def _office_alone(text: str) -> bool:
    """A person's office or rank the model tagged ORG by itself ("said the ASP", "the IGP", "Archbishop", "Bishop
    Harry Jackson"'s "Bishop"): nobody's body (round 31; NEWSFACET_OFFICE_ALONE=0 keeps them)."""
    return switches.get("NEWSFACET_OFFICE_ALONE", "1") != "0" and _is_office(text)


@lru_cache(maxsize=16384)  # asked of every ORG span; the title pattern is a long alternation
def _is_office(text: str) -> bool:
    word = name_titles.title_word(text + " ")
    return bool(word) and word == fold(text).rstrip(".") and word not in _OFFICE_AND_BODY


def _titles_enabled() -> bool:
    """NEWSFACET_TITLED_PLACES=0 keeps "The Atlantic" of "wrote in The Atlantic" a place (before round 31)."""
    return switches.get("NEWSFACET_TITLED_PLACES", "1") != "0"
_TREATY = re.compile(r"\b(?:Treaty|Convention|Charter|Agreement|Accords?|Memorandum)$")


def _unprefixed(text: str) -> str:
    """ "Ukrainian Crimea" -> "Crimea": a nationality word in front of a place name."""
    first, _, rest = text.partition(" ")
    if places.candidates(text):
        return text  # "Western Australia", "Soviet Union": the whole name is the place
    return rest if rest and is_demonym(first) else text


_PROJECT = re.compile(r"Project\s+[A-Z]")
# (compiled once: asked of every candidate span)
_MODIFIER_AFTER = re.compile(r"-[a-z]|-[A-Z][\w]+ [a-z]|\$")
_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")


def _place_ok(c: Cand, text: str, after: str | None = None) -> bool:
    """Whether ``text`` may be read as a gazetteer place given the model's label (``after``: the text after it)."""
    if len(text) <= 3 and not text.isupper() and not evidence.short_place(c.label, text, after):
        return False  # "us", "Us"
    if place_adjectives.derived_adjective(text) or places.celestial(text):
        return False  # "Kuwaiti tankers", "Victorian dairy farmers"; "life on Mars"
    found = places.candidates(text, fuzzy=c.label in ("GPE", "LOC"))
    if not found and c.label in ("PERSON", "ORG"):
        found = places.misspelt(text)
    if not found or is_demonym(text):
        return False
    if text.isupper() and not any(p.kind == "country" for p in found) \
            and not (c.label in ("GPE", "LOC") and len(text) > 3 and evidence.own(text)):
        return False  # "NIS" the agency is not Nis in Serbia; "LONDON" tagged GPE is London
    if c.label in ("NORP", "FAC", "PRODUCT"):
        # weak labels: only the places this corpus is about, or a big city
        return any(p.country_code in ("UA", "RU") or p.population >= places.BIG_CITY for p in found)
    return True


_ISLANDERS = re.compile(r"\bIslanders?$")
# (compiled once: _classify reads every ORG candidate)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th) [A-Z]")
_LONE_LETTER = re.compile(r"X\.|[A-Z]$")
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _people_of(text: str) -> bool:
    """Round 41: a name closed by a people's word, that no gazetteer holds ("Gulf Arab", "Pacific Islanders",
    "Torres Strait Islander"): the people of a place, not the place. NEWSFACET_PEOPLE_OF=0: never."""
    words = text.split()
    return len(words) >= 2 and switches.get("NEWSFACET_PEOPLE_OF", "1") != "0" \
        and (is_demonym(words[-1]) or bool(_ISLANDERS.search(text))) and not places.candidates(text)


def _generic_head(text: str) -> bool:
    """A body's head noun alone (org_generic's: "Embassy", "Ministry", "Council"); NEWSFACET_GENERIC_PERSON=0: never."""
    from .org_generic import generic_head

    return switches.get("NEWSFACET_GENERIC_PERSON", "1") != "0" and generic_head(text)


def _classify(c: Cand, who: ArticlePeople, before: str, after: str = "",
              firms: frozenset[str] = frozenset(), sporty: bool = False) -> tuple[str, str] | None:
    """(kind, value) for a candidate, or None to drop it. ``firms``: words the article writes with a legal
    form after them ("Salomon Inc"): "the Salomon share price" is the firm even beside Robert Salomon, while
    "Salomon said" stays ambiguous and links to the person as before."""
    if is_junk_name(c.text) or not_people.vessel(c.text) or not_people.class_after(after):
        return None  # (a ship or a spacecraft is none of the three facets)
    named = at_sign(c.text)  # round 63: an e-mail address or a handle names nothing; "NARAL (@NARAL)" is NARAL
    if named is not None:
        return ("org", orgs.normalise_org(named, before)) if named and c.label == "ORG" else None
    if c.label == "ORG" and tickers.is_ticker(c.text, before, after):
        return None  # round 50: "Apple Inc ( AAPL.O )": the ticker is no facet's value
    if c.label in ("GPE", "LOC", "FAC") and not_people.kind_before(before):
        return None  # round 36: "the submarine Kursk", "their song Waterloo" -- a vessel or a work, no place
    if mastheads.masthead(c.text):
        return "org", orgs.normalise_org(c.text, before)  # round 37: "the Gold Coast Bulletin", "Orlando Sentinel"
    if c.label in ("PERSON", "GPE", "LOC") and _PROJECT.match(c.text):
        # "Project Entropia", "Project Vampire", "Project Gutenberg": a project's, a campaign's or a body's name,
        # never a person's or a place's; as a body it needs the evidence every org value needs (org_evidence)
        return "org", orgs.normalise_org(c.text)
    if c.text[:1].islower():
        if c.label == "ORG" and brand_cased(c.text):
            return "org", c.text  # "eBay", "bKash": a brand's own capitals, no lower-case word
        # "the defence ministry": only a body the alias table or the context can name; one word in lower case
        # names none ("episodes that fed growing suspicion" is no Fed, the prefix "un" no United Nations)
        value = orgs.normalise_org(c.text, before) if c.label == "ORG" and " " in c.text.strip() else None
        return ("org", value) if value and value[:1].isupper() and value != c.text else None
    if c.label == "ORG" and (not_bodies.portfolio(c.text, after) or not_bodies.never_a_body(c.text)
                             or _office_alone(c.text)):
        return None  # "Agriculture" of "Agriculture Minister": part of a person's title
    org = orgs.known_org(c.text)
    if org:
        return "org", org
    if c.label == "ORG" and macro_regions.is_macro(c.text):
        return "place", c.text  # "Indo-Pacific", "Americas": a part of the world, no body
    why = not_bodies.not_a_body(c.text, before, after) if c.label == "ORG" else None
    if why == "site":
        return "place", c.text  # "Bardiya National Park", "Carbon County": located like any unknown place
    if why == "person":
        return ("person", who.full(c.text) or c.text) if plausible_person(c.text) else None
    if why == "dateline":
        return ("place", c.text) if places.candidates(c.text) else None  # "BLANTYRE, Malawi (AP) _"
    if why:
        return None  # a work's title: no body, and no reading we could trust
    single = len(c.text.split()) == 1
    if c.label == "ORG" and single and c.text in firms and (_FIRM_CUE_AFTER.match(after) or _THE.search(before[-4:])):
        return "org", orgs.normalise_org(c.text, before)  # "The Salomon share price", "Salomon Chairman X"
    if c.label == "PERSON" and not_people.named_feature(c.text):
        return "place", c.text  # "Darwin Harbour", "Cubbie Station": a place the model read as a name
    if c.label == "PERSON" and not_people.place_of(before):
        return "place", c.text  # round 42: "the district of Manuel Irala Fernández": a place named after a person
    if c.label == "PERSON" and not_people.romance_article(c.text) and (who.full(c.text) or c.text) == c.text:
        return ("place", c.text) if _place_ok(c, c.text) else None  # round 42: "La Molina", "El Capricho"
    if c.label != "NORP" and people.looks_like_name(c.text):
        full = who.full(c.text)
        if full and (c.label == "PERSON" or full.split()[-1] == c.text and country_surnames.links(c.label, c.text, before, after, full)
                     or not places.candidates(c.text)
                     or family_names.enabled() and c.text in full.split()[1:-1]):  # round 36: "Freire" of "Ramón Freire Serrano"
            return "person", full
    if c.label == "PERSON" and single and _generic_head(c.text):
        return "org", c.text  # round 41: "the Embassy said" tagged PERSON: org_generic finds the article's embassy
    if c.label == "PERSON" and single and fold(c.text) in people.FIRST_NAMES:
        return None  # a given name the model cut from its surname ("Vladimir) Putin"): not the city
    text = _unprefixed(c.text)
    if _place_ok(c, text, after):
        return "place", text
    if settlement_before(before) and c.label != "NORP" or DISTRICT.match(after):
        return "place", c.text  # "the village of Lyman Pershyi", "the Santurynivka district": unknown places
    if c.label == "ORG" and place_types.typed_place(c.text, c.label, before, after, sporty):
        return "place", c.text  # "Uiju County", "Islamabad Capital Territory": a place by its kind word
    if c.label == "PERSON":
        if not plausible_person(c.text):
            if mixed_acronym(c.text):
                return "org", orgs.normalise_org(c.text, before)  # round 63: "TfL said" tagged PERSON: the body
            if brand_word(c.text) and not before.endswith("#"):
                return "person", c.text  # round 64: "SpaceX said": the archive decides (brand_words.settle)
            shouted = people.shouted_name(c.text, before, before + c.text + after) if c.text.isupper() else None
            return ("person", shouted) if shouted and plausible_person(shouted) else None  # "JAMES MADISON"
        parts = c.text.split("-")
        if len(parts) == 2 and single and all(who.full(p) for p in parts):
            return None  # "Zelensky-Trump" (talks): two people, no third
        return "person", c.text
    if c.label in ("GPE", "LOC"):
        if is_demonym(c.text) or c.text.isupper() or len(c.text) <= 3 or place_adjectives.derived_adjective(c.text) \
                or places.celestial(c.text):
            return None
        if _people_of(c.text):
            return None  # round 41: "the Gulf Arab states", "Pacific Islanders": a people, no place
        if _TITLE_THE.search(before[-40:]) and not macro_regions.is_macro(c.text) and _titles_enabled():
            # "wrote in The Atlantic", "a piece in The New Republic": a place no gazetteer holds, its capital
            # "The" in mid-sentence, is a publication's or a work's title (the ocean is "the Atlantic"; round 31)
            return "org", "The " + c.text
        if unplaced_people.is_person(c.text, before, after):
            return "person", who.full(c.text) or c.text  # round 47: "The Ambassador of Japan, Akamatsu Shuichi"
        return "place", c.text
    if c.label == "ORG" and c.text in who.singles:
        return "person", c.text
    if c.label == "ORG" and _SITE.search(c.text):
        return "place", c.text  # "the Alabuga Special Economic Zone": a site, located by its sentence
    if c.label == "ORG" and named_firms.glued_to_person(c.text, who):
        return None  # "Ukraine Trump", "Zelensky’s party": a sentence boundary or a possessive, not a body
    if c.label == "ORG" and (c.text[:1].isupper() or _ORDINAL.match(c.text)):
        if _LONE_LETTER.match(c.text) or not _ALNUM.match(c.text) or any(is_weapon(w) for w in c.text.split()[-1:]):
            return None  # "X. She" (a sentence after "on X."), a lone letter, "Russian Shahed"
        if people.has_first_name(c.text) and plausible_person(c.text):
            return "person", c.text  # ORG "Oleh Kiper"
        if _TREATY.search(c.text):
            return None  # a treaty is neither a body nor a place
        return "org", orgs.normalise_org(c.text, before)
    return None


def _unglued(article: Article, spans) -> list:
    """The spans without a wire credit glued to their head, and without the editors' sign-off closing the
    article: "APP):Chairman Senate" -> "Chairman Senate"; "NA/PA" after the last sentence -> nothing."""
    out = []
    last = len(article.paragraphs) - 1
    for pi, (para, sp) in enumerate(zip(article.paragraphs, spans)):
        stop = signoff_start(para.text) if pi == last else None
        kept = []
        for s in (without_byline(para.text, sp) if pi == 0 else sp):
            if stop is not None and s.end > stop:
                continue
            if s.label == "ORG" and len(s.text) <= 3 and dateline_region(para.text[:s.start], para.text[s.end:]):
                continue
            if s.label == "ORG" and joined_credit(para.text[:s.start], s.text, para.text[s.end:]):
                continue  # "(BSS/AFP) -": two agencies' credit, no one body
            cut = credit_cut(s.text, para.text[:s.start])
            kept.append(replace(s, start=s.start + cut, text=s.text[cut:]) if cut else s)
        out.append(kept)
    return out


def tag_entities(article: Article, spans) -> list[Mention]:
    with switches.frozen():  # the rules' switches read once for the article
        return nicknames.settle(label_credits(article, label_reporters(article, _tag_entities(article, spans))))


def _tag_entities(article: Article, spans) -> list[Mention]:
    spans = _unglued(article, spans)
    cands = candidates(article, spans)
    who = ArticlePeople(cands, article.paragraphs)
    firms = frozenset(c.text.split()[0].rstrip(",") for c in cands if c.label == "ORG" and _FIRM_END.match(c.text))
    # "Space Shuttle Columbia ... Columbia was lost": a craft's name alone is the craft, none of the facets
    craft = {c.text.split()[-1] for c in cands if not_people.vessel(c.text) and len(c.text.split()) > 1}
    # a sports report's "Leicester City" is the club (place_types); asked only where a name closes on a kind word
    sporty = any(c.label == "ORG" and place_types.head(c.text) for c in cands) and namesakes.sporty(article)
    listing_page = sports_listings.listing_page(article)  # round 63: a day's TV listings, a league's glance
    found: list[tuple[Cand, str, str]] = []
    codes: list = []  # region codes ("NSW", "KZN"): read once the article's countries are known
    earlier_of: dict[int, str] = {}  # built once per paragraph, not once per ORG span in it
    for c in cands:
        text = article.paragraphs[c.paragraph].text
        if c.label == "PERSON" and IDIOMS.match(text[c.start:c.end + 6]) or c.text in craft \
                or c.label == "ORG" and credit_ratings.is_grade(text, c.start, c.end) \
                or market_indexes.only_index(c.text) or identity_words.adjectival(text, c.start, c.end) \
                or city_peoples.peoples(c.text) or currency_codes.is_money(text, c.start, c.end):
            continue  # "a real trump card", "senior debt to BBB-minus" (round 45), "Kospi" (round 53), "a Black woman",
            # "Londoners" (round 63), "EGP 15m" (round 64)
        # what precedes the mention, earlier paragraphs included: "the Defense Ministry" takes its country
        # from the nearest country named before it
        earlier = ""
        if c.label == "ORG":
            earlier = earlier_of.get(c.paragraph)
            if earlier is None:
                earlier = earlier_of[c.paragraph] = "\n".join(
                    p.text for p in article.paragraphs[max(0, c.paragraph - 20):c.paragraph]) + "\n"
        if c.label in ("ORG", "PERSON") and opens_dateline(text[:c.start], c.text, text[c.end:], c.paragraph, c.label) \
                and places.candidates(c.text) and not evidence.body_seat(c.text):
            # "DHAKA, Feb 15, 2026 (BSS) -" opening a later paragraph (after a photo caption): a place
            found.append((replace(c, label="DATELINE"), "place", c.text))
            continue
        if comma_provinces.own_span(text, c.start, c.end):  # round 63: "Lethbridge, [Alta].": the province
            found.append((replace(c, label="GPE"), "place", c.text))
            continue
        style = name_titles.royal_style(text[:c.start], c.text, text[c.end:]) if c.label == "PERSON" else None
        if name_titles.royal_thing(style, text[:c.start], text[c.end:]):
            continue  # "the Princess Ashika went down": a ferry named after a royal, nobody
        kind_value = _classify(c, who, earlier + text[:c.start], text[c.end:], firms, sporty)
        if style and (not kind_value or kind_value[0] != "person"):
            # round 47: "Queen [Elizabeth]" is no town Elizabeth: a person by the style (which linking's
            # spread_royal_styles puts in the value, once the article's other mentions of the name are people too)
            kind_value = ("person", c.text)
        if (not kind_value or kind_value[0] == "org" or kind_value[1] == c.text) and region_codes.key_of(c.text):
            codes.append((c, kind_value))
            continue
        if not kind_value:
            continue
        if kind_value[0] != "org" and c.label == "ORG":
            # a dateline, a site or an aged person the model tagged ORG: labelled as what it is, so the
            # article's votes below do not count the ORG tag for a body
            why = not_bodies.not_a_body(c.text, earlier + text[:c.start], text[c.end:])
            if why in ("dateline", "site", "person"):
                c = replace(c, label={"dateline": "DATELINE", "site": "FAC", "person": "PERSON"}[why])
            elif kind_value[0] == "place" and macro_regions.is_macro(c.text):
                c = replace(c, label="LOC")  # as the model tags "Pacific" or "Asia" alone
        if kind_value[0] == "person" and sports_listings.in_listing(text, c.start, listing_page):
            continue  # round 63: "Old Dominion at James Madison, 3:30 p.m. (ESPNU).": a team
        if kind_value[0] == "place":
            if _MODIFIER_AFTER.match(text[c.end:c.end + 30]) \
                    or _HYPHEN_BEFORE.search(text[max(0, c.start - 2):c.start]) \
                    or sports_listings.in_listing(text, c.start, listing_page):
                continue  # "Moscow-installed", "the Russia-Ukraine war", "US$": an adjective or a currency; round 63:
                # "Kentucky at Texas, 3:30 p.m. (ABC).": a team
            if kind_value[1] != c.text:
                c = Cand(c.paragraph, c.end - len(kind_value[1]), c.end, kind_value[1], c.label, c.as_region)
        found.append((c, *kind_value))
    found = region_codes.settle(article, found, codes)
    found = list_kinds.relabel_lists(article, found)
    found = evidence.weigh(article, evidence.with_dateline(article, found))
    found = namesakes.not_places(article, found, who.full)  # clubs, firms and people named like towns
    # A name the article calls a site once ("Al Udeid Air Base") is that site wherever it recurs alone.
    sites = {c.text for c, kind, _ in found if kind == "place" and c.label == "LOC"}
    found = [(c, "place", c.text) if kind == "person" and c.text in sites else (c, kind, value)
             for c, kind, value in found]
    covered = {(c.paragraph, c.start, c.end) for c, _, _ in found}
    for pi, start, end, full in scan_people(article, covered, who.surnames()):
        para = article.paragraphs[pi].text
        legal = _FIRM_AFTER.match(para[end:])
        if legal:  # "Salomon Inc" inside a span of another label: the firm, legal form and all
            end += len(legal.group().rstrip("."))
            found.append((Cand(pi, start, end, para[start:end], "SCAN"), "org", orgs.normalise_org(para[start:end])))
            continue
        found.append((Cand(pi, start, end, para[start:end], "SCAN"), "person", full))
    # Words the model called a person stay out of the place scan even when dropped ("Vladimir) Putin").
    covered = {(c.paragraph, c.start, c.end) for c, _, _ in found} | {
        (c.paragraph, c.start, c.end) for c in cands if c.label == "PERSON"}
    para_regions = {pi: {r} for pi, r in place_mentions.paragraph_regions(article).items()}
    for pi, start, end in scan_places(article, covered, para_regions, listing_page):
        para = article.paragraphs[pi].text
        if not_people.kind_before(para[max(0, start - 30):start]):
            continue  # "the submarine Kursk" the model did not tag: a vessel still (round 36)
        found.append((Cand(pi, start, end, para[start:end], "GAZETTEER", names_regions(para, start, end)),
                      "place", para[start:end]))
    found.sort(key=lambda f: (f[0].paragraph, f[0].start))
    found = one_facet.settle_article(article, found, who.full)  # one name, one facet, per article
    # a national team named by its country gives the facets no country (namesakes.national_teams)
    return city_sides.read_city_sides(article, namesakes.national_teams(article, place_mentions.resolve(article, found)))
