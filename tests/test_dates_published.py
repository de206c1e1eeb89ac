"""Publication dates from dateline, caption or body, on hand-made articles (no model)."""
from __future__ import annotations

from indexer.dates import infer_published
from search.model import Article, Paragraph


def article(*paras, position=0, **kw):
    return Article(id=f"a{position}", title="t", paragraphs=[Paragraph(i, t) for i, t in enumerate(paras)],
                   origin_position=position, **kw)


ANI = ("Kyiv [Ukraine], July 3 (ANI): The Russian occupation governor of Ukraine's eastern Luhansk region "
       "claimed it had been entirely conquered, Al Jazeera reported on Thursday.")


def test_ani_dateline_gives_july_3_2025():
    a = article(ANI, "Luhansk had been declared conquered once before, in 2022.",
                metadata={"page_date": "2025-07-03"})
    infer_published(a)
    assert (a.published, a.published_source) == ("2025-07-03", "dateline")


def test_dateline_field_with_year_from_a_dated_fact_in_the_body():
    a = article("The Russian occupation governor claimed the region was conquered.",
                "The city was previously targeted on Nov. 17, 2024.",
                dateline="Kyiv [Ukraine], July 3 (ANI)")
    infer_published(a)
    assert (a.published, a.published_source) == ("2025-07-03", "dateline")


def test_dateline_without_any_year_evidence_stays_unknown():
    a = article(ANI, "Luhansk had been declared conquered once before, in 2022.")
    infer_published(a)
    assert (a.published, a.published_source) == (None, None)


def test_caption_only_article():
    a = article("A Russia-appointed official said Monday that Moscow's forces have overrun all of it.",
                metadata={"captions": ["Vladimir Putin chairs a meeting at the Kremlin in Moscow, Russia, "
                                       "Monday, June 30, 2025. (Kremlin Pool Photo via AP)"]})
    infer_published(a)
    assert (a.published, a.published_source) == ("2025-06-30", "caption")


def test_caption_without_a_year_is_not_enough():
    a = article("Officials said Monday that the strike killed two.",
                metadata={"caption": "Rescuers at the site on June 30. (Reuters)"})
    infer_published(a)
    assert a.published is None  # June 30 of which year? Nothing says.


def test_inferred_from_latest_body_date_moved_to_the_weekday_the_lead_names():
    # Dump-style story: the body's latest date is Friday June 27; the lead speaks of Monday.
    a = article("Russian forces struck a critical energy facility on Monday, officials said.",
                "The ministry said on June 27 that repairs had begun.",
                "The plant was first hit on Nov. 17, 2024.")
    infer_published(a)
    assert (a.published, a.published_source) == ("2025-06-30", "inferred")


def test_inferred_without_a_weekday_is_the_latest_date():
    a = article("President Volodymyr Zelensky said on July 1 that he had signed the ratification documents.",
                "Ukraine and the Council of Europe signed the agreement on June 25.",
                position=1)
    neighbour = article("The city was previously targeted on Nov. 17, 2024, and again on June 30.", position=0)
    infer_published(a, [neighbour, a])
    assert (a.published, a.published_source) == ("2025-07-01", "inferred")


def test_history_written_with_a_year_is_never_the_anchor():
    # "October 7, 2023" is a dated past event, not news of the day; with no year-less date, stay honest.
    a = article("Gaza's civil defence agency said Israeli air strikes on Sunday killed more than 30 Palestinians.",
                "The war was sparked by Hamas's October 7, 2023 attack on Israel.")
    infer_published(a)
    assert (a.published, a.published_source) == (None, None)


def test_upcoming_dates_do_not_make_a_story_later():
    a = article("Rutte said on June 23 that Russia remains the main threat.",
                "Leaders are set to adopt a historic defense investment plan at the summit in The Hague on June 24-25.",
                metadata={"page_date": "2025-06-23"})
    infer_published(a)
    assert a.published == "2025-06-23"


def test_year_from_file_neighbours_is_order_independent():
    dated = [article(f"Officials said on June {20 + i} that talks stalled; the strike of Nov. 17, 2024 was recalled.",
                     position=i) for i in range(3)]
    yearless = article("A missile strike on the city of Samar on June 27 killed five people.", position=3)
    stale = article("The bridge was hit in July 2023; it closed late on June 29.", position=4)
    files = dated + [yearless, stale]
    for order in (files, list(reversed(files))):
        for a in files:
            a.published = a.published_source = None
        for a in order:
            infer_published(a, files)
        assert yearless.published == "2025-06-27"
        assert stale.published == "2025-06-29"  # its own evidence alone would have said 2024


def test_manifest_and_metadata_dates_are_left_alone():
    a = article(ANI, published="2025-07-02", published_source="manifest")
    infer_published(a)
    assert (a.published, a.published_source) == ("2025-07-02", "manifest")


def test_no_evidence_is_an_honest_null():
    a = article("Russian attacks over the past 24 hours killed at least six people, officials said on Monday.")
    infer_published(a)
    assert (a.published, a.published_source) == (None, None)
