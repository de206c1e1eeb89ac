"""indexer.stream: the shared one-pass feed and the NER prefetch thread the indexing run streams through."""
from __future__ import annotations

import pytest

from indexer.stream import Feed, prefetch


def test_feed_gives_both_readers_every_item_once_from_one_pass():
    pulled = []

    def source():
        for i in range(5):
            pulled.append(i)
            yield [f"{i}a", f"{i}b"] if i != 2 else []  # an item without text must still reach the writer

    feed = Feed(source())
    texts = feed.texts(lambda item: item)
    assert [next(texts) for _ in range(3)] == ["0a", "0b", "1a"]  # the text reader runs ahead
    items = feed.items()
    assert next(items) == ["0a", "0b"]
    assert list(texts) == ["1b", "3a", "3b", "4a", "4b"]
    assert list(items) == [["1a", "1b"], [], ["3a", "3b"], ["4a", "4b"]]
    assert pulled == [0, 1, 2, 3, 4]  # the source was walked once


def test_feed_keeps_only_the_items_between_the_two_readers():
    feed = Feed(iter(range(100)))
    texts, items = feed.texts(lambda i: [str(i)]), feed.items()
    for _ in range(50):
        next(texts)
    assert len(feed._items) == 50
    for _ in range(40):
        next(items)
    assert len(feed._items) == 10


def test_feed_lookahead_pulls_a_bounded_prefix_and_loses_nothing():
    feed = Feed(iter([3, 4, 5, 6]))
    assert feed.lookahead(6, size=lambda n: n) == 7  # stops once enough is buffered
    assert len(feed._items) == 2
    assert Feed(iter([1, 2])).lookahead(100, size=lambda n: n) == 3  # the whole source when it is short
    assert list(feed.items()) == [3, 4, 5, 6]


def test_prefetch_yields_in_order_and_reraises_errors_in_the_caller():
    assert list(prefetch(iter(range(1000)), depth=7)) == list(range(1000))

    def failing():
        yield 1
        raise ValueError("model broke")

    out = prefetch(failing(), depth=4)
    assert next(out) == 1
    with pytest.raises(ValueError, match="model broke"):
        next(out)


def test_closing_prefetch_early_stops_the_thread_and_closes_the_source():
    closed = []

    def endless():
        try:
            n = 0
            while True:
                n += 1
                yield n
        finally:
            closed.append(True)

    out = prefetch(endless(), depth=2)
    assert [next(out) for _ in range(3)] == [1, 2, 3]
    out.close()
    assert closed == [True]


def test_parallel_ner_gives_the_same_spans_as_in_process_ner():
    from indexer.nlp import ner_spans

    texts = [f"President Volodymyr Zelensky met Mark Rutte in Kyiv on June {n}, the Defense Ministry said."
             for n in range(1, 30)] + ["", "Russian drones hit Kharkiv and Odesa overnight."]
    assert list(ner_spans(texts, batch_size=4, n_process=2)) == list(ner_spans(texts, n_process=1))


def test_parallel_ner_tags_a_long_text_in_pieces_like_in_process_ner(monkeypatch):
    from indexer import nlp

    monkeypatch.setattr(nlp, "MAX_PIECE_CHARS", 200)
    text = "Governor Oleh Syniehubov said Kharkiv was shelled. " * 12
    texts = [text, "Drones hit Izhevsk.", text]
    parallel = list(nlp.ner_spans(texts, batch_size=3, n_process=2))
    assert parallel == list(nlp.ner_spans(texts, n_process=1))
    assert all(text[s.start:s.end] == s.text for s in parallel[0]) and len(parallel[0]) >= 12


def test_parallel_ner_answers_repeated_texts_in_their_places(monkeypatch):
    from indexer import nlp

    texts = ["Photo: Reuters", "Scroll down for video"] + [
        t for n in range(1, 12) for t in (f"Olaf Scholz visited Warsaw on May {n}.", "Photo: Reuters")] + [
        "Scroll down for video", "Scroll down for video"]
    repeats_once = list(nlp.ner_spans(texts, batch_size=3, n_process=2))
    monkeypatch.setattr(nlp, "REPEAT_TEXTS", 0)  # nothing remembered: every text tagged where it stands
    assert repeats_once == list(nlp.ner_spans(texts, batch_size=3, n_process=2))
    assert repeats_once[3] == repeats_once[0] and len(repeats_once) == len(texts)
