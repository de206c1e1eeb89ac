"""The rules' NEWSFACET_* switches: read live outside a tagging call, from one snapshot inside it."""
from __future__ import annotations

import ast
from pathlib import Path

from indexer.entities import switches

ENTITIES = Path(__file__).resolve().parent.parent / "indexer" / "entities"


def test_outside_a_call_each_read_sees_the_environment(monkeypatch):
    monkeypatch.delenv("NEWSFACET_TEST_SWITCH", raising=False)
    assert switches.get("NEWSFACET_TEST_SWITCH") is None  # unset, no default: as os.environ.get reads it
    assert switches.get("NEWSFACET_TEST_SWITCH", "1") == "1"
    monkeypatch.setenv("NEWSFACET_TEST_SWITCH", "0")
    assert switches.get("NEWSFACET_TEST_SWITCH") == "0"


def test_inside_a_call_the_snapshot_holds(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TEST_SWITCH", "0")
    with switches.frozen():
        monkeypatch.setenv("NEWSFACET_TEST_SWITCH", "1")  # changed mid-call: the call keeps its setting
        assert switches.get("NEWSFACET_TEST_SWITCH") == "0"
        with switches.frozen():  # a nested call (tag_corpus -> link_people) keeps the outer snapshot
            assert switches.get("NEWSFACET_TEST_SWITCH") == "0"
        assert switches.get("NEWSFACET_UNSET_SWITCH", "1") == "1"
        assert switches.get("NEWSFACET_UNSET_SWITCH") is None
    assert switches.get("NEWSFACET_TEST_SWITCH") == "1"  # after the call: live again


def test_the_snapshot_is_released_when_the_call_raises(monkeypatch):
    monkeypatch.setenv("NEWSFACET_TEST_SWITCH", "0")
    try:
        with switches.frozen():
            raise ValueError("a document the tagger chokes on")
    except ValueError:
        pass
    monkeypatch.setenv("NEWSFACET_TEST_SWITCH", "1")
    assert switches.get("NEWSFACET_TEST_SWITCH") == "1"


def test_a_switch_set_before_tagging_still_counts(monkeypatch):
    """The rules read through the snapshot: a switch set before tag_entities changes its answer (round 45's
    credit-rating rule: "BBB-minus" is no organisation unless the switch is off)."""
    from indexer.entities import tag_entities
    from indexer.nlp import ner_spans
    from search.model import Article, Paragraph

    text = "S&P cut the company's credit rating to BBB-minus from BBB, citing weaker cash flow."
    spans = list(ner_spans([text]))

    def orgs():
        article = Article(id="a", title="t", paragraphs=[Paragraph(0, text)], published="2020-01-01")
        return {m.value for m in tag_entities(article, spans) if m.kind == "org"}

    monkeypatch.setenv("NEWSFACET_CREDIT_RATINGS", "1")
    on = orgs()
    monkeypatch.setenv("NEWSFACET_CREDIT_RATINGS", "0")
    off = orgs()
    assert not on & {"BBB-minus", "BBB"}
    assert off & {"BBB-minus", "BBB"}


def test_rules_read_their_switches_through_the_snapshot():
    """No entity module reads a NEWSFACET_* switch from os.environ directly (it would cost the per-read price
    the snapshot saves, and could disagree with it mid-call)."""
    direct = []
    for path in sorted(ENTITIES.glob("*.py")):
        if path.name == "switches.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr == "environ":
                direct.append(f"{path.name}:{node.lineno}")
    assert direct == []
