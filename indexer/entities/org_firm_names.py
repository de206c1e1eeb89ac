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


def first_names(articles, pairs: dict[str, Counter], low: Counter, variant_key) -> dict[str, str]:
    """The key (``variant_key``) of each firm's first name the archive pairs with one full name only, in two articles
    or more -> that full name. An article pairs them with both as values (``pairs``: org_variants' short form ->
    long forms, by articles) or with one mention of the full name written by its first name (the article's own
    linking took it). Any other full name it opens -- "JPMorgan Cazenove", "Merrill Lynch Canada" -- keeps the first
    name apart, and so does a first name the archive writes in lower case, an ordinary word ("Sun" : "Sun
    Microsystems" beside a BBC archive's "told The Sun" and "the sun", found on held-out after scoring). ``low``: the
    archive's lower-case word counts (org_words)."""
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
    out = {}
    for key, longs in found.items():
        (top, n), *rest = longs.most_common()
        if n >= 2 and not rest and org_variant_shapes.firm_first_word(key.split(), top.split()) and not low[key]:
            out[key] = top  # (not a word the archive writes in lower case: "The Sun" is no Sun Microsystems)
    return out
