"""Round 40 of issue 11: the particles of Portuguese, Swahili, Arabic, German and Dutch names join the name
(people.PARTICLES), and a world city twice the size of its biggest namesake is the one a bare name means
(places.dominant)."""
from __future__ import annotations

import pytest

from indexer.entities import places
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


def test_a_world_city_twice_its_namesakes_size_is_the_one_meant(monkeypatch):
    assert places.dominant(places.candidates("Barcelona")).country_code == "ES"
    # Valencia: the Venezuelan city GeoNames counts bigger than the Spanish one, neither twice the other
    assert places.dominant(places.candidates("Valencia")) is None
    monkeypatch.setenv("NEWSFACET_WORLD_CITIES", "0")
    assert places.dominant(places.candidates("Barcelona")) is None


def test_a_bare_world_city_in_a_story_gets_its_country():
    a = linked(tagged(("He died in Barcelona on Friday.", [("Barcelona", "GPE")])))[0]
    assert values(a, "country") == ["Spain"] and values(a, "region") == ["Catalonia"]


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
