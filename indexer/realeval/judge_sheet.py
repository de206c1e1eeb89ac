"""A judging sheet: the top-100 values of each facet that no judgment covers yet, with the sentences they came
from, so a person can judge each value as a journalist would read the facet list.

``python -m indexer.realeval.judge_sheet --corpus NAME [--split heldout] [--out FILE]`` writes Markdown: per
facet, each unjudged value with its article count, its rank, and up to ``--examples`` sentences (the mention
marked with [[...]]) from different articles, spread over the articles that carry the value. Judgments then go
into the corpus's judgments.jsonl as ``{"facet", "value", "ok", "why", "split"}`` rows (eval/README.md).

Kept in the repository (not beside it) because every round of issue 11 judges the values a change brings into
a top-100, and the sheet must be built the same way each time, on any machine.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict

from . import facets as fx
from .corpora import load_corpus
from .report import TOP
from .tagging import tag_corpus

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘A-Z0-9])")


def _sentence(text: str, start: int, end: int, width: int = 260) -> str:
    """The sentence around text[start:end], the mention marked, cut to about ``width`` characters."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    hi = len(text)
    m = _SENTENCE_END.search(text, end)
    if m:
        hi = m.start()
    lo, hi = max(lo, start - width // 2), min(hi, end + width // 2)
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " ")


def _value_of(mention, facet: str) -> str | None:
    if facet in ("region", "country"):
        if mention.kind != "place":
            return None
        return mention.region if facet == "region" else mention.country
    return mention.value if mention.kind == facet else None


def sheet(corpus_name: str, split: str, examples: int, only_unjudged: bool = True,
          only: set[tuple[str, str]] | None = None) -> str:
    """The sheet's Markdown; ``only`` limits it to those (facet, value) pairs (a round's newcomers)."""
    corpus = load_corpus(corpus_name)
    records = corpus.split(split)
    tagged = tag_corpus(records, f"{corpus.name}-{split}")
    articles = [t.article for t in tagged]
    judged = corpus.judged(split)
    lines = [f"# Judging sheet: {corpus_name}, {split} ({len(articles)} articles)", "",
             "For each value: ok = a journalist ticking it in this facet gets what the name says in (nearly) all",
             "its articles; wrong = mostly something else (say what). Sentences mark the mention as [[...]].", ""]
    for facet in fx.FACETS:
        top = fx.top_values(articles, facet, TOP)
        todo = [(rank, v, n) for rank, (v, n) in enumerate(top, 1)
                if (not only_unjudged or (facet, v) not in judged) and (only is None or (facet, v) in only)]
        lines.append(f"## {facet} ({len(todo)} of {len(top)} to judge)")
        lines.append("")
        wanted = {v for _, v, _ in todo}
        found: dict[str, list[str]] = defaultdict(list)
        for a in articles:
            seen_here: set[str] = set()
            for m in a.mentions:
                v = _value_of(m, facet)
                if v in wanted and v not in seen_here:
                    seen_here.add(v)
                    found[v].append(f"({a.id}, {m.kind} '{m.value}'"
                                    + (f" -> {m.region or '-'} / {m.country or '-'}" if m.kind == "place" else "")
                                    + f") {_sentence(a.paragraphs[m.paragraph].text, m.start, m.end)}")
        for rank, v, n in todo:
            lines.append(f"### {facet} | {v} | {n} articles | rank {rank}")
            shown = found.get(v, [])
            step = max(1, len(shown) // examples) if shown else 1
            for s in shown[::step][:examples]:
                lines.append(f"- {s}")
            lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m indexer.realeval.judge_sheet", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    ap.add_argument("--examples", type=int, default=4)
    ap.add_argument("--all", action="store_true", help="list judged values too")
    ap.add_argument("--out", help="write here instead of stdout")
    ap.add_argument("--only", metavar="FILE", help="judge only these values: lines 'facet|value' (a round's newcomers)")
    args = ap.parse_args(argv)
    only = None
    if args.only:
        with open(args.only, encoding="utf-8") as fh:
            only = {tuple(line.rstrip("\n").split("|", 1)) for line in fh if "|" in line}
    text = sheet(args.corpus, args.split, args.examples, only_unjudged=not args.all, only=only)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
