"""Round 65 (issue 11): what fresh archives of East African and Malawian papers (floods and drought) and of a
Pakistani wire showed.

Each test runs the one pass or rule that round 65 changed on text or mentions built here, then the same with the
rule's switch off where it has one, so the old reading stays one variable away."""
from __future__ import annotations

from indexer.entities import person_titles
from tests.test_entities_units import linked, tagged, values

# --- a given name is no title (person_titles._name_words) ---------------------------------------------------------

_FAMILIES = ["Vantreb", "Quorsk", "Zentil", "Plomek"]


def _honours_list(ranked: int = 4):
    """Four articles, each naming an officer "Rubinq <family>" beside another person of her family name (the first
    ``ranked`` of them after her rank): the shape that taught a given name as a title."""
    return [tagged((f"The list names {'Lt Col ' if i < ranked else ''}Rubinq {f} and Omar {f} among the officers.",
                    [(f"Rubinq {f}", "PERSON"), (f"Omar {f}", "PERSON")]), aid=f"a{i}")
            for i, f in enumerate(_FAMILIES)]


def _people(arts):
    return sorted(m.value for a in arts for m in a.mentions if m.kind == "person")


def test_a_word_written_after_a_rank_is_a_given_name_not_a_title(monkeypatch):
    arts = _honours_list()
    assert person_titles.learned_titles(arts) == set()
    person_titles.drop_learned_titles(arts)
    assert "Rubinq Vantreb" in _people(arts) and "Omar Vantreb" in _people(arts)
    monkeypatch.setenv("NEWSFACET_TITLE_NAME_WORDS", "0")
    arts = _honours_list()
    assert person_titles.learned_titles(arts) == {"Rubinq"}
    person_titles.drop_learned_titles(arts)
    assert "Rubinq Vantreb" not in _people(arts)  # she had become the article's Omar Vantreb


def test_a_word_closing_other_full_names_is_a_given_name_not_a_title():
    arts = [tagged((f"Faizq {f} met Omar {f} on Monday.", [(f"Faizq {f}", "PERSON"), (f"Omar {f}", "PERSON")]),
                   aid=f"a{i}") for i, f in enumerate(_FAMILIES)]
    assert person_titles.learned_titles(arts) == {"Faizq"}
    arts += [tagged((f"Muhammad Faizq and Ali Faizq {f} spoke.", [("Muhammad Faizq", "PERSON"),
                                                                  (f"Ali Faizq {f}", "PERSON")]), aid="b")
             for f in _FAMILIES[:1]]
    assert person_titles.learned_titles(arts) == set()


def test_a_title_written_once_after_an_office_stays_a_title():
    # "Justice Sardar Ijaz Ishaq Khan": an honorific may follow an office once
    assert person_titles.learned_titles(_honours_list(ranked=1)) == {"Rubinq"}
    assert person_titles.learned_titles(_honours_list(ranked=2)) == set()


# --- a short line asking something of the reader, under many stories (boilerplate) -------------------------------


def _story(i: int, *extra):
    own = (f"Story number {i} tells of a flood that hit the valley town on a wet morning this week, the mayor said.",
           [])
    return tagged(own, *extra, aid=f"s{i}")


_SUBSCRIBE = ("Follow and Subscribe Quorvo TV :", [("Quorvo TV", "ORG")])


def test_a_short_promotion_under_many_stories_names_no_body(monkeypatch):
    arts = linked(*[_story(i, _SUBSCRIBE) for i in range(6)])
    assert all("Quorvo TV" not in values(a, "org") for a in arts)
    monkeypatch.setenv("NEWSFACET_SHORT_PROMOTIONS", "0")
    assert all("Quorvo TV" in values(a, "org") for a in linked(*[_story(i, _SUBSCRIBE) for i in range(6)]))


def test_a_short_repeated_line_that_asks_nothing_keeps_its_names():
    credit = ("Reporting for Quorvo TV :", [("Quorvo TV", "ORG")])  # a credit: the story's own source
    arts = linked(*[_story(i, credit) for i in range(6)])
    assert all("Quorvo TV" in values(a, "org") for a in arts)


