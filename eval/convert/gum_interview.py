"""Wikinews interviews from the GUM corpus (genre "interview") -> eval/corpora/gum_interview/.

Usage: python -m eval.convert.gum_interview GUM_GIT_DIR OUT_DIR   (a git snapshot of amir-zeldes/gum)

A fresh held-out set beside gum_wikinews (GUM's "news" genre): the same source and annotation, other documents
(Wikinews interviews: a reporter's questions and the interviewee's answers). The conversion is
eval/convert/gum.py's, rules and all (proper-name spans of GUM's person / organization / place mentions; see its
docstring); only the file selection, the split share (88 % held out, as the other fresh sets) and the source
label differ. Interviews that mention Ukraine are left out (the seeds' subject). gum.py's hand corrections were
made on the news documents and are applied here unchanged: nothing was read or corrected on these.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .common import check_mentions, split_of, write_corpus
from .gum import TYPES, convert_doc, git_show, parse_doc

HELDOUT_SHARE = 0.88
UKRAINE = re.compile(r"Ukrain|Kiev|Kyiv", re.I)


def main(argv: list[str]) -> int:
    git_dir, out = argv[0], Path(argv[1])
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", "dep/"],
                           check=True, capture_output=True, text=True).stdout.split()
    paths = sorted(n for n in names if re.search(r"/GUM_interview_\w+\.conllu$", n))
    docs = {p: git_show(git_dir, p) for p in paths}
    place_ids = {m["identity"] for text in docs.values() for m in parse_doc(text)[2]
                 if m["etype"] == "place" and m["identity"]}
    place_names: set[str] = set()
    for path in paths:  # first pass: every name GUM files as a place somewhere (as gum.py does)
        _, first = convert_doc("x", docs[path], place_ids)
        place_names.update(m["text"] for m in first if m["type"] == "place")
    articles, gold, dropped = [], [], 0
    for path in paths:
        doc_id = path.rsplit("/", 1)[1][:-len(".conllu")]
        article, mentions = convert_doc(doc_id, docs[path], place_ids, place_names)
        if UKRAINE.search(article["text"]) or UKRAINE.search(article["title"]):
            dropped += 1
            continue
        article.update(split=split_of(doc_id, HELDOUT_SHARE), source="Wikinews (interview)")
        articles.append(article)
        gold.extend(mentions)
    check_mentions(articles, gold)
    write_corpus(out, articles, gold, TYPES.values())
    print("interviews mentioning Ukraine, dropped:", dropped)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
