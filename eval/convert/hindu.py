"""The Hindu, city pages of the print edition, 15-19 November 2017 -> eval/corpora/hindu2017/articles.jsonl.gz.

Usage: python -m eval.convert.hindu PATH/TO/Articles.csv OUT_DIR

The upstream file (shang-vikas/do-sentimental-analysis, Articles.csv: columns cityname, Article) was written by
the repository's notebook: for each print date 15..19 November 2017 it opened The Hindu's print archive page,
and for each of nine city editions in a fixed order (CITIES below) fetched the linked articles and stored the
text of every <p> of the page as a Python list literal. So the date of a row is not stored but is implied: the
date moves on each time the city edition goes back in CITIES order (five runs, checked by convert()).

An article's paragraphs are the list's non-empty strings, whitespace collapsed, kept as scraped: the page's
photo caption comes first, often glued to the photographer's credit ("...killed Rajiv Gandhi.File Photo"),
subheads are paragraphs of their own, and pull quotes repeated at the end stay. Exact copies of an earlier
article (the same story on two city pages) are dropped, so are pages under 500 characters (briefs and
captions, not articles) and stories that mention Ukraine (the seeds' subject). No headline is stored upstream:
"title" is empty (newsfacet's extractor then uses the first paragraph, as for any headline-less record).
Ids are hindu-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE).
The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import ast
import csv
import hashlib
import re
import sys
from pathlib import Path

from .common import split_of, write_articles

HELDOUT_SHARE = 0.88
CITIES = ["New Delhi", "Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Kolkata", "Kochi", "Vijayawada",
          "Visakhapatnam"]
DATES = ["2017-11-15", "2017-11-16", "2017-11-17", "2017-11-18", "2017-11-19"]
UKRAINE = re.compile(r"Ukrain|Kyiv|Kiev", re.I)
MIN_CHARS = 500


def dated_rows(path: Path) -> list[tuple[str, str, list[str]]]:
    """(date, city, paragraphs) per row, the date recovered from the order the notebook wrote the rows in."""
    csv.field_size_limit(10**9)
    out, run, last = [], 0, -1
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pos = CITIES.index(row["cityname"])
            if pos < last:
                run += 1
            last = pos
            out.append((DATES[run], row["cityname"], ast.literal_eval(row["Article"])))
    if run != len(DATES) - 1:
        raise ValueError(f"expected {len(DATES)} runs of city editions, found {run + 1}")
    return out


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    out, seen = [], set()
    dropped = {"copy": 0, "short": 0, "ukraine": 0}
    for date, city, paras in dated_rows(path):
        text = "\n\n".join(p for p in (" ".join(str(x).split()) for x in paras) if p)
        if text in seen:
            dropped["copy"] += 1
            continue
        seen.add(text)
        if len(text) < MIN_CHARS:
            dropped["short"] += 1
            continue
        if UKRAINE.search(text):
            dropped["ukraine"] += 1
            continue
        aid = "hindu-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        out.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": "", "published": date,
                    "source": "The Hindu", "text": text, "edition": city})
    return sorted(out, key=lambda a: a["id"]), dropped


def main(argv: list[str]) -> int:
    articles, dropped = convert(Path(argv[0]))
    write_articles(Path(argv[1]), articles)
    print("dropped:", dropped)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
