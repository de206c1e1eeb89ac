"""MEANTIME (NewsReader; English Wikinews) TIMEX3 gold -> tests/gold/timex/meantime.jsonl.

Usage: python -m eval.convert.meantime_timex DIR_OF_CAT_XML OUT.jsonl

MEANTIME ships CAT XML: one `<token t_id sentence number>` per token, then `<Markables>` holding `TIMEX3`
elements (`type`, `value`, `mod`, `functionInDocument`) anchored on tokens by `<token_anchor t_id>`. In a
Wikinews article sentence 0 is the headline and sentence 1 the date line ("February 27, 2007", annotated as
the TIMEX3 with functionInDocument CREATION_TIME: our `dct`). MEANTIME annotated only a window at the start
of each article (the headline and the first four sentences after the date line); the text is the sentences
from 2 to the last one holding any markable (event, entity or timex), so that the kept text is the annotated
text; one paragraph a sentence (the tokens carry no paragraph breaks), tokens joined as a reader expects
(common.detokenize). Timexes of the headline and the date line are not gold (not part of the text).

Each timex becomes a row like indexer.dates.timeml's: `p`, `start`, `end`, `text`, `type`, `value`, [`mod`],
`kind` (scored / not_date / neutral by timeml.classify, the rule every timex set here follows) and, when
scored, `span` and `unit`. Every document has `set` "meantime". Our own code; imports nothing from upstream.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from indexer.dates.timeml import classify

from .common import detokenize

SET = "meantime"


def convert(path: Path) -> dict:
    root = ET.parse(path).getroot()
    tokens_sentence = {t.get("t_id"): int(t.get("sentence")) for t in root.iter("token")}
    sentences: dict[int, list[str]] = {}
    ids: dict[int, list[str]] = {}
    for t in root.iter("token"):
        s = int(t.get("sentence"))
        sentences.setdefault(s, []).append(t.text or "")
        ids.setdefault(s, []).append(t.get("t_id"))
    # MEANTIME annotated a window at the start of each article (the headline and the first sentences after the
    # date line); the text kept is that window, up to the last sentence holding any markable, so that every
    # date in it was an annotator's to mark
    marked = {int(tokens_sentence[a.get("t_id")]) for el in root.find("Markables") for a in el.findall("token_anchor")
              if a.get("t_id") in tokens_sentence}
    window_end = max(marked, default=1)
    body = [s for s in sorted(sentences) if 2 <= s <= window_end]
    paragraphs, where = [], {}
    for p, s in enumerate(body):
        text, starts = detokenize(sentences[s], glue_hyphens=False)
        paragraphs.append(text)
        for tid, tok, start in zip(ids[s], sentences[s], starts):
            where[tid] = (p, start, start + len(tok))
    dct, timexes = None, []
    for tx in root.iter("TIMEX3"):
        anchors = [a.get("t_id") for a in tx.findall("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value") or "")[:10]
            continue
        if not anchors or any(a not in where for a in anchors):
            continue  # headline or date line: not in the text
        places = [where[a] for a in anchors]
        p = places[0][0]
        if any(q != p for q, _, _ in places):
            continue  # a timex across two sentences does not occur; never guessed
        start, end = min(s for _, s, _ in places), max(e for _, _, e in places)
        ttype, value, mod = tx.get("type") or "", tx.get("value") or "", tx.get("mod") or None
        kind, span = classify(ttype, value, mod)
        row = {"p": p, "start": start, "end": end, "text": paragraphs[p][start:end], "type": ttype,
               "value": value, "kind": kind}
        if mod:
            row["mod"] = mod
        if span:
            row["span"] = [span[0].isoformat(), span[1].isoformat()]
            row["unit"] = span[2]
        timexes.append(row)
    timexes.sort(key=lambda t: (t["p"], t["start"]))
    doc = "meantime-" + (root.get("doc_id") or path.stem)
    return {"doc": doc, "dct": dct, "set": SET, "paragraphs": paragraphs, "timexes": timexes}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m eval.convert.meantime_timex DIR_OF_CAT_XML OUT.jsonl", file=sys.stderr)
        return 2
    rows = [convert(p) for p in sorted(Path(argv[0]).glob("*.xml"))]
    Path(argv[1]).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} documents -> {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
