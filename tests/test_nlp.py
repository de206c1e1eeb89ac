"""The shared NER step: offsets are into the text given, whatever its length."""
from __future__ import annotations

from indexer import nlp


def test_spans_are_offsets_into_each_text_in_order():
    texts = ["Volodymyr Zelensky spoke in Kyiv on Monday.", "", "Drones hit Izhevsk."]
    out = list(nlp.ner_spans(texts))
    assert len(out) == 3 and out[1] == []
    for text, spans in zip(texts, out):
        for span in spans:
            assert text[span.start:span.end] == span.text


def test_a_text_longer_than_spacy_accepts_is_tagged_in_pieces(monkeypatch):
    monkeypatch.setattr(nlp, "MAX_PIECE_CHARS", 200)
    sentence = "Governor Oleh Syniehubov said Kharkiv was shelled. "
    text = sentence * 30  # 1,530 chars: eight pieces of at most 200
    pieces = list(nlp._pieces([text]))
    assert len(pieces) > 7 and all(len(p) <= 200 for p, _ in pieces)
    assert "".join(p for p, _ in pieces) == text
    [spans] = list(nlp.ner_spans([text]))
    assert sum(s.text == "Kharkiv" for s in spans) >= 25
    assert all(text[s.start:s.end] == s.text for s in spans)
