"""Incremental copy grouping (indexer/copy_update.py) against the whole-store pass (indexer/dedupe.py).

The whole-store pass is the reference: on the seeds and on a generated corpus with planted copies (the
bench generator's syndicated rewrites) both must give the same {copy: original}; adding, rewriting and
removing articles must keep them equal while reading only the new articles and their candidates.
"""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from bench import generator
from indexer.copy_update import update_copies
from indexer.dedupe import find_copies
from indexer.extract import extract_file
from indexer.sources import load_manifest
from search import migrations
from search.model import Article, Paragraph
from search.store import Store
from search.store_copies import CopyGroups

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARD = 250


def _articles(records) -> list[Article]:
    return [Article(id=r["id"], title=r["title"], source=r["source"], published=r["published"],
                    paragraphs=[Paragraph(n, t) for n, t in enumerate(r["text"].split("\n\n"))]) for r in records]


def _write(store: Store, articles: list[Article], prefix: str = "part") -> None:
    for i in range(0, len(articles), SHARD):
        store.write_file(f"{prefix}-{i // SHARD:04d}", f"sha-{prefix}-{i}", articles[i:i + SHARD])


def _grouped(store: Store):
    changes, run = update_copies(store)
    return store.copy_map(), run


def _reference(store: Store) -> dict[str, str]:
    return find_copies(store.dedupe_docs())


@pytest.fixture(scope="module")
def records():
    """1,250 generated articles (the first 1,200 are the archive, the last 50 a day's new ones; the
    generator plants rewrites of recent articles, so the new ones include copies of archived ones)."""
    return list(generator.generate(1250, seed=11))


def _sig_rows(store: Store, ids) -> tuple[int, int]:
    db = sqlite3.connect(store.path)
    marks = ",".join("?" * len(ids))
    sigs = db.execute(f"SELECT art FROM copy_sigs WHERE article_id IN ({marks})", list(ids)).fetchall()
    bands = db.execute(f"SELECT COUNT(*) FROM copy_bands WHERE art IN ({','.join('?' * len(sigs)) or 'NULL'})",
                       [s[0] for s in sigs]).fetchone()[0]
    db.close()
    return len(sigs), bands


def test_seeds_group_as_the_whole_store_pass(tmp_path):
    with Store(tmp_path) as store:
        for path in sorted(SEEDS.glob("0*.txt")):
            store.write_file(str(path), path.name, extract_file(path, manifest=load_manifest(path)).articles)
        got, run = _grouped(store)
        want = _reference(store)
        assert want and got == want  # ANI's rewrite of Al Jazeera, and nothing else
        assert run.signed == store.count_articles()


def test_generated_corpus_with_planted_copies_then_a_days_additions(tmp_path, records):
    archive, new = _articles(records[:1200]), _articles(records[1200:])
    with Store(tmp_path) as store:
        _write(store, archive)
        got, first = _grouped(store)
        want = _reference(store)
        assert len(want) >= 20 and got == want  # ~4% planted rewrites, all found, nothing else
        assert first.signed == 1200

        _write(store, new, prefix="new")
        read, verified = _count_reads(store)
        got, run = _grouped(store)
        assert got == _reference(store)
        assert len(got) > len(want)  # the new day holds rewrites of archived stories
        # Only the new articles' texts were read, signed and looked up; every other article read (its
        # stored shingles) is a candidate: one sharing a band with a new article (the generator reuses
        # seed sentences, so there are some).
        new_ids = {a.id for a in new}
        assert run.signed == run.looked_up == 50 and sorted(read) == sorted(new_ids)
        assert set(verified) - new_ids <= _band_sharers(store, new_ids)
        assert 0 < run.verified_reads == len(set(verified) - new_ids) <= 2 * run.candidates

        # Fifty unrelated articles: nothing shares their bands, so nothing else is read at all.
        rng = random.Random(5)
        words = [f"zq{n}" for n in range(3000)]
        alone = [Article(id=f"alone-{n}", title="t", paragraphs=[Paragraph(0, " ".join(rng.choices(words, k=300)))])
                 for n in range(50)]
        _write(store, alone, prefix="alone")
        read.clear()
        verified.clear()
        got, run = _grouped(store)
        assert sorted(read) == sorted(a.id for a in alone)  # 50 of 1,300 articles
        assert set(verified) <= {a.id for a in alone}
        assert run.candidates == run.verified_reads == 0 and got == _reference(store)


