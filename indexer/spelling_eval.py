"""Does name-spelling expansion (issue 15) leave ordinary searches alone on a real archive?

    python -m indexer.spelling_eval --corpus reuters21578 --split dev --articles 300 [--json]

Indexes ``--articles`` articles of one split of an evaluation corpus (eval/corpora/, real NER) into a
temporary directory, then searches (1) the corpus's 200 most common words and (2) every word of every
entity facet value, and lists each search that was expanded with what it also searched. An expansion of
a word that is mostly written in lower case in the corpus is counted as wrong (an ordinary word); the
expansions of names are listed for a person to judge. Dev while building, held-out once at the end.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import tempfile
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def write_subset(corpus: str, split: str, n: int, out: Path) -> int:
    rows = []
    path = CORPORA / corpus / "articles.jsonl.gz"
    opener = gzip.open if path.exists() else open
    with opener(path if path.exists() else path.with_suffix(""), "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("split") == split:
                rows.append(rec)
            if len(rows) >= n:
                break
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def evaluate(index_dir: Path) -> dict:
    from search.engine import Engine
    from search.store import Store

    counts: collections.Counter = collections.Counter()
    upper: collections.Counter = collections.Counter()
    with Store(index_dir, readonly=True) as store:
        for a in store.iter_articles():
            for text in [a.title or "", *(p.text for p in a.paragraphs)]:
                for w in re.findall(r"[^\W\d_]+", text):
                    if w.isupper() and len(w) > 1:
                        continue  # headlines and datelines in capitals say nothing about a word's case
                    counts[w.lower()] += 1
                    upper[w.lower()] += w[:1].isupper()
        values = {v for _, v, _ in store.mention_spellings()}
        spellings = len(store.name_variants())
    common = [w for w, _ in counts.most_common(200)]
    name_words = sorted({w.lower() for v in values for w in re.findall(r"[^\W\d_]+", v)} - set(common))
    found: dict[str, dict] = {}
    wrong = []
    with Engine(index_dir) as engine:
        for group, words in (("common", common), ("name words", name_words)):
            for w in words:
                answer = engine.search({"q": [w], "per_page": ["1"]})
                if not answer["expanded"]:
                    continue
                exact = engine.search({"q": [w], "per_page": ["1"], "exact": ["1"]})["total"]
                ordinary = upper[w] * 2 < counts[w]
                found[w] = {"group": group, "also": answer["expanded"], "total": answer["total"], "exact_total": exact,
                            "ordinary": ordinary}
                if ordinary:
                    wrong.append(w)
    return {"articles": sum(1 for _ in Store(index_dir, readonly=True).iter_articles()), "spellings": spellings,
            "common_words": len(common), "common_expanded": sum(1 for f in found.values() if f["group"] == "common"),
            "name_words": len(name_words), "name_words_expanded": sum(1 for f in found.values() if f["group"] != "common"),
            "ordinary_words_expanded": wrong, "expansions": found}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m indexer.spelling_eval", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", default="reuters21578")
    p.add_argument("--split", default="dev", choices=("dev", "heldout"))
    p.add_argument("--articles", type=int, default=300)
    p.add_argument("--index", type=Path, default=None, help="keep the index here (default: a temporary directory)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    from .pipeline import index_paths

    with tempfile.TemporaryDirectory(prefix="spelling-eval-") as tmp:
        index_dir = args.index or Path(tmp) / "index"
        src = Path(tmp) / f"{args.corpus}-{args.split}.jsonl"
        write_subset(args.corpus, args.split, args.articles, src)
        if not (index_dir / "store.sqlite3").exists():
            index_paths([src], index_dir)
        else:  # an index kept from an earlier run: only the spellings table is rebuilt (no NLP)
            from search.store import Store

            from .variants import refresh

            with Store(index_dir) as store:
                refresh(store)
        report = evaluate(index_dir)
    report.update(corpus=args.corpus, split=args.split)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(f"{args.corpus} {args.split}: {report['articles']} articles, {report['spellings']} spellings in the store")
        print(f"the 200 most common words: {report['common_expanded']} expanded; words of entity names: "
              f"{report['name_words_expanded']} of {report['name_words']} expanded; ordinary words expanded: "
              f"{report['ordinary_words_expanded'] or 'none'}")
        for w, f in report["expansions"].items():
            print(f"  {w!r} ({f['group']}): {f['exact_total']} -> {f['total']} articles, also {f['also']}")
    return 1 if report["ordinary_words_expanded"] else 0


if __name__ == "__main__":
    sys.exit(main())
