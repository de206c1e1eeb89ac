"""Scottish Government news releases (gov.scot/news), 2020-2023 -> eval/corpora/govscot2022/.

Usage: python -m eval.convert.govscot DIR OUT_DIR

DIR holds the committed versions of `ScotlandNews.csv` of DCS-training/Summer-School-23-Stream-2-Text-and-Data-
Analysis-in-the-Wild (a summer-school exercise that scraped gov.scot/news with rvest in May 2023, and again later for one blob), one file per
blob (`git cat-file -p BLOB > DIR/BLOB.csv`); columns: row number, `texts`, `dates`, `titles`. The three blobs
of gov.scot pages overlap (the exercise was re-run), so a release kept once is kept once: its text is the key.
The blob of gov.uk pages the same file held for one commit is not read (another publisher).
Paragraphs are the non-empty lines of `texts` (the first is the release's standfirst), whitespace collapsed.
Bodies under 500 characters, exact copies and releases that mention Ukraine are dropped. Ids are
govscot-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

from .common import Keeper, run

SOURCE = "Scottish Government (gov.scot)"
BLANKS = re.compile(r"\s+")
DMY = re.compile(r"(\d\d)/(\d\d)/(\d{4})$")  # the Windows-saved blob wrote its dates day/month/year


def iso_date(raw: str) -> str:
    raw = raw.strip()
    m = DMY.match(raw)
    return f"{m[3]}-{m[2]}-{m[1]}" if m else raw[:10]


def paragraphs(raw: str) -> list[str]:
    """The non-empty lines of a scraped body, blanks (no-break spaces too) collapsed."""
    return [p for p in (BLANKS.sub(" ", line).strip() for line in raw.splitlines()) if p]


def rows(root: Path):
    csv.field_size_limit(1 << 30)
    for path in sorted(root.glob("*.csv")):
        raw = path.read_bytes()
        try:
            data = raw.decode("utf-8")
        except UnicodeDecodeError:  # one blob was saved from Windows: curly quotes as single cp1252 bytes
            data = raw.decode("cp1252")
        yield from csv.DictReader(io.StringIO(data, newline=""))


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    keep = Keeper("govscot", 0.88)
    articles = []
    for row in rows(root):
        text = "\n\n".join(paragraphs(row.get("texts") or ""))
        title = BLANKS.sub(" ", row.get("titles") or "").strip()
        if keep.why_not(text, title):
            continue
        articles.append({**keep.head(text), "title": title, "published": iso_date(row.get("dates") or ""),
                         "source": SOURCE, "text": text})
    articles.sort(key=lambda a: (a["published"], a["id"]))
    return articles, keep.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
