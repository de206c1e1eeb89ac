"""A paragraph a site repeats word for word under many different stories is its furniture, not news.

Round 41 of issue 11. Scraped archives carry a site's promotions inside every story's text: the Christian Science
Monitor's "Get the Monitor Stories you care about delivered to your inbox" (96 of its dev stories), National
Review's membership pitch, The Sun's tip line. The model tags the names in them ("Monitor Stories" ORG) and the
facets counted a newsletter under every story of the archive. Such a paragraph is a sentence or more (MIN_WORDS
words) written the same way in MIN_ARTICLES stories or more, each of which is otherwise its own story: most of its
other paragraphs of MIN_WORDS words are written in no other article; and it asks something of its reader (_PROMO:
"sign up", "newsletter", "email us", "join"), unlike a paper's reprinted explainer box, a copyright line or an
author's note, whose names are the story's. That last test keeps a wire story's
paragraphs that five outlets carried word for word (syndicated copies share their other paragraphs too), and
short repeated lines (a byline, a caption, "Background") are left to the rules for names. The person, org and
place mentions inside such paragraphs whose values the archive names nowhere else are dropped (a wire's or an
author's name written in the stories too stays); the paragraph itself stays searchable.
NEWSFACET_BOILERPLATE=0 turns it off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from search.model import Article

from . import orgs, switches

MIN_WORDS = 8
MIN_ARTICLES = 5
_WORD = re.compile(r"[^\W_]+")


# What a site asks of its reader (keys are folded words): a promotion's verbs and nouns. A repeated paragraph without
# them is the archive's own copy -- an explainer box a paper reprints under every story of a month ("Western Australia
# closed to everywhere without an exemption", dailymail_au2020), a copyright line naming the wire that wrote the story,
# an author's note naming its author -- and its names are the story's (held-out scoring of round 41's first rule).
_PROMO = re.compile(r"\b(?:inbox|newsletters?|subscribe|subscribers?|subscription|sign(?:ing)? up|privacy policy|"
                    r"email us|e mail us|contact us|follow us|click here|download (?:the|our) app|join (?:us|now|today)|"
                    r"members get|become a member|your stories|tips? to|"
                    r"the button below|donate)\b")  # round 65: "use the button below to contribute ... via PayPal"


def _key(text: str, short: bool = False) -> str | None:
    """The paragraph's words, folded, when it is long enough to be furniture: MIN_WORDS words, or (``short``)
    SHORT_WORDS words that ask something of the reader."""
    words = _WORD.findall(text.casefold())
    if len(words) >= MIN_WORDS:
        return " ".join(words)
    if short and len(words) >= SHORT_WORDS:
        key = " ".join(words)
        return key if _PROMO.search(key) else None
    return None


# Round 65: a short line a site repeats under its stories is furniture too when it asks something of the reader: a
# Malawian paper closes every story with "Follow and Subscribe Nyasa TV :" (82 stories of a fresh archive of 534), and
# the model's "Nyasa TV" was the archive's top organisation. Shorter lines without such a verb stay the names' rules':
# a byline, an agency's credit, a caption. NEWSFACET_SHORT_PROMOTIONS=0: only lines of MIN_WORDS words (before).
SHORT_WORDS = 3


def furniture(articles: list[Article]) -> list[set[int]]:
    """Per article, the indexes of its paragraphs the module docstring calls furniture."""
    short = switches.get("NEWSFACET_SHORT_PROMOTIONS", "1") != "0"
    keys = [[_key(p.text, short) for p in a.paragraphs] for a in articles]
    where: dict[str, set[int]] = defaultdict(set)
    for i, ks in enumerate(keys):
        for k in ks:
            if k:
                where[k].add(i)
    repeated = {k for k, ids in where.items() if len(ids) >= MIN_ARTICLES}
    found = set()
    for k in repeated:
        if not _PROMO.search(k):
            continue
        own = 0  # articles of k whose other long paragraphs are mostly their own
        for i in where[k]:
            others = [o for o in keys[i] if o and o not in repeated and len(o.split()) >= MIN_WORDS]
            if others and 2 * sum(1 for o in others if len(where[o]) == 1) > len(others):
                own += 1
        if own >= MIN_ARTICLES:
            found.add(k)
    return [{n for n, k in enumerate(ks) if k in found} for ks in keys] if found else [set() for _ in keys]


def _own_name(m) -> bool:
    """Whether the mention names its value by itself (not a short form the tagger resolved to a longer name)."""
    return (orgs.normalise_org(m.text) if m.kind == "org" else m.text) == m.value


def _menu_places() -> bool:
    return switches.get("NEWSFACET_FURNITURE_PLACES", "1") != "0"


def drop_furniture_mentions(articles: list[Article]) -> int:
    """Drop the person, org and place mentions inside the archive's furniture whose value the archive names nowhere
    else ("Monitor Stories"; a wire's or an author's name written in the stories too stays), and the places inside it
    that their own article names nowhere else (NEWSFACET_FURNITURE_PLACES=0: only the first); returns how many."""
    if switches.get("NEWSFACET_BOILERPLATE", "1") == "0":
        return 0
    insides = furniture(articles)
    if not any(insides):
        return 0
    kinds = ("person", "org", "place")
    within, elsewhere = set(), set()
    for a, inside in zip(articles, insides):
        for m in a.mentions:
            if m.kind in kinds:
                (within if m.paragraph in inside else elsewhere if _own_name(m) else set()).add((m.kind, m.value))
    only = within - elsewhere
    if not only and not _menu_places():
        return 0
    n = 0
    for a, inside in zip(articles, insides):
        # round 61: a place is the article's only where its own story names it outside the furniture; a newsletter
        # form's country menu ("Choose your country United States of America Afghanistan Albania ...", under 12
        # TIME stories of a health archive) named 30 countries of no story
        told = {m.value for m in a.mentions if m.kind == "place" and m.paragraph not in inside} \
            if inside and _menu_places() else None
        kept = [m for m in a.mentions if not (m.paragraph in inside and (
            (m.kind, m.value) in only or told is not None and m.kind == "place" and m.value not in told))]
        for m in kept:
            # a short form the tagger resolved to a name written only in the furniture is its own name again ("the
            # Monitor" had taken "Monitor Stories" of the newsletter's line)
            if m.kind == "org" and ("org", m.value) in only:
                m.value = orgs.normalise_org(m.text)
        n += len(a.mentions) - len(kept)
        a.mentions = kept
    return n
