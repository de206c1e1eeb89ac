"""Document text shown as a label or a URL: invisible controls removed, direction isolated.

Scraped titles, outlet names and URLs can carry bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE ...) and
zero-width characters. Left in, an unterminated override reverses the text after it ("date unknown"
shown as "nwonknu etad") and a URL can display one host while linking to another. So:

- ``clean`` drops bidi embedding/override/isolate controls, marks, zero-width characters and C0/C1
  controls (NUL included) from anything shown as a label or a URL, and from the href built from a URL,
  so the link goes where its text says;
- ``label`` is ``clean`` + escaping + ``<bdi>``: the text is a bidi isolate, so a right-to-left name
  still reads right-to-left but cannot reorder what follows it. Paragraph text keeps its characters
  (it is the record) and is isolated by ``dir="auto"`` on its block instead.
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"   # C0/C1 controls (tab, LF, CR become spaces below)
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u206a-\u206f\ufeff\u180e]"
)
_SPACES = re.compile(r"[\t\r\n]+")


def clean(value) -> str:
    if value is None:
        return ""
    return INVISIBLE.sub("", _SPACES.sub(" ", str(value)))


def label(value) -> Markup:
    return Markup("<bdi>") + escape(clean(value)) + Markup("</bdi>")


# Where a publication date came from (``published_source``), as a reader says it. The codes are the
# indexer's; shown raw they read "date from inferred". A code added later is shown as itself.
DATE_ORIGINS = {
    "manifest": "date from the manifest",
    "metadata": "date from the page's metadata",
    "dateline": "date from the dateline",
    "caption": "date from a photo caption",
    "inferred": "date guessed from the text",
}


def date_origin(source) -> str:
    return DATE_ORIGINS.get(source, f"date from {clean(source)}")