def test_a_button_asking_for_money_is_a_promotion():
    from indexer.entities.boilerplate import _PROMO

    assert _PROMO.search("please use the button below to contribute to newslex point inc using a credit card")
    assert _PROMO.search("donate to the fund")
    assert not _PROMO.search("the donor conference pledged")


# --- British and American spelling of "programme" (org_variants.variant_key) --------------------------------------


def test_programme_and_program_are_one_body():
    from indexer.entities.org_variants import variant_key

    assert variant_key("World Food Programme") == variant_key("World Food Program")
    assert variant_key("UN Development Programme") == variant_key("United Nations Development Program")
    arts = linked(tagged(("David Beasley, head of the World Food Program (WFP), said aid was short.",
                          [("David Beasley", "PERSON"), ("World Food Program", "ORG"), ("WFP", "ORG")]), aid="a"),
                  tagged(("The World Food Programme said rations were cut.", [("World Food Programme", "ORG")]),
                         aid="b"))
    assert len({v for a in arts for v in values(a, "org")}) == 1


# --- a network written about as a company more than as a medium (person_media) ------------------------------------


def _network_archive():
    """Six medium uses of "Zwitcher" among thirty-six mentions that speak of the company: a fifth is not reached."""
    media = [tagged((f"The minister wrote on Zwitcher that he had lost the vote ({i}).", [("Zwitcher", "PERSON")]),
                    aid=f"m{i}") for i in range(6)]
    company = [tagged((f"Zwitcher said it would cut staff in round {i}.", [("Zwitcher", "PERSON")]), aid=f"c{i}")
               for i in range(30)]
    return media + company


def test_many_medium_uses_make_a_network_whatever_their_share(monkeypatch):
    from indexer.entities import link_people

    arts = _network_archive()
    link_people(arts)
    assert not any("Zwitcher" in a.entity_values("person") for a in arts)
    assert all(m.kind == "org" for a in arts for m in a.mentions if m.text == "Zwitcher")  # the company, the medium
    monkeypatch.setenv("NEWSFACET_MEDIA_MANY", "0")
    arts = _network_archive()
    link_people(arts)
    assert any("Zwitcher" in a.entity_values("person") for a in arts)


# --- a river with a stray cue of a body (natural_features, org_other.decide) --------------------------------------


def test_a_river_is_no_body_for_one_cue():
    from indexer.entities.org_other import decide

    f = {"n": 16, "acro": False, "spelt_low": 0, "spelt_cap": 0, "unit": 0, "titled": 0, "illness": 0, "seen": 0,
         "cued": 2, "body_cued": 1, "gaz": False, "as_person": 0, "geo_word": True, "all_low": False,
         "with_country": 14, "top_country": 14, "owners": {}}
    assert decide("River Nyamwamba", f) == "place"
    assert decide("Lake Kyoga", dict(f, cued=9)) is None  # most articles cue a body: the archive's own reading
    assert decide("Kampala City", f) is None  # a city's name is a body's too ("Kampala City Council" cut short)


def test_the_switch_keeps_one_cue_deciding(monkeypatch):
    from indexer.entities.org_other import decide

    monkeypatch.setenv("NEWSFACET_NATURAL_FEATURES", "0")
    f = {"n": 16, "acro": False, "spelt_low": 0, "spelt_cap": 0, "unit": 0, "titled": 0, "illness": 0, "seen": 0,
         "cued": 2, "body_cued": 1, "gaz": False, "as_person": 0, "geo_word": True, "all_low": False,
         "with_country": 14, "top_country": 14, "owners": {}}
    assert decide("River Nyamwamba", f) is None


# --- a county of the article's country, not a foreign town with its region (subdivisions) -------------------------

_NORFOLK = ("The royal family spent Christmas at the Sandringham estate in Norfolk. Harlow, Aldershot and Southampton "
            "sent officials; one flew in from New York.",
            [("Norfolk", "GPE"), ("Harlow", "GPE"), ("Aldershot", "GPE"), ("Southampton", "GPE"), ("New York", "GPE")])


def _norfolk(arts):
    return [(m.region, m.country) for a in arts for m in a.mentions if m.text == "Norfolk"]


