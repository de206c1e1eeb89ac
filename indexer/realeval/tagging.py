"""Run the real pipeline over a corpus: the JSONL record extractor builds the Articles (as ``newsfacet
index`` would from the same file), spaCy NER tags every paragraph, tag_entities post-processes each
article and link_people runs over the corpus (one split is one corpus, as a newsroom would index it).

NER output is cached per corpus under $NEWSFACET_REALEVAL_CACHE (default data/realeval-cache/, gitignored),
keyed by the model package version and a hash of each paragraph: repeated dev runs skip spaCy, and a
changed text or model simply misses the cache.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from search.model import Article

CACHE_DIR = Path(os.environ.get("NEWSFACET_REALEVAL_CACHE",
                                Path(__file__).resolve().parents[2] / "data" / "realeval-cache"))
RAW_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


@dataclass
class Tagged:
    """One corpus article through the pipeline: the Article (with mentions), where each of its paragraphs
    starts in the corpus text (None when extraction changed the paragraph beyond whitespace), and raw
    spaCy's person/org/place spans in corpus-text offsets."""

    article: Article
    offsets: list[int | None]
    raw: list[tuple[int, int, str]]


def build_articles(records: list[dict]) -> list[Article]:
    from indexer.extract.build import Origin, build
    from indexer.extract.records import extract_records

    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    drafts, _, problems, _ = extract_records(text, ".jsonl", {})
    if problems:
        raise ValueError(f"corpus records rejected by the extractor: {problems[:3]}")
    origin = Origin(path="realeval", sha256="", extractor="jsonl")
    used: set[str] = set()
    articles = [build(d, origin, i, used) for i, d in enumerate(drafts)]
    for record, article in zip(records, articles):
        if article is None or article.id != record["id"]:
            raise ValueError(f"article {record['id']!r} did not survive extraction with its id")
    return articles


def paragraph_offsets(text: str, article: Article) -> list[int | None]:
    out, cursor = [], 0
    for p in article.paragraphs:
        at = text.find(p.text, cursor)
        out.append(at if at >= 0 else None)
        if at >= 0:
            cursor = at + len(p.text)
    return out


def _model_version() -> str:
    from importlib.metadata import version

    from indexer.nlp import MODEL_PACKAGE

    return f"{MODEL_PACKAGE}-{version(MODEL_PACKAGE)}"


def ner_with_cache(texts: list[str], cache_name: str) -> list[list]:
    from indexer.nlp import NerSpan, ner_spans

    path = CACHE_DIR / f"{cache_name}.{_model_version()}.json.gz"
    cache: dict[str, list] = {}
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            cache = json.load(fh)
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    todo = [i for i, k in enumerate(keys) if k not in cache]
    if todo:
        for i, spans in zip(todo, ner_spans([texts[i] for i in todo])):
            cache[keys[i]] = [[s.start, s.end, s.label, s.text] for s in spans]
        path.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(cache, fh)
    return [[NerSpan(*s) for s in cache[k]] for k in keys]


def tag_corpus(records: list[dict], cache_name: str) -> list[Tagged]:
    from indexer.entities import link_people, tag_entities

    articles = build_articles(records)
    texts = [p.text for a in articles for p in a.paragraphs]
    flat = ner_with_cache(texts, cache_name)
    out: list[Tagged] = []
    i = 0
    for record, article in zip(records, articles):
        spans = flat[i:i + len(article.paragraphs)]
        i += len(article.paragraphs)
        article.mentions = tag_entities(article, spans)
        offsets = paragraph_offsets(record["text"], article)
        raw = [(offsets[n] + s.start, offsets[n] + s.end, RAW_KINDS[s.label])
               for n, para_spans in enumerate(spans) if offsets[n] is not None
               for s in para_spans if s.label in RAW_KINDS]
        out.append(Tagged(article, offsets, raw))
    link_people([t.article for t in out])
    return out


def system_mentions(tagged: Tagged) -> list[tuple[int, int, str]]:
    """newsfacet's person/org/place mentions in corpus-text offsets."""
    out = []
    for m in tagged.article.mentions:
        if m.kind in ("person", "org", "place") and tagged.offsets[m.paragraph] is not None:
            base = tagged.offsets[m.paragraph]
            out.append((base + m.start, base + m.end, m.kind))
    return out
