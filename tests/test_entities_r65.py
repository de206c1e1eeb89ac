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
