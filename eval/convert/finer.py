"""English financial web news of 2015 (FiNER-ORD, from webz.io's free news sets) -> eval/corpora/finer_ord/.

Usage: python -m eval.convert.finer PATH/TO/FiNER-ORD/data OUT_DIR

FiNER-ORD ships tokens, not text: train/train.csv, train/val.csv and test/test.csv, one token a row
(gold_label, gold_token, doc_idx, sent_idx). All three parts are used (none of it was ever used here to
train or tune anything); ids are finer-<part>-<doc_idx>. The text is rebuilt by joining the tokens as a
reader expects ("country 's" -> "country's", "up - and - coming" -> "up-and-coming"), one sentence a paragraph
(the set keeps sentences, not paragraphs); zero-width marks left in the tokens by the web pages are removed. The set gives no title, outlet or date: title = the first words of
the first sentence, published = null. Only prose is kept: pages of quote tables or link lists (fewer than
5 sentences, or fewer than 55 % of the words lower-case) are dropped, and so are stories that mention
Ukraine (the seeds' subject).

The gold ships with the data (annotated by hand by the FiNER-ORD authors): labels 1/2 PER -> person,
3/4 LOC -> place, 5/6 ORG -> org. Adjusted to our span convention: a leading "the" is cut from a name;
an abbreviation the tokenizer split from its last full stop ("U.S" + ".") gets it back ("U.S."); a closing
quote is not part of a name ("General Motors’"); Reuters instrument codes typed ORG (".N225", ".PA") are no
names and not gold.
FiNER-ORD's own conventions are kept as its annotators made them ("NSW government" is one org, stock
indexes such as "Nikkei" are orgs). Every article is annotated in full.
"""
from __future__ import annotations

import csv
import re
import sys
from itertools import groupby
from pathlib import Path

from .common import check_mentions, detokenize, is_prose, split_of, write_corpus

LABELS = {"1": ("B", "person"), "2": ("I", "person"), "3": ("B", "place"), "4": ("I", "place"),
          "5": ("B", "org"), "6": ("I", "org")}
PARTS = (("train", "train/train.csv"), ("val", "train/val.csv"), ("test", "test/test.csv"))
HELDOUT_SHARE = 0.88
UKRAINE = re.compile(r"Ukrain|Kiev|Kyiv", re.I)
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")  # zero-width marks the web pages left inside tokens
QUOTES = "'’\"”“‘"


def read_part(path: Path) -> list[tuple[str, list[list[tuple[str, str]]]]]:
    """One FiNER-ORD csv -> [(doc_idx, sentences of (token, label))] in file order."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    docs = []
    for doc, doc_rows in groupby(rows, key=lambda r: r["doc_idx"]):
        sentences = [[(tok, r["gold_label"]) for r in sent if (tok := INVISIBLE.sub("", r["gold_token"]))]
                     for _, sent in groupby(doc_rows, key=lambda r: r["sent_idx"])]
        docs.append((doc, [s for s in sentences if s]))
    return docs


def _spans(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    spans, cur = [], None
    for i, (_tok, label) in enumerate(sentence):
        bio, kind = LABELS.get(label, (None, None))
        if cur and (kind != cur[2] or bio == "B"):
            spans.append(tuple(cur))
            cur = None
        if kind and cur is None:
            cur = [i, i + 1, kind]
        elif kind:
            cur[1] = i + 1
    if cur:
        spans.append(tuple(cur))
    out = []
    for i, j, kind in spans:
        if sentence[i][0].lower() == "the" and j - i > 1:
            i += 1
        while j - i > 1 and sentence[j - 1][0] in QUOTES:
            j -= 1
        last = sentence[j - 1][0]
        if j < len(sentence) and sentence[j][0] == "." and "." in last and last[-1].isalpha():
            j += 1  # "U.S" "." -> "U.S."
        out.append((i, j, kind))
    return out



def convert(folder: Path) -> tuple[list[dict], list[dict]]:
    articles, gold = [], []
    for part, rel in PARTS:
        for doc, sentences in read_part(folder / rel):
            if not is_prose(sentences):
                continue
            aid = f"finer-{part}-{doc}"
            paras, mentions, pos = [], [], 0
            for sentence in sentences:
                text, starts = detokenize([t for t, _ in sentence], glue_hyphens=True)
                for i, j, kind in _spans(sentence):
                    mentions.append((pos + starts[i], pos + starts[j - 1] + len(sentence[j - 1][0]), kind))
                paras.append(text)
                pos += len(text) + 2
            text = "\n\n".join(paras)
            if UKRAINE.search(text):
                continue
            words = paras[0].split()
            title = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
            articles.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": title, "published": None,
                             "source": "webz.io financial news (FiNER-ORD)", "text": text})
            gold.extend({"article": aid, "start": s, "end": e, "text": text[s:e], "type": k}
                        for s, e, k in mentions if text[s].isalnum())  # not the ". N225" index codes
    check_mentions(articles, gold)
    return articles, gold


def main(argv: list[str]) -> int:
    articles, gold = convert(Path(argv[0]))
    out = Path(argv[1])
    write_corpus(out, articles, gold, ("person", "org", "place"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
