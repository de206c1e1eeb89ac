"""python -m indexer.realeval [--split dev|heldout|all] [--corpus NAME ...] [--json] [--full]"""
from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    from .corpora import CorpusError, corpus_names, load_corpus
    from .report import compact, evaluate, render

    parser = argparse.ArgumentParser(prog="python -m indexer.realeval", description=__doc__)
    parser.add_argument("--split", default="dev", choices=("dev", "heldout", "all"),
                        help="dev while building (default); heldout for the final score")
    parser.add_argument("--corpus", action="append", help="a corpus under eval/corpora (repeatable)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--full", action="store_true", help="with --json: include every top value")
    args = parser.parse_args(argv)
    names = args.corpus or corpus_names()
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    results = []
    for name in names:
        try:
            corpus = load_corpus(name)
        except (CorpusError, OSError) as exc:
            print(f"realeval: {exc}", file=sys.stderr)
            return 2
        for split in splits:
            result = evaluate(corpus, split)
            results.append(result)
            if not args.json:
                print(render(result), flush=True)
    if args.json:
        print(json.dumps(results if args.full else [compact(r) for r in results], indent=1, default=list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
