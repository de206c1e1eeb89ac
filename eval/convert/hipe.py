"""US historical newspapers 1790-1960 (CLEF-HIPE-2020 English, Chronicling America) -> eval/corpora/chronam_hipe/.

Usage: python -m eval.convert.hipe PATH/TO/HIPE-data-v1.4-dev-en.tsv PATH/TO/HIPE-data-v1.4-test-en.tsv OUT_DIR

The HIPE files hold one token a line (CoNLL-U like) with "# newspaper", "# date" and "# document_id" lines
before each document. The text is rebuilt from the tokens: a blank after each token unless its MISC column
says NoSpaceAfter; an OCR line end (EndOfLine) is a blank, and a line that ends in the hyphenation sign "¬"
is joined to the next without it ("Alexan¬ / der" -> "Alexander"). The scans give no paragraphs: a line that
ends a sentence and is much shorter than the document's usual line (the last line of a printed paragraph)
ends a paragraph. Title = the first line of the text; published = "# date"; source = the newspaper's
Library of Congress number. Documents that mention Ukraine are left out (the seeds' subject).

The gold ships with the data (NE-COARSE-LIT, annotated by hand for HIPE): pers -> person, org -> org,
loc -> place; prod and time are dropped, as are the nested and metonymic columns. Adjusted to our span
convention: a token only partly inside a name ("China—that", Partial-0:5) gives only that part; a
leading "the" and a trailing possessive "'s" are cut; titles and functions that HIPE keeps inside a
person ("Mr", "Gen.", "Judge", "PRESIDENT") are cut, and so is a function after the name (from a comma or a
title word on: "E. A. Sherman, Auditor of Dakota Territory" -> "E. A. Sherman"; "Mr. and Mrs. Tally H.
Eddings" -> "Tally H. Eddings"); a person left as "of ..." ("queen of England") is no name and not gold; a
mention left with no capital letter is no name ("the king", "state") and is not gold; a part-token end
inside a word ("Harriso|n") moves to the word's end. Everything else is kept as HIPE's annotators made it,
OCR errors included ("Houfe of Reprefentatives", "C. E. Thompson. speeial counsel for"). Every article is
annotated in full.
"""
from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

from .common import check_mentions, split_of, write_corpus

TYPES = {"pers": "person", "org": "org", "loc": "place"}
HELDOUT_SHARE = 0.88
# generic titles and functions (a word class, not names): cut from the front of a person
TITLES = {
    "mr", "mrs", "miss", "ms", "messrs", "dr", "rev", "hon", "sir", "lord", "lady", "madame", "mme", "mlle",
    "general", "gen", "colonel", "col", "captain", "capt", "major", "maj", "lieut", "lieutenant", "lt",
    "sergeant", "sergt", "sgt", "corporal", "admiral", "adm", "commodore", "commander", "private", "pvt",
    "president", "governor", "gov", "senator", "sen", "judge", "justice", "chief", "mayor", "secretary",
    "king", "queen", "prince", "princess", "duke", "duchess", "count", "countess", "baron", "emperor",
    "empress", "pope", "bishop", "father", "brother", "sister", "professor", "prof", "esq", "citizen",
    "premier", "minister", "ambassador", "consul", "deacon", "elder", "squire", "dame", "saint", "st",
    "marshal", "officer", "detective", "sheriff", "deputy", "attorney", "representative", "rep",
    "congressman", "alderman", "councilman", "the", "late", "old", "young", "mister", "uncle", "aunt",
    "madam", "doctor", "ensign", "inspector", "master", "mechanic", "warden", "constable", "policeman",
    "policemen", "county", "cub", "leader", "trustee", "accountant", "engineer", "foreman", "electrician",
    "aviation", "seaman", "nurse", "coach",
}
# words that start a function after a name ("..., Speaker of the House"); with TITLES they end a person
FUNCTIONS = {"speaker", "auditor", "superintendent", "vice", "clerk", "treasurer", "commissioner", "editor",
             "postmaster", "collector", "agent", "director", "manager", "chairman", "member", "of"}
FRONT = TITLES | FUNCTIONS - {"of"} | {"and", "his", "her", "honor"}  # cut from the front of a person
UKRAINE = re.compile(r"Ukrain|Kiev|Kyiv", re.I)


