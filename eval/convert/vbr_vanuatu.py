"""Vanuatu Business Review news pages, 2020-2023 -> eval/corpora/vbr_vanuatu2021/articles.jsonl.gz.

Usage: python -m eval.convert.vbr_vanuatu PATH/TO/vbr_news.csv OUT_DIR

The upstream file (worldbank/pacific-observatory, data/text/vanuatu/vbr_news.csv, added in commit c9e4681e and
removed from the tree later) is one CSV row per article of vbr.vu/news/: an unnamed row number, "url", "date"
("YYYY-MM-DD HH:MM:SS"), "title" and "news" (the body). The scraper joined the page's paragraphs with no
separator, so a paragraph's last word touches the next one's first ("Tarianga.Many", "said.”“We", and a byline
with no full stop: "By Jason AbelThe"). Those seams are cut back into paragraphs here; a full stop inside a
paragraph is always followed by a blank, so a seam is a sentence end glued to a capital or an opening quote. An
abbreviation before the stop ("Mr.", "Dr.") is no seam.

`published` is the upstream date's day. Bodies under 500 characters, exact copies and stories that mention Ukraine
are dropped. Ids are vbr-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with
HELDOUT_SHARE). The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
SOURCE = "Vanuatu Business Review"
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "Hon", "Lt", "Col", "Gen", "Capt", "Prof", "Rev",
                 "Vt", "Co", "Ltd", "Inc", "vs", "etc"}
# a sentence end (stop, question or exclamation mark, maybe a closing quote) glued to a capital or opening quote
SEAM = re.compile(r"(?<=[a-z0-9)%’'])([.?!][”\"]?)(?=[A-Z“])")
BYLINE = re.compile(r"^(By [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[A-Z][a-z])")  # "By Jason AbelThe Vanuatu Post"


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: whitespace collapsed, then cut at the seams the scraper left."""
    text = " ".join(body.replace("\xa0", " ").split())
    text = BYLINE.sub(r"\1\n", text)
    out, last = [], 0
    for m in SEAM.finditer(text):
        word = re.search(r"([A-Za-z]+)$", text[last:m.start()])
        if word and word.group(1) in ABBREVIATIONS:
            continue
        out.append(text[last:m.end()])
        last = m.end()
    out.append(text[last:])
    return [p.strip() for chunk in out for p in chunk.split("\n") if p.strip()]


def published(date: str) -> str | None:
    return date[:10] if re.match(r"\d{4}-\d\d-\d\d", date or "") else None


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out, keeper = [], Keeper("vbr", HELDOUT_SHARE, MIN_CHARS)
    for row in rows:
        text = "\n\n".join(paragraphs(row.get("news") or ""))
        title = " ".join((row.get("title") or "").split())
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": published(row.get("date") or ""),
                    "source": SOURCE, "text": text, "url": row.get("url") or ""})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
