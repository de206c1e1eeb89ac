"""Round 28 (issue 11): a US-style state written "Washington state", "the state of Washington" or after a town
("Spokane, Washington") is the state, not a town of its name abroad or the US capital. Invented sentences, real
NER."""
from __future__ import annotations

from indexer.entities.corpus import spans_for, tag_corpus
from search.model import Article, Paragraph


def _places(*paragraphs):
    a = Article(id="x", title="t", paragraphs=[Paragraph(i, t) for i, t in enumerate(paragraphs)])
    tag_corpus([a], spans_for([a]))
    return [(m.text, m.value, m.region, m.country) for m in a.mentions if m.kind == "place"]


def test_a_name_followed_by_state_is_the_state():
    found = _places("Apple growers in Washington state expect a record crop.",
                    "In the state of Washington, the governor's plan was delayed.")
    assert [(r, c) for t, _, r, c in found if t == "Washington"] == [("Washington", "United States")] * 2


def test_the_state_after_a_town_is_the_state_and_locates_the_town():
    found = _places("A plant in Vancouver, Washington closed on Friday.")
    assert ("Vancouver", "Vancouver", "Washington", "United States") in found
    assert ("Washington", "Washington", "Washington", "United States") in found


def test_the_capital_written_with_dc_stays_the_capital():
    found = _places("Pelosi spoke on Capitol Hill, Washington, D.C., on Thursday.")
    assert ("Washington", "Washington", "District of Columbia", "United States") in found


def test_a_country_after_a_town_stays_the_country():
    # a state of the same name holds the town (Toluca lies in the State of Mexico), but the writer meant the country
    found = _places("Supporters gathered at a rally in Toluca, Mexico, on Friday.")
    assert ("Mexico", "Mexico", None, "Mexico") in found


def test_a_list_of_towns_is_no_town_and_state():
    found = _places("Flights go to Sydney, Brisbane, Nadi, Noumea, Auckland and Funafuti.")
    noumea = [x for x in found if x[0] == "Noumea"]
    assert noumea and all(r != "Auckland" for _, _, r, _ in noumea)


def test_state_of_before_a_name_no_state_has_keeps_its_reading():
    # the model cut "Rio Grande do Sul"; no state is called "Rio Grande", so the span is read as before
    found = _places("Farmers protested in the southern state of Rio Grande do Sul.")
    assert all(c in (None, "Brazil") for _, _, _, c in found)
