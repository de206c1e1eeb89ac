"""A synthetic newsroom corpus, N articles long, built from the seed paragraphs and deterministic by seed.

Real news at scale is what the index must be fast on, but we only have five seed files (~740 paragraphs).
So each synthetic article is a handful of shuffled seed paragraphs in which the people, places,
organisations and dates are swapped for others: from the seeds' own entity lists (found once with the
same spaCy NER the indexer uses, cached under bench/out/) and, once it exists, the entities gazetteer.
That keeps the vocabulary, sentence shapes and entity density of the seeds while spreading the facet
values over many more names and days, as a year of a newsroom's archive would.

Swaps are consistent within an article (the same seed person always becomes the same new person, and a
later surname-only mention becomes the new surname), so people-linking and facets see coherent articles.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
OUT_DIR = Path(__file__).resolve().parent / "out"

# Lines shorter than this are headlines, captions, bylines and page furniture rather than body paragraphs.
MIN_PARAGRAPH_CHARS = 60
# Article length in paragraphs (weights): wire stories run 4-10 paragraphs, a few are longer.
PARAGRAPH_COUNTS = list(range(3, 13))
PARAGRAPH_WEIGHTS = [4, 8, 12, 14, 14, 12, 10, 8, 6, 4]
# How often each kind of seed mention is swapped; the rest keep the seed's (mostly Ukraine-war) names so
# that the common facet values stay common, as they are in a real archive.
SWAP_PROBABILITY = {"person": 0.7, "place": 0.6, "org": 0.35}
NER_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "org"}
# Outlets beyond the manifest's, so the source facet has a realistic long tail.
EXTRA_SOURCES = ["Reuters", "BBC", "The Guardian", "Ukrainska Pravda", "Kyiv Post", "RFE/RL", "Meduza", "DW"]
FIRST_DAY = date(2024, 1, 1)
DAYS = 730

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# "June 30", "June 30, 2025", "30 June" and "30 June 2025": the day-granular forms the date tagger reads.
_DATE_RE = re.compile(
    r"\b(?:(?P<m1>%s) (?P<d1>\d{1,2})(?P<y1>, \d{4})?|(?P<d2>\d{1,2}) (?P<m2>%s)(?P<y2> \d{4})?)\b"
    % ("|".join(MONTHS), "|".join(MONTHS)))
# A place followed by one of these is an administrative region; swap it only with another such place.
_REGION_WORDS = ("region", "Oblast", "oblast", "province", "Krai", "krai")


@dataclass(frozen=True)
class SeedSpan:
    start: int
    end: int
    kind: str  # person | place | org
    text: str
    slot: str  # "region" for places used as "<X> region"/"<X> Oblast", else "plain"


@dataclass
class Seeds:
    paragraphs: list[str]
    spans: list[list[SeedSpan]]  # per paragraph, sorted, non-overlapping
    pools: dict[tuple[str, str], list[str]]  # (kind, slot) -> candidate replacement names, sorted
    sources: list[str]


def seed_paragraphs(seeds_dir: Path = SEEDS_DIR) -> list[str]:
    """Body paragraphs of the seed files, through the real extractor when it exists (else one per line)."""
    texts: list[str] = []
    files = sorted(p for p in seeds_dir.glob("*") if p.suffix in (".txt", ".html", ".jsonl", ".json")
                   and p.name != "manifest.json")
    for path in files:
        texts.extend(_extract(path))
    seen: dict[str, None] = {}
    for t in texts:
        t = " ".join(t.split())
        if len(t) >= MIN_PARAGRAPH_CHARS and " " in t:
            seen.setdefault(t, None)
    return list(seen)


def _extract(path: Path) -> list[str]:
    try:
        from indexer.extract import SkipFile, extract_file
        from indexer.sources import load_manifest
    except ImportError:  # extraction not landed yet: every line is a paragraph candidate
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    try:
        extraction = extract_file(path, path.read_bytes(), load_manifest(path))
    except SkipFile:
        return []
    return [p.text for a in extraction.articles for p in a.paragraphs]


def _manifest_sources(seeds_dir: Path) -> list[str]:
    try:
        files = json.loads((seeds_dir / "manifest.json").read_text())["files"]
    except (OSError, ValueError, KeyError):
        return []
    return sorted({e["source"] for e in files.values() if e.get("source")})


def _seed_ner(paragraphs: list[str]) -> list[list[tuple[int, int, str, str]]]:
    """NER spans per seed paragraph, cached on disk by content: the model run is the only slow step."""
    key = hashlib.sha256("\x00".join(paragraphs).encode()).hexdigest()[:16]
    cache = OUT_DIR / f"seed-ner-{key}.json"
    if cache.exists():
        return [[tuple(s) for s in spans] for spans in json.loads(cache.read_text())]
    from indexer.nlp import ner_spans

    spans = [[(s.start, s.end, s.label, s.text) for s in para] for para in ner_spans(paragraphs)]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(spans))
    tmp.replace(cache)
    return spans


def _slot(paragraph: str, end: int) -> str:
    return "region" if paragraph[end:end + 10].lstrip().startswith(_REGION_WORDS) else "plain"


def load_seeds(seeds_dir: Path = SEEDS_DIR) -> Seeds:
    paragraphs = seed_paragraphs(seeds_dir)
    spans: list[list[SeedSpan]] = []
    pools: dict[tuple[str, str], set[str]] = {}
    for text, raw in zip(paragraphs, _seed_ner(paragraphs)):
        kept: list[SeedSpan] = []
        for start, end, label, span_text in sorted(raw):
            kind = NER_KINDS.get(label)
            if kind is None or (kept and start < kept[-1].end) or not span_text[:1].isupper():
                continue
            span = SeedSpan(start, end, kind, span_text, _slot(text, end) if kind == "place" else "plain")
            kept.append(span)
            # Only full names are drawn as new people; surnames follow from them.
            if kind != "person" or " " in span_text:
                pools.setdefault((kind, span.slot), set()).add(span_text)
        spans.append(kept)
    from .gazetteer import people_pool, place_pools

    for key, names in place_pools().items():
        pools.setdefault(key, set()).update(names)
    pools[("person", "plain")] = people_pool(sorted(pools.get(("person", "plain"), ())))
    sources = sorted(set(_manifest_sources(seeds_dir)) | set(EXTRA_SOURCES))
    return Seeds(paragraphs, spans, {k: sorted(v) for k, v in pools.items()}, sources)


class _Swapper:
    """Per-article consistent replacements."""

    def __init__(self, rng: random.Random, seeds: Seeds, published: date):
        self.rng, self.seeds, self.published = rng, seeds, published
        self.people: dict[str, str] = {}  # seed surname -> new full name ("" = keep)
        self.others: dict[tuple[str, str], str] = {}  # (kind, seed text) -> new text

    def person(self, text: str) -> str:
        surname = text.split()[-1]
        if surname not in self.people:
            pool = self.seeds.pools.get(("person", "plain"), [])
            swap = pool and self.rng.random() < SWAP_PROBABILITY["person"]
            self.people[surname] = self.rng.choice(pool) if swap else ""
        new = self.people[surname]
        if not new:
            return text
        return new if " " in text else new.split()[-1]

    def other(self, span: SeedSpan) -> str:
        key = (span.kind, span.text)
        if key not in self.others:
            pool = self.seeds.pools.get((span.kind, span.slot), [])
            swap = pool and self.rng.random() < SWAP_PROBABILITY[span.kind]
            self.others[key] = self.rng.choice(pool) if swap else span.text
        return self.others[key]

    def date(self, m: re.Match) -> str:
        # Events are reported within a fortnight of happening.
        day = self.published - timedelta(days=self.rng.randrange(0, 15))
        month = MONTHS[day.month - 1]
        if m.group("m1"):
            return f"{month} {day.day}" + (f", {day.year}" if m.group("y1") else "")
        return f"{day.day} {month}" + (f" {day.year}" if m.group("y2") else "")

    def paragraph(self, index: int) -> str:
        text = self.seeds.paragraphs[index]
        out: list[str] = []
        pos = 0
        for span in self.seeds.spans[index]:
            out.append(_DATE_RE.sub(self.date, text[pos:span.start]))
            out.append(self.person(span.text) if span.kind == "person" else self.other(span))
            pos = span.end
        out.append(_DATE_RE.sub(self.date, text[pos:]))
        return "".join(out)


def _title(first_paragraph: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", first_paragraph, maxsplit=1)[0]
    words = sentence.rstrip(".").split()
    return " ".join(words[:14])


def generate(n: int, seed: int = 1, seeds: Seeds | None = None) -> Iterator[dict]:
    """N article records ``{"id","title","source","published","text"}``; same (n, seed) -> same records."""
    seeds = seeds or load_seeds()
    rng = random.Random(seed)
    for i in range(n):
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        count = rng.choices(PARAGRAPH_COUNTS, PARAGRAPH_WEIGHTS)[0]
        picks = rng.sample(range(len(seeds.paragraphs)), min(count, len(seeds.paragraphs)))
        swapper = _Swapper(rng, seeds, published)
        paragraphs = [swapper.paragraph(p) for p in picks]
        yield {
            "id": f"bench{seed}-{i:06d}",
            "title": _title(paragraphs[0]),
            "source": rng.choice(seeds.sources),
            "published": published.isoformat(),
            "text": "\n\n".join(paragraphs),
        }


@dataclass
class Corpus:
    path: Path  # a directory of JSONL shards
    articles: int
    chars: int
    words: int


# Harvesters write one file per batch; the indexer commits one file per transaction, so shards of this
# size keep each transaction (and the pipeline's memory) the size a real run would see.
SHARD_ARTICLES = 250


def write_corpus(out_dir: Path, n: int, seed: int = 1, seeds: Seeds | None = None) -> Corpus:
    """Write the corpus as ``out_dir/part-NNNN.jsonl`` shards (rewritten only if missing or incomplete)."""
    out_dir = Path(out_dir)
    done = out_dir / "corpus.json"
    if done.exists():
        info = json.loads(done.read_text())
        return Corpus(out_dir, info["articles"], info["chars"], info["words"])
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("part-*.jsonl"):
        old.unlink()
    chars = words = 0
    shard = None
    for i, record in enumerate(generate(n, seed, seeds)):
        if i % SHARD_ARTICLES == 0:
            if shard:
                shard.close()
            shard = open(out_dir / f"part-{i // SHARD_ARTICLES:04d}.jsonl", "w", encoding="utf-8")
        shard.write(json.dumps(record, ensure_ascii=False) + "\n")
        chars += len(record["text"])
        words += len(record["text"].split())
    if shard:
        shard.close()
    done.write_text(json.dumps({"articles": n, "seed": seed, "chars": chars, "words": words}))
    return Corpus(out_dir, n, chars, words)


def read_corpus(path: Path) -> Iterator[dict]:
    for shard in sorted(Path(path).glob("part-*.jsonl")):
        with open(shard, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)
