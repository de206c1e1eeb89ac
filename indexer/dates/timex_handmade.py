"""Event dates scored on the hand-made held-out gold (tests/gold/timex/handmade.jsonl; SOURCE.md there).

A separate entry point rather than a flag of timex_eval, so that it merges beside the ``--platinum``
work on timex_eval.py without touching it: same scorer, same two views, same taggers. Its errors are
never printed, so the set stays unseen by whoever tunes the rules.

``python -m indexer.dates.timex_handmade [--set handmade|handmade2|handmade3|meantime|handmade4|handmade5|handmade6|handmade7|handmade8|handmade9|handmade10|handmade11|handmade12|handmade13|handmade14|handmade15|handmade16]
[--baselines]``

``handmade`` (the default) is Reuters 1996/1987 and AP 1998; ``handmade2`` is a second fresh set on modern
text (WCXB news pages 2023-2026, Wikinews 2006-2018), made the same way by another annotator; ``handmade3`` is a
third, on WCXB news pages beyond the 300 of tests/gold/html_pages (the next ones in the same hash walk);
``meantime`` is MEANTIME's own TIMEX3 gold (English Wikinews 2007-2008, converted, not hand-made);
``handmade4`` is a fourth hand-made set on news of 2023-2026 (the English articles of Fundus's parser tests: AP,
Reuters, the Guardian, Times of India, The Namibian, ...; no outlet and year another set uses). It comes after
``meantime`` so that the ``make eval`` row names of the sets before it keep their numbers. ``handmade5`` is a
fifth, on news pages of 2010-2016 and 2023 (the English test articles of newspaper3k/newspaper4k: Reuters 2014,
the Telegraph, CNN, Time, the New York Post, ...; none of the outlet-years another set uses). ``handmade6`` is a
sixth, on web news of 2015-2022 (the dated test fixtures of Postlight's Mercury parser: NPR, NYT, Reuters 2016,
Bloomberg, the Guardian, NDTV, CBC, Politico, ...). ``handmade7`` is a seventh, on news of 2020 (the English
pages of the MediaCloud 2020 set in htmldate's evaluation data: US local and national papers, Indian, Pakistani,
African, Australasian and Canadian outlets). ``handmade8`` is an eighth, on non-Western English newswire of 2022
(the dated articles of Stanford's English Worldwide Newswire outside Africa: Taipei Times, MercoPress, Tico Times,
Korea Herald, ABC Australia, ...). ``handmade9`` is a ninth, on a Pakistani daily of 2025 (Dawn's print-edition
stories: Pakistan, business, world and sport desks). ``handmade10`` is a tenth, on Australian web news of
November 2020 (trade, health and general outlets: iTnews, CRN, ARN, nine.com.au, ...). ``handmade11`` is an
eleventh, on Sri Lankan news of 2025 (Ada Derana's English site, EconomyNext, the Daily FT's news pages).
``handmade12`` is a twelfth, on BBC News, BBC Sport and UPI stories of June-July 2026 (a public reading archive
of BBC headlines). ``handmade13`` is a thirteenth, on Reuters wire stories of October-December 2017 (the "true"
half of the ISOT fake-news set: US politics, world and business desks). ``handmade14`` is a fourteenth, on AP wire stories
of January 1989 (TREC's AP89 files), CBC News stories of 2018-2020 and US news pages of Readability's tests.
``handmade15`` is a fifteenth, on Ghanaian online news of 8-14 January 2026 (GhanaWeb, MyJoyOnline, AdomOnline, Asaase
Radio, The Herald, ...: snapshots of a public Ghana news feed). ``handmade16`` is a sixteenth, on Nigerian news of
14 July - 22 August 2026 (the openings of LEADERSHIP newspaper's stories, Abuja, as a news bot's feed snapshots kept
them); it comes last.
"""
from __future__ import annotations

import sys

from indexer.dates import timex_eval

HANDMADE = timex_eval.GOLD.with_name("handmade.jsonl")
SETS = {"handmade": HANDMADE, "handmade2": timex_eval.GOLD.with_name("handmade2.jsonl"),
        "handmade3": timex_eval.GOLD.with_name("handmade3.jsonl"),
        "meantime": timex_eval.GOLD.with_name("meantime.jsonl"),
        "handmade4": timex_eval.GOLD.with_name("handmade4.jsonl"),
        "handmade5": timex_eval.GOLD.with_name("handmade5.jsonl"),
        "handmade6": timex_eval.GOLD.with_name("handmade6.jsonl"),
        "handmade7": timex_eval.GOLD.with_name("handmade7.jsonl"),
        "handmade8": timex_eval.GOLD.with_name("handmade8.jsonl"),
        "handmade9": timex_eval.GOLD.with_name("handmade9.jsonl"),
        "handmade10": timex_eval.GOLD.with_name("handmade10.jsonl"),
        "handmade11": timex_eval.GOLD.with_name("handmade11.jsonl"),
        "handmade12": timex_eval.GOLD.with_name("handmade12.jsonl"),
        "handmade13": timex_eval.GOLD.with_name("handmade13.jsonl"),
        "handmade14": timex_eval.GOLD.with_name("handmade14.jsonl"),
        "handmade15": timex_eval.GOLD.with_name("handmade15.jsonl"),
        "handmade16": timex_eval.GOLD.with_name("handmade16.jsonl")}


def scores(tagger: timex_eval.Tagger = timex_eval.newsfacet_tagger,
           name: str = "handmade") -> dict[str, timex_eval.Score]:
    """{"all spans": ..., "single days": ...} for one tagger over every document of one hand-made set."""
    docs = timex_eval.load(SETS[name])
    emitted = tagger(docs)
    return {"all spans": timex_eval.score(docs, emitted),
            "single days": timex_eval.score(*timex_eval.day_only(docs, emitted))}


def rows() -> list[dict]:
    """``make eval`` rows for each hand-made set, both views (the issue's target is the single-day one):
    ``timex-hand1`` all spans, ``timex-hand1-day`` single days, then hand2, hand3, hand4 (MEANTIME), hand5
    (handmade4), hand6 (handmade5), hand7 (handmade6), hand8 (handmade7), hand9 (handmade8), hand10
    (handmade9), hand11 (handmade10), hand12 (handmade11), hand13
    (handmade12), hand14 (handmade13), hand15 (handmade14), hand16 (handmade15), hand17 (handmade16); none for a
    missing file."""
    out = []
    for n, name in enumerate(SETS, start=1):
        if not SETS[name].exists():
            continue
        for view, s in scores(name=name).items():
            out.append({"facet": f"timex-hand{n}" + ("-day" if view == "single days" else ""),
                        "precision": round(s.precision, 4), "recall": round(s.recall, 4), "support": s.tp + s.fn})
    return out


def main(argv: list[str]) -> int:
    at = argv.index("--set") + 1 if "--set" in argv else None
    name = (argv[at] if at < len(argv) else "") if at else "handmade"
    if name not in SETS:
        print(f"unknown --set {name!r}; one of {', '.join(SETS)}", file=sys.stderr)
        return 2
    taggers = [("newsfacet", timex_eval.newsfacet_tagger)]
    if "--baselines" in argv:
        taggers += [("search_dates", timex_eval.search_dates_tagger),
                    ("spacy+dateparser", timex_eval.spacy_dateparser_tagger)]
    for tagger_name, tagger in taggers:
        for view, s in scores(tagger, name).items():
            print(f"-- {view}")
            timex_eval._report(tagger_name, {name: s}, errors=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
