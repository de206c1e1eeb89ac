"""Six UK national papers on the EU referendum, 15-25 June 2016 -> eval/corpora/ukpress2016/articles.jsonl.gz.

Usage: python -m eval.convert.ukpress PATH/TO/spider_news OUT_DIR

The upstream folder (BrexitProject/NewsTextMining, spider_news/, commit 806f22d5) holds one file per article, one
sub-folder per paper, written by the project's Scrapy spiders: line 1 the headline, a blank line, the date
("2016-06-24" or "2016-6-24"), a blank line, then the body, one paragraph per line (a few blank lines between).
Only the six papers no other corpus uses are read (the Guardian is onestop's outlet; the FT and Economist folders
hold live-blog fragments and paywall stubs). Picture credits stand alone as paragraphs ("GETTY", "PA/ GETTY",
"ROSS PARRY / SWNS.COM"): a short paragraph with no lower-case letter is such a credit and is dropped, so the
tagger is not handed a photo agency as the first org of a story. Everything else stays as scraped (captions,
"Scroll down for video", pull-quote attributions).

`published` is the upstream date, zero-padded; `source` the paper's name. Bodies under 500 characters, exact
copies and stories that mention Ukraine are dropped. Ids are ukp-<first 12 hex digits of sha256(text)>; about
88 % are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
PAPERS = {"dailymail": "Daily Mail", "dailystar": "Daily Star", "express": "Daily Express", "inews": "i",
          "mirror": "Daily Mirror", "thesun": "The Sun"}
CREDIT_MAX = 80  # a picture credit is short; a whole paragraph in capitals longer than this is kept as text
DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})$")


def paragraphs(body: str) -> list[str]:
    """The body's non-empty lines, whitespace collapsed, picture credits dropped."""
    out = []
    for line in body.replace("\xa0", " ").splitlines():
        line = " ".join(line.split())
        if not line or (len(line) <= CREDIT_MAX and not re.search(r"[a-z]", line)):
            continue
        out.append(line)
    return out


def published(date: str) -> str | None:
    m = DATE.match(date.strip())
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def parse(raw: str) -> tuple[str, str | None, str]:
    """(title, published day, text) of one upstream file."""
    lines = raw.split("\n")
    title = " ".join(lines[0].split()) if lines else ""
    rest = lines[1:]
    while rest and not rest[0].strip():
        rest = rest[1:]
    day = published(rest[0]) if rest else None
    if day is not None:
        rest = rest[1:]
    return title, day, "\n\n".join(paragraphs("\n".join(rest)))


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("ukp", HELDOUT_SHARE, MIN_CHARS)
    for folder in sorted(PAPERS):  # a fixed reading order: which of two copies is kept never changes
        if not (root / folder).is_dir():  # a paper missing from the snapshot simply adds no articles
            continue
        for path in sorted((root / folder).iterdir()):
            title, day, text = parse(path.read_text(encoding="utf-8"))
            if keeper.why_not(text, title):
                continue
            out.append({**keeper.head(text), "title": title, "published": day, "source": PAPERS[folder],
                        "text": text})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
