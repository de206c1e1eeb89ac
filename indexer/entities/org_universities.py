"""Round 61: a university called by its first name alone in an archive that names it in full elsewhere.

org_variants joins "Stanford" to "Stanford University" where one article writes both. A health archive wrote
"Harvard" alone in 16 articles ("Dr. X of Harvard", "a Harvard study") and "Harvard University" in 7 others, never
together: two values for one body. Here a one-name value X joins the archive's "X University" when
- X is no place's name ("Boston", "Princeton", "Columbia" are towns too) and no person value of the archive;
- every other body the archive names opening with X is one of its schools or hospitals ("Harvard Medical School",
  "Harvard School of Public Health"); a firm or anything else of the name ("Duke Energy" beside "Duke University")
  leaves X apart.
NEWSFACET_UNIVERSITY_ALONE=0 turns it off.
"""
from __future__ import annotations

from search.model import NO_FACET

from . import switches
from .gazetteer import fold

# The words after a university's name that make a unit of it, not another body of the name
_ACADEMIC = frozenset({"university", "college", "school", "medical", "medicine", "hospital", "hospitals", "law",
                       "business", "health", "institute", "center", "centre", "library", "press", "kennedy",
                       "divinity", "graduate", "faculty", "department", "research", "global", "chan", "t.h."})


def join_university_names(articles) -> int:
    """Rename the org mentions of each such X to its "X University" (module docstring); returns how many."""
    if switches.get("NEWSFACET_UNIVERSITY_ALONE", "1") == "0":
        return 0
    from .org_variant_shapes import _place

    orgs = {m.value for a in articles for m in a.mentions if m.kind == "org" and m.label != NO_FACET}
    people = {m.value for a in articles for m in a.mentions if m.kind == "person" and m.label != NO_FACET}
    rename = {}
    for v in orgs:
        words = v.split()
        if len(words) < 2 or fold(words[-1]) != "university":
            continue
        short = " ".join(words[:-1])
        if short not in orgs or short in people or _place(short) or not short[:1].isupper():
            continue
        others = [o for o in orgs if o != v and o.startswith(short + " ")]
        if all(fold(o[len(short) + 1:].split()[0].strip("’'s,")) in _ACADEMIC for o in others):
            rename[short] = v
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.value in rename:
                m.value = rename[m.value]
                n += 1
    return n
