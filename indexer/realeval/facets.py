"""What a journalist sees in the facet lists: top values by article count, their hand-judged precision,
person values that should have merged ("Tony Blair" / "Blair" / "Mr Blair"), strings filed under two
facets, and how many UK/US places got a first-level region."""
from __future__ import annotations

import re
from collections import Counter

FACETS = ("person", "org", "place", "region", "country")
ENTITY_FACETS = ("person", "org", "place")
# Titles that, written before a name, still mean that person (what the issue calls "Mr X").
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor",
              "President", "Prime Minister", "Premier", "Chancellor", "Governor", "Gov", "Senator", "Sen",
              "Rep", "Representative", "Secretary", "Minister", "General", "Gen", "King", "Queen",
              "Prince", "Princess", "Pope", "Judge", "Justice", "Mayor", "Ambassador", "Chairman",
              "Rev", "Reverend", "Father", "Sheikh", "Vice President", "Deputy")
_HONORIFIC = re.compile(r"^(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
                        + r")\.?\s+(.+)$")
UK, US = "United Kingdom", "United States"


def article_counts(articles, facet: str) -> Counter:
    c: Counter = Counter()
    for a in articles:
        c.update(a.entity_values(facet))
    return c


def top_values(articles, facet: str, n: int = 100) -> list[tuple[str, int]]:
    """The n most frequent values by article count; ties by value so the cut is deterministic."""
    return sorted(article_counts(articles, facet).items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def judged_precision(top: list[tuple[str, int]], facet: str, judgments: dict) -> dict:
    judged = [judgments[(facet, v)] for v, _ in top if (facet, v) in judgments]
    ok = sum(1 for j in judged if j["ok"])
    wrong = [(v, judgments[(facet, v)].get("why", "")) for v, _ in top
             if (facet, v) in judgments and not judgments[(facet, v)]["ok"]]
    return {"values": len(top), "judged": len(judged), "unjudged": len(top) - len(judged), "ok": ok,
            "precision": ok / len(judged) if judged else None, "wrong": wrong,
            "unjudged_values": [v for v, _ in top if (facet, v) not in judgments]}


def _bare(value: str) -> str:
    m = _HONORIFIC.match(value)
    return m.group(1) if m else value


def variant_groups(people: list[str]) -> list[list[str]]:
    """Groups of person values that name one person: a full name with its bare surname and/or the name
    or surname after an honorific ("Tony Blair", "Blair", "Mr Blair"). Only values in ``people`` count;
    a group has at least two members (a pair) and is reported once, under its full name(s)."""
    values = set(people)
    full_by_surname: dict[str, list[str]] = {}
    for v in people:
        bare = _bare(v)
        if bare == v and len(v.split()) >= 2:
            full_by_surname.setdefault(v.split()[-1].casefold(), []).append(v)
    groups = []
    claimed: set[str] = set()
    for v in people:  # people come most frequent first
        if v in claimed or _bare(v) != v or len(v.split()) < 2:
            continue
        surname = v.split()[-1].casefold()
        members = [v]
        for other in values - {v}:
            bare = _bare(other)
            if other in claimed:
                continue
            if bare == v or (len(bare.split()) == 1 and bare.casefold() == surname):
                members.append(other)
        if len(members) > 1:
            claimed.update(members)
            groups.append(sorted(members, key=lambda x: (len(x.split()), x), reverse=True))
    # honorific forms whose full name is not among the values still pair with their bare surname
    for v in people:
        if v in claimed or _bare(v) == v:
            continue
        bare = _bare(v)
        if bare in values and bare not in claimed:
            claimed.update((v, bare))
            groups.append([v, bare])
    return groups


def misfiled(articles) -> list[dict]:
    """Strings (case-folded) that are values of two or more of person/org/place, with article counts."""
    by_key: dict[str, dict[str, Counter]] = {}
    for facet in ENTITY_FACETS:
        for value, n in article_counts(articles, facet).items():
            by_key.setdefault(value.casefold(), {}).setdefault(facet, Counter())[value] += n
    out = []
    for _key, facets in by_key.items():
        if len(facets) >= 2:
            counts = {f: sum(c.values()) for f, c in facets.items()}
            shown = max((v for c in facets.values() for v in c), key=lambda v: v)
            out.append({"value": shown, "facets": counts, "articles": sum(counts.values())})
    return sorted(out, key=lambda r: (-r["articles"], r["value"]))


def region_rollup(articles) -> dict[str, dict[str, int]]:
    """Place mentions inside the UK / the US, and how many of them carry a first-level region. A mention of
    the country itself ("U.S.", "Britain") has no region to roll up to and is not counted."""
    out = {UK: {"places": 0, "with_region": 0}, US: {"places": 0, "with_region": 0}}
    for a in articles:
        for m in a.mentions:
            if m.kind == "place" and m.country in out and m.value != m.country:
                out[m.country]["places"] += 1
                out[m.country]["with_region"] += 1 if m.region else 0
    return out
