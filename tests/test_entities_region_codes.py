"""Round 19: first-level region codes ("NSW", "KZN", "T.N") read as their region where the article vouches for
one reading (indexer/entities/region_codes.py)."""
from __future__ import annotations

from indexer.entities import region_codes, tag_entities
from indexer.nlp import NerSpan
from search.model import Article, Paragraph


def tagged(paras: list[str], ents: list[list[tuple[str, str]]]) -> Article:
    art = Article(id="r19", title="t", paragraphs=[Paragraph(i, p) for i, p in enumerate(paras)])
    spans = []
    for text, para_ents in zip(paras, ents):
        row, at = [], 0
        for name, label in para_ents:
            start = text.index(name, at)
            row.append(NerSpan(start, start + len(name), label, name))
            at = start + len(name)
        spans.append(row)
    art.mentions = tag_entities(art, spans)
    return art


def _all(art: Article, text: str):
    return [m for m in art.mentions if m.text == text]


def test_codes_come_from_iso_and_skip_agencies_postnominals_and_countries():
    assert region_codes.key_of("NSW") == "NSW"
    assert region_codes.key_of("T.N") == "TN"  # dotted throughout
    assert region_codes.key_of("T.N.") == "TN"
    assert region_codes.key_of("IDF") is None  # the army the alias table spells out, not Ile-de-France
    assert region_codes.key_of("AP") == "AP"  # the agency's letters, but Andhra Pradesh's in a paper about its towns
    assert region_codes.key_of("MP") is None  # a post-nominal, not Madhya Pradesh
    assert region_codes.key_of("UK") is None  # a country already
    assert region_codes.key_of("Nsw") is None and region_codes.key_of("T.NS") is None
    assert region_codes.key_of("ARMM") == "ARMM"  # the acronym ISO writes after the name


def test_a_code_in_an_article_about_its_region_is_that_region():
    paras = ["The SA government reopened its border on Monday.",
             "Drivers from Adelaide and Port Augusta queued for hours."]
    art = tagged(paras, [[("SA", "ORG")], [("Adelaide", "GPE"), ("Port Augusta", "GPE")]])
    (m,) = _all(art, "SA")
    assert (m.kind, m.value, m.region, m.country) == ("place", "South Australia", "South Australia", "Australia")


def test_a_code_the_model_tagged_a_place_is_kept_as_its_region():
    paras = ["He lives in Newcastle, NSW, not Sydney."]
    art = tagged(paras, [[("Newcastle", "GPE"), ("NSW", "GPE"), ("Sydney", "GPE")]])
    (m,) = _all(art, "NSW")
    assert (m.kind, m.region, m.country) == ("place", "New South Wales", "Australia")


def test_a_code_listed_beside_a_read_code_takes_the_same_country():
    paras = ["Sydney and Newcastle were hit by storms.", "NSW, QLD and WA will increase their limits."]
    art = tagged(paras, [[("Sydney", "GPE"), ("Newcastle", "GPE")], [("NSW", "ORG"), ("QLD", "ORG"), ("WA", "ORG")]])
    assert [_all(art, t)[0].region for t in ("NSW", "QLD", "WA")] == \
        ["New South Wales", "Queensland", "Western Australia"]


def test_no_region_of_the_code_named_in_the_article_leaves_the_code_alone():
    # a Hollywood story is about the US, but "LA" is Los Angeles there, not Louisiana; "KZN" with no South
    # African place is not read either
    paras = ["She moved to LA from Sydney and now lives in Hollywood, California."]
    art = tagged(paras, [[("LA", "GPE"), ("Sydney", "GPE"), ("Hollywood", "GPE"), ("California", "GPE")]])
    assert not any(m.kind == "place" and m.value == "Louisiana" for m in art.mentions)
    paras = ["The SA government met in Kenya with Nairobi officials."]
    art = tagged(paras, [[("SA", "ORG"), ("Kenya", "GPE"), ("Nairobi", "GPE")]])
    assert all(m.kind != "place" for m in _all(art, "SA"))


def test_a_firms_legal_form_is_no_code():
    paras = ["Holcim SA opened a plant in Adelaide, South Australia."]
    art = tagged(paras, [[("SA", "ORG"), ("Adelaide", "GPE"), ("South Australia", "GPE")]])
    assert all(m.kind != "place" for m in _all(art, "SA"))


