"""What every committed evaluation corpus must show, whatever its converter: it loads (gold offsets inside their
texts), most of it is held-out with a dev part beside it, it says nothing of the war the seeds cover, and its
held-out gold names every type. Shared by the converter tests of each fresh set."""
from __future__ import annotations

import re

from indexer.realeval.corpora import corpus_names, load_corpus


def check_heldout_corpus(name: str, min_gold_per_type: int):
    """Assert the common properties; returns the loaded corpus and its held-out ids for set-specific checks."""
    assert name in corpus_names()
    corpus = load_corpus(name)  # raises on any gold offset that misses its text
    heldout = {a["id"] for a in corpus.split("heldout")}
    assert corpus.split("dev") and len(heldout) >= 0.8 * len(corpus.articles), name
    assert not [a["id"] for a in corpus.articles if re.search(r"Ukrain|Kyiv|Kiev", a["text"])], name
    for kind in ("person", "org", "place"):
        assert sum(1 for g in corpus.gold if g.article in heldout and g.type == kind) >= min_gold_per_type, (name, kind)
    return corpus, heldout
