"""Syria/Iraq conflict news and government statements, 2016-2017 (Dstl re3d) -> eval/corpora/re3d/.

Usage: python -m eval.convert.re3d PATH/TO/re3d OUT_DIR

PATH/TO/re3d is a checkout of github.com/dstl/re3d: one folder per source (BBC Online, CENTCOM, UK
Government, US State Department, Australian Department of Foreign Affairs, Delegation of the European Union
to Syria, Wikipedia), each with mongoexport files documents.json (`_id`, `title`, `text`, `sourceName`,
`sourceUrl`) and entities.json (`documentId`, `begin`, `end`, `type`, `value`, `confidence`). The Wikipedia
folder is left out (encyclopedia articles, not news). Documents that mention Ukraine are left out (the seeds'
subject). Text: runs of line breaks become one blank line (our paragraph break), other text unchanged.
published = null (re3d gives no dates); source = the source's name and the page's URL.

The gold ships with the data (experts annotated every entity of the schema; crowd workers then voted on the
type and `confidence` is a Bayesian model's probability of the type). Person -> person, Organisation -> org,
Location -> place; the other types (Nationality, Temporal, Weapon, ...) are dropped. re3d's schema is wider
than ours: an organisation "may be indicated by an abstract class (e.g. rebels)", a person "by title (e.g.
President of the United States)", a location by a description ("the city"). We keep names only, by rules of
word class, never of particular strings:
- one type per span: a span typed both Location and Organisation is a country or city standing for its
  government ("Syria has accused Israel"), a place under our convention (GPE -> place, as CoNLL's LOC);
  otherwise the type with the highest confidence. Confidence is not a filter: the crowd's low scores fall on
  right names as often as on wrong ones (ISIL, Iraq, Tobias Ellwood);
- spans are trimmed of blanks, edge punctuation, a possessive "'s" and a leading article;
- person: titles, ranks and offices before the name are cut up to the last such word ("Navy Senior Chief
  Petty Officer Scott C. Dayton" -> "Scott C. Dayton", "FCO Minister Tobias Ellwood" -> "Tobias Ellwood");
  the name ends at a comma, an article or a lower-case word that is not a name particle (al, bin, de, ...);
- place: "the port city of Tartus" -> "Tartus" (a settlement noun + "of" before the name); "Rome, Italy"
  -> two places;
- a mention is a name when its first and last words are capitalised (or digits), the last part of a
  hyphenated word too ("US-led" is a modifier, not a place), and it is not a pronoun, a month or weekday, a
  nationality that re3d itself annotates or its plural ("Iraqi", "Syrians"), nor one sentence-initial word
  the corpus otherwise writes in lower case ("Refugees"); an org holds no common word but "of", "and", ...
  ("Syrian news agency Sana" is a description), starts with no count ("300 ANG Airmen") and holds no
  person's role before a name or at its end ("U.S. Army General Joseph", "US Secretary"); the rest is not
  gold;
- a mention across a paragraph break is dropped; a person holding another person mention gives way to it
  (the inner one is the name); of other overlapping mentions the longest is kept; two annotations that
  come to the same span with different types give a place before an org before a person.
re3d's annotators stopped before the end of a few documents (CENTCOM's closing list of the coalition's
nations): each text ends with the sentence that holds its last annotation of any type, so every kept article
is annotated in full.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .common import check_mentions, split_of, write_corpus
from .names import clean, sentence_initial_common

TYPES = {"Person": "person", "Organisation": "org", "Location": "place"}
HELDOUT_SHARE = 0.88
# two annotations that clean to the same span with different types: place, then org (as for a span typed
# both Location and Organisation), then person
KIND_ORDER = {"place": 0, "org": 1, "person": 2}
SOURCES = ["BBC Online", "CENTCOM", "UK Government", "US State Department",
           "Australian Department of Foreign Affairs", "Delegation of the European Union to Syria"]
UKRAINE = re.compile(r"Ukrain|Kiev|Kyiv|Crimea|Donbas", re.I)
def paragraphs(raw: str) -> tuple[str, list[int]]:
    """Runs of line breaks -> one blank line; returns the new text and each old offset's new offset."""
    out, where = [], []
    pos, i = 0, 0
    while i < len(raw):
        if raw[i] in "\r\n":
            j = i
            while j < len(raw) and raw[j] in " \t\r\n":
                j += 1
            for _ in range(i, j):
                where.append(pos)
            out.append("\n\n")
            pos += 2
            i = j
            continue
        where.append(pos)
        out.append(raw[i])
        pos += 1
        i += 1
    where.append(pos)
    return "".join(out), where


