"""A person value gated out of the facet (NO_FACET, person_evidence.py) was still read as a person's name:
the organisation passes that look for people the model tagged ORG must see it as before the gate. Found on
two archives where a listed or given-name-sharing name flipped from person to org once the gate ran
("Eran Wickramaratne, S.M.Marikkar and Hesha Withanage", "Chitra Venkatesh of ... RWA said")."""
from __future__ import annotations

from indexer.entities import org_words
from indexer.entities.name_titles import strip_title
from search.model import NO_FACET, Article, Mention, Paragraph


def _article(text: str, *spans: tuple[str, str, str]) -> Article:
    mentions = []
    for surface, kind, label in spans:
        start = text.index(surface)
        mentions.append(Mention(0, start, start + len(surface), surface, kind, surface, label=label))
    return Article("a1", "t", [Paragraph(0, text)], mentions=mentions)


def test_a_gated_full_name_still_counts_as_a_listed_person():
    text = "Eran Wickramaratne, S.M.Marikkar and Hesha Withanage resigned."
    for label in ("PERSON", NO_FACET):
        a = _article(text, ("Hesha Withanage", "person", label), ("S.M.Marikkar", "org", "ORG"))
        org = next(m for m in a.mentions if m.kind == "org")
        assert org_words._listed_with_person(a, org), label


def test_a_place_beside_an_org_is_not_a_listed_person():
    a = _article("Colombo and Marikkar Holdings agreed.", ("Colombo", "place", "GPE"),
                 ("Marikkar Holdings", "org", "ORG"))
    assert not org_words._listed_with_person(a, a.mentions[1])


def test_commonwealth_styles_are_titles_not_names():
    assert strip_title("Rt Hon Winston Peters")[1] == "Winston Peters"
    assert strip_title("Hon. David Parker")[1] == "David Parker"
    assert strip_title("Hong Kong")[1] == "Hong Kong"
