"""ABC News (Australian Broadcasting Corporation) stories tagged Tonga, 2003-2023 -> eval/corpora/abc_tonga2013/.

Usage: python -m eval.convert.abc_tonga PATH/TO/tonga_abc_news.csv OUT_DIR

The upstream file (worldbank/pacific-observatory, data/text/tonga/tonga_abc_news.csv, blob of commit a8964fa8,
removed from the tree later) is one CSV row per story of abc.net.au/news tagged Tonga: an unnamed row number, "url",
"news" (the body), "tags" (the ABC's topic tags) and "date" (UTC time stamp). It has no title. The scraper joined the
story's paragraphs with no separator ("a father of four.Darwiche ..."), as the RNZ Pacific scrape of the same
project did, so the seams are cut with rnz_solomons's rule (imported, not copied).

Kept apart from `abc_rural` (ABC Rural's stories of 2006): the year 2006 is left out, and so are the stories of the
ABC Rural desk itself (URLs under /news/rural/), so no story of this corpus comes from that desk or that year.
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped.
`published` is the date in the URL (the day the ABC dated the page, Australian time); `title` is the URL's slug with
blanks for hyphens (the page title was not scraped). Ids are abcto-<first 12 hex digits of sha256(text)>; about
88 % are held out. The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from .common import Keeper, run
from .rnz_solomons import text_of

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
SKIP_YEARS = ("2006",)  # abc_rural's year
SOURCE = "ABC News (Australia)"
SKIP_DESKS = ("rural",)  # abc_rural's desk
# /news/<date>/<slug>/<id>, or /news/<desk>/<date>/<slug>/<id> for a desk's own pages (science, rural)
URL_DATE = re.compile(r"/news/(?:([a-z-]+)/)?(\d{4}-\d\d-\d\d)/([^/]+)/")


def desk_date_title(url: str, stamp: str) -> tuple[str, str, str]:
    """(desk or "", YYYY-MM-DD, title) from the URL; the time stamp's day and no title when the URL has no date."""
    m = URL_DATE.search(url)
    if not m:
        return "", stamp[:10], ""
    words = m.group(3).replace("-", " ").strip()
    return m.group(1) or "", m.group(2), words[:1].upper() + words[1:]


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out, keeper = [], Keeper("abcto", HELDOUT_SHARE, MIN_CHARS, first=("year", "desk"))
    for row in rows:
        url = row.get("url") or ""
        desk, date, title = desk_date_title(url, row.get("date") or "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", date) or date[:4] in SKIP_YEARS:
            keeper.drop("year")
            continue
        if desk in SKIP_DESKS:
            keeper.drop("desk")
            continue
        text = text_of(row.get("news") or "")
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": date, "source": SOURCE, "text": text,
                    "url": url})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
