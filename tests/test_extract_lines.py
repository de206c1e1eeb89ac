"""Each line detector of the plain-text extractor, on small hand-made inputs."""
from __future__ import annotations

from indexer.extract import lines as L
from indexer.extract.drops import Dropper
from indexer.extract.sentences import regroup, shorten, split_sentences, title_from_lead


def test_vote_line():
    assert L.is_vote_line("-2 ( +5 / -7 )")
    assert L.is_vote_line("0 ( +0 / -0 )")
    assert not L.is_vote_line("2 (+5) votes")


def test_commenter_handle():
    assert L.commenter_handle("bass4funkToday 07:10 am JST") == "bass4funk"
    assert L.commenter_handle("JJEToday 08:27 am JST") == "JJE"
    assert L.commenter_handle("Putin said on Monday at 07:10 am that") is None


def test_comment_count_and_comments_header():
    assert L.is_comment_count("25 Comments")
    assert L.is_comments_header("Login to comment")
    assert L.is_comments_header("No comments yet...")
    assert L.is_comments_header("Login to leave a comment")
    assert not L.is_comments_header("Lavrov's comments come after NATO leaders met.")


def test_copyright_line():
    assert L.is_copyright_line("© Copyright 2025 The Associated Press. All rights reserved.")
    assert L.is_copyright_line("©2025 GPlusMedia Inc.")
    assert not L.is_copyright_line("The copyright dispute went to court on Monday, officials said.")


def test_app_banner():
    for line in ("Try Our AI Features", "Explore what Daily8 AI can do for you:", "DOWNLOAD THE APP",
                 "Get Started Now: Download the App", "app-storeplay-store"):
        assert L.is_app_banner(line), line
    assert L.is_app_banner("Ready to dive in? Download Daily8 app today from your preferred app store and start.")
    assert not L.is_app_banner("The app was banned in Russia, Roskomnadzor said.")
    assert not L.is_app_banner("Residents were told to download the Diia app to report damage to homes, the ministry said.")


def test_related_header_and_page_labels():
    assert L.is_related_header("Related Articles")
    assert L.is_related_header("More stories:")
    assert not L.is_related_header("Related talks stalled on Monday.")
    assert L.is_page_label("logo") and L.is_page_label("Hashtags")
    assert L.is_player_control("0:00") and L.is_player_control("/")


def test_age_with_glued_outlet():
    assert L.parse_age("Al Jazeeraa day ago") == ("Al Jazeera", "a day ago")
    assert L.parse_age("time10 hours ago") == (None, "10 hours ago")
    assert L.parse_age("8 hours ago") == (None, "8 hours ago")
    assert L.parse_age("Russia has said for many months that it had advanced two years ago") is None


def test_outlet_bullet_and_subhead():
    assert L.parse_outlet_bullet("• Al Jazeera") == "Al Jazeera"
    assert L.parse_outlet_bullet("- Bangkok Post") == "Bangkok Post"
    assert L.parse_outlet_bullet("- Sheltering in basements -") is None
    assert L.strip_subhead("- Sheltering in basements -") == "Sheltering in basements"


def test_byline():
    assert L.parse_byline("By ILLIA NOVIKOV and GEIR MOULSON") == "ILLIA NOVIKOV and GEIR MOULSON"
    assert L.parse_byline("By the end of the week, Russia had advanced.") is None


def test_caption():
    c = L.parse_caption("Putin chairs a meeting in Moscow, Monday, June 30, 2025. (Kristina Kormilitsyna, "
                        "Sputnik, Kremlin Pool Photo via AP)")
    assert c and c["credit"].endswith("via AP") and c["date"] is None
    c = L.parse_caption(" date 2025-07-03 Men ride vehicles near a building (Image/Reuters)")
    assert c == {"caption": "Men ride vehicles near a building (Image/Reuters)", "credit": "Image/Reuters",
                 "date": "2025-07-03"}
    assert L.parse_caption("Multiple cars got damaged in Dnipro. (Dnipro.media)")
    assert L.parse_caption("The Institute for the Study of War said so (ISW).") is None
    assert L.parse_caption("The governor said the strike killed two people (via Telegram).") is None


