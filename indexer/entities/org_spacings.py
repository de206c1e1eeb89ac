"""Names of one body written with and without a space, a hyphen or their site's domain ("Al Jazeera" / "Aljazeera",
"CTVNews.ca" / "CTV News"): org_variants' first step, split from org_variant_shapes (round 63 review)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import switches

_SITE = re.compile(r"(?<=[a-z])\.(?:com|net|org|ca|ie|co\.uk|co\.nz|com\.au|com\.ph|co\.za|co\.in|in)$")
_SITE_KEY = re.compile(r"(?<=[a-z]) (?:com|net|org|ca|ie|co uk|co nz|com au|com ph|co za|co in|in)$")  # (folded)


def join_spacings(forms: dict[str, Counter], canon: dict[str, str], known: set[str]) -> None:
    """Round 41: names written with and without a space or a hyphen between their parts ("Al Jazeera" /
    "Aljazeera", "Coca-Cola" / "Coca Cola") are one body's: every key of such a group takes the form most
    articles use across the group (a known name first). Round 63: so are names written with their site's domain
    ("CTVNews.ca", 21 articles of a Canadian archive beside "CTV News"). NEWSFACET_ORG_SPACINGS=0 leaves them apart."""
    if switches.get("NEWSFACET_ORG_SPACINGS", "1") == "0":
        return
    groups: dict[str, list[str]] = defaultdict(list)
    sites: set[str] = set()  # keys of names written as a site ("ctvnews ca")
    for key in forms:
        bare = key
        if any(_SITE.search(v) for v in forms[key]):
            bare = _SITE_KEY.sub("", key)
            sites.add(key)
        groups[re.sub(r"[\s\-\u2010\u2011]", "", bare)].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        total: Counter = Counter()
        for k in keys:
            total.update(forms[k])
        fixed = [v for v in total if v in known]
        names = [k for k in keys if k not in sites]
        if fixed:
            best = fixed[0]
        elif sites & set(keys) and names:  # the name as the archive writes it, as its own key reads it: "CTV News"
            best = canon[max(names, key=lambda k: (sum(forms[k].values()), k))]
        else:
            best = max(total, key=lambda v: (total[v], v[:1].isupper(), len(v), v))
        for k in keys:
            canon[k] = best
