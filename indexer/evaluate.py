"""``make eval``: precision and recall per facet against the hand-checked gold under tests/gold/, then the
real-archive evaluation (indexer.realeval) on the corpora under eval/corpora/.

The real-archive part scores the ``dev`` split unless NEWSFACET_EVAL_SPLIT says ``heldout`` (the final
score, run once at the end) or ``all``.
"""
from __future__ import annotations

import os
import sys


def main() -> int:
    from .dates import evaluate as dates_eval
    from .entities import evaluate as entities_eval

    rows = entities_eval.run() + dates_eval.run()
    print(f"{'facet':<10} {'precision':>9} {'recall':>7} {'support':>8}")
    for row in rows:
        print(f"{row['facet']:<10} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['support']:>8}")
    from .extract import evaluate as html_eval

    print(html_eval.report(), flush=True)  # its own section: real web pages, newsfacet vs trafilatura in the same run
    split = os.environ.get("NEWSFACET_EVAL_SPLIT", "dev")
    print(f"\nreal archives, {split} split (NEWSFACET_EVAL_SPLIT=heldout for the final score)", flush=True)
    from .realeval.__main__ import main as realeval

    status = realeval(["--split", split])
    print("\nthe indexing path (one article per file, chunked) against what was scored, largest parts:", flush=True)
    from .realeval.fidelity import main as fidelity

    return status or fidelity(["--split", "dev" if split == "all" else split, "--largest", "2"])


if __name__ == "__main__":
    sys.exit(main())
