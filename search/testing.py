"""Hand-made articles and a one-call index builder for tests (search/ and web/ alike). No NLP involved.

``mention(article_paragraphs, n, "text as written", kind, value, ...)`` computes offsets from the text so
fixtures stay correct when sentences change.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .index import rebuild
from .model import Article, Mention, Paragraph
from .store import Store


def art(aid: str, title: str, paragraphs: list[str], mentions: list[tuple] = (), **kw) -> Article:
    """An Article; each mention is (paragraph, text, kind, value[, extra-kwargs dict]), offsets found by search."""
    pars = [Paragraph(n=i, text=t) for i, t in enumerate(paragraphs)]
    ms = []
    for spec in mentions:
        n, text, kind, value, *extra = spec
        start = pars[n].text.index(text)
        ms.append(Mention(paragraph=n, start=start, end=start + len(text), text=text, kind=kind, value=value,
                          **(extra[0] if extra else {})))
    kw.setdefault("origin_path", "test.jsonl")
    kw.setdefault("extractor", "test")
    return Article(id=aid, title=title, paragraphs=pars, mentions=ms, **kw)


def place(n: int, text: str, value: str, region: str | None = None, country: str | None = None) -> tuple:
    return (n, text, "place", value, {"region": region, "country": country})


def day(n: int, text: str, value: str, end: str | None = None) -> tuple:
    return (n, text, "date", value, {"date_end": end or value, "granularity": "day"})


def build(index_dir: str | Path, articles: list[Article], path: str = "test.jsonl") -> Store:
    """Store the articles as one file, set their copy links, rebuild the index; returns the (open) store."""
    store = Store(index_dir)
    by_file: dict[str, list[Article]] = {}
    for a in articles:
        by_file.setdefault(a.origin_path or path, []).append(a)
    for fpath, arts in by_file.items():
        store.replace_file(fpath, hashlib.sha256(fpath.encode()).hexdigest(), arts, {})
    rebuild(index_dir, store)
    return store
