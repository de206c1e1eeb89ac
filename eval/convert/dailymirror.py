"""Daily Mirror (Sri Lanka), March 2024 -> eval/corpora/dailymirror_lk2024/articles.jsonl.gz.

Usage: python -m eval.convert.dailymirror PATH/TO/data/lk_news/2020s/2024 OUT_DIR

The upstream archive (nuuuwan/lk_news, branch "data") keeps one folder per scraped page,
<date>-<newspaper>-<hash>/ with doc.json (date_str, description = headline, url_metadata, lang) and doc.txt
(the headline, a blank line, then the body's paragraphs separated by blank lines). Only the folders of
dailymirror.lk dated March 2024 are read: one newsroom and one month, the densest month that outlet has there.

The headline becomes "title" and is cut from the text (it is the first paragraph of doc.txt, word for word);
paragraphs are kept as scraped, whitespace inside a paragraph collapsed, so the dateline "Colombo, March 1
(Daily Mirror) -" stays at the head of the first one. Pages under 500 characters of body (one-line briefs),
non-English pages, exact copies of an earlier body and stories that mention Ukraine are dropped. Ids are
dmlk-<first 12 hex digits of sha256(text)>; about 88 % are held out (split_of with HELDOUT_SHARE).
The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import Keeper, run

HELDOUT_SHARE = 0.88
OUTLET = "dailymirrorlk"
MONTH = "2024-03"
MIN_CHARS = 500


def page(folder: Path) -> tuple[dict, str, str]:
    """(metadata, title, body) of one scraped page; the body without the headline paragraph doc.txt opens with."""
    meta = json.loads((folder / "doc.json").read_text(encoding="utf-8"))
    paras = [" ".join(p.split()) for p in (folder / "doc.txt").read_text(encoding="utf-8").split("\n\n")]
    paras = [p for p in paras if p]
    title = " ".join(meta.get("description", "").split())
    if paras and paras[0] == title:
        paras = paras[1:]
    return meta, title, "\n\n".join(paras)


def convert(root: Path) -> tuple[list[dict], dict[str, int]]:
    out, keeper = [], Keeper("dmlk", HELDOUT_SHARE, MIN_CHARS, first=("lang",))
    for folder in sorted(root.glob(f"{MONTH}-*-{OUTLET}-*")):
        meta, title, text = page(folder)
        if meta.get("lang") != "en":
            keeper.drop("lang")
            continue
        if keeper.why_not(text, title):
            continue
        out.append({**keeper.head(text), "title": title,
                    "published": meta["date_str"], "source": "Daily Mirror (Sri Lanka)", "text": text,
                    "url": meta.get("url_metadata", "")})
    return sorted(out, key=lambda a: a["id"]), keeper.dropped


def main(argv: list[str]) -> int:
    return run(argv, convert)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
