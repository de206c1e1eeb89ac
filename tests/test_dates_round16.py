"""Event-date cues of issue 14's round 16, on sentences written for these tests (none from eval data): "the next"
after a past verb is the next of a story told in the past, not a day still to come."""
from __future__ import annotations

from dates_helpers import span


def test_the_next_round_after_a_past_verb_is_no_future_cue():
    # Round 16 (tense.py): "the next round" follows a past one in a story told in the past; WED is 2024-03-13.
    assert span("Sunday", "The pair cruised to the next round of the championship here on ") == ("2024-03-10", "2024-03-10")
    # Without a past verb before it, "the next" still looks ahead ("the next hearing on Sunday").
    assert span("Sunday", "The court will hold the next hearing on ") == ("2024-03-17", "2024-03-17")


def test_an_irregular_past_verb_with_its_object_places_a_month_day_behind():
    # "took office on Jan. 20" in a December story: the January gone by, not the next one (WED is 2024-03-13, so
    # the nearest April 20 is the coming one without the verb).
    assert span("April 20", "The mayor, who was known for his campaign promises, took office on ",
                after=".") == ("2023-04-20", "2023-04-20")
    # An "-ed" form may be an adjective ("preferred shares"): no past verb, so the nearest reading stays.
    assert span("April 20", "Holders can redeem preferred shares on ") == ("2024-04-20", "2024-04-20")
