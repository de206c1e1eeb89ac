"""BBC News 2004-2005 (Greene & Cunningham's "bbc" raw set) -> eval/corpora/bbc2005/articles.jsonl.gz.

Usage: python -m eval.convert.bbc PATH/TO/bbc OUT_DIR [N]

The set is one plain-text file per story, bbc/<category>/<nnn>.txt: the headline on the first line, then
paragraphs separated by blank lines. Every non-empty line after the headline is a paragraph. Stories whose
text is an exact copy of an earlier one (the raw set holds about a hundred) are dropped; of the rest the
N (default 1200) whose sha256("sample:" + id) sort first are kept, so the sample does not follow the
categories. Stories that mention Ukraine are left out (the seeds are about Ukraine; this corpus is
for other subjects). Ids are bbc-<category>-<nnn>; no dates are given ("published": null). The gold is hand-made
(annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from .common import split_of, write_articles


def read_story(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # a few files of the raw set are not UTF-8
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    return lines[0], "\n\n".join(lines[1:])


def convert(folder: Path, n: int) -> list[dict]:
    out, seen = [], set()
    for path in sorted(folder.glob("*/*.txt")):
        aid = f"bbc-{path.parent.name}-{path.stem}"
        title, text = read_story(path)
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if key in seen or not text or "Ukrain" in text:
            continue  # a copy, empty, or about Ukraine (the seeds' subject: this set must be about other things)
        seen.add(key)
        out.append({"id": aid, "split": split_of(aid), "title": title, "published": None,
                    "source": "BBC News", "text": text})
    out.sort(key=lambda a: hashlib.sha256(("sample:" + a["id"]).encode("utf-8")).hexdigest())
    return sorted(out[:n], key=lambda a: a["id"])


def main(argv: list[str]) -> int:
    articles = convert(Path(argv[0]), int(argv[2]) if len(argv) > 2 else 1200)
    write_articles(Path(argv[1]), articles)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
