"""search.store.Store: the SQLite source of truth (round trips, replace_file semantics, read-only use)."""
from __future__ import annotations

import sqlite3

import pytest

from search.model import Article, Paragraph
from search.store import Store
from search.testing import art, day, place, sample_corpus


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path)
    yield s
    s.close()


def test_nothing_is_created_until_first_use(tmp_path):
    Store(tmp_path / "idx")
    assert not (tmp_path / "idx").exists()


def test_round_trip_keeps_every_field_mention_offset_and_provenance(store):
    a = sample_corpus()[0]
    a.metadata = {"tags": ["war", "drones"], "n": 3}
    a.byline, a.dateline, a.note, a.title_source = "By A. Writer", "KYIV (AP) —", "Editor's note", "page"
    a.origin_sha256, a.origin_position = "ab" * 32, 4
    store.replace_file("seeds/ap.jsonl", "f" * 64, [a], {"boilerplate": 2})
    b = store.get_article("a1")
    assert b.origin_path == "test.jsonl"  # the article's own provenance wins over the file path
    assert b == a
    for m in b.mentions:
        assert b.paragraphs[m.paragraph].text[m.start:m.end] == m.text
    assert store.files() == [{"path": "seeds/ap.jsonl", "sha256": "f" * 64, "indexed_at": store.files()[0]["indexed_at"],
                              "article_count": 1, "dropped": {"boilerplate": 2}, "uid": store.files()[0]["uid"],
                              "fs_path": None}]
    assert store.file_sha("seeds/ap.jsonl") == "f" * 64 and store.file_sha("nope") is None


def test_replace_file_is_idempotent_and_reports_added_and_removed(store):
    arts = sample_corpus()[:3]
    added, removed = store.replace_file("f.jsonl", "1", arts, {})
    assert added == ["a1", "a2", "a3"] and removed == []
    gen = store.generation()
    added, removed = store.replace_file("f.jsonl", "1", arts, {})
    assert added == ["a1", "a2", "a3"] and removed == []
    assert store.count_articles() == 3 and store.generation() == gen + 1
    added, removed = store.replace_file("f.jsonl", "2", arts[:1], {})
    assert added == ["a1"] and removed == ["a2", "a3"]
    assert store.article_ids() == {"a1"}
    # cascades: no orphan paragraphs or mentions remain
    n_par = store._query("SELECT COUNT(*) FROM paragraphs")[0][0]
    n_men = store._query("SELECT COUNT(*) FROM mentions")[0][0]
    assert n_par == len(arts[0].paragraphs) and n_men == len(arts[0].mentions)


def test_an_id_owned_by_another_file_is_refused_never_taken_over(store):
    a = sample_corpus()[0]
    store.replace_file("one.jsonl", "1", [a], {})
    b = sample_corpus()[0]
    b.origin_path, b.title = "two.jsonl", "New title"
    written = store.write_file("two.jsonl", "2", [b, b], {})
    assert written.refused == [("a1", "one.jsonl")] and written.changed == []
    assert store.count_articles() == 1
    assert store.get_article("a1").title == a.title  # the first file's article is intact
    # the owner can still change or drop its own article
    _, removed = store.replace_file("one.jsonl", "1", [], {})
    assert removed == ["a1"] and store.count_articles() == 0


def test_failed_replace_rolls_back(store):
    store.replace_file("f.jsonl", "1", sample_corpus()[:2], {})
    bad = Article(id="bad", title=None, paragraphs=[Paragraph(0, "x")])  # NOT NULL title violation
    with pytest.raises(sqlite3.IntegrityError):
        store.replace_file("f.jsonl", "2", [sample_corpus()[2], bad], {})
    assert store.article_ids() == {"a1", "a2"} and store.file_sha("f.jsonl") == "1"


def test_reads_batches_people_copies_and_dedupe_docs(store):
    store.replace_file("f.jsonl", "1", sample_corpus(), {})
    assert [a.id for a in store.get_articles(["a3", "zz", "a1", "a3"])] == ["a3", "a1"]
    assert [a.id for a in store.iter_articles(batch=2)] == [f"a{i}" for i in range(1, 10)]
    assert store.known_people() == ["Oleh Syniehubov", "Rustem Umerov", "Volodymyr Zelensky"]
    docs = {d[0]: d for d in store.dedupe_docs()}
    assert docs["a2"][1:3] == ("Reuters", "2025-06-20") and "Air defense" in docs["a2"][3]
    store.set_copies({"a8": "a2", "a3": None})
    assert store.get_article("a8").copy_of == "a2" and store.get_article("a3").copy_of is None
    assert [c["id"] for c in store.copies_of("a2")] == ["a8", "a9"]


def test_read_only_store_on_a_missing_directory_is_empty(tmp_path):
    ro = Store(tmp_path / "missing", readonly=True)
    assert ro.count_articles() == 0 and ro.get_article("x") is None and ro.article_ids() == set()
    assert list(ro.iter_articles()) == [] and ro.files() == []
    assert not (tmp_path / "missing").exists()
    ro.close()


def test_read_only_store_sees_writers_commits_and_refuses_writes(tmp_path):
    w = Store(tmp_path)
    w.replace_file("f", "1", sample_corpus()[:1], {})
    ro = Store(tmp_path, readonly=True)
    assert ro.count_articles() == 1
    w.replace_file("g", "2", [art("b1", "B", ["text"], [place(0, "text", "Text")]),
                              art("b2", "C", ["June 1"], [day(0, "June 1", "2025-06-01")])], {})
    assert ro.count_articles() == 3
    with pytest.raises(RuntimeError):
        ro.replace_file("h", "3", [], {})
    ro.close()
    w.close()
