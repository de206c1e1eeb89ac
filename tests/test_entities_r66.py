"""Round 66 (issue 11): what fresh archives of an East African aid beat, a Hong Kong paper and celebrity news showed.

Each test runs the one rule that round 66 added on text or mentions built here, then the same with the rule's switch
off, so the old reading stays one variable away."""
from __future__ import annotations

import pytest

from indexer.entities import east_asian_names, orgs
from indexer.entities.org_variants import variant_key
from tests.test_entities_units import linked, tagged

# --- a UN body with or without the UN, a name's small words, UN agencies and news agencies (org_name_forms, orgs) ---

_OCHA = ["UN Office for the Coordination of Humanitarian Affairs", "U.N.’s Office for the Coordination of Humanitarian "
         "Affairs", "United Nations Office for Coordination of Humanitarian Affairs",
         "U.N. Office of Coordination of Humanitarian Affairs"]


def test_a_un_bodys_forms_share_one_key(monkeypatch):
    assert len({variant_key(v) for v in _OCHA}) == 1
    fao = ["Food and Agriculture Organization", "UN Food and Agriculture Organization",
           "Food and Agriculture Organization of the United Nations",
           "United Nation’s Food and Agriculture Organisation"]
    assert len({variant_key(v) for v in fao}) == 1
    monkeypatch.setenv("NEWSFACET_ORG_UN_FORMS", "0")
    monkeypatch.setenv("NEWSFACET_ORG_SMALL_WORDS", "0")
    assert len({variant_key(v) for v in _OCHA}) == 4
    assert len({variant_key(v) for v in fao}) == 3


def test_a_name_of_two_words_keeps_its_un():
    # other states have a Security Council and a General Assembly: the UN stays in their key
    assert variant_key("UN Security Council") != variant_key("Security Council")
    assert variant_key("UN General Assembly") != variant_key("General Assembly")


def test_for_and_of_and_an_inner_the_are_one_key(monkeypatch):
    assert variant_key("Ministry for Primary Industries") == variant_key("Ministry of Primary Industries")
    assert variant_key("People for the Ethical Treatment of Animals") == \
        variant_key("People for Ethical Treatment of Animals")
    monkeypatch.setenv("NEWSFACET_ORG_SMALL_WORDS", "0")
    assert variant_key("Ministry for Primary Industries") != variant_key("Ministry of Primary Industries")


def _un_archive():
    return linked(*(tagged((f"Aid was sent, the {name} said.", [(name, "ORG")]), aid=f"a{i}")
                    for i, name in enumerate(["U.N.’s Office for the Coordination of Humanitarian Affairs",
                                              "UN Office for the Coordination of Humanitarian Affairs"])))


def test_the_forms_are_one_value_shown_without_the_uns_possessive(monkeypatch):
    shown = {m.value for a in _un_archive() for m in a.mentions if m.kind == "org"}
    assert shown == {"UN Office for the Coordination of Humanitarian Affairs"}
    monkeypatch.setenv("NEWSFACET_ORG_UN_FORMS", "0")
    shown = {m.value for a in _un_archive() for m in a.mentions if m.kind == "org"}
    assert len(shown) == 2


def test_un_agencies_known_by_letters_that_are_no_initials():
    assert orgs.known_org("United Nations Children’s Fund") == "UNICEF"
    assert orgs.known_org("Unicef") == "UNICEF"
    assert orgs.known_org("UN refugee agency") == "UNHCR"


def test_a_news_agency_is_an_outlet_not_a_town():
    a = tagged(("The state news agency Xinhua reported the visit.", [("Xinhua", "GPE")]))
    assert [(m.kind, m.value) for m in a.mentions] == [("org", "Xinhua")]


# --- a Chinese or Korean name written family name first (east_asian_names) ------------------------------------------

