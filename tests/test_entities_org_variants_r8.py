"""Short org names and the long forms met elsewhere (round 8, issue 11): a short or generic name ("Navy",
"Reserve Bank", "ICC") takes a longer qualified name only where its own article names that long form, where the
archive mostly writes the two together, or where the long form is the archive's home country's body."""
from __future__ import annotations

from tests.test_entities_units import linked, tagged, values


def test_a_generic_name_takes_a_foreign_long_form_only_in_the_article_naming_it():
    a = tagged(("The Israeli Navy said the Navy had seized a boat.", [("Israeli Navy", "ORG"), ("Navy", "ORG")]))
    b = tagged(("The Navy said its ships left port.", [("Navy", "ORG")]), aid="b")
    c = tagged(("A Navy spokesman said the ships returned.", [("Navy", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(a, "org") == ["Israeli Navy"]
    assert "Israeli Navy" not in values(b, "org") + values(c, "org")


def test_an_acronym_defined_once_is_not_that_body_in_articles_that_never_name_it():
    a = tagged(("The Kelvora Criminal Court (KCC) opened a case.", [("Kelvora Criminal Court", "ORG")]))
    b = tagged(("The KCC fined the team after the match.", [("KCC", "ORG")]), aid="b")
    c = tagged(("The KCC named the squad for the cup.", [("KCC", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(a, "org") == ["Kelvora Criminal Court"]
    assert values(b, "org") == ["KCC"] and values(c, "org") == ["KCC"]


def test_a_short_form_the_archive_mostly_writes_beside_its_long_form_takes_it_everywhere():
    a = tagged(("The Torvald Fisheries Board (TFB) cut quotas and the TFB said so.",
                [("Torvald Fisheries Board", "ORG"), ("TFB", "ORG")]))
    b = tagged(("The Torvald Fisheries Board and the TFB met.", [("Torvald Fisheries Board", "ORG"), ("TFB", "ORG")]),
               aid="b")
    c = tagged(("TFB officials said the catch fell.", [("TFB", "ORG")]), aid="c")
    a, b, c = linked(a, b, c)
    assert values(c, "org") == ["Torvald Fisheries Board"]


def test_the_home_countrys_body_is_the_long_form_of_its_short_name():
    home = [tagged((f"Farmers in Auckland and Wellington met on day {i}.",
                    [("Auckland", "GPE"), ("Wellington", "GPE")]), aid=f"h{i}") for i in range(4)]
    a = tagged(("The Reserve Bank of New Zealand raised rates in Wellington.",
                [("Reserve Bank of New Zealand", "ORG"), ("Wellington", "GPE")]),
               ("The Reserve Bank said so.", [("Reserve Bank", "ORG")]))
    b = tagged(("The Reserve Bank kept rates, Auckland traders said.", [("Reserve Bank", "ORG"), ("Auckland", "GPE")]),
               aid="b")
    c = tagged(("The Reserve Bank said prices in Wellington rose.", [("Reserve Bank", "ORG"), ("Wellington", "GPE")]),
               aid="c")
    linked(a, b, c, *home)
    assert values(b, "org") == ["Reserve Bank of New Zealand"] and values(c, "org") == ["Reserve Bank of New Zealand"]


def test_a_foreign_body_is_not_the_long_form_of_the_home_archives_short_name():
    home = [tagged((f"Farmers in Auckland and Wellington met on day {i}.",
                    [("Auckland", "GPE"), ("Wellington", "GPE")]), aid=f"h{i}") for i in range(4)]
    a = tagged(("The Reserve Bank of Australia raised rates in Sydney.",
                [("Reserve Bank of Australia", "ORG"), ("Sydney", "GPE")]),
               ("The Reserve Bank said so.", [("Reserve Bank", "ORG")]))
    b = tagged(("The Reserve Bank kept rates, Auckland traders said.", [("Reserve Bank", "ORG"), ("Auckland", "GPE")]),
               aid="b")
    c = tagged(("The Reserve Bank said prices in Wellington rose.", [("Reserve Bank", "ORG"), ("Wellington", "GPE")]),
               aid="c")
    linked(a, b, c, *home)
    assert "Reserve Bank of Australia" not in values(b, "org") + values(c, "org")


def test_a_body_is_no_clipping_of_its_adjective():
    a = tagged(("Parliament asked the Parliamentary Committee on Finance to report.",
                [("Parliament", "ORG"), ("Parliamentary Committee on Finance", "ORG")]))
    (a,) = linked(a)
    assert sorted(values(a, "org")) == ["Parliament", "Parliamentary Committee on Finance"]


def test_a_built_in_acronym_yields_to_the_archives_own_spelling_out():
    a = tagged(("The International Cricket Council (ICC) met. The ICC fined the board.",
                [("International Cricket Council", "ORG"), ("ICC", "ORG")]))
    b = tagged(("The ICC named the squad for the cup.", [("ICC", "ORG")]), aid="b")
    a, b = linked(a, b)
    assert values(a, "org") == ["International Cricket Council"]
    assert values(b, "org") == ["International Cricket Council"]


def _elvora(*others):
    a = tagged(("Dr Brin of Elvora University said students from outside the EU pay more.",
                [("Elvora University", "ORG"), ("EU", "ORG")]))
    rest = [tagged((text, spans), aid=f"o{i}") for i, (text, spans) in enumerate(others)]
    return linked(a, *rest)


def test_one_article_pairing_an_acronym_with_a_namesake_does_not_take_the_archives_built_in_body():
    # (round 23) the archive writes "European Union" in full elsewhere: one article naming Elvora University
    # beside "the EU" does not make every EU of the archive that university
    a, b, c = _elvora(("The European Union and the EU Commission met.", [("European Union", "ORG"), ("EU", "ORG")]),
                      ("The EU fined the firm.", [("EU", "ORG")]))
    assert values(b, "org") == ["European Union"] and values(c, "org") == ["European Union"]


def test_a_namesake_the_archive_pairs_with_the_acronym_holds_where_the_built_in_body_is_never_written_in_full():
    a, b = _elvora(("The EU fined the firm.", [("EU", "ORG")]))
    assert values(b, "org") == ["Elvora University"]


_TIE = r'''
from tests.test_entities_units import linked, tagged
a = tagged(("The Iran Chamber of Commerce hosted the International Chamber of Commerce, and the ICC said so.",
            [("Iran Chamber of Commerce", "ORG"), ("International Chamber of Commerce", "ORG"), ("ICC", "ORG")]))
b = tagged(("The ICC will meet traders next week.", [("ICC", "ORG")]), aid="b")
a, b = linked(a, b)
print([m.value for art in (a, b) for m in art.mentions if m.text == "ICC"])  # (filed or not: a tiny archive)
'''


def test_an_acronym_two_long_forms_share_equally_reads_the_same_in_every_process():
    """A built-in acronym ("ICC") an article spells out two ways: the tie goes to the form written first,
    whatever the process's string hashes (it had followed a set's order: the same archive indexed twice could
    file "ICC" under either chamber; seen on a dev corpus, tehrantimes2020)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    outs = {subprocess.run([sys.executable, "-c", _TIE], cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(outs) == 1, outs
    assert outs.pop().strip() == "['Iran Chamber of Commerce', 'Iran Chamber of Commerce']"


def test_the_long_form_an_article_spells_an_acronym_out_with_beats_one_sharing_its_initials():
    a = tagged(("The Iran Chamber of Commerce hosted the International Chamber of Commerce (ICC) on Monday.",
                [("Iran Chamber of Commerce", "ORG"), ("International Chamber of Commerce", "ORG")]),
               ("The ICC said trade would grow.", [("ICC", "ORG")]))
    b = tagged(("The ICC will meet traders next week.", [("ICC", "ORG")]), aid="b")
    a, b = linked(a, b)
    found = [m.value for art in (a, b) for m in art.mentions if m.text == "ICC"]  # (the bracket's too)
    assert len(found) >= 2 and set(found) == {"International Chamber of Commerce"}
    # the same spelt out inside one span, its bracket cut ("... (ICC")
    c = tagged(("The Iran Chamber of Commerce hosted the International Chamber of Commerce (ICC on Monday.",
                [("Iran Chamber of Commerce", "ORG"), ("International Chamber of Commerce (ICC", "ORG")]),
               ("The ICC said trade would grow.", [("ICC", "ORG")]))
    [c] = linked(c)
    assert {m.value for m in c.mentions if m.text == "ICC"} == {"International Chamber of Commerce"}


def test_an_article_spelling_out_the_built_in_meaning_keeps_it_whatever_the_archive_reads_elsewhere():
    chamber = [tagged(("The International Chamber of Commerce (ICC) met traders; the ICC said so.",
                       [("International Chamber of Commerce", "ORG"), ("ICC", "ORG")]), aid=f"c{i}") for i in range(3)]
    court = tagged(("Bashir will appear before the International Criminal Court (ICC) next month.",
                    [("International Criminal Court", "ORG")]),
                   ("The ICC indicted him for war crimes.", [("ICC", "ORG")]), aid="court")
    *chamber, court = linked(*chamber, court)
    assert {m.value for m in court.mentions if m.text == "ICC"} == {"International Criminal Court"}
    assert {m.value for a in chamber for m in a.mentions if m.text == "ICC"} == {"International Chamber of Commerce"}


def test_a_bracketed_acronym_after_a_name_it_is_not_the_initials_of_leaves_the_built_in_meaning():
    a = tagged(("Ministers met at the SADC-European Union (EU) summit in Harare.", [("SADC-European Union", "ORG")]),
               ("The EU pledged aid to the region.", [("EU", "ORG")]))
    [a] = linked(a)
    assert {m.value for m in a.mentions if m.text == "EU"} == {"European Union"}
