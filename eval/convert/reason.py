"""Reason's stories of 2016-2020 in the AllSides pool -> eval/corpora/reason2018/.

Usage: python -m eval.convert.reason PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor.py (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al.,
EMNLP 2020), read the same way (content_original's non-empty lines, whitespace collapsed; tokenised `content` and
bias labels never read). Only articles whose url is on reason.com and whose date falls in YEARS are kept: the web
desk of one libertarian monthly (Washington and Los Angeles) over five years, an outlet no other corpus or timex set
holds. Reason TV, video and podcast pages are left out: they are a programme's notes or a transcript, not a story.
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are
rsn-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import run
from .csmonitor import convert_pool

YEARS = ("2016", "2017", "2018", "2019", "2020")
NOT_STORIES = ("reasontv", "video", "podcast")  # first path segment of the pages that are not written stories
SOURCE = "Reason"


def reason_story(row: dict) -> bool:
    url = urlparse(row.get("url") or "")
    host = url.hostname or ""
    first = url.path.strip("/").split("/")[0]
    return ((host == "reason.com" or host.endswith(".reason.com")) and first not in NOT_STORIES
            and (row.get("date") or "")[:4] in YEARS)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "rsn", reason_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
