"""``make eval``: precision and recall per facet against the hand-checked gold under tests/gold/."""
from __future__ import annotations

import sys


def main() -> int:
    from .dates import evaluate as dates_eval
    from .entities import evaluate as entities_eval

    rows = entities_eval.run() + dates_eval.run()
    print(f"{'facet':<10} {'precision':>9} {'recall':>7} {'support':>8}")
    for row in rows:
        print(f"{row['facet']:<10} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['support']:>8}")
    from .extract import evaluate as html_eval

    print(html_eval.report())  # its own section: real web pages, newsfacet vs trafilatura in the same run
    return 0


if __name__ == "__main__":
    sys.exit(main())
