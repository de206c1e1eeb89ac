"""Round 41 of issue 11: a national politician's surname the model tags PERSON is the person's, not a home town of
that name, in an archive naming them in full in many stories and never the town (place_surnames._famous_surnames);
and a state institution a house style capitalises throughout is no place ("said in Parliament", place_uses)."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged

# two people of the surname: the bare word links to neither across articles
FULL = ("Hillary Clinton", "Bill Clinton")


def _full(i: int):
    name = FULL[i % 2]
    return tagged((f"{name} campaigned in Ohio and Texas on day {i}.",
                   [(name, "PERSON"), ("Ohio", "GPE"), ("Texas", "GPE")]), aid=f"f{i}")


def _archive(bare: str, spans: list[tuple[str, str]], n_full: int):
    docs = [_full(i) for i in range(n_full)]
    return linked(*docs, tagged((bare, spans), aid="bare"))[-1]


def _kinds(article, text):
    return [(m.kind, m.value) for m in article.mentions if m.text == text]


def test_a_famous_surname_is_the_person_not_a_home_town(monkeypatch):
    sentence = "In 2016, Trump beat Clinton by seven points among voters in Ohio."
    spans = [("Trump", "PERSON"), ("Clinton", "PERSON"), ("Ohio", "GPE")]
    assert all(kind == "person" for kind, _ in _kinds(_archive(sentence, spans, 6), "Clinton"))
    monkeypatch.setenv("NEWSFACET_FAMOUS_SURNAMES", "0")
    assert ("place", "Clinton") in _kinds(_archive(sentence, spans, 6), "Clinton")


def test_a_surname_named_in_few_stories_leaves_the_home_town():
    sentence = "In 2016, Trump beat Clinton by seven points among voters in Ohio."
    spans = [("Trump", "PERSON"), ("Clinton", "PERSON"), ("Ohio", "GPE")]
    assert ("place", "Clinton") in _kinds(_archive(sentence, spans, 2), "Clinton")


def test_a_surname_the_archive_also_writes_as_a_place_stays_a_place():
    # the town is read as a place (GPE) in as many stories as a fifth of the person's
    docs = [_full(i) for i in range(6)]
    docs += [tagged((f"Flooding hit Clinton, Iowa on day {i}.", [("Clinton", "GPE"), ("Iowa", "GPE")]), aid=f"t{i}")
             for i in range(2)]
    bare = tagged(("In 2016, Trump beat Clinton by seven points in Ohio.",
                   [("Trump", "PERSON"), ("Clinton", "PERSON"), ("Ohio", "GPE")]),
                  aid="bare")
    assert ("place", "Clinton") in _kinds(linked(*docs, bare)[-1], "Clinton")


def test_a_house_style_capital_parliament_is_no_place(monkeypatch):
    def archive():
        return linked(*[tagged((f"The minister said in Parliament on day {i} that the route would change.",
                                [("Parliament", "ORG")]), aid=f"p{i}") for i in range(4)])
    assert not [m for a in archive() for m in a.mentions if m.kind == "place"]
    monkeypatch.setenv("NEWSFACET_STATE_NOT_PLACE", "0")
    assert [m.value for a in archive() for m in a.mentions if m.kind == "place"] == ["Parliament"] * 4
