"""Townhall's Tipsheet stories of 2012-2020 in the AllSides pool -> eval/corpora/townhall2016/.

Usage: python -m eval.convert.townhall PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor.py (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al.,
EMNLP 2020), read the same way (content_original's non-empty lines, whitespace collapsed; tokenised `content` and
bias labels never read). Only articles whose url is on townhall.com under /tipsheet/ and whose date is an ISO date
in YEARS are kept: the staff news blog of one conservative site (Washington) over nine years, an outlet no other
corpus or timex set holds. Townhall's /columnists/ pages are left out: they are syndicated columns that run in other
papers too (some in reason2018's Creators Syndicate pieces), so they would not be one newsroom's unseen text.
Bodies under 500 characters, exact copies and stories that mention Ukraine are dropped. Ids are
twn-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made (annotations.txt ->
python -m eval.convert.annotations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import run
from .csmonitor import convert_pool

YEARS = ("2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020")
DESK = "tipsheet"  # first path segment of the staff news blog; /columnists/ holds syndicated columns
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # three rows carry "M/D/YYYY"-style dates; they are dropped, not guessed
SOURCE = "Townhall"


def townhall_story(row: dict) -> bool:
    url = urlparse(row.get("url") or "")
    host = url.hostname or ""
    date = row.get("date") or ""
    return ((host == "townhall.com" or host.endswith(".townhall.com"))
            and url.path.strip("/").split("/")[0] == DESK
            and ISO_DATE.match(date) is not None and date[:4] in YEARS)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    return convert_pool(root, "twn", townhall_story, SOURCE)


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
