"""Organisation error classes of round 6 (issue 11), on invented sentences and NER spans: things, titles and
languages the model tagged ORG, meetings and pacts by name, and a short name kept apart from a compound that
holds it ("Norvex" / "NorvexInsider")."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values

pytestmark = pytest.mark.usefixtures("no_org_evidence_gate")



def test_devices_taxes_papers_and_title_acronyms_tagged_org_are_no_bodies_but_real_acronyms_stay():
    art = tagged(("The phone has 4 GB of RAM and a SIM slot, said the Kelvora Bank.",
                  [("RAM", "ORG"), ("SIM", "ORG"), ("Kelvora Bank", "ORG")]),
                 ("Police filed an FIR and the GST rise was cited by the CM at the BJP meeting.",
                  [("FIR", "ORG"), ("GST", "ORG"), ("CM", "ORG"), ("BJP", "ORG")]),
                 ("The state signed an MoU with Tarvex.", [("MoU", "ORG"), ("Tarvex", "ORG")]))
    assert sorted(values(art, "org")) == ["BJP", "Kelvora Bank", "Tarvex"]


def test_an_acronym_term_in_title_case_is_a_name_not_the_term():
    # "Ram" is a person's name, "RAM" memory: only the capitals are the term
    art = tagged(("Ram Holdings said Ram would expand.", [("Ram", "ORG")]))
    assert values(art, "org") == ["Ram"]


def test_titles_ranks_and_languages_tagged_org_are_no_bodies_but_an_office_of_a_title_is():
    art = tagged(("The Navy Capt met the District Collector and the Foreign Secretary.",
                  [("Navy Capt", "ORG"), ("District Collector", "ORG"), ("Foreign Secretary", "ORG")]),
                 ("The Minister of Foreign Affairs of Varnia spoke in Telugu to the Office of the Prime Minister.",
                  [("Minister of Foreign Affairs of Varnia", "ORG"), ("Telugu", "ORG"),
                   ("Office of the Prime Minister", "ORG")]))
    assert values(art, "org") == ["Office of the Prime Minister"]


def test_meetings_pacts_laws_and_apps_by_name_are_no_bodies():
    art = tagged(("Delegates at the Global Kelvora Summit backed the Tarvex Protocol and the Clean Varn Act.",
                  [("Global Kelvora Summit", "ORG"), ("Tarvex Protocol", "ORG"), ("Clean Varn Act", "ORG")]),
                 ("Download the Norvex Express App, said Norvex Media.",
                  [("Norvex Express App", "ORG"), ("Norvex Media", "ORG")]),
                 ("Traders paid the Goods and Varn Tax.", [("Goods and Varn Tax", "ORG")]))
    assert values(art, "org") == ["Norvex Media"]


def test_a_short_name_is_not_merged_into_a_compound_that_holds_it_but_a_clipping_still_is():
    a = tagged(("Norvex shares rose, NorvexInsider reported.", [("Norvex", "ORG"), ("NorvexInsider", "ORG")]))
    b = tagged(("Norvex launched a phone.", [("Norvex", "ORG")]), aid="b")
    c = tagged(("The Liberal Varnocrats met; the Lib Varns said taxes will fall.",
                [("Liberal Varnocrats", "ORG"), ("Lib Varns", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert sorted(values(a, "org")) == ["Norvex", "NorvexInsider"]
    assert values(b, "org") == ["Norvex"]
    assert values(c, "org") == ["Liberal Varnocrats"]


def test_a_generic_state_body_written_for_several_states_takes_the_one_its_article_names_or_goes():
    a = tagged(("The Varnia High Court heard the plea; the High Court said no.",
                [("Varnia High Court", "ORG"), ("High Court", "ORG")]))
    b = tagged(("The Tarvex High Court stayed the order.", [("Tarvex High Court", "ORG")]), aid="b")
    c = tagged(("The High Court will rule on Monday.", [("High Court", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(a, "org") == ["Varnia High Court"]
    assert values(c, "org") == []


def test_a_generic_body_beside_a_countrys_own_stays_the_national_one():
    a = tagged(("The U.S. Supreme Court agreed.", [("U.S. Supreme Court", "ORG")]))
    b = tagged(("The Ohio Supreme Court disagreed.", [("Ohio Supreme Court", "ORG")]), aid="b")
    c = tagged(("The Supreme Court will rule on Monday.", [("Supreme Court", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(c, "org") == ["Supreme Court"]



def test_section_headings_roman_class_numbers_and_photo_credits_are_no_bodies_but_outlets_stay():
    art = tagged(("Sports News: pupils of Class XII met Varnia Sky News staff.",
                  [("Sports News", "ORG"), ("XII", "ORG"), ("Varnia Sky News", "ORG")]),
                 ("File Photo", [("File Photo", "ORG")]))
    assert values(art, "org") == ["Varnia Sky News"]


def test_a_state_cabinet_is_the_one_its_article_names_or_none_and_bare_adjectives_are_no_bodies():
    a = tagged(("The Varnia State Cabinet met; the State Cabinet approved it.",
                [("Varnia State Cabinet", "ORG"), ("State Cabinet", "ORG")]))
    b = tagged(("The State Cabinet met with Central and Federal officials.",
                [("State Cabinet", "ORG"), ("Central", "ORG"), ("Federal", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert values(a, "org") == ["Varnia State Cabinet"]
    assert values(b, "org") == []
