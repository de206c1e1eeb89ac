"""Round 64: a person value that is a brand's word ("SpaceX", "GlaxoSmithKline", "TraceTogether"; cast.brand_word) is
the archive's body of that name where the archive tags the word ORG anywhere, and otherwise no facet's value.

The model tags such words PERSON in a sentence that reads like a person's ("SpaceX said in a letter to Congress"): a
tech archive (TechCrunch) filed SpaceX as a person in 7 articles. Dropped at the tagger, the mentions were lost to
the body too (SpaceX kept 1 of its 7 articles, GlaxoSmithKline's PERSON-tagged mentions left the org facet); filed as
bodies there, dev gained apps, devices and hashtags the model never tags ORG ("TraceTogether", "BiPAP", "#BrexitWins").
So the tagger keeps them as people, one_facet's consistency makes a word the archive mostly tags ORG a body, and this
pass, after the person gates, gives the rest the archive's ORG value of that word or no facet.
NEWSFACET_BRAND_WORDS=0 turns it off with cast.brand_word.
"""
from __future__ import annotations

from search.model import NO_FACET

from .cast import brand_word


def settle(articles) -> int:
    """Refile the person mentions whose value is a brand's word (module docstring). Returns the mentions changed."""
    found = [m for a in articles for m in a.mentions if m.kind == "person" and m.label != NO_FACET
             and brand_word(m.value)]
    if not found:
        return 0
    words = {m.value for m in found}
    bodies = {m.text.strip(): m.value for a in articles for m in a.mentions
              if m.kind == "org" and m.label != NO_FACET and m.text.strip() in words}
    for m in found:
        if m.value in bodies:
            m.kind, m.value = "org", bodies[m.value]  # "SpaceX said": the archive's SpaceX, tagged ORG elsewhere
        else:
            m.label = NO_FACET
    return len(found)
