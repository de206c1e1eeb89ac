"""Round 65: names of rivers, lakes and mountains the model tagged ORG.

A flood archive's "River Nyamwamba" was an organisation in 16 articles: org_other.decide reads a two-word name with a
geographic word as a place only where no sentence of the archive cues a body, and two of its mentions had a stray
cue ("the banks of River Nyamwamba", "chairman of ... in Nyamwamba division"). A river, a lake or a mountain is no
body however a sentence runs on, so for such a name most of its articles must cue a body before it stays one.
The same words make a first-level region's name ambiguous (evidence.abroad): Sudan's "River Nile" state was the
reading of Ugandan stories' "River Nile burst its banks", with Sudan in the country facet of 7 of its 18 articles.
NEWSFACET_NATURAL_FEATURES=0: one cue keeps it a body, and such a region is named outright, as before.
"""
from __future__ import annotations

from . import switches
from .gazetteer import fold

NATURAL_FIRST = {"river", "lake", "mount", "mt"}  # "River Nyamwamba", "Lake Kyoga", "Mount Elgon"
NATURAL_LAST = {"river", "lake", "creek", "mountains"}  # "Nile River", "Rwenzori Mountains"


def natural_feature(words: list[str]) -> bool:
    """Whether a name of two words or more opens or closes on a river's, a lake's or a mountain's word."""
    return len(words) >= 2 and (fold(words[0]) in NATURAL_FIRST or fold(words[-1]) in NATURAL_LAST) \
        and switches.get("NEWSFACET_NATURAL_FEATURES", "1") != "0"
