"""Round 43 of issue 11: a body word followed by "Against" or a title-case "Of" is evidence of a body
(org_evidence._complement), as a lower-case "of", "for" or "on" was."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


def test_a_body_word_before_against_is_evidence_of_a_body(monkeypatch):
    def icac():
        return tagged(("The Independent Commission Against Corruption said on Friday it had charged two men.",
                       [("Independent Commission Against Corruption", "ORG")]), aid="i")

    assert values(linked(icac())[0], "org") == ["Independent Commission Against Corruption"]
    monkeypatch.setenv("NEWSFACET_HEAD_COMPLEMENTS", "0")
    assert values(linked(icac())[0], "org") == []


@pytest.mark.parametrize("word, complement", [("Against", True), ("Of", True), ("on", True), ("and", False),
                                              ("Corruption", False)])
def test_which_words_open_a_complement(word, complement):
    from indexer.entities.org_evidence import _complement

    assert _complement(word) is complement
