"""Score one corpus split and print it: mention P/R/F1 (ours vs raw spaCy), facet precision, variants,
misfiled values, UK/US region roll-ups."""
from __future__ import annotations

from . import facets as fx
from .corpora import Corpus
from .mentions import TYPES, by_article, score
from .tagging import system_mentions, tag_corpus

TOP = 100
TOP_PEOPLE = 200
# Issue 11's targets for every held-out corpus.
MIN_TOP_PRECISION = {"person": 0.95, "org": 0.95, "place": 0.95, "country": 0.95, "region": 0.9}
RECALL_SLACK = 0.01  # mention recall may trail raw spaCy's by this much


def targets(result: dict) -> list[tuple[str, bool, str]]:
    """(target, met, detail) for issue 11's targets that this result can judge."""
    out = []
    for facet, minimum in MIN_TOP_PRECISION.items():
        p = result.get("facets", {}).get(facet, {}).get("precision")
        if p is not None:
            out.append((f"{facet} top-{TOP} precision", p >= minimum, f"{p:.3f} vs {minimum}"))
    if "variants" in result:
        triples = result["variants"]["triples"]
        out.append(("no unmerged person triples", triples == 0, f"{triples} triples"))
    for country, r in result.get("regions", {}).items():
        if r["places"]:
            out.append((f"{country} places roll up to a region", r["with_region"] > 0,
                        f"{r['with_region']}/{r['places']}"))
    for t in TYPES:
        ours = result.get("mentions", {}).get("newsfacet", {}).get("exact", {}).get(t)
        raw = result.get("mentions", {}).get("spacy", {}).get("exact", {}).get(t)
        if ours and raw and ours["gold"]:
            out.append((f"{t} mention precision >= spaCy", ours["precision"] >= raw["precision"],
                        f"{ours['precision']:.3f} vs {raw['precision']:.3f}"))
            out.append((f"{t} mention recall >= spaCy - {RECALL_SLACK}",
                        ours["recall"] >= raw["recall"] - RECALL_SLACK,
                        f"{ours['recall']:.3f} vs {raw['recall']:.3f}"))
    return out


def evaluate(corpus: Corpus, split: str) -> dict:
    records = corpus.split(split)
    if not records:
        return {"corpus": corpus.name, "split": split, "articles": 0}
    tagged = tag_corpus(records, f"{corpus.name}-{split}")
    articles = [t.article for t in tagged]
    annotated = corpus.annotated() & {r["id"] for r in records}
    gold = by_article((g.article, g.start, g.end, g.type) for g in corpus.gold if g.article in annotated)
    ours = {t.article.id: system_mentions(t) for t in tagged if t.article.id in annotated}
    raw = {t.article.id: t.raw for t in tagged if t.article.id in annotated}
    result: dict = {"corpus": corpus.name, "split": split, "articles": len(records),
                    "annotated_articles": len(annotated),
                    "gold_mentions": sum(len(v) for v in gold.values())}
    if gold:
        result["mentions"] = {"newsfacet": score(ours, gold), "spacy": score(raw, gold)}
    result["facets"] = {}
    for facet in fx.FACETS:
        top = fx.top_values(articles, facet, TOP)
        row = fx.judged_precision(top, facet, corpus.judged(split))
        row["top"] = top
        result["facets"][facet] = row
    people = [v for v, _ in fx.top_values(articles, "person", TOP_PEOPLE)]
    groups = fx.variant_groups(people)
    result["variants"] = {"pairs": sum(1 for g in groups if len(g) == 2),
                          "triples": sum(1 for g in groups if len(g) >= 3), "groups": groups}
    mis = fx.misfiled(articles)
    result["misfiled"] = {"count": len(mis), "values": mis}
    result["regions"] = fx.region_rollup(articles)
    result["targets"] = [{"target": name, "met": met, "detail": detail} for name, met, detail in targets(result)]
    return result


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def render(result: dict) -> str:
    lines = [f"== {result['corpus']} / {result['split']}: {result['articles']} articles, "
             f"{result.get('annotated_articles', 0)} with gold ({result.get('gold_mentions', 0)} mentions)"]
    if not result["articles"]:
        return lines[0]
    if "mentions" in result:
        lines.append(f"{'mentions':<8} {'newsfacet P/R/F1 exact':>24} {'spaCy P/R/F1 exact':>22}"
                     f" {'newsfacet lenient':>20} {'spaCy lenient':>20}")
        for t in TYPES:
            cells = []
            for who, mode in (("newsfacet", "exact"), ("spacy", "exact"), ("newsfacet", "lenient"),
                              ("spacy", "lenient")):
                s = result["mentions"][who][mode][t]
                cells.append(f"{s['precision']:.2f}/{s['recall']:.2f}/{s['f1']:.2f}")
            g = result["mentions"]["newsfacet"]["exact"][t]["gold"]
            lines.append(f"{t:<8} {cells[0]:>24} {cells[1]:>22} {cells[2]:>20} {cells[3]:>20}  (gold {g})")
    lines.append(f"{'facet':<8} {'top':>4} {'judged':>6} {'ok':>4} {'precision':>9} {'unjudged':>8}")
    for facet, row in result["facets"].items():
        lines.append(f"{facet:<8} {row['values']:>4} {row['judged']:>6} {row['ok']:>4} "
                     f"{_fmt(row['precision']):>9} {row['unjudged']:>8}")
    v = result["variants"]
    lines.append(f"unmerged people (top {TOP_PEOPLE}): {v['pairs']} pairs, {v['triples']} triples"
                 + (": " + "; ".join(" / ".join(g) for g in v["groups"][:8]) if v["groups"] else ""))
    m = result["misfiled"]
    lines.append(f"misfiled (one string, two facets): {m['count']}"
                 + (": " + "; ".join(f"{r['value']} {r['facets']}" for r in m["values"][:8]) if m["values"] else ""))
    regions = ", ".join(f"{k}: {r['with_region']}/{r['places']} with a region"
                        for k, r in result["regions"].items())
    lines.append(f"region roll-up: {regions}")
    missed = [t for t in result.get("targets", []) if not t["met"]]
    lines.append(f"issue-11 targets met: {len(result.get('targets', [])) - len(missed)}/{len(result.get('targets', []))}"
                 + ("; missed: " + "; ".join(f"{t['target']} ({t['detail']})" for t in missed) if missed else ""))
    return "\n".join(lines)


def compact(result: dict) -> dict:
    """The JSON form without the long value lists."""
    out = dict(result)
    out["facets"] = {f: {k: v for k, v in row.items() if k not in ("top", "unjudged_values")}
                     for f, row in result.get("facets", {}).items()}
    return out
