"""The English forms news copy writes countries in, for the gazetteer build (build_gazetteer.py).

GeoNames names each country once ("Republic of the Congo", "Myanmar", "Bosnia and Herzegovina", "Eswatini",
"Timor Leste"); copy writes "Congo", "DRC", "Burma", "Bosnia", "Swaziland", "East Timor", "St Lucia", "Trinidad
and Tobago", "UAE". Before round 28 none of these was a country: the mention stayed a place with no country (or a
person: "St Lucia", "East Timor"), and the country facet never offered Congo. The forms come from
- CLDR's English territory names (Babel, the Unicode consortium's locale data): "Myanmar (Burma)",
  "Bosnia & Herzegovina", "St. Kitts & Nevis", "Congo - Kinshasa", "Hong Kong SAR China", each written out the
  ways running text does ("Burma", "Bosnia and Herzegovina", "St Kitts and Nevis", "Congo-Kinshasa", "Hong Kong");
- ISO 3166-1 common names (pycountry);
- the short forms the wire services' style books prescribe or that newsrooms write everywhere, listed below.
"""
from __future__ import annotations

import re

# Short forms of the style books and newsrooms. "Congo" alone is both Congos' (ISO's short name of the Republic of
# the Congo, AP's and Reuters' of the Democratic Republic): the article's other places choose, else the bigger
# (the DRC, as the wire services mean it); an initialism is kept only
# when it names no body as often as the country ("DRC", "UAE"; not "CAR", "PNG" is its own region code).
NEWSROOM_FORMS = {
    "CD": ["Congo", "DRC", "DR Congo", "D.R. Congo", "DR of Congo", "Democratic Republic of Congo",
           "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville", "Republic of the Congo"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "MK": ["Macedonia"],
    "GM": ["The Gambia"],
    "CV": ["Cape Verde"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire", "Côte d’Ivoire"],
    "VA": ["Holy See", "Vatican City"],
    "KN": ["St Kitts and Nevis"],
    "VC": ["St Vincent and the Grenadines"],  # never "St Vincent" alone: hospitals, charities, a gulf
    "LC": ["St Lucia"],
    "ST": ["Sao Tome and Principe", "São Tomé and Príncipe"],
    "FM": ["Federated States of Micronesia"],
}
_BRACKETED = re.compile(r"^(.*?)\s*\((.*)\)$")


def written_forms(name: str) -> list[str]:
    """A CLDR or ISO name as running text writes it: "Myanmar (Burma)" -> Myanmar, Burma; "St. Kitts & Nevis" ->
    "St Kitts and Nevis", "Saint Kitts and Nevis"; "Congo - Kinshasa" -> "Congo-Kinshasa"; "Macao SAR China" ->
    "Macao". A comma-inverted ISO name ("Korea, Republic of") is not a form of running text."""
    if not name or "," in name:
        return []
    m = _BRACKETED.match(name)
    names = [m.group(1), m.group(2)] if m else [name]
    out: list[str] = []
    for n in names:
        n = re.sub(r"\s+SAR China$", "", n).replace(" & ", " and ").replace(" - ", "-").strip()
        out.append(n)
        if n.startswith("St. "):
            out += ["St " + n[4:], "Saint " + n[4:]]
    return [n for n in dict.fromkeys(out) if n]


def country_forms(code: str) -> list[str]:
    """Every English form of the country with ISO code ``code`` (see the module docstring)."""
    import pycountry
    from babel import Locale

    forms = list(NEWSROOM_FORMS.get(code, []))
    forms += written_forms(Locale("en").territories.get(code, ""))
    c = pycountry.countries.get(alpha_2=code)
    if c is not None:
        forms += written_forms(getattr(c, "common_name", "") or "") + written_forms(c.name)
    return list(dict.fromkeys(forms))
