"""People, organisations and places for the facets: spaCy NER spans post-processed with a gazetteer and
article context, plus a corpus pass that links surname-only mentions.

Modules: spans.py (span boundary repair) -> tagger.py (what each span is) using cast.py (the article's
people), people.py (names), orgs.py (organisations, outlets), places.py (which place, which region),
evidence.py (when a name is a place at all: labels, datelines, "in X", the article's countries),
gazetteer.py + geonames/ (GeoNames, built by build_gazetteer.py from regions.py and admin1.py), scan.py
(names the model missed), junk.py (never-names), one_facet.py (one kind per name per article, and across
the corpus); linking.py (corpus pass) with org_variants.py (organisation variants) and org_generic.py
(generic body names); evaluate.py, corpus.py, bench.py (measurement).
Nothing is loaded at import time; the gazetteer is read on first use and cached.
"""
from __future__ import annotations


def tag_entities(article, spans):
    """Person/org/place Mentions for ``article``; ``spans[i]`` are the NER spans of paragraph i."""
    from .tagger import tag_entities as _tag

    return _tag(article, spans)


def link_people(articles, known_people=(), known_orgs=()):
    """Corpus pass: surname-only and variant-spelled person mentions -> one canonical full name; bare words
    filed under the facet the corpus gives them; organisation variants -> one value. ``known_people`` and
    ``known_orgs``: the faceted values the archive already holds from earlier indexing runs."""
    from .linking import link_people as _link

    return _link(articles, known_people, known_orgs)


__all__ = ["tag_entities", "link_people"]
