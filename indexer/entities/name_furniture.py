"""Web-page furniture glued to a person's name: "X Share", "X Staff", "View Photo", a byline run into the story's
first word ("By Anita RobertsA total of ..."), a squad list's club run into the next name ("FCMicah Lea'alafa").
The first step of the archive pass (linking.link_people), before any name is compared with another.
"""
from __future__ import annotations

import re

from search.model import Article

from .gazetteer import fold
from .people import without_furniture
from .person_titles import given_words

_GLUED_CAPITAL = re.compile(r"\s[A-Z][a-z]{2,}[A-Z]$")
_GLUED_LEAD = re.compile(r"([A-Z]{2,})([A-Z][a-z]{2,})\s")


def trim_furniture(articles: list[Article]) -> None:
    """Person names with web-page furniture glued on ("X Share", "X Staff", "View Photo") are cut back to
    the name, or dropped when no name is left."""
    for a in articles:
        kept = []
        for m in a.mentions:
            if m.kind == "person":
                value = without_furniture(m.value)
                if value is None:
                    continue
                if _GLUED_CAPITAL.search(m.text) and _GLUED_CAPITAL.search(value):
                    # a byline run into the story's first word ("By Anita RobertsA total of ..."): the
                    # capital after the surname's last small letter opens the next sentence
                    m.end, m.text, value = m.end - 1, m.text[:-1], value[:-1]
                glued = _GLUED_LEAD.match(value)
                if glued and m.text.startswith(glued.group(1)) and fold(glued.group(2)) in given_words():
                    # a squad list's club run into the next name ("FCMicah Lea'alafa"): the capitals before
                    # a given name are no part of it
                    cut = len(glued.group(1))
                    m.start, m.text, value = m.start + cut, m.text[cut:], value[cut:]
                if value != m.value:
                    text = without_furniture(m.text) or m.text
                    if m.text.startswith(text):
                        m.end, m.text = m.start + len(text), text
                    m.value = value
            kept.append(m)
        a.mentions = kept
