"""The gazetteer scan (indexer/entities/scan.py) skips words that open no gazetteer name: that skip must never
lose a name lookup() would find, official country names (country_names.py) included."""
from __future__ import annotations

from indexer.entities.country_names import official_keys
from indexer.entities.gazetteer import first_words, fold
from indexer.entities.scan import scan_text


def test_every_name_lookup_can_find_opens_with_a_listed_word():
    opens = first_words()
    assert fold("Hellenic Republic") in official_keys()
    assert {"hellenic", "kingdom", "kharkiv", "new"} <= opens.keys()  # "Hellenic Republic" is no gazetteer key
    assert "the" in opens  # "The Hague", "The Gambia"
    assert "striker" not in opens and "said" not in opens
    assert opens["hellenic"] >= 2 and opens["kharkiv"] >= 2  # "Kharkiv Oblast"
    for key in (*official_keys(), fold("Bosnia and Herzegovina"), fold("Kharkiv Oblast")):
        words = key.split(" ")
        assert opens[words[0]] >= len(words)  # a run of words is tried up to the longest name its first word opens


def test_the_scan_still_finds_gazetteer_and_official_names_beside_words_that_open_none():
    text = "Talks between Hellenic Republic envoys and Ukraine resumed, Striker Jones said in Kharkiv Oblast."
    found = [text[a:b] for a, b in scan_text(text, [])]
    assert found == ["Hellenic Republic", "Ukraine", "Kharkiv Oblast"]
