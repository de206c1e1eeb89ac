"""Does ``newsfacet index`` store what the real-archive evaluation scored?

The evaluation tags a split in memory and links it as one corpus (tagging.py). A newsroom's archive reaches
the product as files, often one article per page, written by the pipeline in chunks. This check writes a
split one article per file (the hardest layout: most files, most chunks), indexes it with
``index_paths`` into a temporary directory with a small chunk size, and compares every article's person, org
and place mentions (offsets, kind, value, label) with the evaluation's. spaCy's answers come from the
evaluation's NER cache: NER is a pure function of the paragraph text, so only the path after it is tested.

    python -m indexer.realeval.fidelity [--split dev|heldout] [--corpus NAME ...] [--largest N] [--chunk N] [--runs N]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

KINDS = ("person", "org", "place")


@contextmanager
def _cached_ner(texts: list[str], cache_name: str):
    """The pipeline's NER answered from the evaluation's cache (filled for these texts first)."""
    import indexer.pipeline as pipeline

    from .tagging import ner_with_cache

    answers = dict(zip(texts, ner_with_cache(texts, cache_name)))

    def ner_spans(stream, batch_size: int = 64, n_process: int = 1):
        for text in stream:
            yield answers[text]

    with mock.patch.object(pipeline, "ner_spans", ner_spans):
        yield


def _stored(index_dir: Path) -> dict[int, list[tuple]]:
    """Each stored article's mentions by its position in the split (its file's name)."""
    from search.store import Store

    store = Store(index_dir, readonly=True)
    try:
        out: dict[int, list[tuple]] = {}
        for article in store.iter_articles():
            n = int(Path(article.origin_path or "").stem)
            out[n] = [(m.paragraph, m.start, m.end, m.kind, m.value, m.label) for m in article.mentions
                      if m.kind in KINDS]
        return out
    finally:
        store.close()


def check(corpus, split: str, chunk: int = 50, runs: int = 1) -> dict:
    """{corpus, split, runs, articles, identical, differ, example}: the pipeline's mentions against
    tag_corpus's. ``runs`` > 1: the files are indexed in that many runs, in order (an archive that grows)."""
    import indexer.pipeline as pipeline

    from .tagging import build_articles, tag_corpus

    records = [r for r in corpus.articles if r["split"] == split]
    cache_name = f"{corpus.name}-{split}"
    tagged = tag_corpus(records, cache_name)
    texts = [p.text for a in build_articles(records) for p in a.paragraphs]
    with tempfile.TemporaryDirectory(prefix="newsfacet-fidelity-") as tmp:
        folders = [Path(tmp) / f"run{r}" for r in range(runs)]
        for folder in folders:
            folder.mkdir()
        width = len(str(len(records)))
        for n, record in enumerate(records):
            folder = folders[n * runs // len(records)]
            (folder / f"{n:0{width}d}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")
        with _cached_ner(texts, cache_name), mock.patch.object(pipeline, "CHUNK_ARTICLES", chunk):
            for folder in folders:
                pipeline.index_paths([folder], Path(tmp) / "index")
        stored = _stored(Path(tmp) / "index")
    differ = [n for n, t in enumerate(tagged)
              if stored.get(n, []) != [(m.paragraph, m.start, m.end, m.kind, m.value, m.label)
                                       for m in t.article.mentions if m.kind in KINDS]]
    return {"corpus": corpus.name, "split": split, "runs": runs, "articles": len(records), "identical": len(records) - len(differ),
            "differ": len(differ), "example": records[differ[0]]["id"] if differ else None}


def render(row: dict) -> str:
    verdict = "identical" if not row["differ"] else f"{row['differ']} differ (first: {row['example']})"
    runs = "one run" if row["runs"] == 1 else f"{row['runs']} runs"
    return (f"  {row['corpus']:<22} {row['split']:<8} {row['articles']:>5} articles, one per file, {runs}: "
            f"indexed mentions vs evaluated: {verdict}")


def largest(names: list[str], split: str, n: int) -> list:
    from .corpora import load_corpus

    corpora = [load_corpus(name) for name in names]
    size = {c.name: sum(r["split"] == split for r in c.articles) for c in corpora}
    return sorted(corpora, key=lambda c: -size[c.name])[:n]


def main(argv: list[str] | None = None) -> int:
    from .corpora import corpus_names

    parser = argparse.ArgumentParser(prog="python -m indexer.realeval.fidelity", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=("dev", "heldout"))
    parser.add_argument("--corpus", action="append", help="a corpus under eval/corpora (repeatable)")
    parser.add_argument("--largest", type=int, default=3, help="without --corpus: the N largest splits")
    parser.add_argument("--chunk", type=int, default=50, help="articles per pipeline chunk (default 50)")
    parser.add_argument("--runs", type=int, default=1,
                        help="index the files in this many runs, in order (default 1); runs meet only through the "
                             "people and bodies the archive already holds, so some articles differ")
    args = parser.parse_args(argv)
    corpora = largest(args.corpus or corpus_names(), args.split, len(args.corpus or []) or args.largest)
    failed = 0
    for corpus in corpora:
        row = check(corpus, args.split, args.chunk, max(1, args.runs))
        print(render(row), flush=True)
        failed += bool(row["differ"]) and row["runs"] == 1  # several runs are expected to differ somewhat
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
