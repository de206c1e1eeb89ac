"""Session fixtures: the seeds indexed once (real extraction, spaCy, store, Whoosh), the app over them."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


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
