"""Al Jazeera English (Doha, Qatar), 12-19 May 2025 -> eval/corpora/aljazeera2025/articles.jsonl.gz.

Usage: python -m eval.convert.aljazeera DIR_WITH_THE_TWO_CSVS OUT_DIR

The upstream archive (basharulalammazu/Aljazeera-News-Analysis, an R class project) scraped aljazeera.com's section
pages twice in May 2025 into two CSV files with the same columns (category, title, date "15 May 2025", author,
content, url): aljazeera_all_categories_articles.csv (first commit, 16 May) and initial_content.csv (last commit,
19 May). Both are read; a url seen before is skipped, so the two scrapes make one archive. The scraper glued the
paragraphs with spaces and appended the site's "Follow Al Jazeera English:" footer to every text; the footer is cut
and whitespace collapsed, so each text is one paragraph. Bodies under 500 characters (video pages, live-blog stubs),
exact copies and stories that mention Ukraine are dropped. Ids are aj-<first 12 hex digits of sha256(text)>; about
88 % are held out. The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
FILES = ("aljazeera_all_categories_articles.csv", "initial_content.csv")  # upstream order: first scrape first
FOOTER = re.compile(r"\s*Follow Al Jazeera English:\s*$")


def published(raw: str) -> str | None:
    """'15 May 2025' -> '2025-05-15'; 'NA' (and anything else) -> None."""
    try:
        return datetime.strptime(raw.strip(), "%d %b %Y").date().isoformat()
    except ValueError:
        return None


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("aj", HELDOUT_SHARE, first=("same url",))
    seen_urls: set[str] = set()
    for name in FILES:
        with open(root / name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row["url"] in seen_urls:
                    keeper.drop("same url")
                    continue
                seen_urls.add(row["url"])
                text = " ".join(FOOTER.sub("", row["content"]).split())
                title = " ".join(row["title"].split())
                if keeper.why_not(text, title):
                    continue
                out.append({**keeper.head(text), "title": title, "published": published(row["date"]),
                            "source": "Al Jazeera English", "text": text, "url": row["url"],
                            "section": row["category"]})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