def test_a_british_storys_county_is_not_a_foreign_town_with_its_state(monkeypatch):
    assert _norfolk(linked(tagged(_NORFOLK))) == [("England", "United Kingdom")]
    monkeypatch.setenv("NEWSFACET_SUBDIVISION_TOWNS", "0")
    assert _norfolk(linked(tagged(_NORFOLK))) == [("Virginia", "United States")]


def test_an_article_that_names_the_towns_country_keeps_its_reading():
    text = ("The navy base at Norfolk in the United States hosted officials from Harlow, Aldershot and Southampton.",
            [("Norfolk", "GPE"), ("United States", "GPE"), ("Harlow", "GPE"), ("Aldershot", "GPE"),
             ("Southampton", "GPE")])
    assert _norfolk(linked(tagged(text))) == [("Virginia", "United States")]


# --- numbered editions of one series (org_editions) ---------------------------------------------------------------


def test_a_series_numbered_twice_is_events_not_bodies(monkeypatch):
    from indexer.entities.org_editions import counter_evidence

    arts = [tagged(("Delegates met at the Cop28 climate summit in Dubai.", [("Cop28", "ORG")]), aid="a"),
            tagged(("Brazil will host Cop30 next year.", [("Cop30", "ORG")]), aid="b"),
            tagged(("The G7 and the G20 met, and ITV2 and ITV3 showed it.", [("G7", "ORG"), ("G20", "ORG"),
                                                                            ("ITV2", "ORG"), ("ITV3", "ORG")]), aid="c")]
    assert set(counter_evidence(arts)) == {"Cop28", "Cop30"}
    assert counter_evidence(arts[:1]) == {}  # one number: nothing says it is a series
    stations = [tagged(("Fox 10 and Fox 29 reported it; Local 32 and Local 1199 marched.",
                        [("Fox 10", "ORG"), ("Fox 29", "ORG"), ("Local 32", "ORG"), ("Local 1199", "ORG")]))]
    assert counter_evidence(stations) == {}  # a broadcaster's stations, a union's locals
    monkeypatch.setenv("NEWSFACET_ORG_EDITIONS", "0")
    assert counter_evidence(arts) == {}


# --- a dated dateline the model tagged PERSON (junk.opens_dateline, tagger) ----------------------------------------

_ADDIS = ("Addis Abeba, February 05/2020 – The Food and Agriculture Organization said aid was short.",
          [("Addis Abeba", "PERSON"), ("The Food and Agriculture Organization", "ORG")])


def test_a_dated_dateline_tagged_person_is_the_place(monkeypatch):
    art = tagged(_ADDIS)
    assert [(m.kind, m.value, m.country) for m in art.mentions if m.text == "Addis Abeba"] == \
        [("place", "Addis Ababa", "Ethiopia")]
    monkeypatch.setenv("NEWSFACET_PERSON_DATELINES", "0")
    assert not [m for m in tagged(_ADDIS).mentions if m.text == "Addis Abeba" and m.kind == "place"]


def test_a_person_opening_a_paragraph_without_a_date_stays_a_person():
    from indexer.entities.junk import opens_dateline

    assert opens_dateline("", "Addis Abeba", ", February 05/2020 – The", 3, "PERSON")
    assert not opens_dateline("", "Jackson", ": Let me just say", 0, "PERSON")  # a transcript's speaker
    assert not opens_dateline("By ", "Jackson", ", March 3 – The", 0, "PERSON")  # a byline


# --- a country beside countries in a list (region_lists.country_beside_countries) ---------------------------------

_NIGER = [("Floods hit Kogi, Benue and Kano states of Nigeria.",
           [("Kogi", "GPE"), ("Benue", "GPE"), ("Kano", "GPE"), ("Nigeria", "GPE")]),
          ("Nigeria ranks behind Pakistan, Burkina Faso and Niger on the index.",
           [("Nigeria", "GPE"), ("Pakistan", "GPE"), ("Burkina Faso", "GPE"), ("Niger", "GPE")])]


def _niger(arts):
    return [(m.value, m.country) for a in arts for m in a.mentions if m.text == "Niger"]


