"""Speed check: NER alone vs NER + entity tagging over the seed paragraphs, in one process.

``python -m indexer.entities.bench`` prints both timings and their ratio (target: within 1.25x). The model
and the gazetteer are loaded and warmed before timing, so the numbers are steady-state per-corpus costs;
each is the best of ``REPEATS`` runs to damp noise from other work on the machine. Before each timed tagging run
the taggers' per-string and per-paragraph memo caches are emptied (the loaded data stays), so every run tags
the paragraphs as a fresh indexing run would, not from answers the warm-up left behind.
"""
from __future__ import annotations

import time

REPEATS = 3


def clear_memos() -> int:
    """Empty every memo cache of the entity modules that is keyed by a string (maxsize > 1); the gazetteer and
    word lists (maxsize 1) stay loaded. Returns how many caches were emptied."""
    import importlib
    import pkgutil

    import indexer.entities as package

    cleared = 0
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for obj in vars(module).values():
            params = getattr(obj, "cache_parameters", None)
            if callable(params) and getattr(obj, "__module__", None) == module.__name__ and params()["maxsize"] != 1:
                obj.cache_clear()
                cleared += 1
    return cleared


def measure() -> dict:
    from indexer.nlp import load_nlp, ner_spans

    from .corpus import seed_articles, tag_corpus

    articles = seed_articles()
    texts = [p.text for a in articles for p in a.paragraphs]
    load_nlp()

    def split(flat):
        out, i = [], 0
        for a in articles:
            out.append(flat[i:i + len(a.paragraphs)])
            i += len(a.paragraphs)
        return out

    tag_corpus(articles, split(list(ner_spans(texts))))  # warm-up: the gazetteer and word lists load once
    ner_times, tag_times = [], []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        flat = list(ner_spans(texts))
        clear_memos()
        t1 = time.perf_counter()
        tag_corpus(articles, split(flat))
        t2 = time.perf_counter()
        ner_times.append(t1 - t0)
        tag_times.append(t2 - t1)
    ner, tag = min(ner_times), min(tag_times)
    return {"paragraphs": len(texts), "ner_s": ner, "tagging_s": tag, "ratio": (ner + tag) / ner}


def main() -> None:
    import json
    import sys

    r = measure()
    if "--json" in sys.argv[1:]:  # for `make bench` (bench/indexing.py tagging phase)
        print(json.dumps(r))
        return
    print(f"{r['paragraphs']} paragraphs: NER {r['ner_s']:.3f}s, entity tagging {r['tagging_s']:.3f}s, "
          f"NER+tagging / NER = {r['ratio']:.3f}")


if __name__ == "__main__":
    main()