def read_documents(path: Path):
    """Yield (metadata, rows) per document; a row is (token, coarse literal tag, misc flags)."""
    meta: dict[str, str] = {}
    rows: list[tuple[str, str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            key, _, value = line[2:].partition(" = ")
            if key == "newspaper" and rows:
                yield meta, rows
                meta, rows = {}, []
            meta[key.strip()] = value.strip()
            continue
        cols = line.split("\t")
        if len(cols) < 10 or cols[0] == "TOKEN":
            continue
        rows.append((cols[0], cols[1], cols[9].split("|")))
    if rows:
        yield meta, rows


def _partial(flags: list[str]) -> tuple[int, int] | None:
    for f in flags:
        m = re.fullmatch(r"Partial-(-?\d+):(\d+)", f)
        if m:
            return int(m.group(1)), int(m.group(2))
    return None


def rebuild(rows) -> tuple[str, list[tuple[int, int, str]]]:
    """Tokens -> (text, [(start, end, HIPE type)]) with paragraph breaks at short sentence-final lines."""
    lines: list[list[tuple[str, int]]] = [[]]  # per OCR line: (token, row index) kept, spacing marks
    for i, (tok, _tag, flags) in enumerate(rows):
        if tok == "¬" and "EndOfLine" in flags:
            continue  # hyphenation at a line end: the word goes on on the next line
        lines[-1].append((tok, i))
        if "EndOfLine" in flags and not (i + 1 < len(rows) and rows[i + 1][0] == "¬"):
            lines.append([])
    lines = [ln for ln in lines if ln]

    def glued(i: int) -> bool:  # no blank after row i
        if "NoSpaceAfter" in rows[i][2]:
            return True
        return i + 1 < len(rows) and rows[i + 1][0] == "¬"  # "Alexan" before the hyphen sign

    widths = [sum(len(t) + 1 for t, _ in ln) for ln in lines]
    usual = statistics.median(widths) if widths else 0
    out: list[str] = []
    starts: dict[int, int] = {}
    pos = 0
    for n, ln in enumerate(lines):
        for tok, i in ln:
            starts[i] = pos
            out.append(tok)
            pos += len(tok)
            if not glued(i):
                out.append(" ")
                pos += 1
        last_i = ln[-1][1]
        sentence_end = "PySBDSegment" in rows[last_i][2] or rows[last_i][0] in (".", "!", "?")
        inside_name = n + 1 < len(lines) and rows[lines[n + 1][0][1]][1].startswith("I-")
        if n + 1 < len(lines) and sentence_end and not inside_name and widths[n] < 0.6 * usual:
            while out and out[-1] == " ":
                out.pop()
                pos -= 1
            out.append("\n\n")
            pos += 2
    text = "".join(out)
    spans, open_span = [], None
    for i, (tok, tag, flags) in enumerate(rows):
        if i not in starts:
            continue
        part = _partial(flags)
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if tag.startswith("B-") or (open_span and kind != open_span[2]) or kind is None:
            if open_span:
                spans.append(tuple(open_span))
                open_span = None
        if kind is None:
            continue
        s, e = starts[i], starts[i] + len(tok)
        if part:
            if part[0] >= 0 and open_span is None:
                s = starts[i] + part[0]
            e = starts[i] + part[1]
            while e < starts[i] + len(tok) and tok[e - starts[i]].isalnum():
                e += 1  # an end inside a word ("Harriso|n") is the word's end: spans are whole words here
        if open_span is None:
            open_span = [s, e, kind]
        else:
            open_span[1] = e
    if open_span:
        spans.append(tuple(open_span))
    return text.strip(), spans


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
        end -= 2
    if kind == "person":
        # HIPE keeps a function after the name inside the person ("E. A. Sherman, Auditor of Dakota
        # Territory", "W. Stallings, Esq"): a name has no comma, and a title word ends it
        m = re.search(r",", text[start:end])
        if m:
            end = start + m.start()
        for w in re.finditer(r"\w+", text[start:end]):
            if w.start() > 0 and w.group().lower() in TITLES | FUNCTIONS:
                end = start + w.start()
                break
        while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
            end -= 1
    while True:
        m = re.match(r"(\w+)[.:]?\s+", text[start:end])
        if not m or m.group(1).lower() not in (FRONT if kind == "person" else {"the"}):
            break
        start += m.end()
    return start, end


def gold_for(aid: str, text: str, spans) -> list[dict]:
    gold = []
    for start, end, hipe_type in spans:
        if hipe_type not in TYPES:
            continue
        kind = TYPES[hipe_type]
        start, end = _trim(text, start, end, kind)
        name = text[start:end]
        if not any(c.isupper() for c in name) or (kind == "person" and name.split()[0] in ("of", "the")):
            continue  # a title alone or a common noun: no name under our convention
        if kind == "person" and name.split()[-1].rstrip(".").lower() in TITLES and " " not in name:
            continue  # "Mr.", "Gen." left alone
        gold.append({"article": aid, "start": start, "end": end, "text": name, "type": kind})
    return gold


def convert(paths: list[Path]) -> tuple[list[dict], list[dict]]:
    articles, gold = [], []
    for path in paths:
        for meta, rows in read_documents(path):
            text, spans = rebuild(rows)
            if UKRAINE.search(text):
                continue
            aid = "chronam-" + meta["document_id"]
            first = text.split("\n\n")[0]
            title = " ".join(first.split()[:12])
            articles.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": title,
                             "published": meta.get("date"),
                             "source": f"Chronicling America, LCCN {meta.get('newspaper', '?')}", "text": text})
            gold.extend(gold_for(aid, text, spans))
    check_mentions(articles, gold)
    return sorted(articles, key=lambda a: a["id"]), gold


def main(argv: list[str]) -> int:
    articles, gold = convert([Path(p) for p in argv[:-1]])
    out = Path(argv[-1])
    write_corpus(out, articles, gold, TYPES.values())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