def unannotated_tail_cut(text: str, last_end: int) -> str:
    """The text up to the end of the sentence that holds its last annotation (of any re3d type): the
    annotators stopped before the end of a few documents (CENTCOM's closing list of the coalition's nations),
    and a name there would be gold nobody marked."""
    m = re.compile(r"[.!?][\"”’')]*(?=\s|$)|\n").search(text, last_end)
    return text if m is None else text[:m.end()]


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def convert(root: Path) -> tuple[list[dict], list[dict], Counter]:
    stats: Counter = Counter()
    demonyms = set()
    for src in SOURCES:
        for e in _read(root / src / "entities.json"):
            if e["type"] == "Nationality":
                demonyms.add(e["value"].strip().lower())
    lower_words: Counter = Counter()
    for src in SOURCES:
        for d in _read(root / src / "documents.json"):
            lower_words.update(w for w in re.findall(r"[a-z]+", d["text"]))
    articles, gold = [], []
    for src in SOURCES:
        docs = {d["_id"]: d for d in _read(root / src / "documents.json")}
        by_span: dict[tuple[str, int, int], list[dict]] = {}
        last_end: dict[str, int] = {}  # where the last annotation of any type ends, per document
        for e in _read(root / src / "entities.json"):
            last_end[e["documentId"]] = max(last_end.get(e["documentId"], 0), e["end"])
            if e["type"] not in TYPES:
                continue
            doc = docs[e["documentId"]]
            if doc["text"][e["begin"]:e["end"]] != e["value"]:
                stats["offset mismatch, dropped"] += 1
                continue
            by_span.setdefault((e["documentId"], e["begin"], e["end"]), []).append(e)
        for doc_id, doc in sorted(docs.items()):
            if UKRAINE.search(doc["text"]) or UKRAINE.search(doc["title"]):
                stats["articles mentioning Ukraine, dropped"] += 1
                continue
            aid = "re3d-" + doc_id[:12].lower()
            raw = unannotated_tail_cut(doc["text"], last_end.get(doc_id, 0))
            if len(raw.strip()) < len(doc["text"].strip()):
                stats["articles whose unannotated tail was cut"] += 1
                stats["characters cut from unannotated tails"] += len(doc["text"].strip()) - len(raw.strip())
            text, where = paragraphs(raw.strip())
            lead = len(raw) - len(raw.lstrip())
            cands = []
            for (did, b, e), anns in by_span.items():
                if did != doc_id:
                    continue
                stats["re3d person/org/place annotations"] += len(anns)
                types = {a["type"] for a in anns}
                if {"Location", "Organisation"} <= types:
                    kind = "place"
                    stats["typed Location and Organisation -> place"] += 1
                else:
                    kind = TYPES[max(anns, key=lambda a: a["confidence"])["type"]]
                    stats["spans with two types, highest confidence kept"] += len(types) > 1
                s, t = where[b - lead], where[e - lead]
                kept = [k for k in clean(text, s, t, kind, demonyms)
                        if not sentence_initial_common(text, k[0], k[1], lower_words)]
                if not kept:
                    stats[f"{kind}: no name, not gold"] += 1
                elif kept != [(s, t)]:
                    stats[f"{kind}: span adjusted"] += 1
                cands.extend((a, c, kind) for a, c in kept)
            mentions = []
            cands = [c for c in set(cands) if "\n" not in text[c[0]:c[1]]]
            for s, e, kind in sorted(cands, key=lambda c: (c[0] - c[1], c[0], KIND_ORDER[c[2]])):
                if kind == "person" and any(c != (s, e, kind) and c[2] == "person" and s <= c[0] and c[1] <= e
                                            for c in cands):
                    stats["person holding a person, the inner one kept"] += 1
                    continue  # "Minister for the Middle East Tobias Ellwood" besides "Tobias Ellwood"
                if any(s < me and ms < e for ms, me, _ in mentions):
                    stats["overlaps a longer mention, dropped"] += 1
                    continue
                mentions.append((s, e, kind))
            articles.append({"id": aid, "split": split_of(aid, HELDOUT_SHARE), "title": doc["title"].strip(),
                             "published": None, "source": f"{doc['sourceName']} ({doc['sourceUrl']})",
                             "text": text})
            gold.extend({"article": aid, "start": s, "end": e, "text": text[s:e], "type": kind}
                        for s, e, kind in sorted(mentions))
    check_mentions(articles, gold)
    return sorted(articles, key=lambda a: a["id"]), gold, stats


def main(argv: list[str]) -> int:
    articles, gold, stats = convert(Path(argv[0]))
    write_corpus(Path(argv[1]), articles, gold, TYPES.values())
    for key, n in sorted(stats.items()):
        print(f"{key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
