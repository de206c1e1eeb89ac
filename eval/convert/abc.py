"""ABC (Australian Broadcasting Corporation) Rural News 2006 -> eval/corpora/abc_rural/articles.jsonl.gz.

Usage: python -m eval.convert.abc PATH/TO/abc/rural.txt OUT_DIR

The file (NLTK's "abc" corpus) is plain text: stories separated by a blank line, each a headline line
then one line per paragraph. Every block of at least three lines is one article (a few long stories carry
a sub-heading and come out as two articles). Ids are abc-rural-<block ordinal>; no dates are given
("published": null). The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path

from .common import split_of, write_articles


def convert(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    out = []
    for n, block in enumerate(b for b in text.split("\n\n") if b.strip()):
        lines = [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        if len(lines) < 3:
            continue
        aid = f"abc-rural-{n:04d}"
        out.append({"id": aid, "split": split_of(aid), "title": lines[0], "published": None,
                    "source": "ABC Rural", "text": "\n\n".join(lines[1:])})
    return out


def main(argv: list[str]) -> int:
    articles = convert(Path(argv[0]))
    write_articles(Path(argv[1]), articles)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
