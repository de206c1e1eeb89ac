"""Organisation error classes of round 5 (issue 11), on invented sentences and NER spans: people the model
tagged ORG whose sentence marks them as people, and the firms named after people that must stay bodies."""
from __future__ import annotations

import pytest

from tests.test_entities_units import linked, tagged, values

pytestmark = pytest.mark.usefixtures("no_org_evidence_gate")



def test_a_given_name_and_surname_tagged_org_with_a_role_in_apposition_is_a_person():
    art = tagged(("Gabor Kelt, the Norwegian baritone, sang the role well.", [("Gabor Kelt", "ORG")]),
                 ("Music by the band; production designer, Dina Varbo; edited by others.", [("Dina Varbo", "ORG")]))
    (art,) = linked(art)
    assert values(art, "org") == []
    assert sorted(values(art, "person")) == ["Dina Varbo", "Gabor Kelt"]


def test_a_name_without_a_given_name_or_without_a_personal_cue_stays_a_body():
    # "Kelmore Varbo": no given name; "Gabor Lusk": a given name but nothing in the sentence says person
    art = tagged(("Kelmore Varbo, the German baritone, sang well.", [("Kelmore Varbo", "ORG")]),
                 ("Shares of Gabor Lusk rose 3 pct on the news.", [("Gabor Lusk", "ORG")]))
    (art,) = linked(art)
    assert sorted(values(art, "org")) == ["Gabor Lusk", "Kelmore Varbo"]


def test_a_lone_name_opening_a_sentence_with_his_right_after_is_a_person_but_not_after_said():
    art = tagged(("Quarvitta announced his retirement after the World Cup.", [("Quarvitta", "ORG")]),
                 ("Norbexa said he gave no reply when asked.", [("Norbexa", "ORG")]),
                 ("Talvorix had delivered kits to dealers, but he said more would come.", [("Talvorix", "ORG")]))
    (art,) = linked(art)
    assert values(art, "person") == ["Quarvitta"]
    assert sorted(values(art, "org")) == ["Norbexa", "Talvorix"]


def test_a_body_that_takes_who_stays_a_body_and_its_surname_mentions_follow_a_person():
    art = tagged(("The Quarvex, who have been compared to older bands, were tipped.", [("Quarvex", "ORG")]),
                 ("Carla Morvaldi, an Italian who coached a men's team, spoke.", [("Carla Morvaldi", "ORG")]),
                 ("Morvaldi was quoted as saying she had refused.", [("Morvaldi", "ORG")]))
    (art,) = linked(art)
    assert values(art, "org") == ["Quarvex"]
    assert values(art, "person") == ["Carla Morvaldi"]


def test_a_name_listed_with_a_person_is_a_person():
    # a given name: the person gate (person_evidence.py) wants evidence for a full name, and this
    # sentence gives none but the name's shape
    art = tagged(("He most resembles Michael Kelvane and Gabor Lusk, whose performances were praised.",
                  [("Michael Kelvane", "PERSON"), ("Gabor Lusk", "ORG")]))
    (art,) = linked(art)
    assert values(art, "org") == []
    assert sorted(values(art, "person")) == ["Gabor Lusk", "Michael Kelvane"]


def test_a_politicians_party_and_seat_is_no_body():
    art = tagged(("Former Sen. Montrose Kelvane, D-Maine, chaired the talks.",
                  [("Montrose Kelvane", "PERSON"), ("D-Maine", "ORG")]),
                 ("Replying to Hashim Dorvali (BN-Tambun), he said the plan stood.",
                  [("Hashim Dorvali", "PERSON"), ("BN-Tambun", "ORG")]))
    (art,) = linked(art)
    assert values(art, "org") == []


def test_one_word_after_a_or_his_closing_its_phrase_is_a_thing_not_a_body():
    art = tagged(('"I was going to get a Lexmoor," he moaned.', [("Lexmoor", "ORG")]),
                 ("He had practised as a GP in the town.", [("GP", "ORG")]),
                 ("A Norbexa report said prices rose.", [("Norbexa", "ORG")]),
                 ("Yeltsin fired his Cabinet and named a new one.", [("Cabinet", "ORG")]))
    (art,) = linked(art)
    assert sorted(values(art, "org")) == ["Cabinet", "Norbexa"]


def test_a_title_or_rank_opening_an_org_span_before_a_persons_name_makes_it_that_person():
    art = tagged(("The branch secretary, Constable Paul Kelvane, spoke.", [("Constable Paul Kelvane", "ORG")]),
                 ("Justice Steven Dorvali heard the case.", [("Steven Dorvali", "PERSON")]),
                 ("Justice Dorvali ruled for the farmers.", [("Justice Dorvali", "ORG")]),
                 ("General Motors and the Judge Business School signed.",
                  [("General Motors", "ORG"), ("Judge Business School", "ORG")]))
    (art,) = linked(art)
    assert sorted(values(art, "person")) == ["Paul Kelvane", "Steven Dorvali"]
    assert sorted(values(art, "org")) == ["General Motors", "Judge Business School"]
    middup = next(m for m in art.mentions if m.value == "Paul Kelvane")
    assert middup.text == "Paul Kelvane"


