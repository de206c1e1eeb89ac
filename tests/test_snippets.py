"""Snippets: best paragraphs, escaped, matched tokens (stemmed like the index) in <mark>, nothing else."""
from __future__ import annotations

import re

from search.snippets import match_spans, paragraph_html, snippets
from search.testing import art


def terms(q: str) -> set[str]:
    from search.querytext import parse
    return parse(q).text_terms


def test_hostile_text_is_escaped_and_only_marks_are_markup():
    a = art("x", "T", ['<script>alert("kupol")</script> & <b>kupol</b> plant'])
    html = snippets(a, terms("kupol"))[0]["html"]
    assert html == ('&lt;script&gt;alert(&quot;<mark>kupol</mark>&quot;)&lt;/script&gt; &amp; '
                    '&lt;b&gt;<mark>kupol</mark>&lt;/b&gt; plant')
    assert re.sub(r"</?mark>", "", html).count("<") == 0


def test_both_words_of_a_two_word_query_are_marked_with_stemming():
    a = art("x", "T", ["Nothing here.", "Drones attacked the Kupol plant.", "Another drone flew."])
    s = snippets(a, terms("drone attack"))
    assert s[0] == {"paragraph": 1, "html": "<mark>Drones</mark> <mark>attacked</mark> the Kupol plant."}
    assert s[1] == {"paragraph": 2, "html": "Another <mark>drone</mark> flew."}
    assert len(s) == 2


def test_negated_terms_are_not_marked_and_phrases_are():
    t = terms('"air defense" -kyiv')
    a = art("x", "T", ["Air defense units near Kyiv."])
    assert snippets(a, t)[0]["html"] == "<mark>Air</mark> <mark>defense</mark> units near Kyiv."


def test_browse_or_no_match_gives_the_lead_paragraph_unmarked():
    a = art("x", "T", ["", "Lead <i>para</i>.", "Second."])
    assert snippets(a, set()) == [{"paragraph": 1, "html": "Lead &lt;i&gt;para&lt;/i&gt;."}]
    assert snippets(a, terms("zebra")) == [{"paragraph": 1, "html": "Lead &lt;i&gt;para&lt;/i&gt;."}]
    assert snippets(art("y", "T", []), set()) == []


def test_long_paragraphs_are_windowed_around_the_match():
    text = "word " * 200 + "kupol " + "tail " * 200
    html = snippets(art("x", "T", [text]), {"kupol"})[0]["html"]
    assert html.startswith("…") and html.endswith("…") and "<mark>kupol</mark>" in html and len(html) < 500


def test_cyrillic_and_emoji_offsets_stay_right():
    text = "Ночью Киев 🚀 атаковали дроны, drones again."
    spans = match_spans(text, terms("киев drones"))
    assert [text[s:e] for s, e, _ in spans] == ["Киев", "drones"]
    assert paragraph_html(text, terms("киев")) == "Ночью <mark>Киев</mark> 🚀 атаковали дроны, drones again."


def test_a_paragraph_with_the_phrase_beats_one_with_the_words_apart():
    from search.querytext import parse

    pq = parse('"air defense"')
    a = art("x", "T", ["Defense officials said the air was clear, defense again.", "Air defense units of the army."])
    s = snippets(a, pq.text_terms, phrases=pq.phrases)
    assert s[0]["paragraph"] == 1 and pq.phrases == [("air", "defens")]
    pq = parse('"bank of england"')  # the stop word inside the phrase does not break adjacency
    a = art("y", "T", ["England has a bank.", "The Bank of England raised rates."])
    assert snippets(a, pq.text_terms, phrases=pq.phrases)[0]["paragraph"] == 1
