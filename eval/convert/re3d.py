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
  (the inner one is the name); of other overlapping mentions the longest is kept.
Every kept article is annotated in full (re3d annotated whole documents).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from .common import check_mentions, split_of, write_corpus

TYPES = {"Person": "person", "Organisation": "org", "Location": "place"}
HELDOUT_SHARE = 0.88
SOURCES = ["BBC Online", "CENTCOM", "UK Government", "US State Department",
           "Australian Department of Foreign Affairs", "Delegation of the European Union to Syria"]
UKRAINE = re.compile(r"Ukrain|Kiev|Kyiv|Crimea|Donbas", re.I)
ARTICLES = {"the", "a", "an"}
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "your",
            "his", "its", "their", "who", "this", "that", "these", "those"}
CALENDAR = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# titles, ranks and offices that come before a person's name (a word class; cut up to the last one)
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "hon",
    "president", "vice", "prime", "minister", "secretary", "foreign", "defence", "defense", "state", "general",
    "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl",
    "corporal", "pte", "private", "adm", "admiral", "cmdr", "commander", "brig", "brigadier", "marshal",
    "navy", "army", "air", "force", "marine", "marines", "senior", "chief", "petty", "officer", "special",
    "advisor", "adviser", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
    "prince", "princess", "sheikh", "emir", "sultan", "imam", "ayatollah", "mayor", "governor", "senator",
    "sen", "rep", "representative", "deputy", "chancellor", "premier", "chairman", "director", "commissioner",
    "high", "under", "assistant", "staff", "sergeant-major", "airman", "seaman", "specialist", "spc", "pfc",
    "designate", "elect", "minister-designate", "secretary-general", "secretary-designate", "hrh", "fco",
    "mod", "un", "us", "u.s.", "uk", "eu",
}
ROLES = {"secretary", "advisor", "adviser", "envoy", "general", "minister", "spokesman", "president",
         "ambassador", "commander"}  # an org span holding one of these and a name is a person's role
ORG_GLUE = {"of", "and", "for", "the", "on", "in", "to", "against", "de", "des", "du", "al"}
PARTICLES = {"al", "bin", "ibn", "bint", "abu", "el", "de", "da", "du", "di", "van", "von", "der", "den", "la",
             "le", "del", "dos", "y", "ul", "ud"}
SETTLEMENT_NOUNS = {"city", "town", "village", "port", "province", "governorate", "region", "district", "area",
                    "suburb", "neighbourhood", "neighborhood", "municipality", "county"}


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # zero-width marks (U+200B-U+200F) separate words too: "Minister\u200e Haider"
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\s\u200b-\u200f]+", text[start:end])]


def _bare(word: str) -> str:
    return word.strip(".,;:'\"’‘“”()").lower()


def _capitalised(word: str) -> bool:
    last = re.split(r"[-‐]", word.strip(".,;:'\"’‘“”()"))[-1]
    return bool(last) and (last[0].isupper() or last[0].isdigit())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in "‘'\"“"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "." or unicodedata.combining(text[end - 1])
                               or (text[end - 1] == ")" and "(" in text[start:end])):
        end -= 1
    if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
        end -= 2
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    if end - start > 1 and text[start] in "‘'\"“" and not any(q in text[start + 1:end] for q in "’'\"”"):
        start += 1  # an opening quote without its closing one
    return start, end


def _common(w: str) -> bool:
    """An article or a lower-case word that is no name particle ("of", "spokesman"; not "al-Abadi", "de")."""
    return _bare(w) in ARTICLES or (w[0].islower() and _bare(w) not in PARTICLES
                                    and not w.lower().startswith(("al-", "el-", "bin-")))


