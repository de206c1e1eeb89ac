"""Nepal's English-language press, 2020 (Onlinekhabar English and The Kathmandu Post)
-> eval/corpora/nepal_english2020/articles.jsonl.gz.

Usage: python -m eval.convert.nepal_english DIR OUT_DIR

DIR holds the two upstream files, each taken from a git snapshot of its repository:
- onlinekhabar_english.csv (sulavtimilsina/Knowledge-Graph-Implemented-on-News-Data-of-Onlinekhabar-English-): one
  column "text", the body of one english.onlinekhabar.com page per row, its paragraphs joined by a newline (the page's
  first paragraph, a dateline or a photo credit, was dropped by upstream's scraper). No headline, date or URL is
  stored; the scrape holds every page twice.
- news_articles.csv (Amrit1Gurung/News-summarizer-NLP.): an unnamed row number, "Title", "date" ("September 6,
  2020"), "Article" (the body, its paragraphs glued with two blanks), "Category" and "PageLinks" (the URL); 20
  stories of each of 9 desks of kathmandupost.com as of September 2020.

Paragraphs become blank-line separated; whitespace inside a paragraph is collapsed and no-break spaces become blanks.
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped (common.Keeper). Ids are
okh-/tkp-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE). The gold is
hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
OKH, TKP = "Onlinekhabar English", "The Kathmandu Post"


def _clean(paragraphs) -> str:
    out = (" ".join(p.replace("\xa0", " ").split()) for p in paragraphs)
    return "\n\n".join(p for p in out if p)


def okh_text(raw: str) -> str:
    """Upstream keeps one paragraph per line."""
    return _clean(raw.split("\n"))


def tkp_text(raw: str) -> str:
    """Upstream glued the page's paragraphs with two blanks (a sentence inside a paragraph ends with one)."""
    return _clean(re.split(r"\n|\s{2,}", raw))


def published(date: str) -> str | None:
    try:
        return datetime.strptime(" ".join(date.split()), "%B %d, %Y").strftime("%Y-%m-%d")
    except ValueError:
        return None


def _rows(path: Path) -> list[dict]:
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def convert(folder: Path) -> tuple[list[dict], dict[str, int]]:
    out = []
    okh, tkp = Keeper("okh", HELDOUT_SHARE, MIN_CHARS), Keeper("tkp", HELDOUT_SHARE, MIN_CHARS)
    for row in _rows(folder / "onlinekhabar_english.csv"):
        text = okh_text(row.get("text") or "")
        if not okh.why_not(text):
            out.append({**okh.head(text), "title": "", "published": None, "source": OKH, "text": text, "url": ""})
    for row in _rows(folder / "news_articles.csv"):
        text, title = tkp_text(row.get("Article") or ""), " ".join((row.get("Title") or "").split())
        if not tkp.why_not(text, title):
            out.append({**tkp.head(text), "title": title, "published": published(row.get("date") or ""),
                        "source": TKP, "text": text, "url": row.get("PageLinks") or "",
                        "desk": row.get("Category") or ""})
    dropped = {f"{name}_{reason}": n for name, keeper in (("okh", okh), ("tkp", tkp))
               for reason, n in keeper.dropped.items()}
    return sorted(out, key=lambda a: a["id"]), dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