def test_switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_REGION_CODES", "0")
    paras = ["The SA government reopened its border.", "Drivers from Adelaide queued."]
    art = tagged(paras, [[("SA", "ORG")], [("Adelaide", "GPE")]])
    assert all(m.kind != "place" for m in _all(art, "SA"))


def test_a_countrys_official_long_form_is_that_country():
    from indexer.entities.gazetteer import lookup

    assert [p.name for p in lookup("Lao People's Democratic Republic")] == ["Laos"]
    assert [p.name for p in lookup("Republic of Cuba")] == ["Cuba"]
    assert lookup("Republic of Nowhere") == []
    paras = ["The prime minister of the Lao People's Democratic Republic sent greetings."]
    art = tagged(paras, [[("Lao People's Democratic Republic", "ORG")]])
    (m,) = _all(art, "Lao People's Democratic Republic")
    assert (m.kind, m.value, m.country) == ("place", "Laos", "Laos")


def test_country_names_switch_off(monkeypatch):
    from indexer.entities.country_names import country_code

    monkeypatch.setenv("NEWSFACET_COUNTRY_NAMES", "0")
    assert country_code("republic of cuba") is None


def test_a_countrys_initials_need_the_article_to_talk_about_that_country():
    paras = ["Seoul said the ROK and the U.S. would hold drills."]
    art = tagged(paras, [[("Seoul", "GPE"), ("ROK", "ORG"), ("U.S.", "GPE")]])
    (m,) = _all(art, "ROK")
    assert (m.kind, m.value, m.country) == ("place", "South Korea", "South Korea")
    paras = ["Officials in Tokyo said the ROK would attend."]  # "ROK" is also the Republic of Kenya's initials
    art = tagged(paras, [[("Tokyo", "GPE"), ("ROK", "ORG")]])
    assert all(m.kind != "place" for m in _all(art, "ROK"))


def test_a_macro_region_tagged_org_is_a_place_without_a_country():
    from indexer.entities.macro_regions import is_macro

    assert is_macro("Indo-Pacific") and is_macro("Americas") and is_macro("Sub-Saharan Africa")
    assert not is_macro("Georgia-Pacific")  # a company: one part is no continent or ocean
    assert not is_macro("South Africa") and not is_macro("Pacific")  # a country; one word is left to the model
    paras = ["China's growing presence in the Indo-Pacific worries Canberra."]
    art = tagged(paras, [[("China", "GPE"), ("Indo-Pacific", "ORG"), ("Canberra", "GPE")]])
    (m,) = _all(art, "Indo-Pacific")
    assert (m.kind, m.value, m.region, m.country) == ("place", "Indo-Pacific", None, None)


def test_macro_regions_switch_off(monkeypatch):
    monkeypatch.setenv("NEWSFACET_MACRO_REGIONS", "0")
    paras = ["China's growing presence in the Indo-Pacific worries Canberra."]
    art = tagged(paras, [[("China", "GPE"), ("Indo-Pacific", "ORG"), ("Canberra", "GPE")]])
    assert all(m.kind != "place" for m in _all(art, "Indo-Pacific"))


def test_a_code_the_archive_reads_one_way_is_that_place_where_its_article_says_nothing():
    from indexer.entities.region_codes import settle_archive
    from search.model import Mention

    def art(aid: str, kind: str, value: str, region, country) -> Article:
        text = "The QLD government spoke."
        m = Mention(0, 4, 7, "QLD", kind, value, region=region, country=country, label="GPE" if kind == "place" else "ORG")
        return Article(id=aid, title="t", paragraphs=[Paragraph(0, text)], mentions=[m])

    read = [art(f"r{i}", "place", "Queensland", "Queensland", "Australia") for i in range(3)]
    lone = art("x", "org", "QLD", None, None)
    assert settle_archive(read[:2] + [lone]) == 0  # two articles are not enough
    assert settle_archive(read + [lone]) == 1
    m = lone.mentions[0]
    assert (m.kind, m.value, m.region, m.country) == ("place", "Queensland", "Queensland", "Australia")