def _acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a person mention: the run of capitalised words after the last title ("Russian Foreign
    Minister Sergei Lavrov"), or before a comma or article ("Boris Johnson, ..."); a mention whose last word is
    a title or a common word is a role, not a name ("The Foreign Secretary", "Central Command spokesman")."""
    words = _words(text, start, end)
    if not words:
        return None
    last = text[words[-1][0]:words[-1][1]]
    if _common(last) or _bare(last) in TITLES:
        return None
    every_caps = all(_acronym(text[ws:we]) for ws, we in words)
    n = len(words)
    # from the end, back over capitalised words that are neither titles nor (in mixed case) acronyms
    while n > 0:
        w = text[words[n - 1][0]:words[n - 1][1]]
        if n < len(words) and (w.endswith(",") or _common(w) or _bare(w) in TITLES
                               or (_acronym(w) and not every_caps)):
            break
        n -= 1
    words = words[n:]
    return _trim(text, words[0][0], words[-1][1]) if words else None


def _place(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name(s) in a place mention: after a settlement noun + "of" ("the port city of Tartus"), after the
    last common word ("eastern Aleppo", "west of Damascus"), without a settlement noun after it ("Idlib
    province"); "Rome, Italy" is two places."""
    words = _words(text, start, end)
    while len(words) > 1 and _bare(text[words[-1][0]:words[-1][1]]) in SETTLEMENT_NOUNS:
        words = words[:-1]
    if not words:
        return []
    inner = [n for n, (ws, we) in enumerate(words) if _common(text[ws:we]) and _bare(text[ws:we]) != "of"]
    if inner and not _common(text[words[-1][0]:words[-1][1]]):
        words = words[inner[-1] + 1:]
    while words and _bare(text[words[0][0]:words[0][1]]) == "of":
        words = words[1:]
    if not words:
        return []
    s, e = words[0][0], words[-1][1]
    pieces = [(s + p.start(), s + p.end()) for p in re.finditer(r"[^,]+", text[s:e])]
    if len(pieces) > 1 and all(_capitalised(text[a:b].strip()) for a, b in pieces):
        return pieces
    return [(s, e)]


def _name_ok(text: str, start: int, end: int, kind: str, demonyms: set[str]) -> bool:
    words = [text[a:b] for a, b in _words(text, start, end)]
    if not words or not _capitalised(words[0]) or not _capitalised(words[-1]):
        return False
    bare = [_bare(w) for w in words]
    if len(words) == 1 and bare[0] in PRONOUNS | TITLES - {"us", "u.s.", "uk", "eu", "un"}:
        return False
    if all(b in CALENDAR or b.isdigit() for b in bare):
        return False
    if kind == "org" and (re.match(r"\d+\s", text[start:end]) or bare[-1] in ROLES or any(
            b in ROLES and not _common(nxt) for b, nxt in zip(bare, words[1:]))):
        return False  # "300 ANG Airmen", "US Secretary", "U.S. Army General Joseph": a count or a person
    if kind == "org" and any(_common(w) and _bare(w) not in ORG_GLUE for w in words):
        return False  # "Syrian news agency Sana", "Arab element of the SDF": a description
    if len(words) == 1 and (bare[0] in demonyms or (bare[0].endswith("s") and bare[0][:-1] in demonyms)):
        return False  # "Iraqi", "Syrians": a nationality, not a name of ours
    return True


def clean(text: str, start: int, end: int, kind: str, demonyms: set[str]) -> list[tuple[int, int]]:
    """Our span(s) for one re3d mention, [] when it is no name under our convention."""
    start, end = _trim(text, start, end)
    words = _words(text, start, end)
    while words and _bare(text[words[0][0]:words[0][1]]) in ARTICLES and len(words) > 1:
        words = words[1:]
    if not words:
        return []
    start, end = words[0][0], words[-1][1]
    spans = [(start, end)]
    if kind == "person":
        got = _person(text, start, end)
        spans = [got] if got else []
    elif kind == "place":
        spans = _place(text, start, end)
    out = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if e > s and _name_ok(text, s, e, kind, demonyms):
            out.append((s, e))
    return out


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


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def _sentence_initial_common(text: str, start: int, end: int, lower_words: Counter) -> bool:
    """One word at a sentence start that the corpus otherwise writes in lower case ("Refugees", "Donors")."""
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = text[:start].rstrip(" \"“‘'")
    return (not before or before[-1] in ".!?:\n") and lower_words[word.lower()] > 0


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
        for e in _read(root / src / "entities.json"):
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
            text, where = paragraphs(doc["text"].strip())
            lead = len(doc["text"]) - len(doc["text"].lstrip())
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
                        if not _sentence_initial_common(text, k[0], k[1], lower_words)]
                if not kept:
                    stats[f"{kind}: no name, not gold"] += 1
                elif kept != [(s, t)]:
                    stats[f"{kind}: span adjusted"] += 1
                cands.extend((a, c, kind) for a, c in kept)
            mentions = []
            cands = [c for c in set(cands) if "\n" not in text[c[0]:c[1]]]
            for s, e, kind in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
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
