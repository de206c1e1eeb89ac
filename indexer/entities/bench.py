"""Speed check: NER alone vs NER + entity tagging over the seed paragraphs, in one process.

``python -m indexer.entities.bench`` prints both timings and their ratio (target: within 1.25x). The model
and the gazetteer are loaded and warmed before timing, so the numbers are steady-state per-corpus costs;
each is the best of ``REPEATS`` runs to damp noise from other work on the machine.
"""
from __future__ import annotations

import time

REPEATS = 3


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

    tag_corpus(articles, split(list(ner_spans(texts))))  # warm-up: gazetteer load, caches
    ner_times, tag_times = [], []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        flat = list(ner_spans(texts))
        t1 = time.perf_counter()
        tag_corpus(articles, split(flat))
        t2 = time.perf_counter()
        ner_times.append(t1 - t0)
        tag_times.append(t2 - t1)
    ner, tag = min(ner_times), min(tag_times)
    return {"paragraphs": len(texts), "ner_s": ner, "tagging_s": tag, "ratio": (ner + tag) / ner}


def main() -> None:
    r = measure()
    print(f"{r['paragraphs']} paragraphs: NER {r['ner_s']:.3f}s, entity tagging {r['tagging_s']:.3f}s, "
          f"NER+tagging / NER = {r['ratio']:.3f}")


if __name__ == "__main__":
    main()
