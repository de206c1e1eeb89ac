"""TheBlaze's articles in the AllSides pool -> eval/corpora/theblaze2019/.

Usage: python -m eval.convert.theblaze PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor.py (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al.,
EMNLP 2020), read the same way (content_original's non-empty lines, whitespace collapsed; tokenised `content` and
bias labels never read). Every article whose url is on theblaze.com and whose date is an ISO date in YEARS is kept,
whatever its folder: TheBlaze (Glenn Beck's conservative site, Dallas) over eight years, an outlet no other corpus or
timex set holds. Unlike Townhall's and Newsmax's columnists, its few /contributions/ and /op-ed/ pieces are written
for the site itself, not syndicated, so they stay (the pool holds only some 219 of its articles; cutting them would
leave fewer still). The outlet is told by the url's host, not the `source` field: one of The Hill's stories has
"theblaze" in its url path. Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped.
Ids are blz-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt
-> python -m eval.convert.annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import run
from .csmonitor import convert_pool
from .townhall import ISO_DATE

YEARS = ("2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020")
SOURCE = "TheBlaze"


def blaze_story(row: dict) -> bool:
    host = urlparse(row.get("url") or "").hostname or ""
    date = row.get("date") or ""
    return ((host == "theblaze.com" or host.endswith(".theblaze.com"))
            and ISO_DATE.match(date) is not None and date[:4] in YEARS)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "blz", blaze_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
