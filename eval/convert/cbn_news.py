"""CBN News's stories of 2016-2019 in the AllSides pool -> eval/corpora/cbn2018/articles.jsonl.gz.

Usage: python -m eval.convert.cbn_news PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; one JSON file
per article AllSides.com listed under a US political topic), but only the articles whose url is on cbn.com and
whose date falls in YEARS: the news desk of the Christian Broadcasting Network (Virginia Beach), a second US
newsroom beside the Monitor, of other years. The paragraph rule (content_original's non-empty lines) is
csmonitor's (its convert_pool); the tokenised `content` and the bias labels are never read. `source` is "CBN News".
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are cbn-<first 12 hex
digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import run
from .csmonitor import convert_pool

YEARS = ("2016", "2017", "2018", "2019")
SOURCE = "CBN News"


def cbn_story(row: dict) -> bool:
    host = urlparse(row.get("url") or "").hostname or ""
    return (host == "cbn.com" or host.endswith(".cbn.com")) and (row.get("date") or "")[:4] in YEARS


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "cbn", cbn_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
