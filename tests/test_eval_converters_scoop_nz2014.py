"""The sixth fresh held-out set (New Zealand): the Scoop converter on tiny fixtures and the committed corpus with
its hand-made gold. A converter that kept Scoop's credit line, footer or advertisement slots would file the
issuer and "Scoop Media" under every article; one that kept Markdown would leave link targets and emphasis marks
inside names; a page kept twice, a one-line page or a war story would pad or taint the facet counts."""
from __future__ import annotations

import re

from eval.convert import scoop_nz
from tests.corpus_checks import check_heldout_corpus

BODY = ("The [Green Party](https://www.greens.org.nz) is calling on **Gerry Brownlee** to explain.  \n"
        "   \n"
        + "“More text here,” said Dr Norman. " * 20 + "\n\n"
        "Advertisement - scroll to continue reading\n\nA closing paragraph.  \nEnds\n\n"
        "[© Scoop Media](http://www.scoop.co.nz/about/terms.html)  \n\nFind more from [Green Party](https://x) on InfoPages.")


def _page(root, issuer: str, name: str, title: str, date: str, body: str) -> None:
    folder = root / issuer
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.md").write_text(
        f"---\nslug: {name}\ntitle: \"{title}\"\ndate: {date}\n"
        f"source-url: https://www.scoop.co.nz/stories/PA1405/S00003/{name}.htm\nauthor: {issuer}\n---\n"
        f"{title}\n{'=' * len(title)}\n\n**Thursday, 1 May 2014, 9:18 am**  \n"
        f"**Press Release: [Green Party](https://info.scoop.co.nz/Green_Party)**\n\n{title}\n\n{body}",
        encoding="utf-8")


def test_scoop_keeps_the_release_body_without_headline_credit_footer_or_markdown(tmp_path):
    _page(tmp_path, "green-party", "2014-05-01_a", "Minister lost in the floods", "2014-05-01", BODY)
    _page(tmp_path, "green-party", "2014-05-02_b", "Same release again", "2014-05-02", BODY)  # a copy
    _page(tmp_path, "green-party", "2014-05-03_c", "Brief", "2014-05-03", "One line.")
    _page(tmp_path, "green-party", "2014-05-04_d", "War", "2014-05-04", BODY.replace("explain.", "explain Kyiv."))
    _page(tmp_path, "green-party", "2014-09-01_e", "September", "2014-09-01", BODY + " x")  # after the period
    _page(tmp_path, "labour", "2013-12-31_f", "Last year", "2013-12-31", BODY + " y")  # before it
    articles, dropped = scoop_nz.convert(tmp_path)
    assert dropped == {"copy": 1, "short": 1, "ukraine": 1}
    [a] = articles
    assert a["title"] == "Minister lost in the floods" and a["published"] == "2014-05-01"
    assert a["issuer"] == "Green Party" and a["url"].endswith("2014-05-01_a.htm")
    # the repeated headline, the dateline and the credit are gone; links keep their words, bold marks go
    assert a["text"].startswith("The Green Party is calling on Gerry Brownlee to explain.\n\n“More text here,”")
    assert a["text"].endswith("\n\nA closing paragraph.")  # no advertisement slot, "Ends" or footer
    assert not re.search(r"Scoop|Advertisement|\*\*|\]\(|http", a["text"])
    assert re.fullmatch(r"scoop-[0-9a-f]{12}", a["id"]) and a["source"] == "Scoop (New Zealand)"
    assert scoop_nz.convert(tmp_path)[0] == articles  # same ids and split on every run


def test_scoop_nz2014_is_mostly_heldout_with_hand_gold_of_every_type():
    corpus, heldout = check_heldout_corpus("scoop_nz2014", min_gold_per_type=100)
    annotated = corpus.annotated()
    assert len(annotated) >= 15 and annotated <= heldout  # the gold reads held-out articles only
    assert len([g for g in corpus.gold if g.article in heldout]) >= 300
    assert not [g for g in corpus.gold if re.match(r"(?i)the\s", g.text) or re.search(r"['’]s$", g.text)]
    # titles are not part of a person: "Professor Guilford" is gold "Guilford"
    assert not [g for g in corpus.gold if g.type == "person" and re.match(r"(Dr|Professor|Hon|Sir|Mr|Ms)\b", g.text)]
    # a paragraph repeating the headline is cut (an issuer's own longer headline stays, as published), and
    # Scoop's own furniture never reaches the text
    assert not [a["id"] for a in corpus.articles if a["text"].split("\n\n")[0] == a["title"]]
    assert not [a["id"] for a in corpus.articles if re.search(r"© Scoop Media|scroll to continue reading", a["text"])]
