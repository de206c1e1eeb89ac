"""Precision and recall of the entity facets against the hand-checked gold in tests/gold/entities.jsonl.

Each gold record names a paragraph by an anchor substring (plus the article's source when the same words
appear in a syndicated copy) and one mention in it: text as written, kind, canonical value, and for places
region and country. ``split`` is "dev" for paragraphs the rules were tuned on and "heldout" for articles
annotated before the system was run on them. A paragraph in the gold is annotated in full, so every system value there that the gold
lacks is a false positive. Scoring is per paragraph over distinct values, facet by facet -- what a
journalist sees when the paragraph's article is filtered by that facet value.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "entities.jsonl"
FACETS = ("person", "org", "place", "region", "country")


def load_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def locate(articles, anchor: str, source: str | None = None) -> tuple[int, int] | None:
    """(article index, paragraph index) of the first paragraph containing ``anchor``."""
    for ai, article in enumerate(articles):
        if source and article.source != source:
            continue
        for para in article.paragraphs:
            if anchor in para.text:
                return ai, para.n
    return None


def facet_values(mentions) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {f: set() for f in FACETS}
    for m in mentions:
        if m.kind in ("person", "org", "place"):
            out[m.kind].add(m.value)
        if m.kind == "place":
            if m.region:
                out["region"].add(m.region)
            if m.country:
                out["country"].add(m.country)
    return out


def gold_values(records) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {f: set() for f in FACETS}
    for r in records:
        if not r.get("kind"):
            continue
        out[r["kind"]].add(r["value"])
        if r["kind"] == "place":
            if r.get("region"):
                out["region"].add(r["region"])
            if r.get("country"):
                out["country"].add(r["country"])
    return out


def score(articles, gold: list[dict]) -> tuple[list[dict], list[tuple]]:
    """Rows per facet and the disagreements (facet, paragraph anchor, missing, spurious)."""
    by_para: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for record in gold:
        where = locate(articles, record["anchor"], record.get("source"))
        if where is None:
            raise ValueError(f"gold anchor not found in the seeds: {record['anchor'][:80]!r}")
        by_para[where].append(record)
    counts = {f: [0, 0, 0] for f in FACETS}  # tp, fp, fn
    errors = []
    for (ai, pi), records in by_para.items():
        system = facet_values(m for m in articles[ai].mentions if m.paragraph == pi)
        expected = gold_values(records)
        for f in FACETS:
            tp = system[f] & expected[f]
            counts[f][0] += len(tp)
            counts[f][1] += len(system[f] - expected[f])
            counts[f][2] += len(expected[f] - system[f])
            if system[f] != expected[f]:
                errors.append((f, records[0]["anchor"][:60], sorted(expected[f] - system[f]),
                               sorted(system[f] - expected[f])))
    rows = []
    for f in FACETS:
        tp, fp, fn = counts[f]
        rows.append({"facet": f, "precision": tp / (tp + fp) if tp + fp else 1.0,
                     "recall": tp / (tp + fn) if tp + fn else 1.0, "support": tp + fn})
    return rows, errors


def run() -> list[dict]:
    """Rows {facet, precision, recall, support} over the gold paragraphs of the tagged seed corpus."""
    from .corpus import tagged_seeds

    rows, _ = score(list(tagged_seeds()), load_gold())
    return rows


def main() -> None:  # python -m indexer.entities.evaluate [-v]: the numbers, and with -v every disagreement
    import sys

    from .corpus import tagged_seeds

    articles, gold = list(tagged_seeds()), load_gold()
    rows, errors = score(articles, gold)
    if "-v" in sys.argv:
        for e in errors:
            print(*e, sep=" | ")
    for split in ("all", "dev", "heldout"):
        part = gold if split == "all" else [r for r in gold if r.get("split") == split]
        print(f"-- {split}: {sum(1 for r in part if r.get('kind'))} mentions")
        for row in score(articles, part)[0]:
            print(f"{row['facet']:<8} P={row['precision']:.3f} R={row['recall']:.3f} n={row['support']}")


if __name__ == "__main__":
    main()
