"""The benchmark corpus generator: deterministic by seed, valid JSONL the indexer ingests, entities swapped."""
from __future__ import annotations

import json
import re
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
        assert len(r["text"].split("\n\n")) >= 2
    assert corpus.words == sum(len(r["text"].split()) for r in records)
    # Cached: a second call reads the marker instead of regenerating.
    assert generator.write_corpus(tmp_path / "c", 300, seed=3, seeds=seeds).words == corpus.words


def test_entities_are_swapped(seeds):
    seed_text = "\n".join(seeds.paragraphs)
    text = "\n".join(r["text"] for r in generator.generate(100, seed=1, seeds=seeds))
    new_people = [n for n in seeds.pools[("person", "plain")] if n not in seed_text]
    new_places = [n for n in seeds.pools[("place", "plain")] if n not in seed_text]
    assert len(new_people) > 100 and len(new_places) > 100  # recombined people, gazetteer places
    # Names no seed contains show up, so they came from the swaps.
    assert sum(n in text for n in new_people) > 20
    assert sum(n in text for n in new_places) > 20


def test_articles_are_long_enough_not_to_look_like_copies(seeds):
    for r in generator.generate(200, seed=2, seeds=seeds):
        assert len(r["text"].split()) >= generator.MIN_WORDS * 2 // 3


def test_surname_follows_the_swapped_full_name(seeds):
    import random

    swapper = generator._Swapper(random.Random(0), seeds, date(2025, 1, 1))
    swapper.people["Putin"] = "Olena Kovalenko"
    assert swapper.person("Vladimir Putin") == "Olena Kovalenko"
    assert swapper.person("Putin") == "Kovalenko"


def test_dates_are_moved_next_to_publication(seeds):
    import random

    swapper = generator._Swapper(random.Random(0), seeds, date(2025, 3, 20))
    out = swapper._plain("on June 30, 2024 and on 3 July, 14 people")
    assert "June" not in out and "July" not in out
    assert "March" in out and ", 2025" in out
    days = [int(d) for d in re.findall(r"March (\d+)|(\d+) March", out)[0] if d]
    assert all(1 <= d <= 31 for d in days)  # a date's day is never then varied as a number
