"""RNZ Pacific (Radio New Zealand) stories on Solomon Islands, 2016-2019 -> eval/corpora/rnz_solomons2018/articles.jsonl.gz.

Usage: python -m eval.convert.rnz_solomons PATH/TO/solomon_islands_rnz_news.csv OUT_DIR

The upstream file (worldbank/pacific-observatory, data/text/solomon_islands/solomon_islands_rnz_news.csv, blob 2a7e6125
of commit 376bbbe2, removed from the tree later) is one CSV row per story of rnz.co.nz/international/pacific-news
tagged Solomon Islands: an unnamed row number, "url", "news" (the body) and "date" ("YYYY-MM-DD"). It has no title.
The body keeps a line break around each photo (its caption line, then a "Photo: <credit>" line) but the scraper
joined the story's own paragraphs with no separator ("Rennell Island.Wind alerts"), as the Vanuatu Business Review
scrape did: those seams are cut with that converter's rule (a sentence end glued to a capital or an opening quote,
no title before the stop), widened for this text (after two capitals, "RSIPF.According"; straight quotes). Photo credit lines are dropped (they name photographers and agencies, not the
story); captions stay as their own paragraphs.

Only stories dated 2016-2019 are kept (the bulk of the file, one period of one desk); bodies under 500 characters,
exact copies and stories that mention Ukraine are dropped. `title` is the URL's slug with blanks for hyphens (the
page title was not scraped). Ids are rnzsi-<first 12 hex digits of sha256(text)>; about 88 % are held out.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
YEARS = ("2016", "2017", "2018", "2019")
SOURCE = "RNZ Pacific"
# a title before a glued stop is no seam ("Mr.Mua" would be one name); "Ltd." and "Jr." end sentences here
# ("Bintan Mining Ltd.Cyclone Oma"), as a stop inside a paragraph is always followed by a blank in these texts
TITLES = {"Mr", "Mrs", "Ms", "Dr", "St", "Hon", "Lt", "Col", "Gen", "Capt", "Prof", "Rev", "No"}
CREDIT = re.compile(r"^Photo\s*:")  # "Photo: RNZ Pacific / Koroi Hawkins", "Photo:" with nothing after it
# a sentence end glued to a capital or a quote: after a small letter, digit or bracket as in vbr_vanuatu, and also
# after two capitals ("the RSIPF.According"), never after one ("U.S.Army" stays whole)
SEAM = re.compile(r"(?:(?<=[a-z0-9)%’'])|(?<=[A-Z][A-Z]))([.?!][”\"]?)(?=[A-Z“\"])")


def unglue(line: str) -> list[str]:
    """One upstream line cut at its seams. These texts write straight quotes, so a quote after the stop closes the
    sentence's quotation only when one is open (an odd count so far); otherwise it opens the next paragraph."""
    text = " ".join(line.replace("\xa0", " ").split())
    out, last = [], 0
    for m in SEAM.finditer(text):
        word = re.search(r"([A-Za-z]+)$", text[last:m.start()])
        if word and word.group(1) in TITLES:
            continue
        end = m.end()
        if m.group(1).endswith('"') and text[last:m.start()].count('"') % 2 == 0:
            end -= 1  # the quote opens the next paragraph
        if end + 1 < len(text) and text[end] == '"' and not text[end + 1].isalpha():
            continue  # a lone quote after the stop with nothing to open: not a seam
        out.append(text[last:end])
        last = end
    out.append(text[last:])
    return [p.strip() for p in out if p.strip()]


def text_of(body: str) -> str:
    """The story's paragraphs: one per upstream line (credit lines dropped), each cut at its glued seams."""
    out = []
    for line in body.replace("\r", "").split("\n"):
        line = line.strip()
        if not line or CREDIT.match(line):
            continue
        out.extend(unglue(line))
    return "\n\n".join(out)


def title_of(url: str) -> str:
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    words = slug.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out, keeper = [], Keeper("rnzsi", HELDOUT_SHARE, MIN_CHARS, first=("year",))
    for row in rows:
        date = (row.get("date") or "")[:10]
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", date) or date[:4] not in YEARS:
            keeper.drop("year")
            continue
        text = text_of(row.get("news") or "")
        url = row.get("url") or ""
        if keeper.why_not(text):
            continue
        out.append({**keeper.head(text), "title": title_of(url), "published": date, "source": SOURCE, "text": text,
                    "url": url})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
