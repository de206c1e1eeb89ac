"""Read TimeML (TIMEX3-annotated) newswire into day-span gold for the event-date evaluation.

A TIMEX3 ``value`` is mapped to the calendar days it covers, so it compares with what the tagger emits
(``value``/``date_end``):

- ``1998-08-07`` (also with a time, ``1998-08-07T09:00`` / ``TNI``): that day
- ``1998-W32``: Monday..Sunday of that ISO week; ``1998-W32-WE``: its Saturday..Sunday
- ``1998-08``: the month; ``1998-Q3``: the quarter; ``1998-H1``: the half; ``1998``: the year;
  ``199`` or ``199X``: the decade
- ``mod`` START/MID/END narrows nothing here; the scorer accepts any span inside the gold one for them

What is *not* a calendar span:

- ``DURATION`` and ``SET`` ("three years", "every week") and ``PRESENT_REF`` / ``PAST_REF`` /
  ``FUTURE_REF`` ("now", "recently", "today's world"): ``not_date``; a date emitted over one is wrong
- values with an unknown part (``XXXX-XX-XX``, ``1998-WXX``), seasons (``1998-SU``: hemisphere and
  convention differ), centuries, fiscal-year codes, times without a date, ``mod`` BEFORE/AFTER
  ("before 1990"): ``neutral``; a date emitted over one is neither right nor wrong

Run ``python -m indexer.dates.timeml TML_DIR OUT.jsonl [--set NAME]`` to convert a folder of ``.tml`` files;
``--set`` puts every document in one named set (a fresh held-out corpus) instead of the dev/heldout split.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

from indexer.dates.patterns import month_end

_OPEN_ENDED_MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def value_span(value: str) -> tuple[date, date, str] | None:
    """(first day, last day, unit) for a TIMEX3 value, or None when it names no calendar span."""
    v = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", v):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d, d, "day"
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})(-WE)?", v):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
        return monday, monday + timedelta(days=6), "week"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), month_end(y, mo), "month"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half"
    if m := re.fullmatch(r"(\d{4})", v):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := re.fullmatch(r"(\d{3})X?", v):
        d = int(m[1]) * 10
        return date(d, 1, 1), date(d + 9, 12, 31), "decade"
    return None


def classify(ttype: str, value: str, mod: str | None) -> tuple[str, tuple[date, date, str] | None]:
    """("scored", span) | ("not_date", None) | ("neutral", None) for one TIMEX3."""
    if ttype in ("DURATION", "SET") or value in _REFS:
        return "not_date", None
    if mod in _OPEN_ENDED_MODS:
        return "neutral", None
    span = value_span(value)
    if span is None:
        return "neutral", None
    return "scored", span


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the blank-line separated blocks of a document, single newlines kept as spaces."""
    out = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.S):
        out.append((m.start(), m.group().replace("\n", " ")))
    return out


def convert(path: Path, subset: str | None = None) -> dict:
    """One .tml file as {doc, dct, paragraphs, timexes} with TIMEX3 offsets into its paragraph."""
    root = ET.parse(path).getroot()
    docid = root.findtext("DOCID") or path.stem
    dct_el = root.find("DCT/TIMEX3")
    dct = (dct_el.get("value") or "")[:10]
    text_el = root.find("TEXT")
    plain: list[str] = []
    timexes: list[dict] = []

    def walk(el: ET.Element) -> None:
        if el.tag == "TIMEX3":
            start = sum(map(len, plain))
            inner = "".join(el.itertext())
            plain.append(inner)
            timexes.append({"start": start, "end": start + len(inner), "text": inner, "type": el.get("type"),
                            "value": el.get("value") or "", "mod": el.get("mod")})
        else:
            if el.text:
                plain.append(el.text)
            for child in el:
                walk(child)
        if el is not text_el and el.tail:
            plain.append(el.tail)

    walk(text_el)
    full = "".join(plain)
    paras = _paragraphs(full)
    out_timexes = []
    for t in timexes:
        for n, (off, ptext) in enumerate(paras):
            if off <= t["start"] and t["end"] <= off + len(ptext):
                kind, span = classify(t["type"], t["value"], t["mod"])
                row = {"p": n, "start": t["start"] - off, "end": t["end"] - off, "text": t["text"],
                       "type": t["type"], "value": t["value"], "kind": kind}
                if t["mod"]:
                    row["mod"] = t["mod"]
                if span:
                    row["span"] = [span[0].isoformat(), span[1].isoformat()]
                    row["unit"] = span[2]
                out_timexes.append(row)
                break
    return {"doc": docid, "dct": dct, "set": subset or split_of(docid), "paragraphs": [p for _, p in paras],
            "timexes": out_timexes}


def split_of(docid: str) -> str:
    """Deterministic half/half split by a hash of the document id: "dev" to tune on, "heldout" to score."""
    return "dev" if hashlib.sha1(docid.encode()).digest()[0] % 2 == 0 else "heldout"


def main(argv: list[str]) -> int:
    subset = None
    if "--set" in argv:
        i = argv.index("--set")
        subset, argv = argv[i + 1], argv[:i] + argv[i + 2:]
    if len(argv) != 2:
        print("usage: python -m indexer.dates.timeml TML_DIR OUT.jsonl [--set NAME]", file=sys.stderr)
        return 2
    src, out = Path(argv[0]), Path(argv[1])
    rows = [convert(p, subset) for p in sorted(src.glob("*.tml"))]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} documents -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
