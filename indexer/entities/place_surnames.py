"""A lone word the model tagged PERSON that the tagger filed as a small town, given back to the person.

Round 13 of issue 11 (written by the people side, moved out of linking.py to keep one concept per module): the
model tags a surname alone ("Yoon", "Obama's") as PERSON, the place pass finds a small town of that name somewhere,
and the person is lost from the person facet and counted under a foreign village. The archive's own full names say
which words are people's.
"""
from __future__ import annotations

from search.model import Article

from .gazetteer import fold


def surnames_read_as_places(articles: list[Article]) -> None:
    """A lone word the model tagged PERSON that the tagger read as a small town ("Yoon" in a KCNA piece, "Obama's
    national security advisor") is a person when it is a word of full names the archive gives people ("Yoon Suk
    Yeol", "Barack Obama"): a surname or, where family names come first, the first word. A country, a region or
    a city of BIG_TOWN people keeps the place ("Georgia", "Houston"), and so does a place of the archive's home
    country ("Kandy" in a Colombo paper: the model tags its towns PERSON, and surnames are taken from them)."""
    from . import places
    from .archive import home_countries
    from .person_shapes import home_place

    words = {fold(w) for a in articles for m in a.mentions
             if m.kind == "person" and m.label == "PERSON" and len(m.value.split()) >= 2
             and m.value.split()[0].lower() not in _PLACE_ARTICLES  # "Los Patos" is a place read as a name
             for w in (m.value.split()[0], m.value.split()[-1])}
    if not words:
        return
    homes = home_countries(articles)[0]
    for a, home in zip(articles, homes):
        for m in a.mentions:
            if m.kind == "place" and m.label == "PERSON" and " " not in m.text and fold(m.text) in words \
                    and not home_place(m.text, home) \
                    and not any(p.kind in ("country", "region", "multi") or p.population >= BIG_TOWN
                                for p in places.candidates(m.text)):
                m.kind, m.value, m.region, m.country = "person", m.text, None, None


# Articles and saints' titles that open place names ("Los Naranjos", "San Pedro"), never a person's first word.
_PLACE_ARTICLES = {"los", "las", "el", "la", "le", "les", "san", "santa", "santo", "são", "st", "st.", "saint"}
BIG_TOWN = 250_000  # as person_evidence.BIG_PLACE: a place that size inside a name marks a body named after it
