"""NIST 1999 IE-ER newswire (NYT and AP, 1998; NLTK's "ieer" sample) -> eval/corpora/ieer1998/.

Usage: python -m eval.convert.ieer PATH/TO/ieer OUT_DIR

Each <DOC> of the six files is one article: title = <HEADLINE>, published = the day of <DATE_TIME>, source
from the <DOCNO> prefix (NYT: "New York Times", APW: "Associated Press"), text = <TEXT> with the wire's
line breaks undone (a tab-indented line starts a paragraph), "&AMP;" as "&", the <ANNOTATION> notes
("STORY CAN END HERE") and the &UR;/&LR; markers dropped. The gold ships with the data (MUC-style ENAMEX,
made by NIST's annotators): PERSON -> person, ORGANIZATION -> org, LOCATION -> place; mentions marked
status="opt" are not gold; "Datuk" (an honorific) is cut from a person and the adjective "Nazi" is
not an org (our convention: titles and nationality-like adjectives are not names); a mention with an alt="..." keeps only that minimal name ("Somali Red
Crescent" -> "Red Crescent"); a leading "The"/"the" is cut from an org (our convention); mentions in the
headline are not gold (the title is not part of the scored text). TIMEX/NUMEX are dropped. Every article
is annotated in full.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from .common import check_mentions, split_of, write_jsonl

TYPES = {"PERSON": "person", "ORGANIZATION": "org", "LOCATION": "place"}
TITLES = ("Datuk ",)  # a Malaysian honorific the annotators kept inside the name; titles are not names here
ADJECTIVES = {"Nazi"}  # "Nazi Germany", "Nazi gold": an adjective, not annotated under our convention
SOURCES = {"NYT": "New York Times", "APW": "Associated Press"}
TAG_RE = re.compile(r"<(b_enamex|e_enamex|b_timex|e_timex|b_numex|e_numex)([^>]*)>")


def _field(doc: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return m.group(1) if m else ""


def _clean(s: str) -> str:
    s = s.replace("&AMP;", "&").replace("&UR;", " ").replace("&LR;", " ")
    return html.unescape(s)


def parse_text(raw: str) -> tuple[str, list[tuple[int, int, str, dict]]]:
    """Tagged TEXT -> (plain text, [(start, end, ENAMEX type, attributes)])."""
    raw = re.sub(r"<ANNOTATION>.*?</ANNOTATION>", "\n\t", raw, flags=re.S)
    paras: list[str] = []
    for p in re.split(r"\n(?=[ \t]*\t)", raw):
        p = " ".join(p.split())
        if paras and paras[-1].count("<b_enamex") > paras[-1].count("<e_enamex"):
            paras[-1] += " " + p  # a wire line break inside a name is no paragraph
        else:
            paras.append(p)
    tagged = "\n\n".join(p for p in paras if TAG_RE.sub("", p).strip())
    out, spans, stack, pos = [], [], [], 0
    length = 0
    for m in TAG_RE.finditer(tagged):
        chunk = _clean(tagged[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        kind, attrs = m.group(1), dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        if kind == "b_enamex":
            stack.append((length, attrs))
        elif kind == "e_enamex":
            start, battrs = stack.pop()
            spans.append((start, length, battrs.get("type", ""), battrs))
    chunk = _clean(tagged[pos:])
    out.append(chunk)
    if stack:
        raise ValueError("unclosed ENAMEX")
    return "".join(out), spans


def gold_for(aid: str, text: str, spans) -> list[dict]:
    gold = []
    for start, end, etype, attrs in spans:
        if etype not in TYPES or attrs.get("status") == "opt":
            continue
        # the wire text may carry stray blanks at a span's edge once the line breaks are joined
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if "alt" in attrs:
            i = text.find(attrs["alt"], start, end)
            if i < 0:
                raise ValueError(f"{aid}: alt {attrs['alt']!r} not inside {text[start:end]!r}")
            start, end = i, i + len(attrs["alt"])
        kind = TYPES[etype]
        if kind == "person" and text.startswith(TITLES, start):
            start = text.index(" ", start) + 1
        if kind == "org" and text[start:end] in ADJECTIVES:
            continue
        if kind == "org" and re.match(r"[Tt]he ", text[start:end]):
            start += 4
        if start < end:
            gold.append({"article": aid, "start": start, "end": end, "text": text[start:end], "type": kind})
    return gold


def convert(folder: Path) -> tuple[list[dict], list[dict]]:
    articles, gold = [], []
    for path in sorted(p for p in folder.iterdir() if p.name[:3] in SOURCES):
        for doc in re.findall(r"<DOC>(.*?)</DOC>", path.read_text(encoding="latin-1"), re.S):
            docno = _field(doc, "DOCNO").strip()
            aid = "ieer-" + docno.lower().replace(".", "-")  # ids keep to [A-Za-z0-9_-]
            text, spans = parse_text(_field(doc, "TEXT"))
            m = re.search(r"(\d\d)/(\d\d)/(\d{4})", _field(doc, "DATE_TIME"))
            title = " ".join(_clean(TAG_RE.sub("", _field(doc, "HEADLINE"))).split())
            articles.append({"id": aid, "split": split_of(aid), "title": title,
                             "published": f"{m.group(3)}-{m.group(1)}-{m.group(2)}" if m else None,
                             "source": SOURCES[docno[:3]], "text": text})
            gold.extend(gold_for(aid, text, spans))
    check_mentions(articles, gold)
    return articles, gold


def main(argv: list[str]) -> int:
    articles, gold = convert(Path(argv[0]))
    out = Path(argv[1])
    write_jsonl(out / "articles.jsonl", articles)
    write_jsonl(out / "mentions.jsonl", gold)
    for split in ("dev", "heldout"):
        ids = {a["id"] for a in articles if a["split"] == split}
        counts = {t: sum(1 for g in gold if g["article"] in ids and g["type"] == t) for t in TYPES.values()}
        print(split, len(ids), "articles", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
