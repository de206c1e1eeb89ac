"""Round 11 (issue 11), places: a name read as a same-name place abroad on nothing the text says. A sentence's
country ("Lebanon's Tripoli") picks its own namesake; a locating name shared by towns of several countries
("Padada in Santa Cruz") locates nothing abroad; a foreign reading whose name the archive's home country
carries goes home when the outlet writes the name more than it writes about that country, and a coin toss
among same-size namesakes abroad gives no region and no country."""
from __future__ import annotations

from collections import Counter

from indexer.entities import places
from indexer.entities.archive import settle_namesakes
from search.model import Article, Mention, Paragraph
from tests.test_entities_units import tagged


def test_a_country_possessive_picks_its_own_namesake_over_a_bigger_capital():
    art = tagged(("Fighting broke out in Lebanon's northern city of Tripoli on Sunday.",
                  [("Lebanon", "GPE"), ("Tripoli", "GPE")]))
    tripoli = [m for m in art.mentions if m.text == "Tripoli"]
    assert tripoli and {m.country for m in tripoli} == {"Lebanon"}
    plain = tagged(("Fighting broke out in Tripoli on Sunday.", [("Tripoli", "GPE")]))
    assert {m.country for m in plain.mentions} == {"Libya"}  # the capital, when nothing says otherwise


def test_a_possessive_country_is_no_evidence_for_a_name_with_no_town_there():
    assert places.owner_country("Clashes in Lebanon's ", "Tripoli") == "LB"
    assert places.owner_country("Clashes in Lebanon's ", "Lima") is None
    assert places.owner_country("Clashes in Lebanon's ") is None  # callers that give no name: the old rule
    assert places.owner_country("inside Russia's ") == "RU"


def test_a_locating_name_shared_abroad_locates_only_in_a_country_the_article_names():
    assert places.located_in(" in Santa Cruz on Monday", {"Philippines": {"davao"}}) is None
    # the locating name's own vote for its biggest reading's country does not count
    assert places.located_in(" in Santa Cruz on Monday", {"Bolivia": {"santa cruz"}}) is None
    assert places.located_in(" in Santa Cruz on Monday", {"Bolivia": {"la paz"}}) == places.region_of("Santa Cruz")
    assert places.located_in(" in Santa Cruz on Monday") == places.region_of("Santa Cruz")  # no article: as before
    assert places.located_in(" in Donetsk region", {"Philippines": {"davao"}}) == "Donetsk Oblast"  # a region by its name


def _article(aid: str, text: str, mentions: list[Mention], source: str = "paper") -> Article:
    return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=mentions, source=source)


def _place(para: str, text: str, value: str, region: str | None, country: str | None) -> Mention:
    start = para.index(text)
    return Mention(0, start, start + len(text), text, "place", value, region=region, country=country, label="GPE")


def test_a_foreign_region_named_like_a_home_town_goes_home_when_the_outlet_seldom_names_its_country():
    para = "Floods hit Santa Cruz on Monday."
    art = _article("a", para, [_place(para, "Santa Cruz", "Santa Cruz Department", "Santa Cruz Department", "Bolivia")])
    counts = settle_namesakes([art], ["Philippines"], {"paper": Counter({"Philippines": 1})})
    assert counts["home"] == 1
    assert art.mentions[0].country == "Philippines" and art.mentions[0].value == "Santa Cruz"
    # an outlet that names Bolivia more often than it writes "Santa Cruz" keeps the department
    art2 = _article("b", para, [_place(para, "Santa Cruz", "Santa Cruz Department", "Santa Cruz Department", "Bolivia")])
    settle_namesakes([art2], ["Philippines"], {"paper": Counter({"Bolivia": 3})})
    assert art2.mentions[0].country == "Bolivia"


def test_the_article_naming_the_foreign_country_or_a_capital_keeps_the_reading():
    para = "Floods hit Santa Cruz and La Paz on Monday."
    art = _article("a", para, [_place(para, "Santa Cruz", "Santa Cruz Department", "Santa Cruz Department", "Bolivia"),
                               _place(para, "La Paz", "La Paz", "La Paz Department", "Bolivia")])
    settle_namesakes([art], ["Philippines"], {"paper": Counter()})
    assert {m.country for m in art.mentions} == {"Bolivia"}
    # a capital abroad stays the capital in an archive with no home country, or one whose outlet names that
    # country more often than it writes the name alone
    para = "Talks opened in Tripoli on Monday."
    cap = _article("c", para, [_place(para, "Tripoli", "Tripoli", "Tripoli", "Libya")])
    settle_namesakes([cap], [None], {"paper": Counter()})
    assert cap.mentions[0].country == "Libya"
    cap = _article("c", para, [_place(para, "Tripoli", "Tripoli", "Tripoli", "Libya")])
    settle_namesakes([cap], ["Lebanon"], {"paper": Counter({"Libya": 2})})
    assert cap.mentions[0].country == "Libya"


def test_a_capital_abroad_named_like_a_home_town_goes_home_in_an_archive_that_seldom_names_its_country():
    # round 12: a Maltese paper's "Rabat" is the town by Mdina, not Morocco's capital, when the outlet writes
    # "Rabat" alone more often than it names Morocco at all (Rabat holds a fortieth of Malta's people)
    para = "A man was arrested in Rabat on Sunday."
    arts = [_article(str(i), para, [_place(para, "Rabat", "Rabat", "Rabat-Salé-Kénitra", "Morocco")]) for i in range(3)]
    counts = settle_namesakes(arts, ["Malta"] * 3, {"paper": Counter({"Morocco": 1})})
    assert counts["home"] == 3
    assert {(m.value, m.country) for a in arts for m in a.mentions} == {("Rabat", "Malta")}
    # a home namesake that is no national place (Moscow, Idaho in a US wire) leaves the capital alone
    para2 = "MOSCOW, March 3 - The Soviet Union said."
    mos = [_article(str(i), para2, [_place(para2, "MOSCOW", "Moscow", "Moscow", "Russia")]) for i in range(3)]
    settle_namesakes(mos, ["United States"] * 3, {"paper": Counter()})
    assert {m.country for a in mos for m in a.mentions} == {"Russia"}
    # a home town that does not carry the name as its own (no Maltese "London") leaves the capital alone
    para = "Talks opened in London on Monday."
    lon = _article("l", para, [_place(para, "London", "London", "England", "United Kingdom")])
    settle_namesakes([lon], ["Malta"], {"paper": Counter()})
    assert lon.mentions[0].country == "United Kingdom"


def test_a_coin_toss_among_same_size_namesakes_abroad_gives_no_region_and_no_country():
    para = "Farmers in La Union lost their crops."
    art = _article("a", para, [_place(para, "La Union", "La Unión", "La Unión", "El Salvador")])
    settle_namesakes([art], [None], {"paper": Counter()})
    m = art.mentions[0]
    assert m.kind == "place" and m.value == "La Union" and m.region is None and m.country is None
    assert art.entity_values("place") and not art.entity_values("country")
