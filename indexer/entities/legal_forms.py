"""The words that close a firm's registered name and that its everyday name leaves out: one list for every pass.

"Chrysler Corp", "Texaco Inc", "British Petroleum Co Plc", "Volkswagen AG", "Sime Darby Bhd" are Chrysler, Texaco,
British Petroleum, Volkswagen and Sime Darby. org_variants drops them from a name's key (round 28 on); round 60's
firm heads (one_facet: "MF Global" beside "MF Global Holdings Ltd") and owners (org_owners: "Alphabet Inc's Google")
each kept a list of their own that differed at the edges; since round 61 they read this one.
Span passes (org_spans, tagger, region_codes) keep narrower lists on purpose: there a two-letter form may be a
state's code after a town ("Reno, NV", "Calgary, AB") or a lower-case word may be an ordinary one ("a day spa").
"""
from __future__ import annotations

import re

# (folded, without dots: "N.V." is "nv")
LEGAL_FORMS = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "nv",
                         "ag", "sa", "spa", "gmbh", "llc", "lp", "bhd", "pty", "kk", "oy", "ab", "asa",
                         # round 61: more of Europe's and Asia's ("Nokia Oyj", "Allianz SE", "Sberbank
                         # PJSC", "DBS Group Holdings Pte", "Astra International Tbk")
                         "kg", "oyj", "se", "pjsc", "jsc", "ojsc", "sarl", "sas", "bv", "pte", "tbk", "llp"})
# Forms that are also syllables of people's names ("Lee Ji Se", "Maria Sa"): a name ending in one is no firm by that
SYLLABLES = frozenset({"sa", "se", "ab", "kk", "oy", "lp", "kg", "sas"})
# The forms that make a name a firm's whatever the model tagged it ("Merck KGaA" read as a person)
FIRM_CLOSING = LEGAL_FORMS - SYLLABLES | {"kgaa"}  # (a KGaA's form stays in its name: "Merck KGaA" is no Merck & Co)
# Closing a group's name, no legal form, left out by its everyday name all the same ("MF Global Holdings Ltd")
GROUP_WORDS = frozenset({"holdings", "holding", "group"})


def _alternation(words) -> str:
    # a form may be written with its dots ("N.V.", "S.A."): any dot between its letters
    return "|".join(r"\.?".join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))


# One or more legal forms closing a name, any case, after a comma or a space: "Chrysler Corp", "X Co. Ltd."
TRAILING = re.compile(r"(?:,?\s+(?:%s)\.?)+$" % _alternation(LEGAL_FORMS), re.I)


def written_after_owner() -> re.Pattern:
    """A legal form or a group's word closing an owner's name as a wire writes it, capitalised ("Alphabet Inc",
    "Comcast Corp", "Tata Group"), never lower case (a "group" is anybody's)."""
    return re.compile(r"\b(?=[A-Z])(?i:%s)\.?$" % _alternation(LEGAL_FORMS | GROUP_WORDS))
