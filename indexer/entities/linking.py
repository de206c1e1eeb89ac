"""link_people: the corpus pass that gives each person one value across articles.

tag_entities already linked surnames to full names within each article (Mykhailo Fedorov and Ivan Fedorov
stay apart because each article names its own). Here spelling variants of the same full name get the
corpus's most common form, and a bare surname left over is linked to a full name only when exactly one
person in the corpus (or in ``known_people``) carries it.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from search.model import Article

from .people import surname_key, variant_key


def link_people(articles: list[Article], known_people: Iterable[str] = ()) -> None:
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
    by_surname: dict[str, set[str]] = {}
    for key, name in canonical.items():
        by_surname.setdefault(surname_key(name), set()).add(name)
    for a in articles:
        for m in a.mentions:
            if m.kind != "person":
                continue
            if len(m.value.split()) >= 2:
                m.value = canonical.get(variant_key(m.value), m.value)
            else:
                names = by_surname.get(surname_key(m.value), set())
                if len(names) == 1:
                    m.value = next(iter(names))