def test_a_country_listed_beside_countries_is_the_country(monkeypatch):
    assert _niger(linked(tagged(*_NIGER))) == [("Niger", "Niger")]
    monkeypatch.setenv("NEWSFACET_COUNTRY_LISTS", "0")
    assert _niger(linked(tagged(*_NIGER))) == [("Niger State", "Nigeria")]


def test_a_name_the_article_writes_again_keeps_the_articles_reading():
    rows = [("Raffensperger is running for Georgia governor in Atlanta.", [("Georgia", "GPE"), ("Atlanta", "GPE")]),
            ("He voiced support for Israel and Georgia's Jewish population.", [("Israel", "GPE"), ("Georgia", "GPE")])]
    arts = linked(tagged(*rows))
    assert {m.country for a in arts for m in a.mentions if m.text == "Georgia"} == {"United States"}


def test_a_region_listed_beside_regions_stays_the_region():
    arts = linked(tagged(("Storms hit Texas and Georgia on Monday.", [("Texas", "GPE"), ("Georgia", "GPE")])))
    assert [(m.value, m.country) for a in arts for m in a.mentions if m.text == "Georgia"] == \
        [("Georgia", "United States")]


# --- one person with and without a word, in different articles (archive_name_forms) --------------------------------


def _forms(*rows):
    """One article per (text, [(span, label)]) row, linked as one archive."""
    return linked(*[tagged(row, aid=f"a{i}") for i, row in enumerate(rows)])


def _persons(arts):
    return sorted({m.value for a in arts for m in a.mentions if m.kind == "person" and " " in m.value})


_GROSSI = [("Rafael Mariano Quellasi, the agency's chief, said he would visit.", [("Rafael Mariano Quellasi", "PERSON")]),
           ("Rafael Quellasi said he had seen the site.", [("Rafael Quellasi", "PERSON")]),
           ("Inspectors of Rafael Quellasi said he was right.", [("Rafael Quellasi", "PERSON")])]


def test_a_name_with_and_without_its_middle_name_in_two_articles_is_one_person(monkeypatch):
    assert _persons(_forms(*_GROSSI)) == ["Rafael Quellasi"]
    monkeypatch.setenv("NEWSFACET_ARCHIVE_NAME_FORMS", "0")
    assert _persons(_forms(*_GROSSI)) == ["Rafael Mariano Quellasi", "Rafael Quellasi"]


def test_a_surname_two_other_people_share_keeps_the_names_apart():
    other = ("Maria Quellasi, his sister, said she was proud.", [("Maria Quellasi", "PERSON")])
    assert "Rafael Mariano Quellasi" in _persons(_forms(*_GROSSI, other))


def test_two_names_one_article_writes_apart_stay_two_people():
    from indexer.entities.archive_name_forms import merge_archive_forms

    # (called alone: in the whole pass the per-article merge would have joined them first, or not)
    both = tagged(("John Quincy Vorander and John Vorander were both presidents, he said.",
                   [("John Quincy Vorander", "PERSON"), ("John Vorander", "PERSON")]), aid="a")
    alone = tagged(("John Vorander signed it, he said.", [("John Vorander", "PERSON")]), aid="b")
    assert merge_archive_forms([both, alone]) == 0
    assert _persons([both, alone]) == ["John Quincy Vorander", "John Vorander"]


def test_a_leading_word_dropped_goes_to_the_shorter_form():
    rows = [("The Croatian Ivan Lubenzic won the set, he said.", [("Croatian Ivan Lubenzic", "PERSON")]),
            ("Ivan Lubenzic lost, he said.", [("Ivan Lubenzic", "PERSON")])]
    assert _persons(_forms(*rows)) == ["Ivan Lubenzic"]


def test_a_compound_surname_alone_is_no_full_name_of_the_longer_one():
    rows = [("Abdel Quorr, head of the authority, said she would act.", [("Abdel Quorr", "PERSON")]),
            ("Abdel Quorr said she was pleased.", [("Abdel Quorr", "PERSON")]),
            ("Mohamed Abdel Quorr said he disagreed.", [("Mohamed Abdel Quorr", "PERSON")])]
    assert _persons(_forms(*rows)) == ["Abdel Quorr", "Mohamed Abdel Quorr"]


