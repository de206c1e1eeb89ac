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


def sample_corpus() -> list[Article]:
    """Nine small articles that exercise facets, dates, copies, snippets and spelling."""
    return [
        art("a1", "Drone attack on Izhevsk plant",
            ["Ukrainian drones struck the Kupol plant in Izhevsk on June 27, 2025.",
             "Volodymyr Zelensky said <script>alert(1)</script> the attack on Kupol worked & more."],
            [(0, "Kupol", "org", "Kupol"), place(0, "Izhevsk", "Izhevsk", "Udmurtia", "Russia"),
             day(0, "June 27, 2025", "2025-06-27"), (1, "Volodymyr Zelensky", "person", "Volodymyr Zelensky")],
            source="AP", published="2025-06-28", published_source="metadata", url="https://ap.example/1"),
        art("a2", "Kyiv under missile fire",
            ["Russia launched missiles at Kyiv overnight on June 20.", "Air defense shot most of them down, Zelenskyy said."],
            [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine"), day(0, "June 20", "2025-06-20"),
             (1, "Zelenskyy", "person", "Volodymyr Zelensky")],
            source="Reuters", published="2025-06-20", published_source="metadata"),
        art("a3", "Kyiv under missile fire",
            ["Russia launched missiles at Kyiv overnight on June 20.", "Air defense shot most of them down."],
            [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine"), day(0, "June 20", "2025-06-20")],
            source="Reuters", site="Japan Today", published="2025-06-21", copy_of="a2"),
        art("a4", "Kharkiv governor on shelling",
            ["Oleh Syniehubov said shelling hit Kharkiv between June 22 and June 24.",
             "The State Emergency Service of Ukraine responded."],
            [(0, "Oleh Syniehubov", "person", "Oleh Syniehubov"),
             place(0, "Kharkiv", "Kharkiv", "Kharkiv Oblast", "Ukraine"),
             day(0, "June 22 and June 24", "2025-06-22", "2025-06-24"),
             (1, "State Emergency Service of Ukraine", "org", "State Emergency Service of Ukraine")],
            source="Kyiv Independent", published="2025-06-25", published_source="dateline"),
        art("a5", "Syniehubov: Kharkiv rebuilds",
            ["Syniehubov visited Kharkiv schools.", "Volodymyr Zelensky praised the drones builders."],
            [(0, "Syniehubov", "person", "Oleh Syniehubov"), place(0, "Kharkiv", "Kharkiv", "Kharkiv Oblast", "Ukraine"),
             (1, "Volodymyr Zelensky", "person", "Volodymyr Zelensky")],
            source="AP", published=None),
        art("a6", "Talks in Istanbul, Turkey",
            ["Delegations met in Istanbul, Turkey, on June 2, 2025.", "Rustem Umerov led the Ukrainian side."],
            [place(0, "Istanbul, Turkey", "Istanbul, Turkey", "Istanbul", "Turkey"), day(0, "June 2, 2025", "2025-06-02"),
             (1, "Rustem Umerov", "person", "Rustem Umerov")],
            source="Al Jazeera", published="2025-06-03", published_source="metadata"),
        art("a7", "Киев: ночная атака",
            ["Ночью Киев атаковали дроны 🚀.", "Second paragraph in English about drones over Kyiv."],
            [place(0, "Киев", "Kyiv", "Kyiv City", "Ukraine")], source="ANI", published="2025-06-19"),
        art("a8", "Energy grid repairs",
            ["Engineers repaired the energy grid near Odesa.", "Nothing else happened."],
            [place(0, "Odesa", "Odesa", "Odesa Oblast", "Ukraine")], source="Reuters", published="2025-05-30"),
        art("a9", "Kyiv under missile fire",
            ["Russia launched missiles at Kyiv overnight on June 20.", "Air defense shot most of them down."],
            [place(0, "Kyiv", "Kyiv", "Kyiv City", "Ukraine"), day(0, "June 20", "2025-06-20")],
            source="Reuters", site="Daily8", published="2025-06-22", copy_of="a2"),
    ]
