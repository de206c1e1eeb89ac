"""Newsmax's news-desk stories of 2012-2020 in the AllSides pool -> eval/corpora/newsmax2015/.

Usage: python -m eval.convert.newsmax PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor.py (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al.,
EMNLP 2020), read the same way (content_original's non-empty lines, whitespace collapsed; tokenised `content` and
bias labels never read). Only articles whose url is on newsmax.com under one of its news desks (DESKS, the url's
first folder, any case) and whose date is an ISO date in YEARS are kept: one conservative news site (Florida and
New York) over nine years, an outlet no other corpus or timex set holds. Its columnists' folders
(/patrickbuchanan/, /andrewnapolitano/, /georgewill/ ...) are left out: syndicated opinion that other papers carried.
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are
nmx-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import run
from .csmonitor import convert_pool
from .townhall import ISO_DATE, YEARS

# the url's first folder on the news side of the site; every other folder is a columnist's or a blog's
DESKS = ("newsfront", "headline", "politics", "us", "world", "finance", "thewire", "newsmax-tv")
SOURCE = "Newsmax"


def newsmax_story(row: dict) -> bool:
    url = urlparse(row.get("url") or "")
    host = url.hostname or ""
    date = row.get("date") or ""
    return ((host == "newsmax.com" or host.endswith(".newsmax.com"))
            and url.path.strip("/").split("/")[0].lower() in DESKS
            and ISO_DATE.match(date) is not None and date[:4] in YEARS)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "nmx", newsmax_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