# --- an acronym written as a word in brackets (orgs.normalise_org) ------------------------------------------------


def test_a_titled_acronym_spelling_the_names_initials_is_no_part_of_the_name(monkeypatch):
    from indexer.entities.orgs import normalise_org

    assert normalise_org("Department of Disaster Management Affairs (Dodma)") == \
        "Department of Disaster Management Affairs"
    assert normalise_org("Malawi Congress Party (Mcp)") == "Malawi Congress Party"
    assert normalise_org("Royal Society (Rome)") == "Royal Society (Rome)"  # a place, not its initials
    monkeypatch.setenv("NEWSFACET_TITLED_ACRONYMS", "0")
    assert normalise_org("Department of Disaster Management Affairs (Dodma)").endswith("(Dodma)")


# --- a bare surname refiled from an organisation after the person gates (linking) ---------------------------------


def test_a_shared_surname_refiled_from_org_names_nobody(monkeypatch):
    rows = [("Gita Quorvali said she would stand, she said.", [("Gita Quorvali", "PERSON")]),
            ("Puranjan Quorvali said he would not, he said.", [("Puranjan Quorvali", "PERSON")]),
            ('Others say the law bars him, "there is a clear provision," said Quorvali, the constitutional lawyer.',
             [("Quorvali", "ORG")])]  # the model's ORG, refiled as a person by the organisation pass

    def bare(arts):
        return [a.id for a in arts if "Quorvali" in a.entity_values("person")]
    assert bare(_forms(*rows)) == []
    monkeypatch.setenv("NEWSFACET_REFILED_SURNAMES", "0")
    assert bare(_forms(*rows)) == ["a2"]


# --- a national society's short name, a legislator's noun before a name ---------------------------------------------


def test_a_societys_name_without_society_is_the_society():
    arts = linked(tagged(("The Quorvan Red Cross Society said the Quorvan Red Cross had sent tents.",
                          [("Quorvan Red Cross Society", "ORG"), ("Quorvan Red Cross", "ORG")]), aid="a"),
                  tagged(("Volunteers of the Quorvan Red Cross arrived.", [("Quorvan Red Cross", "ORG")]), aid="b"))
    assert len({v for a in arts for v in values(a, "org")}) == 1


def test_a_legislators_noun_is_no_part_of_the_name():
    from indexer.entities.name_titles import strip_title

    assert strip_title("Parliamentarian Sujeewa Senasinghe")[1] == "Sujeewa Senasinghe"
    assert strip_title("Lawmaker Ilhan Omar")[1] == "Ilhan Omar"


def test_a_hyphenated_surname_written_apart_is_no_one_persons_alone():
    rows = [("Ofori Quarta said he would answer, he said.", [("Ofori Quarta", "PERSON")]),
            ("Ofori Quarta was charged, he said.", [("Ofori Quarta", "PERSON")]),
            ("Ken Ofori Quarta defended himself, he said.", [("Ken Ofori Quarta", "PERSON")]),
            ("Ken Ofori-Quarta was the minister, he said.", [("Ken Ofori-Quarta", "PERSON")])]
    assert "Ken Ofori Quarta" in _persons(_forms(*rows))


# --- a region named for a river, in a story about another country (evidence.abroad) -------------------------------


def test_a_region_named_for_a_river_is_no_foreign_state_in_another_countrys_story(monkeypatch):
    uganda = ("Floods cut off West Nile from the rest of Uganda after River Nile burst its banks near Kampala and Gulu.",
              [("West Nile", "LOC"), ("Uganda", "GPE"), ("River Nile", "LOC"), ("Kampala", "GPE"), ("Gulu", "GPE")])
    sudan = ("Fighting spread in River Nile state, north of Khartoum, Sudan.",
             [("River Nile", "GPE"), ("Khartoum", "GPE"), ("Sudan", "GPE")])

    def nile(row):
        return [m.country for a in linked(tagged(row)) for m in a.mentions if m.text == "River Nile"]
    assert nile(uganda) == [None] and nile(sudan) == ["Sudan"]
    monkeypatch.setenv("NEWSFACET_NATURAL_FEATURES", "0")
    assert nile(uganda) == ["Sudan"]
