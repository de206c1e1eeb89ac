"""Mention-level precision / recall / F1 per type against the gold: exact span match, and a lenient
score where an overlapping span of the same type counts (each gold mention matched at most once)."""
from __future__ import annotations

from collections import defaultdict

TYPES = ("person", "org", "place")

Span = tuple[int, int, str]  # start, end, type


def _lenient_tp(system: list[Span], gold: list[Span]) -> int:
    used: set[int] = set()
    tp = 0
    for s0, e0, t0 in sorted(system):
        for j, (s1, e1, t1) in enumerate(gold):
            if j not in used and t0 == t1 and s0 < e1 and s1 < e0:
                used.add(j)
                tp += 1
                break
    return tp


def count(system: dict[str, list[Span]], gold: dict[str, list[Span]]) -> dict[str, dict[str, list[int]]]:
    """{"exact"|"lenient": {type: [tp, n_system, n_gold]}} summed over the articles in ``gold``."""
    out = {mode: {t: [0, 0, 0] for t in TYPES} for mode in ("exact", "lenient")}
    for article, gold_spans in gold.items():
        sys_spans = system.get(article, [])
        for t in TYPES:
            g = [x for x in gold_spans if x[2] == t]
            s = [x for x in set(sys_spans) if x[2] == t]
            out["exact"][t][0] += len(set(g) & set(s))
            out["lenient"][t][0] += _lenient_tp(s, g)
            for mode in out:
                out[mode][t][1] += len(s)
                out[mode][t][2] += len(g)
    return out


def prf(tp: int, n_system: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_system if n_system else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "system": n_system, "gold": n_gold}


def score(system: dict[str, list[Span]], gold: dict[str, list[Span]]) -> dict[str, dict[str, dict]]:
    counts = count(system, gold)
    return {mode: {t: prf(*counts[mode][t]) for t in TYPES} for mode in counts}


def by_article(spans) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = defaultdict(list)
    for article, start, end, kind in spans:
        out[article].append((start, end, kind))
    return dict(out)