def test_a_town_is_no_clipping_of_its_peoples_name():
    from indexer.entities.org_variants import _short_of

    assert not _short_of("Copenhagen", "Copenhagener")
    assert _short_of("Fed", "Federal Reserve")


def test_a_maker_after_by_or_a_name_beside_a_person_with_or_is_a_person():
    art = tagged(("The contest was founded by Dina Kelvane to encourage science.", [("Dina Kelvane", "ORG")]),
                 ("Rain fell on the Darling Kelmore, young farmers said.", [("Darling Kelmore", "ORG")]),
                 ("Unlike Gabor Lusk or Michael Varbo, she speaks softly.",
                  [("Gabor Lusk", "ORG"), ("Michael Varbo", "PERSON")]),
                 ("The bank, which founded Dina Holdings Trust, grew.", [("Dina Holdings Trust", "ORG")]))
    (art,) = linked(art)
    assert sorted(values(art, "person")) == ["Dina Kelvane", "Gabor Lusk", "Michael Varbo"]
    assert sorted(values(art, "org")) == ["Darling Kelmore", "Dina Holdings Trust"]


def test_a_show_or_fair_and_a_plural_make_are_no_bodies():
    art = tagged(("He unveiled it at the Consumer Gadget Show and the Kelmore Science Fair.",
                  [("Consumer Gadget Show", "ORG"), ("Kelmore Science Fair", "ORG")]),
                 ("BlackBerry fell.", [("BlackBerry", "ORG")]),
                 ("Staff swapped their BlackBerrys and two BMWs for Kelmore cars.",
                  [("BlackBerrys", "ORG"), ("BMWs", "ORG")]))
    (art,) = linked(art)
    assert values(art, "org") == ["BlackBerry"]


def test_a_town_the_corpus_mostly_files_as_a_place_is_that_place_outside_sport_and_team_use():
    from indexer.entities import tag_entities
    from tests.test_entities_units import article

    def art(aid, *paras):
        a, spans = article(*paras, aid=aid)
        a.mentions = tag_entities(a, spans)
        return a

    places_ = [art(f"p{i}", ("Cattle were sold in Adelaide on Monday.", [("Adelaide", "GPE")])) for i in range(3)]
    farm = art("f", ("The federation is selling its Adelaide headquarters.", [("Adelaide", "ORG")]))
    club = art("c", ("Adelaide have confirmed the striker scored twice in the match.", [("Adelaide", "ORG")]))
    linked(*places_, farm, club)
    assert farm.entity_values("place") == ["Adelaide"] and farm.entity_values("org") == []
    assert club.entity_values("org") == ["Adelaide"]


def test_a_bare_commission_takes_the_one_commission_its_article_names_or_goes():
    one = tagged(("The European Commission met. The Commission said no.",
                  [("European Commission", "ORG"), ("Commission", "ORG")]), aid="one")
    none = tagged(("The head of the Commission, Howard Fonda, objected.", [("Commission", "ORG")]), aid="none")
    linked(one, none)
    assert values(one, "org") == ["European Commission"]
    assert values(none, "org") == []


def test_a_players_action_after_a_possessive_or_work_by_marks_a_person_but_not_a_one_word_team():
    art = tagged(("The keeper dived to save Naoki Kelvane's low drive.", [("Naoki Kelvane", "ORG")]),
                 ("Mijatovic scored after fine work by Clarence Dorvali.", [("Clarence Dorvali", "ORG")]),
                 ("Kelmorion's second goal came late.", [("Kelmorion", "ORG")]))
    (art,) = linked(art)
    assert sorted(values(art, "person")) == ["Clarence Dorvali", "Naoki Kelvane"]
    assert values(art, "org") == ["Kelmorion"]


def test_a_noble_title_is_no_body_but_a_building_named_after_one_is():
    art = tagged(("The King of Kelmore sent envoys.", [("King of Kelmore", "ORG")]),
                 ("Staff at the Prince of Kelmore Hospital agreed.", [("Prince of Kelmore Hospital", "ORG")]))
    (art,) = linked(art)
    assert values(art, "org") == ["Prince of Kelmore Hospital"]


def test_a_body_name_the_model_stopped_before_its_and_runs_on_to_its_end():
    from indexer.entities.org_spans import join_and_split
    from indexer.nlp import NerSpan

    def joined(text, name):
        i = text.index(name)
        return [s.text for s in join_and_split(text, [NerSpan(i, i + len(name), "ORG", name)])]

    assert joined("the British Association for Kelmore and Psychotherapy's chief said",
                  "British Association for Kelmore") == ["British Association for Kelmore and Psychotherapy"]
    assert joined("the Dorvali Garment Makers and Exporters Association said", "Dorvali Garment Makers") \
        == ["Dorvali Garment Makers and Exporters Association"]
    assert joined("the Bank of Kelmore and Britain agreed", "Bank of Kelmore") == ["Bank of Kelmore"]
    assert joined("the Bank of Kelmore and Dorvali Group agreed", "Bank of Kelmore") == ["Bank of Kelmore"]
