"""Round 58: a body's name the model cut at its "and", which the archive always writes with the same words after it.

"[US Customs] and Border Protection", "[Customs] and Border Protection officials": the model tagged the half before
the "and" and nothing after it, and the per-sentence rules leave such a half alone unless the words after the "and"
close on a body's word ("Farmers and Graziers Association": org_spans._run_past_and, org_and_halves) -- "Border
Protection" does not. A fresh CNN archive filed the agency as "US Customs" in 8 articles, a fragment, beside its
acronym CBP.

The archive says what one sentence cannot: where a value's mentions go on with the same "and" + capitalised words (one
to four) in at least SHARE of them, MIN_MENTIONS or more in MIN_ARTICLES articles or more, the name runs on through
them ("Phillips and Drew", the brokers of a 1987 wire). Not when those words are a body, a place or a person of their
own -- an org value the archive writes on its own somewhere, a name the alias table knows, a gazetteer place, or a
mention the model tagged there ("Dresser Industries and [Ingersoll-Rand]": two firms named together in every story).
And a span the model tagged whole, "X and Y", is no two bodies glued (org_words._two_in_one) when the archive writes
its "Y" only after an "and". NEWSFACET_ORG_AND_TAILS=0 turns both off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import switches

_AFTER_AND = re.compile(r"\band\s+$")
_GOES_ON = re.compile(r"\s+and\s+((?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*)(?=[\s,.;:)’'\"”]|$)")
SHARE = 0.75  # of a value's mentions going on with the same words
MIN_MENTIONS = 3
MIN_ARTICLES = 2


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_AND_TAILS", "1") != "0"


def _own_name(words: str, org_values: set[str]) -> bool:
    """Whether the words after the "and" name something of their own: an org value the archive writes on its own
    somewhere (not only after an "and": the model tags "Border Protection" alone now and then), a known body, a
    place."""
    from . import orgs, places
    from .gazetteer import fold

    return fold(words) in org_values or bool(orgs.known_org(words)) or bool(places.candidates(words))


def written_alone(articles) -> set[str]:
    """The org values the archive writes on their own somewhere: a mention not right after an "and"."""
    return {m.value for a in articles for m in a.mentions
            if m.kind == "org" and not _AFTER_AND.search(a.paragraphs[m.paragraph].text, max(0, m.start - 6), m.start)}


def extend_cut_names(articles) -> int:
    """Run org mentions on through the "and" + words the archive always writes after them (module docstring).
    Returns how many mentions grew."""
    if not enabled():
        return 0
    from .gazetteer import fold

    uses: dict[str, list] = defaultdict(list)
    for a in articles:
        for m in a.mentions:
            if m.kind == "org":
                uses[m.value].append((a, m, _GOES_ON.match(a.paragraphs[m.paragraph].text, m.end)))
    alone = {fold(v) for v in written_alone(articles)}
    grown = 0
    for value, found in uses.items():
        tails = Counter(fold(g.group(1)) for _, _, g in found if g)
        if not tails or len(found) < MIN_MENTIONS:
            continue
        tail, n = tails.most_common(1)[0]
        if n < SHARE * len(found) or len({id(a) for a, _, g in found if g and fold(g.group(1)) == tail}) < MIN_ARTICLES:
            continue
        words = next(g.group(1) for _, _, g in found if g and fold(g.group(1)) == tail)
        if _own_name(words, alone):
            continue
        for a, m, g in found:
            if g is None or fold(g.group(1)) != tail or any(
                    o is not m and o.paragraph == m.paragraph and o.start < g.end(1) and o.end > m.end for o in a.mentions):
                continue  # (the model tagged the words after the "and" as a name of their own here)
            m.end = g.end(1)
            m.text = a.paragraphs[m.paragraph].text[m.start:m.end]
            m.value = f"{value} and {g.group(1)}"
            grown += 1
    return grown