@pytest.mark.parametrize("name, family", [
    ("Xi Jinping", "Xi"), ("Wang Yi", "Wang"), ("Kim Jong Un", "Kim"), ("Tsai Ing-wen", "Tsai"),
    ("Lee Hsien Loong", "Lee"), ("Lee Jae-myung", "Lee"), ("Chan Mo-po", "Chan"),
    ("Kim Wilde", None), ("Lee Evans", None), ("Park Avenue", None), ("Lee Anderson", None), ("Kim Kardashian", None),
])
def test_a_name_is_read_family_name_first_by_its_shape(name, family):
    assert east_asian_names.family_first(name) == family


def _xi_archive(full: int = 4):
    """``full`` articles naming Xi Jinping in full, then one writing "Xi" alone."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday"][:full]
    return linked(*(tagged((f"Xi Jinping spoke of trade on {d}.", [("Xi Jinping", "PERSON")]), aid=f"x{i}")
                    for i, d in enumerate(days)),
                  tagged(("Xi said the talks had gone well.", [("Xi", "PERSON")]), aid="c"))


def test_a_bare_family_name_links_across_articles_to_its_one_bearer(monkeypatch):
    c = _xi_archive()[-1]
    assert [m.value for m in c.mentions if m.kind == "person"] == ["Xi Jinping"]
    # (a bearer named in one article is no figure of the archive: "Coffee with my Ma" is not the one story's Ma Xiaowei)
    assert "Xi Jinping" not in [m.value for m in _xi_archive(full=1)[-1].mentions]
    monkeypatch.setenv("NEWSFACET_EAST_ASIAN_NAMES", "0")
    c = _xi_archive()[-1]
    assert "Xi Jinping" not in [m.value for m in c.mentions if m.kind == "person"]  # "Xi", or dropped unattested


def _wang_archive():
    return linked(tagged(("Foreign Minister Wang Yi met his counterpart.", [("Wang Yi", "PERSON")]), aid="a"),
                  tagged(("The table tennis star Wang Chuqin won again.", [("Wang Chuqin", "PERSON")]), aid="b"),
                  tagged(("“We will not devalue,” Wang said on Tuesday.", [("Wang", "ORG")]), aid="c"),
                  tagged(("Wang offered them free meals.", [("Wang", "ORG")]), aid="d"))


def test_a_bare_family_name_of_several_people_tagged_org_is_no_body(monkeypatch):
    c = _wang_archive()[2]
    assert not [m for m in c.mentions if m.kind == "org" and m.label != "NOFACET"]
    monkeypatch.setenv("NEWSFACET_EAST_ASIAN_NAMES", "0")
    c = _wang_archive()[2]
    assert [m.value for m in c.mentions if m.kind == "org" and m.label != "NOFACET"] == ["Wang"]


# --- a person known by one name, tagged ORG across the archive (org_mononyms) ---------------------------------------

_MONONYM = [("The rapper Zorvaq released a new single.", "Zorvaq"),
            ("She is dating her boyfriend Zorvaq again.", "Zorvaq"),
            ("Zorvaq announced he would tour in May.", "Zorvaq"),
            ("Tickets for Zorvaq went on sale.", "Zorvaq")]


def _mononym_archive():
    return linked(*(tagged((text, [(name, "ORG")]), aid=f"m{i}") for i, (text, name) in enumerate(_MONONYM)))


def test_a_one_word_name_the_articles_mark_as_a_person_is_a_person(monkeypatch):
    kinds = {m.kind for a in _mononym_archive() for m in a.mentions if m.text == "Zorvaq"}
    assert kinds == {"person"}
    monkeypatch.setenv("NEWSFACET_ORG_MONONYMS", "0")
    kinds = {m.kind for a in _mononym_archive() for m in a.mentions if m.text == "Zorvaq"}
    assert "person" not in kinds


def test_a_firm_named_after_a_person_stays_a_body():
    texts = [("Shares in Zorvaq fell on Monday.", "Zorvaq"), ("Zorvaq shares rose.", "Zorvaq"),
             ("The rapper Zorvaq sang.", "Zorvaq"), ("Zorvaq announced he would sell.", "Zorvaq"),
             ("Zorvaq shares slid again.", "Zorvaq")]
    arts = linked(*(tagged((t, [(n, "ORG")]), aid=f"f{i}") for i, (t, n) in enumerate(texts)))
    assert "person" not in {m.kind for a in arts for m in a.mentions if m.text == "Zorvaq"}


# --- a bare given name of one person of the archive (given_alone.link_sole_given_names) ----------------------------

def _given_archive(other: str | None = None, company: str = "Travis Scottley", age: str = ""):
    """Three articles naming Kylie Jennex in full beside Travis Scottley, two naming "Kylie" alone beside ``company``."""
    full = [tagged((f"Kylie Jennex said she would sing with Travis Scottley on {day}.",
                    [("Kylie Jennex", "PERSON"), ("Travis Scottley", "PERSON")]), aid=f"f{i}")
            for i, day in enumerate(["Monday", "Tuesday", "Wednesday"])]
    alone = [tagged((f"Kylie{age} said she took to the stage with {company} on {day}.",
                     [("Kylie", "PERSON"), (company, "PERSON")]), aid=f"g{i}")
             for i, day in enumerate(["Friday", "Sunday"])]
    extra = [tagged((f"{other} said she sang too.", [(other, "PERSON")]), aid=f"o{i}") for i in range(3)] \
        if other else []
    return linked(*full, *alone, *extra)


def test_a_bare_given_name_of_one_person_is_that_person(monkeypatch):
    lone = _given_archive()[3]
    assert [(m.value, m.label) for m in lone.mentions if m.text == "Kylie"] == [("Kylie Jennex", "PERSON")]
    monkeypatch.setenv("NEWSFACET_SOLE_GIVEN_NAMES", "0")
    lone = _given_archive()[3]
    assert [m.value for m in lone.mentions if m.text == "Kylie"] == ["Kylie"]


def test_a_bare_given_name_of_two_people_stays_apart():
    lone = _given_archive(other="Kylie Brightmoor")[3]
    assert "Kylie Jennex" not in [m.value for m in lone.mentions if m.kind == "person"]


def test_a_bare_given_name_in_other_company_or_with_an_age_is_somebody_else():
    # a story sharing nobody with the bearer's stories ("Liam" of One Direction, not Liam Hemsworth), a private person
    # introduced with an age ("lamented Abrar, 62,")
    for lone in (_given_archive(company="Zayn Malikov")[3], _given_archive(age=", 62,")[3]):
        assert "Kylie Jennex" not in [m.value for m in lone.mentions if m.kind == "person"]


# --- a gossip outlet cited by name (person_media) -----------------------------------------------------------------

def test_an_outlet_an_insider_tells_is_no_person():
    texts = ["An insider told Radarline that the couple split.",
             "A source close to the star tells Radarline she is fine.", "Radarline has learned the wedding is off."]
    arts = linked(*(tagged((t, [("Radarline", "PERSON")]), aid=f"r{i}") for i, t in enumerate(texts)))
    assert not [m for a in arts for m in a.mentions if m.kind == "person" and m.label != "NOFACET"]



# --- a film the model tags ORG (org_programmes) ---------------------------------------------------------------------

def test_a_film_its_costars_and_trailer_name_is_no_body(monkeypatch):
    texts = ["The Glimmerfall costars are reuniting next month.", "Fans rushed to see the Glimmerfall trailer.",
             "She watched the film Glimmerfall again."]

    def archive():
        return linked(*(tagged((t, [("Glimmerfall", "ORG")]), aid=f"w{i}") for i, t in enumerate(texts)))

    assert not [m for a in archive() for m in a.mentions if m.kind == "org" and m.label != "NOFACET"]
    monkeypatch.setenv("NEWSFACET_ORG_PROGRAMMES", "0")
    assert [m for a in archive() for m in a.mentions if m.kind == "org" and m.label != "NOFACET"]
