"""The benchmark corpus generator: deterministic by seed, valid JSONL the indexer ingests, entities swapped."""
from __future__ import annotations

import json
from datetime import date

import pytest

from bench import generator


@pytest.fixture(scope="module")
def seeds():
    return generator.load_seeds()


def test_same_seed_same_corpus(seeds):
    assert list(generator.generate(40, seed=7, seeds=seeds)) == list(generator.generate(40, seed=7, seeds=seeds))


def test_other_seed_other_corpus(seeds):
    a = [r["text"] for r in generator.generate(20, seed=7, seeds=seeds)]
    b = [r["text"] for r in generator.generate(20, seed=8, seeds=seeds)]
    assert a != b


def test_records_are_valid_jsonl(tmp_path, seeds):
    corpus = generator.write_corpus(tmp_path / "c", 300, seed=3, seeds=seeds)
    shards = sorted(corpus.path.glob("part-*.jsonl"))
    assert len(shards) == 2  # 250 + 50: sharded like a harvester's batches
    records = [json.loads(line) for shard in shards for line in shard.read_text(encoding="utf-8").splitlines()]
    assert len(records) == corpus.articles == 300
    assert len({r["id"] for r in records}) == 300
    for r in records:
        assert set(r) == {"id", "title", "source", "published", "text"}
        assert r["title"] and r["source"] and r["text"].strip()
        date.fromisoformat(r["published"])
        assert 3 <= len(r["text"].split("\n\n")) <= 12
    assert corpus.words == sum(len(r["text"].split()) for r in records)
    # Cached: a second call reads the marker instead of regenerating.
    assert generator.write_corpus(tmp_path / "c", 300, seed=3, seeds=seeds).words == corpus.words


def test_entities_are_swapped(seeds):
    originals = set(seeds.paragraphs)
    paragraphs = [p for r in generator.generate(100, seed=1, seeds=seeds) for p in r["text"].split("\n\n")]
    changed = [p for p in paragraphs if p not in originals]
    # Most paragraphs mention someone, somewhere or some day, and those are mostly swapped.
    assert len(changed) > len(paragraphs) / 3
    people = seeds.pools[("person", "plain")]
    assert len(people) > 20
    text = "\n".join(paragraphs)
    assert sum(name in text for name in people) > 20


def test_surname_follows_the_swapped_full_name(seeds):
    import random

    swapper = generator._Swapper(random.Random(0), seeds, date(2025, 1, 1))
    swapper.people["Putin"] = "Olena Kovalenko"
    assert swapper.person("Vladimir Putin") == "Olena Kovalenko"
    assert swapper.person("Putin") == "Kovalenko"


def test_dates_are_moved_next_to_publication(seeds):
    import random

    swapper = generator._Swapper(random.Random(0), seeds, date(2025, 3, 20))
    out = generator._DATE_RE.sub(swapper.date, "on June 30, 2024 and on 3 July")
    assert "June" not in out and "July" not in out
    assert "March" in out and ", 2025" in out
