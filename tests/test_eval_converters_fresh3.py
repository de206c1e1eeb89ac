"""The converters of the third fresh held-out set (eval/convert/re3d.py with names.py, gum_interview.py,
meantime_timex.py) on tiny fixtures, and the committed corpora they made: a rule that keeps a role as a name
("The Foreign Secretary"), a description as a place ("the port city of Tartus"), or a date outside MEANTIME's
annotated window would put wrong gold in front of the final score."""
from __future__ import annotations

import json
import re

from eval.convert import meantime_timex, re3d
from tests.corpus_checks import check_heldout_corpus

NEW = {"re3d", "gum_interview"}


def _mongo(rows: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


def _entity(doc: str, text: str, surface: str, kind: str, confidence: float = 1.0, nth: int = 0) -> dict:
    start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surface)}", text)][nth]
    return {"_id": f"{doc}-{start}-{kind}", "documentId": doc, "begin": start, "end": start + len(surface),
            "type": kind, "value": surface, "confidence": confidence}


def test_re3d_keeps_names_only_cut_to_our_span_convention(tmp_path):
    text = ("Foreign Secretary Philip Hammond met the Syrians in the port city of Tartus.\n\n"
            "Syria has accused Israel, he said. Iraqi forces and the SDF left Rome, Italy for eastern Aleppo.")
    doc = "ABCDEF0123456789ABCDEF0123456789"
    ents = [_entity(doc, text, "Foreign Secretary Philip Hammond", "Person"),
            _entity(doc, text, "Syrians", "Organisation"), _entity(doc, text, "Syrian", "Nationality"),
            _entity(doc, text, "the port city of Tartus", "Location"),
            _entity(doc, text, "Syria", "Location", 0.0, nth=1), _entity(doc, text, "Syria", "Organisation", nth=1),
            _entity(doc, text, "Israel", "Location", 0.0), _entity(doc, text, "he", "Person"),
            _entity(doc, text, "Iraqi forces", "Organisation"), _entity(doc, text, "the SDF", "Organisation"),
            _entity(doc, text, "Rome, Italy", "Location"), _entity(doc, text, "eastern Aleppo", "Location")]
    for src in re3d.SOURCES:
        (tmp_path / src).mkdir()
        docs = [{"_id": doc, "title": "T", "text": text, "sourceName": src, "sourceUrl": "http://x"}]
        (tmp_path / src / "documents.json").write_text(_mongo(docs if src == "UK Government" else []))
        (tmp_path / src / "entities.json").write_text(_mongo(ents if src == "UK Government" else []))
    articles, gold, _ = re3d.convert(tmp_path)
    [article] = articles
    assert article["id"] == "re3d-abcdef012345" and article["text"] == text
    assert [(g["text"], g["type"]) for g in gold] == [
        ("Philip Hammond", "person"), ("Tartus", "place"), ("Syria", "place"), ("Israel", "place"),
        ("SDF", "org"), ("Rome", "place"), ("Italy", "place"), ("Aleppo", "place")]
    assert all(text[g["start"]:g["end"]] == g["text"] for g in gold)


def test_re3d_makes_one_paragraph_break_of_any_run_of_line_breaks():
    text, where = re3d.paragraphs("A b.\nC d.\n \n\nE.")
    assert text == "A b.\n\nC d.\n\nE."
    assert text[where[5]:where[9]] == "C d."


CAT = """<Document doc_id="99" doc_name="99_Test" lang="en">
<token t_id="1" sentence="0" number="0">Markets</token><token t_id="2" sentence="0" number="1">fall</token>
<token t_id="3" sentence="1" number="0">March</token><token t_id="4" sentence="1" number="1">3</token>
<token t_id="5" sentence="1" number="2">,</token><token t_id="6" sentence="1" number="3">2008</token>
<token t_id="7" sentence="2" number="0">Stocks</token><token t_id="8" sentence="2" number="1">fell</token>
<token t_id="9" sentence="2" number="2">on</token><token t_id="10" sentence="2" number="3">Monday</token>
<token t_id="11" sentence="2" number="4">.</token>
<token t_id="12" sentence="3" number="0">Traders</token><token t_id="13" sentence="3" number="1">sold</token>
<token t_id="14" sentence="3" number="2">for</token><token t_id="15" sentence="3" number="3">two</token>
<token t_id="16" sentence="3" number="4">weeks</token><token t_id="17" sentence="3" number="5">.</token>
<token t_id="18" sentence="4" number="0">Friday</token><token t_id="19" sentence="4" number="1">is</token>
<token t_id="20" sentence="4" number="2">next</token><token t_id="21" sentence="4" number="3">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2008-03-03" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2008-03-03" functionInDocument="NONE"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="3" type="DURATION" value="P2W" functionInDocument="NONE">
<token_anchor t_id="15"/><token_anchor t_id="16"/></TIMEX3>
<EVENT_MENTION m_id="4"><token_anchor t_id="13"/></EVENT_MENTION>
</Markables>
</Document>
"""


def test_meantime_keeps_the_annotated_window_with_its_dct_and_classified_timexes(tmp_path):
    path = tmp_path / "99_Test.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = meantime_timex.convert(path)
    # sentence 4 holds no markable: outside the window, its "Friday" is no one's to score
    assert doc["doc"] == "meantime-99" and doc["dct"] == "2008-03-03" and doc["set"] == "meantime"
    assert doc["paragraphs"] == ["Stocks fell on Monday.", "Traders sold for two weeks."]
    assert [(t["p"], t["text"], t["kind"], t.get("span")) for t in doc["timexes"]] == [
        (0, "Monday", "scored", ["2008-03-03", "2008-03-03"]), (1, "two weeks", "not_date", None)]


def test_fresh3_corpora_are_mostly_heldout_with_gold_of_every_type():
    for name in NEW:
        corpus, heldout = check_heldout_corpus(name, min_gold_per_type=100)
        assert heldout <= corpus.annotated(), name  # both sets annotate whole documents
        # our span convention: no leading article in a name, no possessive at its end
        assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or g.text.endswith("'s")], name
