"""The source facet of an HTML page: the outlet's own name, never its headline, a Twitter handle where the title names it."""
from __future__ import annotations

import pytest

from indexer.extract.page_source import site_source, title_site_part
from tests.test_extract_html_pages import extract, page


def test_a_saved_page_with_a_dotted_headline_is_sourced_to_the_outlet_its_title_names(tmp_path):
    # No meta tags, as an archive saves pages: trafilatura takes the <title> part holding a dot, the headline.
    head = "<title>Drones cost Izhevsk plant $1.3bn - Example News</title>"
    a = extract(tmp_path, page(head, before="<h1>Drones cost Izhevsk plant $1.3bn</h1>"))
    assert (a.title, a.source) == ("Drones cost Izhevsk plant $1.3bn", "Example News")


def test_a_twitter_handle_gives_way_to_the_name_in_the_title(tmp_path):
    head = ('<title>Drones hit Izhevsk plant | News | Example Network</title>'
            '<meta name="twitter:site" content="@ExNetNews">')
    a = extract(tmp_path, page(head, before="<h1>Drones hit Izhevsk plant</h1>"))
    assert a.source == "Example Network"


def test_a_declared_site_name_stays_whatever_the_title_says(tmp_path):
    head = ('<title>Drones hit Izhevsk plant - Example</title>'
            '<meta property="og:site_name" content="Example Daily">')
    a = extract(tmp_path, page(head, before="<h1>Drones hit Izhevsk plant</h1>"))
    assert a.source == "Example Daily"


@pytest.mark.parametrize("title, headline, found, url, handle, expected", [
    # trafilatura's name, declared by the page, stays
    ("Drones hit plant | Space", "Drones hit plant", "Space.com", "https://www.space.com/x", None, "Space.com"),
    # the bare host gives way to the name the title gives
    ("Drones hit plant - Live Science", "Drones hit plant", "livescience.com", "https://www.livescience.com/x", None,
     "Live Science"),
    # a handle with nothing better stays
    ("Drones hit plant", "Drones hit plant", "ExNews", None, "@ExNews", "ExNews"),
    # the headline is never the source
    ("Drones hit plant. Again - Example", "Drones hit plant. Again", "Drones hit plant. Again", None, None, "Example"),
    ("Drones hit plant. Again", "Drones hit plant. Again", "Drones hit plant. Again", None, None, None),
    # a part before the headline names the site only where nothing else does
    ("About - State of the Art", "State of the Art", "art.example.com", "https://art.example.com/about", None,
     "art.example.com"),
    ("Peakforce – Remote work. A guide.", "Remote work. A guide.", "Remote work. A guide.", None, None, "Peakforce"),
])
def test_site_source(title, headline, found, url, handle, expected):
    assert site_source(title, headline, found, url, handle=handle) == expected


@pytest.mark.parametrize("title, headline, expected", [
    ("Drones hit plant | World | Example News", "Drones hit plant", "Example News"),
    ("Meditation: Techniques and tips", "Meditation: Techniques and tips", None),  # the headline's own colon
    ("Meditation: Techniques", "Meditation", None),  # a colon goes on with the headline, no site follows it
    ("Finance problem - by Anton Vorobets", "Finance problem", None),  # a byline
    ("Drones hit plant - read more", "Drones hit plant", None),  # no capitals: no name
    ("Drones hit plant - The Council Said It Would Act On This Now.", "Drones hit plant", None),  # a sentence
    ("Drones hit plant - Example", None, None),
])
def test_title_site_part(title, headline, expected):
    assert title_site_part(title, headline) == expected
