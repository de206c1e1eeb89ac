"""Event dates scored on the hand-made held-out gold (tests/gold/timex/handmade.jsonl; SOURCE.md there).

A separate entry point rather than a flag of timex_eval, so that it merges beside the ``--platinum``
work on timex_eval.py without touching it: same scorer, same two views, same taggers. Its errors are
never printed, so the set stays unseen by whoever tunes the rules.

``python -m indexer.dates.timex_handmade [--baselines]``
"""
from __future__ import annotations

import sys

from indexer.dates import timex_eval

HANDMADE = timex_eval.GOLD.with_name("handmade.jsonl")


def scores(tagger: timex_eval.Tagger = timex_eval.newsfacet_tagger) -> dict[str, timex_eval.Score]:
    """{"all spans": ..., "single days": ...} for one tagger over every hand-made document."""
    docs = timex_eval.load(HANDMADE)
    emitted = tagger(docs)
    return {"all spans": timex_eval.score(docs, emitted),
            "single days": timex_eval.score(*timex_eval.day_only(docs, emitted))}


def main(argv: list[str]) -> int:
    taggers = [("newsfacet", timex_eval.newsfacet_tagger)]
    if "--baselines" in argv:
        taggers += [("search_dates", timex_eval.search_dates_tagger),
                    ("spacy+dateparser", timex_eval.spacy_dateparser_tagger)]
    for name, tagger in taggers:
        for view, s in scores(tagger).items():
            print(f"-- {view}")
            timex_eval._report(name, {"handmade": s}, errors=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
