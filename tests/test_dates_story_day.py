"""Quoted day words in a story told from its event's day (article.story_day), day words in an embedded post
(article.embedded_posts) and days waited for (tense.AHEAD_OF),
issue 14 round 13, on sentences written for these tests (none from eval data). The paper is dated Wednesday 13
March 2024; the stories' event was on Tuesday."""
from __future__ import annotations

from dates_helpers import WED, span, spans_of

from indexer.dates.article import read_story
from indexer.dates.context import Context
from indexer.dates.mentions import date_mentions


def _story(*paragraphs: tuple[str, tuple[str, ...]]) -> dict[str, str]:
    """{mention text: day} for a story of (paragraph, DATE spans) read as the indexer reads it."""
    context, found = Context(), []
    for n, (text, dated) in enumerate(paragraphs):
        found.extend(date_mentions(n, text, spans_of(text, *dated), WED, context))
    texts = {n: text for n, (text, _) in enumerate(paragraphs)}
    return {m.text: m.value for m in read_story(found, texts, WED)}


LEAD = ("The home side reached the final on Tuesday with a narrow win over the league leaders.", ("Tuesday",))


def test_a_quote_in_a_story_of_the_day_before_is_that_days():
    quote = ("“We knew today would be hard, and yesterday we trained for it,” the captain told reporters.",
             ("today", "yesterday"))
    assert _story(LEAD, quote) == {"Tuesday": "2024-03-12", "today": "2024-03-12", "yesterday": "2024-03-11"}


def test_a_writer_who_says_today_tells_the_story_from_publication_day():
    quote = ("“We knew today would be hard,” the captain said.", ("today",))
    own = ("The club's owner announced today that the coach will stay.", ("today",))
    assert _story(LEAD, quote, own) == {"Tuesday": "2024-03-12", "today": "2024-03-13"}


def test_no_earlier_lead_day_keeps_publication_day():
    ahead = ("The home side will play the final on Saturday against the league leaders.", ("Saturday",))
    quote = ("“We knew today would be hard,” the captain said.", ("today",))
    assert _story(ahead, quote) == {"Saturday": "2024-03-16", "today": "2024-03-13"}
    month_day = ("The home side reached the final on March 12 with a narrow win.", ("March 12",))
    assert _story(month_day, quote) == {"March 12": "2024-03-12", "today": "2024-03-13"}


def test_an_unquoted_day_word_is_not_moved():
    plain = ("Fans queued again today for tickets.", ("today",))
    assert _story(LEAD, plain) == {"Tuesday": "2024-03-12", "today": "2024-03-13"}


def test_a_day_waited_for_is_ahead_even_in_a_past_clause():
    # Wednesday 13 March 2024: Sunday is the 17th, Monday the 18th; the 10th and 11th are the ones behind.
    assert span("Sunday", "The band had rehearsed for weeks in time for ", after="'s opening night.") == (
        "2024-03-17", "2024-03-17")
    assert span("Monday", "Traders bought dollars as importers prepared for ", after="'s settlement needs.") == (
        "2024-03-18", "2024-03-18")
    # Without such a word, a day that names an event keeps the backward reading of a past clause.
    assert span("Sunday", "The band had rehearsed for weeks before ", after="'s opening night.") == (
        "2024-03-10", "2024-03-10")


def _words(found: dict[str, str]) -> dict[str, str]:
    """The day words only (the attribution line's own date is a mention too)."""
    return {k: v for k, v in found.items() if k in ("today", "tonight", "tomorrow")}


def test_a_day_word_in_an_embedded_post_counts_from_the_day_it_was_posted():
    post = ("Closing the bridge today for repairs, expect delays until tomorrow. pic.twitter.com/xyz", ("today", "tomorrow"))
    attribution = ("— City Roads (@cityroads) March 10, 2024", ())
    assert _words(_story(post, attribution)) == {"today": "2024-03-10", "tomorrow": "2024-03-11"}
    inline = ("Closing the bridge today for repairs. — City Roads (@cityroads) March 11, 2024", ("today",))
    assert _words(_story(inline)) == {"today": "2024-03-11"}
    # Not a post: the story's own day words around it, and a line dated after publication.
    own = ("The council said the bridge reopens tonight.", ("tonight",))
    assert _words(_story(own, post, attribution)) == {"tonight": "2024-03-13", "today": "2024-03-10",
                                                      "tomorrow": "2024-03-11"}
    later = ("— City Roads (@cityroads) March 20, 2024", ())
    assert _words(_story(post, later)) == {"today": "2024-03-13", "tomorrow": "2024-03-14"}
