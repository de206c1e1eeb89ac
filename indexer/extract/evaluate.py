"""Real-page evaluation of HTML extraction: newsfacet vs trafilatura 2.3.1, same pages, same run.

Pages: ``tests/gold/html_pages/pages.jsonl.xz`` (article pages of WCXB, CC-BY-4.0; see SOURCE.md there),
part "dev" (tuned on), part "heldout" (scored once, then tuned on too, so it counts as seen) and part
"heldout2" (a fresh held-out of further WCXB test-split articles, scored once at the end). Per part:

- text: token-level precision / recall / F1 of the bag of lowercased word tokens of the extracted text
  against the gold main text, averaged over pages; "lost" = pages where nothing was extracted;
- title: exact (whitespace-normalised) and normalised (case, punctuation, Unicode forms) match;
- pub day: the day given equals the gold publication day, over the pages whose gold has one;
- source faults (no gold names the outlet): pages whose source is missing, or is no name at all: the gold
  headline or a link (``page_source.py``).

trafilatura is run with its defaults and with a grid of its documented knobs; "best" is the grid setting
with the highest dev F1, reported on every part. ``python -m indexer.extract.evaluate [dev|heldout|heldout2]``.
"""
from __future__ import annotations

import json
import lzma
import re
import sys
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

PAGES = Path(__file__).resolve().parents[2] / "tests" / "gold" / "html_pages" / "pages.jsonl.xz"
PARTS = ("dev", "heldout", "heldout2")
GRID = {
    "defaults": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "no_comments": {"include_comments": False},
    "no_comments+precision": {"include_comments": False, "favor_precision": True},
    "no_comments+recall": {"include_comments": False, "favor_recall": True},
}
_TOKEN = re.compile(r"\w+")
_LINK = re.compile(r"(?i)^(?:https?://|www\.)\S+$")


def load_pages(part: str | None = None) -> list[dict]:
    with lzma.open(PAGES, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    # A page whose gold text is empty (one held-out page) cannot score text: it is left out.
    return [r for r in rows if (part is None or r["part"] == part) and (r.get("text") or "").strip()]


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    pred, ref = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(gold.lower()))
    if not pred or not ref:
        return (0.0, 0.0, 0.0) if pred or ref else (1.0, 1.0, 1.0)
    overlap = sum((pred & ref).values())
    p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def newsfacet(page: dict) -> dict:
    from indexer.dates import infer_published
    from indexer.extract import SkipFile, extract_file

    try:
        fx = extract_file(Path(f"{page['id']}.html"), page["html"].encode("utf-8"), {})
    except SkipFile:
        return {"text": "", "title": None, "published": None}
    for article in fx.articles:
        infer_published(article, fx.articles)  # what the indexing pipeline does next
    main = fx.articles[0]
    return {"text": "\n".join(p.text for p in main.paragraphs), "title": main.title,
            "published": main.published, "published_source": main.published_source,
            "title_from": main.metadata.get("title_from"), "source": main.source}


def trafilatura_run(page: dict, options: dict, meta) -> dict:
    import trafilatura

    text = trafilatura.extract(page["html"], **options) or ""
    return {"text": text, "title": meta.title if meta else None, "published": (meta.date or None) if meta else None,
            "source": meta.sitename if meta else None}


def source_fault(source: str | None, page: dict) -> bool:
    """A page's source that names no outlet: none, the gold headline, or a link. (A Twitter handle is often the
    outlet's name too, "NPR", "PCWorld": not counted.)"""
    from .page_title import _agrees

    return not source or bool(page.get("title") and _agrees(source, page["title"])) or bool(_LINK.match(source))


def score(outputs: list[dict], pages: list[dict]) -> dict:
    prf = [token_prf(o["text"] or "", p["text"]) for o, p in zip(outputs, pages)]
    n = len(pages)
    titled = [(o, p) for o, p in zip(outputs, pages) if p.get("title")]
    dated = [(o, p) for o, p in zip(outputs, pages) if p.get("published")]
    return {
        "pages": n,
        "precision": sum(x[0] for x in prf) / n, "recall": sum(x[1] for x in prf) / n,
        "f1": sum(x[2] for x in prf) / n,
        "lost": sum(1 for o in outputs if not (o["text"] or "").strip()),
        "title_exact": sum(1 for o, p in titled if " ".join((o["title"] or "").split()) == " ".join(p["title"].split())),
        "title_norm": sum(1 for o, p in titled if norm_title(o["title"]) == norm_title(p["title"])),
        "titles": len(titled),
        "day_right": sum(1 for o, p in dated if (o["published"] or "")[:10] == p["published"][:10]),
        "day_wrong": sum(1 for o, p in dated if o["published"] and o["published"][:10] != p["published"][:10]),
        "dated": len(dated),
        "day_given_undated": sum(1 for o, p in zip(outputs, pages) if not p.get("published") and o["published"]),
        "source_faults": sum(1 for o, p in zip(outputs, pages) if source_fault(o.get("source"), p)),
    }


def run(parts=PARTS) -> dict[str, dict[str, dict]]:
    """{part: {system: scores}}; systems: newsfacet, trafilatura defaults, each grid setting, and "best"."""
    import trafilatura

    results: dict[str, dict[str, dict]] = {}
    outputs_by_part: dict[str, dict[str, list[dict]]] = {}
    for part in parts:
        pages = load_pages(part)
        outs: dict[str, list[dict]] = {"newsfacet": [newsfacet(p) for p in pages]}
        metas = []
        for p in pages:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                metas.append(trafilatura.extract_metadata(p["html"]))
        for name, options in GRID.items():
            outs[f"trafilatura {name}"] = [trafilatura_run(p, options, m) for p, m in zip(pages, metas)]
        outputs_by_part[part] = outs
        results[part] = {name: score(o, pages) for name, o in outs.items()}
    # "best": the grid setting with the highest dev F1 (or this part's own best when dev is not run).
    ref = results.get("dev") or next(iter(results.values()))
    best = max((k for k in ref if k.startswith("trafilatura ")), key=lambda k: ref[k]["f1"])
    for part in results:
        results[part]["trafilatura best (" + best.split(" ", 1)[1] + ")"] = results[part][best]
    return results


def report(parts=PARTS) -> str:
    results = run(parts)
    lines = ["", "HTML extraction on real article pages (tests/gold/html_pages, WCXB articles; token F1 per page)"]
    for part, systems in results.items():
        lines.append(f"  {part}:")
        lines.append(f"    {'system':<40} {'P':>6} {'R':>6} {'F1':>6} {'lost':>5} {'title':>11} {'title~':>11} "
                     f"{'pub day':>11} {'wrong':>6} {'src faults':>10}")
        for name, s in systems.items():
            lines.append(
                f"    {name:<40} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['lost']:>5} "
                f"{s['title_exact']:>5}/{s['titles']:<5} {s['title_norm']:>5}/{s['titles']:<5} "
                f"{s['day_right']:>5}/{s['dated']:<5} {s['day_wrong']:>6} {s['source_faults']:>5}/{s['pages']:<4}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(tuple(sys.argv[1:]) or PARTS))