def test_editors_note():
    assert L.parse_editors_note("Editor's note: This story was updated.") == "This story was updated."
    assert L.parse_editors_note("The editor noted nothing.") is None


def test_dateline():
    assert L.parse_dateline("Kyiv [Ukraine], July 3 (ANI): The Russian occupation governor claimed it.") == (
        "Kyiv [Ukraine], July 3 (ANI)", "The Russian occupation governor claimed it.")
    dl = L.parse_dateline("JOINT BASE ANDREWS (UNITED STATES) - President Donald Trump on Sunday said so.")
    assert dl and dl[0] == "JOINT BASE ANDREWS (UNITED STATES)" and dl[1].startswith("President")
    assert L.parse_dateline("Russia says it controls Luhansk - and more to come, officials said.") is None


def test_signoff():
    assert L.strip_signoff('"Thank you for your dedication." (ANI)') == ('"Thank you for your dedication."', "ANI")
    assert L.strip_signoff("Nothing to strip here.") == ("Nothing to strip here.", None)


def test_teaser():
    lead = "Serhii Plokhii, a renowned scholar of Ukrainian history, is stepping down as director."
    second = "It has been a privilege and an honor to lead the Institute over the past 12 years, he said."
    glued = (lead + second)[:120]  # cut mid-word, paragraphs glued without a space
    assert L.is_teaser([glued, lead, second], 0)
    assert L.is_teaser([(lead + " " + second)[:110], lead, second], 0)  # glued with a space
    assert not L.is_teaser([lead, lead, second], 0)  # a duplicated line is not a teaser
    headline = "Russia says Moscow now occupies all of Ukraine's Luhansk region, officially"
    assert not L.is_teaser([headline, headline + " and more, officials said on Monday.", ""], 0)
    assert L.is_teaser([lead[:70], lead], 0)  # cut inside a word of the first line


def test_prose_and_labels():
    assert L.is_prose("Russia's invasion shows no sign of letting up, officials in Kyiv said on Monday.")
    assert not L.is_prose("Russia says Moscow now occupies all of Ukraine’s Luhansk region")
    assert L.is_short_label("Orange background") and not L.is_short_label("Not everyone agreed.")


def test_dropper_counts_blocks():
    d = Dropper()
    d.drop("reader comments")
    d.drop("reader comments")
    d.keep()
    d.drop("reader comments")
    d.drop("app banner")
    assert d.counts == {"reader comments": 2, "app banner": 1}


def test_sentences_titles_and_regroup():
    assert split_sentences("Regional Gov. Oleh Syniehubov said. The U.S. Army agreed.") == [
        "Regional Gov. Oleh Syniehubov said.", "The U.S. Army agreed."]
    long_title = shorten("word " * 100)
    assert len(long_title) <= 200 and long_title.endswith("…") and "wor…" not in long_title
    assert title_from_lead("Kyiv was hit overnight. More later.") == "Kyiv was hit overnight"
    body = " ".join(f"Sentence number {n} says something about the war in Ukraine." for n in range(60))
    groups = regroup(body)
    assert len(groups) > 1 and all(len(g) <= 700 for g in groups) and " ".join(groups) == body


def test_a_megabyte_paragraph_is_cut_into_sentence_groups():
    from indexer.extract.sentences import MAX_PARAGRAPH, split_long

    sentence = "Drones struck the depot in Kharkiv overnight, officials said. "
    text = (sentence * 20_000).strip()
    pieces = split_long(text)
    assert all(0 < len(p) <= MAX_PARAGRAPH for p in pieces)
    assert " ".join(pieces) == text
    run_on = "word " * 3000  # no sentence end at all: cut at spaces
    assert all(len(p) <= MAX_PARAGRAPH for p in split_long(run_on.strip()))
    assert split_long("short paragraph.") == ["short paragraph."]
