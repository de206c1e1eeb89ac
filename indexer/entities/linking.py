"""link_people: the corpus pass that gives each person (and organisation) one value across articles.

tag_entities already linked surnames to full names within each article (Mykhailo Fedorov and Ivan Fedorov
stay apart because each article names its own). Here, in order:
1. one_facet.corpus_consistency: a bare word filed as a person with no personal evidence in its article
   takes the reading most of the corpus gives it ("Chelsea" the club, not a person);
2. spelling variants of the same full name get the corpus's most common form;
3. a bare surname left over is linked to a full name across articles only when the mention is a person
   in its own article (an honorific before it, or the model's PERSON label on a word the corpus mostly
   reads as a person: "Bolton" the club and town is not John Bolton), the word is not a given name
   of other people in the corpus ("David"), and one person in the corpus (or in ``known_people``) carries
   that surname -- or one carries it in far more articles than all the others together;
4. org_variants.merge_org_variants: "IMF" / "International Monetary Fund", "Labour" / "Labour Party".
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from search.model import Article

from . import one_facet
from .gazetteer import fold
from .org_variants import merge_org_variants
from .people import FIRST_NAMES, honorific_before, surname_key, variant_key

# A surname shared by several people links to the most written-about one only when it dominates this much.
DOMINANCE = 4


def link_people(articles: list[Article], known_people: Iterable[str] = ()) -> None:
    one_facet.corpus_consistency(articles)
    forms: dict[str, Counter] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and len(m.value.split()) >= 2:
                forms.setdefault(variant_key(m.value), Counter())[m.value] += 1
    # Most common form wins; ties go to the first seen, so results do not depend on hash order.
    canonical = {k: max(c, key=lambda f: (c[f], -list(c).index(f))) for k, c in forms.items()}
    # A name already in the index keeps its spelling: a later file spelling it "Zelenskyy" must not
    # split one person into two facet values across indexing runs.
    for name in sorted(known_people):
        if len(name.split()) >= 2:
            key = variant_key(name)
            if key not in canonical or canonical[key] not in known_people:
                canonical[key] = name
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and len(m.value.split()) >= 2:
                m.value = canonical.get(variant_key(m.value), m.value)
    _link_surnames(articles, canonical)
    merge_org_variants(articles)


def _link_surnames(articles: list[Article], canonical: dict[str, str]) -> None:
    weight: Counter = Counter()  # articles per full name
    given: Counter = Counter()  # articles naming someone with this given name ("David" Blunkett)
    family: Counter = Counter()  # articles naming someone with this surname ("Craig David")
    for a in articles:
        names = {m.value for m in a.mentions if m.kind == "person" and len(m.value.split()) >= 2}
        weight.update(names)
        given.update({fold(n.split()[0]) for n in names})
        family.update({fold(n.split()[-1]) for n in names})
    by_surname: dict[str, set[str]] = {}
    for name in canonical.values():
        by_surname.setdefault(surname_key(name), set()).add(name)
    # Words the corpus files as an organisation or a place at least as often as a person ("Bolton" the
    # club and town): a person only where an honorific says so.
    readings: dict[str, Counter] = {}
    for a in articles:
        for kind, word in {(m.kind, fold(m.text)) for m in a.mentions if len(m.text.split()) == 1}:
            readings.setdefault(word, Counter())[kind == "person"] += 1
    elsewhere = {w for w, c in readings.items() if c[False] >= c[True]}
    # ... or that opens an organisation's name ("Phelps Dodge", "Fairchild Industries")
    elsewhere |= {fold(m.value.split()[0]) for a in articles for m in a.mentions
                  if m.kind == "org" and len(m.value.split()) >= 2}
    for a in articles:
        evident = _person_evidence(a, elsewhere)
        for m in a.mentions:
            if m.kind != "person" or len(m.value.split()) >= 2 or fold(m.value) not in evident:
                continue
            word = fold(m.value)
            if given[word] and given[word] * 2 >= family[word] or word in FIRST_NAMES and given[word]:
                continue  # "David" alone: more often somebody's given name than Craig David's surname
            names = sorted(by_surname.get(surname_key(m.value), set()), key=lambda n: -weight[n])
            if len(names) == 1 or len(names) > 1 and weight[names[0]] >= DOMINANCE * sum(
                    weight[n] for n in names[1:]) and weight[names[0]] >= DOMINANCE:
                m.value = names[0]


def _person_evidence(article: Article, elsewhere: set[str]) -> set[str]:
    """Bare names the article itself shows to be a person: an honorific before one of its mentions, or
    the model's PERSON label on most of them when the corpus mostly reads the word as a person."""
    labels: dict[str, Counter] = {}
    out = set()
    for m in article.mentions:
        if m.kind != "person" or len(m.value.split()) >= 2:
            continue
        key = fold(m.value)
        if honorific_before(article.paragraphs[m.paragraph].text[:m.start]):
            out.add(key)
        labels.setdefault(key, Counter())[m.label == "PERSON"] += 1
    out |= {k for k, c in labels.items() if c[True] > c[False] and k not in elsewhere}
    return out