def _count_reads(store: Store) -> tuple[list[str], list[str]]:
    """Record every article whose text, and every article whose stored signature, the grouping reads."""
    read: list[str] = []
    signatures: list[str] = []
    texts, sigs = store.article_texts, store.copy_signatures

    def counting_texts(ids):
        found = texts(ids)
        read.extend(found)
        return found

    def counting_sigs(ids):
        found = sigs(ids)
        signatures.extend(found)
        return found

    store.article_texts, store.copy_signatures = counting_texts, counting_sigs
    return read, signatures


def _band_sharers(store: Store, ids: set[str]) -> set[str]:
    marks = ",".join("?" * len(ids))
    return {r[0] for r in store._query(
        "SELECT DISTINCT o.article_id FROM copy_sigs n JOIN copy_bands nb ON nb.art = n.art "
        "JOIN copy_bands ob ON ob.band = nb.band JOIN copy_sigs o ON o.art = ob.art "
        f"WHERE n.article_id IN ({marks})", list(ids))}


def test_rewrite_and_removal_drop_band_rows_and_regroup(tmp_path, records):
    arts = _articles(records[:600])
    with Store(tmp_path) as store:
        _write(store, arts)
        _grouped(store)
        copies = store.copy_map()
        original = next(iter(copies.values()))
        holder = next(f["path"] for f in store.files() if store._query(
            "SELECT 1 FROM articles WHERE id=? AND file_path=?", (original, f["path"])))
        ids = [r[0] for r in store._query("SELECT id FROM articles WHERE file_path=?", (holder,))]
        assert _sig_rows(store, ids)[0] == len(ids)

        store.remove_file(holder)
        assert _sig_rows(store, ids) == (0, 0)  # the file's band rows left with its articles
        got, run = _grouped(store)
        assert got == _reference(store)
        assert run.signed == 0 and run.regrouped < 100  # only the touched groups were recomputed

        # A rewritten article (its file changed) is signed again; its old bands are gone.
        victim = arts[-1]
        victim.paragraphs = [Paragraph(0, "A completely different short text about nothing in particular today.")]
        last = f"part-{(len(arts) - 1) // SHARD:04d}"
        store.write_file(last, "changed", arts[(len(arts) - 1) // SHARD * SHARD:])
        got, run = _grouped(store)
        assert got == _reference(store)
        assert store.copy_queue_size() == {"copy_pending": 0, "copy_regroup": 0}


def test_migration_from_v5_queues_every_article_and_the_next_run_builds_the_bands(tmp_path, records, monkeypatch):
    arts = _articles(records[:400])
    monkeypatch.setattr(migrations, "UPGRADES", {v: f for v, f in migrations.UPGRADES.items() if v <= 5})
    monkeypatch.setattr(CopyGroups, "_forget_copy_index", staticmethod(lambda db, ids: None))  # v5 had no bands
    with Store(tmp_path) as store:
        _write(store, arts)
        old = find_copies(store.dedupe_docs())
        store.set_copies(old)  # what the whole-store pass left in a v5 store
        assert store.schema_version() == 5
    monkeypatch.undo()
    with Store(tmp_path) as store:
        assert store.schema_version() == migrations.latest() >= 7
        assert store.copy_queue_size()["copy_pending"] == 400
        got, run = _grouped(store)
        assert run.signed == 400 and run.changed == 0  # the groups it had are kept
        assert got == old and old
        assert _sig_rows(store, [a.id for a in arts])[0] == 400
