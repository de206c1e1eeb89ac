"""Round 64: an article that spells an acronym out in its own text means what it spells there.

org_variants learns an acronym's long form from the articles that pair them and gives it to the acronym elsewhere. A
fresh archive of Dawn (Pakistan, 2025) spelt "BCCI" out once as the Bank of Credit and Commerce International, and
its cricket stories' "BCCI" became the bank in six articles, though five of them wrote "The Board of Control for
Cricket in India (BCCI)" right before it: the model had cut that name at "in" ("[Board of Control for Cricket] in
[India] (BCCI)"), so no org mention stood beside the brackets and the article's own reading went unseen.

Here the article's text decides: the capitalised words right before "(ACRONYM)" -- small words ("of", "for", "in")
between them -- whose initials the acronym is (org_name_forms.initial_forms, the shortest such run) are the
acronym's long form in that article. Where the archive gave the article's acronym another body's long form of the
same initials, its mentions of the acronym take the article's name, and so do org mentions the model cut out of the
run ("Board of Control for Cricket"). Before the merges, an org mention the model cut out of such a name takes the
whole of it ("[Human Rights Commission] of [Pakistan] (HRCP)"), which the merges then pair with the acronym across the
archive as they pair any long form (renamed after them, one article's "SCP" had parted from the archive's other one) --
where the whole name is a body's by its own words (org_evidence.by_name): merged into a name the org gate doubts, a
UK regional archive's UNHCR and "United Nations" had both left the facet.
Otherwise an acronym left as written, or given a spelling of the article's name ("Office of National Statistics" for
"Office for National Statistics (ONS)") or a name holding every word of it ("U.S. Securities and Exchange
Commission"), stays as the archive read it: on dev, renaming those made twins of one body's spellings across
articles and long forms of things no body ("One Time Password (OTP)").
NEWSFACET_OWN_DEFINITIONS=0 turns it off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET

from . import switches

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_SMALL = r"(?:of|for|and|the|in|on|&|to|at)"
# up to twelve words before the brackets, each capitalised or a small word (the run's start is found below)
_RUN = re.compile(r"((?:[A-Z][\w’'.\-]*|%s)(?:\s+(?:[A-Z][\w’'.\-]*|%s)){0,11})\s*$" % (_SMALL, _SMALL))
_LEAD = {"The", "A", "An", "This", "That", "Its", "Their"}


def enabled() -> bool:
    return switches.get("NEWSFACET_OWN_DEFINITIONS", "1") != "0"


def _long_before(text: str, at: int, acronym: str) -> tuple[int, str] | None:
    """(start, long form) of the shortest capitalised run ending before ``at`` whose initials ``acronym`` is."""
    from .org_name_forms import initial_forms

    run = _RUN.search(text, max(0, at - 160), at)
    if run is None:
        return None
    words = list(re.finditer(r"\S+", run.group(1)))
    for k in range(len(words) - 1, -1, -1):
        first = words[k].group()
        if not first[:1].isupper() or first in _LEAD:
            continue
        # (no possessive nor closing quote: "the European Community's (EC)", "its 'Men Be The Change' (MBC) project")
        long = re.sub(r"(?:[’']s)?[’'\"”]*$", "", run.group(1)[words[k].start():])
        if acronym in initial_forms(long):
            return run.start(1) + words[k].start(), long
    return None


def own_definitions(article, acronyms: set[str]) -> dict[str, list[tuple[int, int, int, str]]]:
    """Acronym -> [(paragraph, start, end, long form)] for each "Long Form (ACRONYM)" the article's text writes."""
    out: dict[str, list] = {}
    for pi, p in enumerate(article.paragraphs):
        if "(" not in p.text:
            continue
        for acronym in acronyms:
            for m in re.finditer(r"\(%s\)" % re.escape(acronym), p.text):
                found = _long_before(p.text, m.start(), acronym)
                if found:
                    out.setdefault(acronym, []).append((pi, found[0], found[0] + len(found[1]), found[1]))
    return out


def _words(name: str) -> list[str]:
    from .gazetteer import fold

    return [fold(w)[:5] for w in name.split() if fold(w) not in _SMALL_WORDS]


_SMALL_WORDS = {"of", "for", "and", "the", "in", "on", "&", "to", "at"}


def _rival(value: str, long: str, acronym: str) -> bool:
    """Whether ``value``, given to the article's ``acronym``, is another body's long form of the same initials ("Bank
    of Credit and Commerce International" for the article's "Board of Control for Cricket in India"), not a spelling
    of ``long`` ("Office of National Statistics" for "Office for National Statistics") nor one holding every word of
    it ("U.S. Securities and Exchange Commission" for "Securities and Exchange Commission")."""
    from .org_name_forms import initial_forms

    if " " not in value or acronym not in initial_forms(value):
        return False
    mine, theirs = _words(long), _words(value)
    return mine != theirs and not set(mine) <= set(theirs)


def _article_runs(a):
    """(acronym, its one long form, the org mentions in its runs) for each acronym the article spells out one way."""
    from .org_variants import variant_key

    acronyms = {m.text for m in a.mentions if m.kind == "org" and _ACRONYM.fullmatch(m.text)}
    for acronym, runs in (own_definitions(a, acronyms) if acronyms else {}).items():
        if len({variant_key(long) for *_, long in runs}) != 1:
            continue  # two bodies under one acronym in one article: left as they are
        inside = [m for m in a.mentions if m.kind == "org" and m.label != NO_FACET
                  and any(m.paragraph == pi and s <= m.start and m.end <= e for pi, s, e, _ in runs)]
        yield acronym, runs[0][3], inside


def mend_cuts(articles) -> int:
    """Before org_variants: an org mention the model cut out of a spelt-out name ("[Human Rights Commission] of
    Pakistan (HRCP)") takes the whole name, for the merges to pair with the acronym as they pair any long form.
    Returns the mentions renamed."""
    if not enabled():
        return 0
    from .org_evidence import _heads, by_name

    heads, n = _heads(), 0
    for a in articles:
        for _, long, inside in _article_runs(a):
            if not by_name(long, heads):
                continue  # (a whole name the org gate would doubt -- "United Nations High Commissioner for Refugees",
                # "Canada Emergency Response Benefit" -- would take the acronym and the piece out of the facet with it)
            for m in inside:
                if m.end - m.start < len(long) and m.value != long:
                    m.value = long
                    n += 1
    return n


def settle(articles) -> int:
    """After org_variants: where the archive gave an article's acronym another body's long form, the acronym and the
    name's pieces take the long form the article spells (module docstring). Returns the mentions renamed."""
    if not enabled():
        return 0
    from .org_variants import variant_key

    n = 0
    for a in articles:
        for acronym, long, inside in _article_runs(a):
            if not any(m.kind == "org" and m.text == acronym and _rival(m.value, long, acronym) for m in a.mentions):
                continue  # the acronym kept as written, or given this name or a spelling of it: as the archive read it
            for m in a.mentions:
                if m.kind == "org" and (m.text == acronym or m in inside) and variant_key(m.value) != variant_key(long):
                    m.value = long
                    n += 1
    return n
