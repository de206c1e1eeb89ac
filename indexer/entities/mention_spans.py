"""Last step of the corpus pass: mentions written the way news NER marks them, with the facet values untouched.

Two classes, both measured on the 35 evaluation corpora' gold (round 17, issue 11's mention recall target):
- a body with its acronym in brackets, "Ghana Revenue Authority (GRA)", is one candidate while the tagger
  decides what it is (the acronym then shares the long form's value), but two mentions of the text: every
  gold set marks the name and the acronym apart, as raw spaCy does. Merged into one span, both were lost and
  one wrong span was counted (seen in 8 of 9 corpora checked: abc_rural, africa_newswire2022, app_pk2025,
  bangladesh2026, dailymirror_lk2024, finer_ord, ghana_news2026, dailymail_au2020);
- a one-word organisation mention a corpus pass took out as an ordinary word of the archive ("Target" the
  chain in an archive that writes "target" more often than "Target") is still an org mention of its text:
  it comes back here with the label NO_FACET (out of every facet, as the evidence gate leaves an org with no
  evidence), unless another mention now covers its span. ``hold`` keeps them until ``restore``.

NEWSFACET_MENTION_SPANS=0 turns both off (the merged span, and the dropped mentions gone).
"""
from __future__ import annotations

import re
from dataclasses import replace

from search.model import NO_FACET

from . import switches

# "Long Name (LN)" as one org span: the long form, then the bracketed short form (an acronym, a ticker)
_DEFINED = re.compile(r"(.*\S)(\s*\()([A-Z][A-Za-z0-9&.\-]{0,11})\)")

_HELD: dict[int, tuple[object, list]] = {}  # id(article) -> (article, mentions taken out for the moment)


def enabled() -> bool:
    return switches.get("NEWSFACET_MENTION_SPANS", "1") != "0"


def hold(article, mentions) -> None:
    """Keep ``mentions`` (just removed from ``article``) to come back as NO_FACET org mentions."""
    if mentions and enabled():
        _HELD.setdefault(id(article), (article, []))[1].extend(mentions)


def split_defined(mentions: list) -> list:
    """Each org mention "Long Name (LN)" as two mentions of one value: "Long Name" and "LN"."""
    out = []
    for m in mentions:
        d = _DEFINED.fullmatch(m.text) if m.kind == "org" else None
        if not d:
            out.append(m)
            continue
        long, gap, short = d.group(1), d.group(2), d.group(3)
        at = m.start + len(long) + len(gap)
        out.append(replace(m, end=m.start + len(long), text=long))
        out.append(replace(m, start=at, end=at + len(short), text=short))
    return out


def restore(articles) -> None:
    """Bring the held mentions back (NO_FACET) and split the bracketed definitions; call last."""
    held = dict(_HELD)
    _HELD.clear()
    if not enabled():
        return
    for a in articles:
        back = held.get(id(a), (None, []))[1]
        if back:
            taken = [(m.paragraph, m.start, m.end) for m in a.mentions]
            for m in back:
                if not any(p == m.paragraph and s < m.end and m.start < e for p, s, e in taken):
                    m.label = NO_FACET
                    a.mentions.append(m)
            a.mentions.sort(key=lambda m: (m.paragraph, m.start))
        if any(m.kind == "org" and m.text.endswith(")") for m in a.mentions):
            a.mentions = split_defined(a.mentions)
