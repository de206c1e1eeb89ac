"""Session fixtures: the seeds indexed once (real extraction, spaCy, store, Whoosh), the app over them."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests draw the same examples on every run, so CI's verdict on a commit is the one its author saw;
# HYPOTHESIS_PROFILE=explore draws fresh random examples (how a page of "." titled "" was found, 2026-12-03).
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def seeds_tagged_once(request):
    """The seeds are tagged by spaCy once per test session, whoever asks: the session index (pipeline), the
    entity and date taggers and their evaluations all read the same seed paragraphs, and NER is a pure
    function of the text. A call whose first text is a seed paragraph is answered from a memo (computing
    what it lacks); any other call goes to spaCy untouched. Set NEWSFACET_TEST_SEED_NER=fresh to tag every
    time (the old behaviour)."""
    import os
    from itertools import chain, islice

    if os.environ.get("NEWSFACET_TEST_SEED_NER") == "fresh":
        yield None
        return
    import indexer.nlp
    import indexer.pipeline
    from indexer.entities.corpus import seed_articles

    real = indexer.nlp.ner_spans
    seed_texts = {p.text for a in seed_articles() for p in a.paragraphs}  # extraction only, no NLP
    memo: dict[str, list] = {}

    def ner_spans(texts, batch_size: int = 64, n_process: int = 1):
        it = iter(texts)
        first = next(it, None)
        if first is None:
            return
        if first not in seed_texts:
            yield from real(chain([first], it), batch_size, n_process)
            return
        it = chain([first], it)
        while chunk := list(islice(it, 256)):
            todo = list(dict.fromkeys(t for t in chunk if t not in memo))
            if todo:
                memo.update(zip(todo, real(todo, batch_size, 1)))
            for t in chunk:
                yield memo[t]

    mp = pytest.MonkeyPatch()
    mp.setattr(indexer.nlp, "ner_spans", ner_spans)
    mp.setattr(indexer.pipeline, "ner_spans", ner_spans)
    yield memo
    mp.undo()


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory) -> Path:
    """The five seed files indexed once per test session; tests must not write to it."""
    from indexer.pipeline import index_paths

    index_dir = tmp_path_factory.mktemp("seed-index")
    summary = index_paths([SEEDS], index_dir)
    assert not summary.skipped, summary.skipped
    return index_dir


@pytest.fixture(scope="session")
def sample_index_dir(tmp_path_factory) -> Path:
    """search.testing's hand-made corpus (no NLP) indexed once per session; tests must not write to it."""
    from search.testing import build, sample_corpus

    index_dir = tmp_path_factory.mktemp("sample-index")
    build(index_dir, sample_corpus()).close()
    return index_dir


@pytest.fixture(scope="session")
def sample_engine(sample_index_dir):
    from search.engine import Engine

    engine = Engine(sample_index_dir)
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def seed_engine(seed_index_dir):
    from search.engine import Engine

    engine = Engine(seed_index_dir)
    yield engine
    engine.close()


@pytest.fixture()
def app(seed_index_dir):
    from web import create_app

    return create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def no_org_evidence_gate(monkeypatch):
    """For tests pinning the org rules that run before the org facet's evidence gate, on invented names that
    carry no evidence of a body; the gate (org_evidence.py) has its own tests in test_entities_org_evidence.py."""
    monkeypatch.setenv("NEWSFACET_ORG_EVIDENCE", "0")
