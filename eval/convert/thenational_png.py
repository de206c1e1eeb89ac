"""The National (Papua New Guinea), "nation" pages, 25 August - 20 November 2025 -> eval/corpora/thenational_png2025/.

Usage: python -m eval.convert.thenational_png PATH/TO/thenational_nation_with_full_text_sentiment.csv OUT_DIR

The upstream file (charlieikosi/PNG-News-Database, "The National/thenational_nation_with_full_text_sentiment.csv")
is a daily scrape of www.thenational.com.pg with the columns Title, URL, Date (DD/MM/YYYY, the page's own date),
Content (the article's paragraphs glued by single spaces), Category, Sentiment, People and Source. Category,
Sentiment and People are the scraper project's own machine labels (a model's guesses, not the newspaper's): they
are dropped, so nothing model-made rides along with the texts the gold is judged on.

Kept: pages on www.thenational.com.pg. The text is the Content column with whitespace collapsed: upstream lost the
paragraph breaks, so each article is one paragraph (splitting sentences into invented paragraphs would change what
the tagger sees). `published` is the Date column as YYYY-MM-DD. Bodies under 500 characters, exact copies of an
earlier body and stories that mention Ukraine are dropped. Ids are png-<first 12 hex digits of sha256(text)>;
about 88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt -> python -m
eval.convert.annotations).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
HOST = "www.thenational.com.pg"


def published(raw: str) -> str | None:
    """DD/MM/YYYY -> YYYY-MM-DD; anything else is no date."""
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", (raw or "").strip())
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    csv.field_size_limit(1 << 30)
    out, keeper = [], Keeper("png", HELDOUT_SHARE, MIN_CHARS, first=("other_site",))
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:  # the file starts with a byte-order mark
        for row in csv.DictReader(fh):
            url = (row.get("URL") or "").strip()
            if urlparse(url).netloc != HOST:
                keeper.drop("other_site")
                continue
            text = " ".join((row.get("Content") or "").split())
            title = " ".join((row.get("Title") or "").split())
            if keeper.why_not(text, title):
                continue
            out.append({**keeper.head(text), "title": title, "published": published(row.get("Date", "")),
                        "source": "The National", "text": text, "url": url})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
