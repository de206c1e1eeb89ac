"""Which resolution path produced each emitted date, and how precise each path is across every seen gold set.

Precision on fresh text is where the event dates fall short, so each emitted day is labelled with the path
that placed it -- an explicit date, a month-day without year (and which way the clause's tense pointed), a
weekday (past cue / future cue / none / last-next-this), a relative day word, a holiday -- plus two flags: the
word stands inside a quotation ("+q", the speaker's day, not publication's), or a month-day follows an
explicit other year in the same or the previous paragraph ("+narr", a story about past events). The label is
read back from the mention and the same tense cue the resolver uses (tense.direction), so it is the path's
reading, not a second resolver.

``python -m indexer.dates.paths [--errors PATH_REGEX]`` prints, for both views (single days; all spans),
correct / wrong day / spurious per path over the SEEN sets only (a fresh set under annotation is never read:
only the names below are loaded).

Round 9 (issue 14) measured abstention with it: a path whose precision is p, removed, raises F1 only when
p < F1/2 (about .47 here); choosing the paths to drop leave-one-set-out (on all sets but one, by their pooled
F1) picked at most one path of 5 mentions (quoted "yesterday"), which changed no held-out set (with 3 mentions
allowed, quoted "today" once, costing handmade .971 -> .964). The nearest candidate, every quoted day word,
raises single-day precision on 4 sets (handmade2/4/5/6) but lowers pooled F1 .938 -> .933; dropping every
"today" or every forward-cued weekday costs far more. So no path abstains: precision has to come from
resolving paths right (e.g. quoted.py's speaker's day), not from dropping them. Round 10 repeated it with
handmade7 seen (11 sets): the only path ever chosen is quoted "today" with a past cue, picked only when handmade is
held out, and it costs handmade (single days .971 -> .964); so still no path abstains. Round 11, with handmade8
seen (12 sets), both views, 3 or 5 mentions allowed: the same single choice, only with handmade held out (single
days .977 -> .970); no path abstains. Round 12: handmade9 is seen (13 sets); handmade10, being annotated, is
refused. Round 13: handmade10 is seen (14 sets); handmade11, being annotated, is refused (not in SEEN). Round 14:
handmade11 is seen (15 sets); handmade12, being annotated, is refused. Round 15: handmade12 is seen (16 sets);
handmade13, being annotated, is refused. After round 15 handmade13 was scored fresh and is seen (17 sets). Round 16
ran with handmade14 refused; it was then scored fresh (before and after the round) and is seen (18 sets); a name
outside SEEN (the next fresh set) is refused. Round 17 ran with handmade15 refused; it was then scored fresh and is
seen (19 sets). handmade16 was scored fresh with round 17's rules and is seen (20 sets).
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date

from indexer.dates import timex_eval
from indexer.dates.named_days import NAMED_DAY_RE
from indexer.dates.patterns import MONTH

# Every set already scored and studied; a set being annotated as fresh is deliberately not listed.
SEEN = ("tbaq-dev", "tbaq-held", "platinum", "handmade", "handmade2", "handmade3", "meantime", "handmade4",
        "handmade5", "handmade6", "handmade7", "handmade8", "handmade9", "handmade10", "handmade11", "handmade12",
        "handmade13", "handmade14", "handmade15", "handmade16")

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_NUMERIC = re.compile(r"\d+[/-]\d+[/-]\d+")
_MONTH_DAY = re.compile(rf"\b(?:{MONTH})\.?\s+\d|\d+(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b", re.I)
_DAY_WORD = re.compile(r"\b(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b", re.I)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)
_WEEKDAY_MOD = re.compile(r"\b(?:last|next|this|coming|past)\b", re.I)


def _quoted(before: str) -> str:
    """ "+q" when the paragraph up to the mention has an open quotation (straight or curly quotes)."""
    return "+q" if before.count('"') % 2 or before.count("“") > before.count("”") else ""


def path_of(paragraphs: list[str], p: int, start: int, end: int, first: str, last: str, base: date) -> str:
    """The path label of one emitted mention (paragraph ``p``, chars start..end, days first..last)."""
    from indexer.dates.resolve import clean
    from indexer.dates.tense import direction

    text = paragraphs[p]
    span = text[start:end]
    before, after = text[max(0, start - 240):start], text[end:end + 160]
    s = clean(span)
    if first != last:
        unit = ("week" if re.search(r"\bweek\b", s) else "weekend" if "weekend" in s else "explicit" if _YEAR.search(span)
                else "month" if re.search(MONTH, s, re.I) else "period" if re.search(r"\b(?:year|month|quarter|half)\b", s)
                else "other")
        return "span:" + unit
    if _YEAR.search(span) or _NUMERIC.search(span):
        return "explicit-ymd"
    if re.fullmatch(r"[0-3]?\d", span) and re.match(r"\s*\)", text[end:]):
        return "bracketed-day"  # "today (03)": the number alone (bracketed.py)
    way = direction(before, s, after=after) or "uncued"
    if _MONTH_DAY.search(s):
        earlier = _YEAR.findall((paragraphs[p - 1] if p else "") + " " + text[:start])
        narrative = earlier and int(earlier[-1]) not in (base.year, int(first[:4]))
        return f"md-noyear-{way}" + ("+narr" if narrative else "")
    if NAMED_DAY_RE.search(span):
        return "holiday"
    if w := _DAY_WORD.search(s):
        word = w.group(1).lower()
        word = {"tonight": "today", "last night": "yesterday"}.get(word, "today" if word.startswith("this") else word)
        return f"dayword-{word}-{way}" + _quoted(text[:start])
    if _WEEKDAY.search(s):
        return "weekday-modified" if _WEEKDAY_MOD.search(s) else f"weekday-{way}" + _quoted(text[:start])
    return "other-day"


def load_seen(name: str) -> list[dict]:
    """Documents of one seen set (refuses any other name, so a fresh set cannot be read by mistake)."""
    from indexer.dates import timex_handmade

    if name not in SEEN:
        raise ValueError(f"{name!r} is not a seen set")
    if name.startswith("tbaq-"):
        return timex_eval.load(subset={"tbaq-dev": "dev", "tbaq-held": "heldout"}[name])
    return timex_eval.load(timex_eval.FRESH if name == "platinum" else timex_handmade.SETS[name])


def outcomes(docs: list[dict], emitted: list[list[timex_eval.Emitted]]) -> Iterator[tuple[dict, timex_eval.Emitted, str]]:
    """(document, mention, "ok" | "wrong" | "spurious" | "neutral") with timex_eval.score's matching: a mention
    over a scored TIMEX3 it does not match is a wrong day, over none (or a non-date one) spurious."""
    for doc, mentions in zip(docs, emitted):
        used: set[int] = set()
        for t in doc["timexes"]:
            if t["kind"] == "scored":
                used.update(i for i, m in enumerate(mentions) if m[0] == t["p"] and m[1] < t["end"] and t["start"] < m[2]
                            and timex_eval._matches(m, t))
        for i, m in enumerate(mentions):
            over = [t for t in doc["timexes"] if t["p"] == m[0] and t["start"] < m[2] and m[1] < t["end"]]
            if i in used:
                yield doc, m, "ok"
            elif over and all(t["kind"] == "neutral" for t in over):
                yield doc, m, "neutral"
            else:
                yield doc, m, "wrong" if any(t["kind"] == "scored" for t in over) else "spurious"


def main(argv: list[str]) -> int:
    show = argv[argv.index("--errors") + 1] if "--errors" in argv and argv.index("--errors") + 1 < len(argv) else None
    tagged = {name: (docs := load_seen(name), timex_eval.newsfacet_tagger(docs)) for name in SEEN}
    for view in ("single days", "all spans"):
        table: dict[str, Counter] = defaultdict(Counter)
        per_set: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        for name, (docs, emitted) in tagged.items():
            if view == "single days":
                docs, emitted = timex_eval.day_only(docs, emitted)
            for doc, m, outcome in outcomes(docs, emitted):
                path = path_of(doc["paragraphs"], m[0], m[1], m[2], m[3], m[4], date.fromisoformat(doc["dct"]))
                table[path][outcome] += 1
                per_set[path][name][outcome] += 1
                if show and view == "single days" and outcome in ("wrong", "spurious") and re.fullmatch(show, path):
                    print(f"  {outcome} {name} dct={doc['dct']} -> {m[3]} | {timex_eval._context(doc, m[0], m[1], m[2])}")
        print(f"-- {view}\n{'path':32} {'ok':>4} {'wrong':>5} {'spur':>4} {'P':>6}  errors per set (ok/errors)")
        for path in sorted(table, key=lambda k: -sum(table[k].values())):
            c = table[path]
            n = c["ok"] + c["wrong"] + c["spurious"]
            sets = ", ".join(f"{s}:{v['ok']}/{v['wrong'] + v['spurious']}" for s, v in per_set[path].items()
                             if v["wrong"] + v["spurious"])
            print(f"{path:32} {c['ok']:4} {c['wrong']:5} {c['spurious']:4} {c['ok'] / n if n else 0:6.3f}  {sets}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
