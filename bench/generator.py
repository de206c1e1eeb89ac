"""A synthetic newsroom corpus, N articles long, built from the seed paragraphs and deterministic by seed.

Real news at scale is what the index must be fast on, but we only have five seed files (~700 paragraphs,
~1,100 sentences). So each synthetic paragraph is one to three seed sentences, and each article three to
twelve such paragraphs, in which the people, places, organisations, numbers and dates are swapped for others: from the seeds' own entity lists (found once with the
same spaCy NER the indexer uses, cached under bench/out/) and, once it exists, the entities gazetteer.
That keeps the vocabulary, sentence shapes and entity density of the seeds while spreading the facet
values over many more names and days, as a year of a newsroom's archive would.

Why sentences and not whole seed paragraphs: at 20,000 articles each seed unit is reused hundreds of times,
and the indexer's syndication detector (containment of 5-word shingles) then saw random articles that
shared two whole paragraphs as copies of each other, chaining a large part of the corpus into one copy
group. Sentence mixing plus swapped names and numbers keeps accidental overlap far below its threshold;
real syndication is instead injected on purpose (COPY_RATE: a later, shorter rewrite by another outlet).

Swaps are consistent within an article (the same seed person always becomes the same new person, and a
later surname-only mention becomes the new surname), so people-linking and facets see coherent articles.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
OUT_DIR = Path(__file__).resolve().parent / "out"

# Lines shorter than this are headlines, captions, bylines and page furniture rather than body paragraphs.
MIN_PARAGRAPH_CHARS = 60
# Article length in paragraphs (weights): wire stories run 4-10 paragraphs, a few are longer.
PARAGRAPH_COUNTS = list(range(3, 13))
PARAGRAPH_WEIGHTS = [4, 8, 12, 14, 14, 12, 10, 8, 6, 4]
# Short articles are where accidental overlap crosses the dedupe threshold (containment is measured
# against the shorter text), and wire stories are rarely shorter than this anyway.
MIN_WORDS = 180
SENTENCES_PER_PARAGRAPH = [1, 2, 3]
SENTENCE_WEIGHTS = [5, 4, 1]
# Share of articles that are a syndicated rewrite (another outlet, a day or two later, the first paragraphs
# of an earlier article) -- what the dedupe step exists for.
COPY_RATE = 0.04
_SENTENCE_END = re.compile(r'[.!?]["”’\']?\s+(?=["“‘]?[A-Z])')
# Counts and figures, but not years, are varied so shingles of reused sentences differ as real stories do.
_NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+\b")
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
_DATE_OR_NUMBER = re.compile(f"(?P<date>{_DATE_RE.pattern})|{_NUMBER.pattern}")
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
    paragraphs: list[str]  # seed body paragraphs (NER runs on these, for context)
    sentences: list[str]  # what articles are composed of
    spans: list[list[SeedSpan]]  # per sentence, sentence-relative offsets, sorted, non-overlapping
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


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.end() - len(m.group()) + len(m.group().rstrip())))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if len(text[a:b].split()) >= 6]


def load_seeds(seeds_dir: Path = SEEDS_DIR) -> Seeds:
    paragraphs = seed_paragraphs(seeds_dir)
    sentences: list[str] = []
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
        for a, b in _sentence_bounds(text):  # a span crossing a sentence edge is dropped with its swap
            sentences.append(text[a:b])
            spans.append([SeedSpan(sp.start - a, sp.end - a, sp.kind, sp.text, sp.slot) for sp in kept
                          if sp.start >= a and sp.end <= b])
    from .gazetteer import people_pool, place_pools

    for key, names in place_pools().items():
        pools.setdefault(key, set()).update(names)
    pools[("person", "plain")] = people_pool(sorted(pools.get(("person", "plain"), ())))
    sources = sorted(set(_manifest_sources(seeds_dir)) | set(EXTRA_SOURCES))
    return Seeds(paragraphs, sentences, spans, {k: sorted(v) for k, v in pools.items()}, sources)


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

    def number(self, m: re.Match) -> str:
        digits = len(m.group())
        return str(self.rng.randrange(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits))

    def _plain(self, text: str) -> str:
        # One pass, so the day of a date just written is not then varied as a number ("June 50").
        return _DATE_OR_NUMBER.sub(lambda m: self.date(m) if m.group("date") else self.number(m), text)

    def sentence(self, index: int) -> str:
        text = self.seeds.sentences[index]
        out: list[str] = []
        pos = 0
        for span in self.seeds.spans[index]:
            out.append(self._plain(text[pos:span.start]))
            out.append(self.person(span.text) if span.kind == "person" else self.other(span))
            pos = span.end
        out.append(self._plain(text[pos:]))
        return "".join(out)


def _title(first_paragraph: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", first_paragraph, maxsplit=1)[0]
    words = sentence.rstrip(".").split()
    return " ".join(words[:14])


def generate(n: int, seed: int = 1, seeds: Seeds | None = None) -> Iterator[dict]:
    """N article records ``{"id","title","source","published","text"}``; same (n, seed) -> same records.

    The first M records of ``generate(N, seed)`` are ``generate(M, seed)``: a subset is a prefix.
    """
    seeds = seeds or load_seeds()
    rng = random.Random(seed)
    recent: list[tuple[date, list[str]]] = []  # candidates for syndicated rewrites
    for i in range(n):
        if recent and rng.random() < COPY_RATE:
            original_day, original = rng.choice(recent)
            published = original_day + timedelta(days=rng.randrange(0, 3))
            keep = max(2, len(original) * 2 // 3)  # a rewrite is shorter: the top two thirds, at least MIN_WORDS
            while keep < len(original) and sum(len(p.split()) for p in original[:keep]) < MIN_WORDS:
                keep += 1
            paragraphs = original[:keep]
        else:
            published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            count = rng.choices(PARAGRAPH_COUNTS, PARAGRAPH_WEIGHTS)[0]
            swapper = _Swapper(rng, seeds, published)
            paragraphs = []
            words = 0
            while len(paragraphs) < count or words < MIN_WORDS:
                k = rng.choices(SENTENCES_PER_PARAGRAPH, SENTENCE_WEIGHTS)[0]
                paragraphs.append(" ".join(swapper.sentence(j) for j in rng.sample(range(len(seeds.sentences)), k)))
                words += len(paragraphs[-1].split())
            recent = (recent + [(published, paragraphs)])[-50:]
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
    done = out_dir.with_suffix(".json")  # beside the shards, never among the files the indexer is given
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
