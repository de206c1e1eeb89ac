"""OneStopEnglish corpus (Guardian articles adapted by onestopenglish.com, 2013-2016) -> eval/corpora/onestop_guardian/.

Usage: python -m eval.convert.onestop PATH/TO/Texts-SeparatedByReadingLevel/Adv-Txt OUT_DIR

Only the Advanced level is used (the version closest to the Guardian's text; the Intermediate and
Elementary versions are simplified rewrites of the same stories, so using them too would triple every
story). One file per story, one paragraph per line, a UTF-8 byte-order mark on most files. Stories that
mention Ukraine are left out (the seeds are about Ukraine). Title = the file's topic name ("Banksy",
"WNL Vienna": the corpus has no headlines); no dates ("published": null); ids onestop-<slug of the topic>.
The gold is hand-made (annotations.txt -> python -m eval.convert.annotations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .common import split_of, write_articles


def convert(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*-adv.txt")):
        topic = path.name[: -len("-adv.txt")].strip()
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        paras = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        body = "\n\n".join(paras)
        if not body or "Ukrain" in body:
            continue
        aid = "onestop-" + re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")
        out.append({"id": aid, "split": split_of(aid), "title": topic, "published": None,
                    "source": "The Guardian (onestopenglish)", "text": body})
    ids = [a["id"] for a in out]
    if len(ids) != len(set(ids)):
        raise ValueError("two topics give the same id")
    return out


def main(argv: list[str]) -> int:
    articles = convert(Path(argv[0]))
    write_articles(Path(argv[1]), articles)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
