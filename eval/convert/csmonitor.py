"""The Christian Science Monitor's stories of 2013-2016 in the AllSides pool -> eval/corpora/csmonitor2015/.

Usage: python -m eval.convert.csmonitor PATH/TO/data/jsons OUT_DIR

The upstream folder (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al., EMNLP 2020) holds
one JSON file per article that AllSides.com listed under a US political topic: topic, source, url, title, date
"YYYY-MM-DD", authors, content (tokenised), content_original (newspaper3k's text, one paragraph a line), bias
labels. Only articles whose url is on csmonitor.com and whose date falls in YEARS are kept: one Boston newsroom over
four years, so the corpus is US national news of an outlet no other corpus holds. The tokenised `content` and the
bias labels are never read.

Paragraphs are content_original's non-empty lines, whitespace collapsed; `title` the headline, `published` the
date, `source` "The Christian Science Monitor", `url` the article's link. Bodies under 500 characters, exact
copies and stories that mention Ukraine are dropped. Ids are csm-<first 12 hex digits of sha256(text)>; about 88 %
are held out (split_of with HELDOUT_SHARE). The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import Keeper, run

HELDOUT_SHARE = 0.88
MIN_CHARS = 500
YEARS = ("2013", "2014", "2015", "2016")
SOURCE = "The Christian Science Monitor"


def monitor_story(row: dict) -> bool:
    host = urlparse(row.get("url") or "").hostname or ""
    return (host == "csmonitor.com" or host.endswith(".csmonitor.com")) and (row.get("date") or "")[:4] in YEARS


def paragraphs_of(raw: str) -> list[str]:
    return [p for p in (" ".join(line.replace("\xa0", " ").split()) for line in raw.splitlines()) if p]


def convert_pool(root: Path, prefix: str, is_story, source: str) -> tuple[list[dict], dict[str, int]]:
    """One outlet's articles of the AllSides pool (cbn_news reads the same pool with its own outlet test)."""
    out, keeper = [], Keeper(prefix, HELDOUT_SHARE, MIN_CHARS, first=("other_outlet_or_year",))
    for path in sorted(root.glob("*.json")):  # a fixed reading order: which of two copies is kept never changes
        row = json.loads(path.read_text(encoding="utf-8"))
        if not is_story(row):
            keeper.drop("other_outlet_or_year")
            continue
        title = " ".join((row.get("title") or "").split())
        text = "\n\n".join(paragraphs_of(row.get("content_original") or ""))
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title, "published": row["date"][:10], "source": source,
                    "text": text, "url": row["url"]})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "csm", monitor_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
