"""Rappler (Philippines), about 14 January - 5 February 2023 -> eval/corpora/rappler2023/articles.jsonl.gz.

Usage: python -m eval.convert.rappler PATH/TO/rap_dataframe.csv OUT_DIR

The upstream file (francheska-vicente/data102-fake-news, data/rap_dataframe.csv) is one scrape of rappler.com's
section pages with three columns: Link, Author (a Python list literal, mostly "[]") and Content (the article's
paragraphs glued by spaces, a few with line breaks). No title and no date are stored; the texts' own "Wednesday,
February 1" dates put nearly every story between 14 January and 5 February 2023.

Kept: pages of www.rappler.com outside the non-news sections (video daily wraps, press releases of the
bulletin board, sponsored BrandRap pages, the company's own "about" and membership pages, comic strips); pages of
the fact-check partner subdomains are dropped too. Stories written in Filipino (fact checks and editorials run in
both languages) are dropped: the corpus scores English tagging. The title is the URL's last slug with hyphens
as spaces (the only headline stored). Paragraphs are the remaining lines, whitespace inside a line collapsed,
joined by a blank line. Bodies under 500 characters, exact copies of an earlier body and stories that mention
Ukraine are dropped. Ids are rp-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with
HELDOUT_SHARE). The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import ast
import csv
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
HOST = "www.rappler.com"
NOT_NEWS = {"video", "bulletin-board", "brandrap", "about", "plus-membership-program", "hustle"}
# Filipino function words: a share above this in an article's words marks a story written in Filipino (English
# stories quoting a sentence or two in Filipino stay well under it; the Filipino ones are above 0.2)
FILIPINO = {"ang", "ng", "sa", "mga", "na", "si", "ay"}
FILIPINO_SHARE = 0.08


def is_filipino(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and sum(w in FILIPINO for w in words) / len(words) > FILIPINO_SHARE


def authors(raw: str) -> list[str]:
    """The Author column's list literal as names in title case ("DELFIN DIOQUINO" -> "Delfin Dioquino")."""
    try:
        names = ast.literal_eval(raw or "[]")
    except (ValueError, SyntaxError):
        return []
    return [" ".join(n.split()).title() for n in names if isinstance(n, str) and n.strip()]


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    csv.field_size_limit(1 << 30)
    out, keeper = [], Keeper("rp", HELDOUT_SHARE, MIN_CHARS, first=("not_news", "filipino"))
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            url = (row.get("Link") or "").strip()
            parts = [p for p in urlparse(url).path.split("/") if p]
            if urlparse(url).netloc != HOST or not parts or parts[0] in NOT_NEWS:
                keeper.drop("not_news")
                continue
            lines = [" ".join(line.split()) for line in (row.get("Content") or "").splitlines()]
            text = "\n\n".join(line for line in lines if line)
            if is_filipino(text):
                keeper.drop("filipino")
                continue
            title = " ".join(parts[-1].replace("-", " ").split())
            if keeper.why_not(text, title):
                continue
            out.append({**keeper.head(text), "title": title, "published": None, "source": "Rappler",
                        "text": text, "url": url, "section": parts[0], "authors": authors(row.get("Author", ""))})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
