"""Round 57: a name the model reads as a person that opens on a body the archive names is the body's thing.

"[Facebook Messenger]", "[Apple Pencil]", "[Google Cloud]" in a technology archive, "[Pioneer Sugar] said its
crop was down" in a 1980s wire, "[Politico He]" where a sentence ran into a byline: the first words are an
organisation the same run files in several articles, the last a word of English or one the archive writes in lower
case (a product, a unit, a stray word). A person's name does not open on a body's name -- unless that word is a given
name ("Brett Kavanaugh" beside a firm called Brett, "Dell Curry" in a computing archive), so a given name keeps it,
and a family name written first that the model also tagged as a body ("Choi" of "Choi He-suk") is followed by a
given name no English word and no lower-case word of the archive.
A person's title or office beside any mention keeps it too. Such values stay mentions, out of the person facet; a
mention that is the body's bare name, linked into the thing ("Apple" beside "Apple Watches"), is the body again.
NEWSFACET_PERSON_MAKERS=0 leaves them.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET, Article

from . import switches

MIN_BODY_ARTICLES = 2  # articles of the run filing the opening words as an organisation
_POSSESSIVE = re.compile(r"[’']s?$")


def gate_maker_names(articles: list[Article]) -> set[str]:
    """Label NO_FACET the person values the module docstring describes; returns them."""
    if switches.get("NEWSFACET_PERSON_MAKERS", "1") == "0":
        return set()
    bodies: Counter = Counter()
    for a in articles:
        bodies.update({m.value for m in a.mentions if m.kind == "org" and m.label != NO_FACET})
    if not bodies:
        return set()
    from .corpus_words import counts
    from .english_words import inflected
    from .faker_names import given_names
    from .gazetteer import fold
    from .person_context import strong_context

    given = given_names()
    runs = counts(articles)
    heads: dict[str, bool] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.label == NO_FACET or m.value in heads:
                continue
            words = m.value.split()
            head = " ".join(words[:-1])
            heads[m.value] = len(words) >= 2 and bodies[head] >= MIN_BODY_ARTICLES \
                and fold(words[0].strip(".")) not in given and not (len(words[0]) <= 2 and words[0][:1].isupper()) \
                and (inflected(words[-1]) or runs[words[-1].lower()] > 0)
    found = {v for v, made in heads.items() if made}
    if not found:
        return set()
    for a in articles:  # a person's title, office or age beside any mention says it is a person after all
        for m in a.mentions:
            if m.kind == "person" and m.value in found:
                para = a.paragraphs[m.paragraph].text
                if strong_context(para[:m.start], para[m.end:], m.text):
                    found.discard(m.value)
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.value in found:
                head = m.value.rsplit(" ", 1)[0]
                if _POSSESSIVE.sub("", m.text) == head:  # the body's bare name linked into the thing ("Apple's")
                    m.kind, m.value, m.label = "org", head, "ORG"
                else:
                    m.label = NO_FACET
    return found
