"""Indian English news from Google News India, April 2018 -> eval/corpora/india_news2018/articles.jsonl.gz.

Usage: python -m eval.convert.india_news PATH/TO/Articles.csv OUT_DIR

The upstream file (knkcse/News-Classification, Articles.csv: columns news, type, url) holds the text that
newspaper3k extracted from the stories linked in Google News India's business, technology, entertainment,
sports, health and science sections, with the story's URL. Rows repeat (a story linked in two sections):
exact copies of an earlier text are dropped. Also dropped: teasers (an extract ending "Read more.." or shorter
than 500 characters: a caption, not an article) and stories that mention Ukraine (the seeds' subject).
The text is kept as extracted, sentence run-ons included ("in the black.For the fiscal..." is how the
extractor joined the outlet's paragraphs): that is what a scraped archive looks like. Only line breaks are
normalised: every non-empty line is a paragraph, paragraphs separated by one blank line. No headline or date
is given upstream: the title is the words of the URL's slug, "published" is null, "source" is the URL's host
(the outlet). Ids are india-<first 12 hex digits of sha256(text)>, stable across runs. About 88 % of the
articles are held out (split_of with HELDOUT_SHARE), as in the other fresh sets. The gold is hand-made
(annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import split_of, write_articles

HELDOUT_SHARE = 0.88
UKRAINE = re.compile(r"Ukrain|Kyiv|Kiev", re.I)
MIN_CHARS = 500


def title_of(url: str) -> str:
    """The URL's slug as words: the most specific path segment with hyphens in it."""
    parts = [p for p in urlparse(url).path.split("/") if "-" in p]
    words = max(parts, key=len).replace(".cms", "").replace(".html", "").replace("-", " ") if parts else ""
    words = re.sub(r"\s+\d{5,}$", "", words).strip()
    return words[:1].upper() + words[1:]


def paragraphs(raw: str) -> str:
    lines = [" ".join(line.split()) for line in raw.replace("\r\n", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)


def convert(path: Path) -> tuple[list[dict], dict[str, int]]:
    csv.field_size_limit(10**9)
    out, seen = [], set()
    dropped = {"copy": 0, "teaser": 0, "ukraine": 0}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = paragraphs(row["news"])
            if text in seen:
                dropped["copy"] += 1
                continue
            seen.add(text)
            if len(text) < MIN_CHARS or text.rstrip(".").endswith("Read more"):
                dropped["teaser"] += 1
                continue
            if UKRAINE.search(text):
                dropped["ukraine"] += 1
                continue
            aid = "india-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
            out.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": title_of(row["url"]),
                        "published": None, "source": urlparse(row["url"]).hostname or "", "text": text,
                        "url": row["url"], "section": row["type"]})
    return sorted(out, key=lambda a: a["id"]), dropped


def main(argv: list[str]) -> int:
    articles, dropped = convert(Path(argv[0]))
    write_articles(Path(argv[1]), articles)
    print("dropped:", dropped)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
