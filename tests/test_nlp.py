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


def test_a_repeated_text_is_tagged_once_and_every_text_gets_its_spans(monkeypatch):
    tagged: list[str] = []

    def fake_tagger(texts, batch_size, n_process):
        for text in texts:
            tagged.append(text)
            yield [nlp.NerSpan(0, len(text.split()[0]), "ORG", text.split()[0])] if text else []

    monkeypatch.setattr(nlp, "_tagged_texts", fake_tagger)
    monkeypatch.setattr(nlp, "REPEAT_TEXTS", 2)
    long_text = "Reuters " + "x" * nlp.REPEAT_CHARS
    texts = ["AP photo", "Getty wrote", "AP photo", "", "AP photo", "Getty wrote", "BBC said", "Getty wrote",
             "AP photo", long_text, long_text, "AP photo"]
    out = list(nlp.ner_spans(texts))
    assert [[s.text for s in spans] for spans in out] == [[t.split()[0]] if t else [] for t in texts]
    # the two most recently seen are remembered: "" pushes "Getty wrote" out (the repeated "AP photo" was seen
    # later), "BBC said" pushes "AP photo" out; a text longer than REPEAT_CHARS is never remembered
    assert tagged == ["AP photo", "Getty wrote", "", "Getty wrote", "BBC said", "AP photo", long_text, long_text]
    out[0].clear()  # a caller may change its list: the repeats it stands for keep their spans
    assert [s.text for s in out[2]] == ["AP"]


def test_repeats_keep_their_place_with_real_ner():
    texts = ["Photo: Reuters", "Vladimir Putin met Xi Jinping in Moscow.", "Photo: Reuters", "Photo: Reuters"]
    once = list(nlp.ner_spans(texts))
    apart = [next(nlp.ner_spans([t])) for t in texts]
    assert once == apart and once[0] is not once[2]
