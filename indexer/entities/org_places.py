"""Corpus evidence that an organisation value is a place: the corpus files the same name as a place in more
articles than as a body.

The small model tags a town ORG when it acts or modifies a noun ("its Adelaide headquarters", "a Kimberley
cattle station", "Loxton growers"); the article alone often has no locative cue, so tag time keeps the ORG
reading. Across the corpus the name is mostly a place, read with its region and country: such a mention takes
that reading -- outside sports reports, where a town's name is its club ("Newcastle"), and unless its own
sentence speaks of a body ("Adelaide club", "the firm X").
"""
from __future__ import annotations

import re
from collections import Counter

from . import orgs, team_cues


def _sports(article) -> bool:
    from .namesakes import sporty

    return sporty(article)  # (paragraph sport words cached from the tag pass; a league's acronym counts too)


def _team_or_actor(article, m) -> bool:
    """The sentence uses the name as a team or as an actor ("Birmingham have confirmed", "a move to
    Southampton", "their Wales debuts", "Houston said"), or its paragraph talks sport at all."""
    from .namesakes import _TEAM_AFTER, _TEAM_BEFORE, sport_terms

    para = article.paragraphs[m.paragraph].text
    before, after = para[max(0, m.start - 40):m.start], para[m.end:m.end + 40]
    return bool(_TEAM_BEFORE.search(before) or _TEAM_AFTER.match(after) or sport_terms(para)
                or team_cues.before_cue(para[max(0, m.start - 120):m.start])
                or re.match(r"^(?:[’']s)?\s+(?:said|says|say|told|announced|reported|debuts?)\b", after)
                or re.search(r"\b(?:their|his|her)\s+$", before))


def refile_places(articles) -> None:
    """Org mentions of names the corpus mostly files as places take the corpus's place reading."""
    from .org_words import _cued

    as_place: Counter = Counter()
    as_org: Counter = Counter()
    readings: dict[str, Counter] = {}
    for a in articles:
        for text in {m.text for m in a.mentions if m.kind == "place" and m.value == m.text}:
            as_place[text] += 1
        for text in {m.text for m in a.mentions if m.kind == "org"}:
            as_org[text] += 1
        for m in a.mentions:
            if m.kind == "place" and m.value == m.text and m.country:
                readings.setdefault(m.text, Counter())[(m.value, m.region, m.country)] += 1
    # the corpus's usual reading of the name ("Bristol" the English city, not a namesake one article chose)
    model = {text: c.most_common(1)[0][0] for text, c in readings.items()}
    wanted = {t for t in as_org if as_place[t] > as_org[t] and t in model}
    if not wanted:
        return
    for a in articles:
        if not any(m.kind == "org" and m.text in wanted for m in a.mentions) or _sports(a):
            continue
        for m in a.mentions:
            if m.kind == "org" and m.text in wanted and m.value == orgs.normalise_org(m.text) \
                    and not orgs.known_org(m.text) and not _cued(a, m) and not _team_or_actor(a, m):
                m.kind, (m.value, m.region, m.country) = "place", model[m.text]
