"""Reuters newswire of December 1996 (the CoNLL-2003 English test set, eng.testb) -> eval/corpora/conll2003test/.

Usage: python -m eval.convert.conll PATH/TO/eng.testb OUT_DIR

eng.testb holds one token a line ("word POS chunk NE", IOB1 tags) with "-DOCSTART-" between documents and a
blank line between sentences. Per document the first sentence is the headline (the title), the second the
dateline ("ROME 1996-12-06"; published = its date); the text is the dateline and then the other sentences,
one paragraph each (the set keeps sentences, not Reuters' paragraphs). Tokens are joined with the blanks a
reader expects ("Bitar 's" -> "Bitar's", "( 7 )" -> "(7)", quotes hug what they quote). Only prose is kept:
results tables, standings and price lists (fewer than 55 % of the words lower-case, or fewer than 5 body
sentences) are dropped, and so are stories that mention Ukraine (the seeds' subject). Ids are
conll-<n>, n = the document's place in eng.testb from 1.

The gold ships with the data (made by hand for CoNLL-2003 at the University of Antwerp): PER -> person,
ORG -> org, LOC -> place, MISC dropped; its conventions are already ours (no titles inside a person, a
possessive "'s" is its own token, datelines are places). Mentions in the headline are not gold (the
title is not part of the scored text). Every article is annotated in full.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .common import check_mentions, detokenize, is_prose, split_of, write_corpus

TYPES = {"PER": "person", "ORG": "org", "LOC": "place"}
HELDOUT_SHARE = 0.88
DATELINE = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")
UKRAINE = re.compile(r"Ukrain|Kiev|Kyiv", re.I)


def read_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    """eng.testb -> documents -> sentences -> (token, NE tag)."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if sentence:
                docs[-1].append(sentence)
                sentence = []
            continue
        if parts[0] == "-DOCSTART-":
            if docs[-1]:
                docs.append([])
            continue
        sentence.append((parts[0], parts[-1]))
    return [d for d in docs if d]


def _spans(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Token index spans of the IOB1 tags: I-X goes on a run of X, B-X starts a new one."""
    spans, cur = [], None
    for i, (_tok, tag) in enumerate(sentence):
        kind = tag[2:] if tag != "O" else None
        if cur and (kind != cur[2] or tag.startswith("B-")):
            spans.append(tuple(cur))
            cur = None
        if kind and cur is None:
            cur = [i, i + 1, kind]
        elif kind:
            cur[1] = i + 1
    if cur:
        spans.append(tuple(cur))
    return spans



def convert(path: Path) -> tuple[list[dict], list[dict]]:
    articles, gold = [], []
    for n, doc in enumerate(read_documents(path), 1):
        if len(doc) < 3:
            continue
        headline, dateline, body = doc[0], doc[1], doc[2:]
        m = DATELINE.search(dateline[-1][0])
        if not m or not is_prose(body):
            continue
        aid = f"conll-{n}"
        paras, mentions, pos = [], [], 0
        for sentence in [dateline] + body:
            text, starts = detokenize([t for t, _ in sentence])
            for i, j, kind in _spans(sentence):
                if kind in TYPES:
                    s, e = pos + starts[i], pos + starts[j - 1] + len(sentence[j - 1][0])
                    mentions.append((s, e, TYPES[kind]))
            paras.append(text)
            pos += len(text) + 2
        text = "\n\n".join(paras)
        if UKRAINE.search(text) or UKRAINE.search(" ".join(t for t, _ in headline)):
            continue
        title = detokenize([t for t, _ in headline])[0]
        articles.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": title,
                         "published": f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "source": "Reuters",
                         "text": text})
        gold.extend({"article": aid, "start": s, "end": e, "text": text[s:e], "type": k} for s, e, k in mentions)
    check_mentions(articles, gold)
    return articles, gold


def main(argv: list[str]) -> int:
    articles, gold = convert(Path(argv[0]))
    out = Path(argv[1])
    write_corpus(out, articles, gold, TYPES.values())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
