"""The American Spectator's pieces in the AllSides pool -> eval/corpora/amspectator2018/.

Usage: python -m eval.convert.amspectator PATH/TO/data/jsons OUT_DIR

Same upstream folder as csmonitor.py (ramybaly/Article-Bias-Prediction, data/jsons/, commit ced8111a; Baly et al.,
EMNLP 2020), read the same way (content_original's non-empty lines, whitespace collapsed; the tokenised `content`,
the bias labels and AllSides's `source` label are never read). Only articles whose url is on spectator.org are
kept: one conservative magazine's web desk (Alexandria, Virginia), an outlet no other corpus or timex set holds.
Every piece is taken: spectator.org's urls carry no section folder and its titles mark only some commentary
("OPINION:"), so no rule fixed before reading tells its news reports from its columns. The pool stores no date for
any of them, so `published` is null. Bodies under 500 characters, exact copies and pieces that mention Ukraine are
dropped. Ids are spec-<first 12 hex digits of sha256(text)>; about 88 % are held out. The gold is hand-made
(annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlparse

from .common import Keeper, run
from .csmonitor import HELDOUT_SHARE, MIN_CHARS, paragraphs_of

SOURCE = "The American Spectator"


def spectator_piece(row: dict) -> bool:
    host = urlparse(row.get("url") or "").hostname or ""
    return host == "spectator.org" or host.endswith(".spectator.org")


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("spec", HELDOUT_SHARE, MIN_CHARS, first=("other_outlet",))
    for path in sorted(root.glob("*.json")):  # a fixed reading order: which of two copies is kept never changes
        row = json.loads(path.read_text(encoding="utf-8"))
        if not spectator_piece(row):
            keeper.drop("other_outlet")
            continue
        title = " ".join((row.get("title") or "").split())
        text = "\n\n".join(paragraphs_of(row.get("content_original") or ""))
        if keeper.why_not(text, title):
            continue
        # the pool's date is empty for every spectator.org piece; a null says "unknown" rather than a wrong day
        published = (row.get("date") or "")[:10] or None
        out.append({**keeper.head(text), "title": title, "published": published, "source": SOURCE,
                    "text": text, "url": row["url"]})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert, count=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
