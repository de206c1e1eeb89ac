"""Round 40 of issue 11: the particles of Portuguese, Swahili, Arabic, German and Dutch names join the name
(people.PARTICLES, MORE_PARTICLES) -- written in lower case only."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values


@pytest.mark.parametrize("text, spans, name", [
    ("President Bingu wa Mutharika said the economy had grown.", [("Bingu", "PERSON"), ("Mutharika", "GPE")],
     "Bingu wa Mutharika"),
    ("Former president Jose Eduardo dos Santos died in Barcelona.", [("Jose Eduardo", "PERSON"), ("Santos", "GPE")],
     "Jose Eduardo dos Santos"),
    ("Karl-Theodor zu Guttenberg resigned on Tuesday.", [("Karl-Theodor", "PERSON"), ("Guttenberg", "GPE")],
     "Karl-Theodor zu Guttenberg"),
])
def test_a_particle_joins_the_name_the_model_split(text, spans, name):
    a = linked(tagged((text, spans)))[0]
    assert values(a, "person") == [name]
    assert "Brazil" not in values(a, "country")  # "dos [Santos]" was filed under Brazil


def test_a_capitalised_word_spelt_like_a_particle_joins_nothing():
    text = "The recently concluded drag reality show Drag Den Philippines ended its run."
    a = linked(tagged((text, [("Drag Den", "PERSON"), ("Philippines", "GPE")])))[0]
    assert "Drag Den Philippines" not in values(a, "person") and values(a, "country") == ["Philippines"]


def test_the_particle_switch_keeps_the_first_list():
    import os
    import subprocess
    import sys

    code = "from indexer.entities.people import PARTICLES; print(sorted({'wa', 'dos', 'zu'} & PARTICLES))"
    env = dict(os.environ, NEWSFACET_MORE_PARTICLES="0")
    off = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert off.stdout.strip() == "[]"
    env["NEWSFACET_MORE_PARTICLES"] = "1"
    on = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert on.stdout.strip() == "['dos', 'wa', 'zu']"


def test_the_models_own_span_of_the_surname_stands():
    # "Givanildo" + "dos" grown into the model's "Santos Lima": that span stands, as before the round-40 particles
    text = '"We will come back," said Givanildo dos Santos Lima, the agent. "We will catch them," Lima said.'
    a = linked(tagged((text, [("Givanildo", "PERSON"), ("Santos Lima", "PERSON")])))[0]
    assert values(a, "person") == ["Santos Lima"] and values(a, "place") == []
