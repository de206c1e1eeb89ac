"""National Review's stories of 2017-2020 in the AllSides pool -> eval/corpora/nationalreview2018/.

Usage: python -m eval.convert.nationalreview PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor.py (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al.,
EMNLP 2020), read the same way (content_original's non-empty lines, whitespace collapsed; tokenised `content` and
bias labels never read). Only articles whose url is on nationalreview.com and whose date falls in YEARS are kept:
one New York opinion magazine's web desk over four years no other corpus of the pool holds (csmonitor2015 is
2013-2016, cbn2018 another outlet). Bodies under 500 characters, exact copies and stories that mention Ukraine are
dropped (the 2019 impeachment stories are most of those). Ids are nr-<first 12 hex digits of sha256(text)>; about
88 % are held out. The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import run
from .csmonitor import convert_pool

YEARS = ("2017", "2018", "2019", "2020")
SOURCE = "National Review"


def review_story(row: dict) -> bool:
    host = urlparse(row.get("url") or "").hostname or ""
    return (host == "nationalreview.com" or host.endswith(".nationalreview.com")) and (row.get("date") or "")[:4] in YEARS


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "nr", review_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
