"""The counties a British paper names that GeoNames' second-level divisions lack, and the county abbreviations of
British copy ("Birstall, West Yorks", "Huntingdon, Cambs").

GeoNames files England by its unitary authorities and metropolitan boroughs ("Kirklees", "Leeds", "Cheshire East"),
so the ceremonial counties made of several of them, the metropolitan counties, and the historic and preserved counties
British news still writes had no reading: ukpress2016's dev part left "West Yorkshire" (14 mentions) without England,
and "Cheshire" became the Connecticut town. The names below are the ceremonial counties of England that GeoNames
lacks, the metropolitan counties, the historic counties still in use, the preserved counties of Wales, the six
counties of Northern Ireland and London's boroughs and quarters (public administrative geography; Wikipedia
"Ceremonial counties of England", "Preserved counties of Wales", "Counties of Northern Ireland", "London boroughs"),
each with its nation, the region the facet uses for the United Kingdom. Not a former county that is a given name or
a bigger city's abroad ("Tyrone", "Cleveland", "Avon"): a home place's name also takes a person value out of the
facet (person_evidence._home_places). They join the small-place tier of an archive whose home country is the United
Kingdom only, like the GeoNames divisions (small_places.small_place), so a county never turns another country's word
into a place.

The abbreviations are Royal Mail's former postal-county forms, read before a county's name with a compass word or
alone ("West Yorks", "Lancs", "Oxon"); the tier's readers still drop a word the archive writes in lower case
("beds", "bucks"). NEWSFACET_UK_COUNTIES=0 turns both off.
"""
from __future__ import annotations

from functools import lru_cache

from . import switches
from .gazetteer import Place, fold

# name -> (nation, rough population: the tier ranks readings by it)
_COUNTIES = {
    "Bedfordshire": ("England", 680_000), "Berkshire": ("England", 910_000), "Cheshire": ("England", 1_070_000),
    "Greater Manchester": ("England", 2_870_000), "Merseyside": ("England", 1_430_000),
    "South Yorkshire": ("England", 1_410_000), "West Yorkshire": ("England", 2_350_000),
    "Tyne and Wear": ("England", 1_140_000), "West Midlands": ("England", 2_920_000),
    "Northamptonshire": ("England", 750_000), "Yorkshire": ("England", 5_500_000), "Sussex": ("England", 1_700_000),
    "Middlesex": ("England", 1_000_000), "Humberside": ("England", 930_000),
    "Gwent": ("Wales", 560_000), "Dyfed": ("Wales", 380_000), "Clwyd": ("Wales", 500_000),
    "Glamorgan": ("Wales", 1_300_000), "Mid Glamorgan": ("Wales", 420_000), "South Glamorgan": ("Wales", 500_000),
    "West Glamorgan": ("Wales", 370_000),
    "County Antrim": ("Northern Ireland", 620_000), "County Down": ("Northern Ireland", 530_000),
    "County Armagh": ("Northern Ireland", 180_000), "County Tyrone": ("Northern Ireland", 180_000),
    "Fermanagh": ("Northern Ireland", 63_000),
    "County Fermanagh": ("Northern Ireland", 63_000), "County Londonderry": ("Northern Ireland", 250_000),
}
# Round 38 (same pass): London's boroughs and quarters, which GeoNames files under Greater London only -- "Camden",
# "Hackney", "Greenwich", "East London" read as Camden NJ, Greenwich CT, East London in South Africa in ukpress2016's
# dev part (Wikipedia "London boroughs"); populations rounded.
_LONDON = {
    "Barking and Dagenham": 220_000, "Barnet": 390_000, "Bexley": 250_000, "Brent": 340_000, "Bromley": 330_000,
    "Camden": 270_000, "Croydon": 390_000, "Ealing": 370_000, "Enfield": 330_000, "Greenwich": 290_000,
    "Hackney": 260_000, "Hammersmith and Fulham": 180_000, "Haringey": 260_000, "Harrow": 260_000,
    "Havering": 260_000, "Hillingdon": 300_000, "Hounslow": 290_000, "Islington": 220_000,
    "Kensington and Chelsea": 140_000, "Kingston upon Thames": 170_000, "Lambeth": 320_000, "Lewisham": 300_000,
    "Merton": 210_000, "Newham": 350_000, "Redbridge": 310_000, "Richmond upon Thames": 200_000,
    "Southwark": 310_000, "Sutton": 210_000, "Tower Hamlets": 310_000, "Waltham Forest": 280_000,
    "Wandsworth": 330_000, "Westminster": 260_000, "East London": 1_500_000, "West London": 1_500_000, "North London": 1_500_000,
    "South London": 1_500_000,
}
_COUNTIES.update({name: ("England", population) for name, population in _LONDON.items()})
# Royal Mail's former postal-county abbreviations -> the county's name
_ABBREVIATIONS = {
    "beds": "Bedfordshire", "berks": "Berkshire", "bucks": "Buckinghamshire", "cambs": "Cambridgeshire",
    "derbys": "Derbyshire", "glos": "Gloucestershire", "gloucs": "Gloucestershire", "hants": "Hampshire",
    "herts": "Hertfordshire", "lancs": "Lancashire", "leics": "Leicestershire", "lincs": "Lincolnshire",
    "middx": "Middlesex", "northants": "Northamptonshire", "notts": "Nottinghamshire", "oxon": "Oxfordshire",
    "salop": "Shropshire", "shrops": "Shropshire", "staffs": "Staffordshire", "wilts": "Wiltshire",
    "worcs": "Worcestershire", "warks": "Warwickshire", "yorks": "Yorkshire",
}
_COMPASS = {"north": "North", "south": "South", "east": "East", "west": "West", "n": "North", "s": "South",
            "e": "East", "w": "West"}


def enabled() -> bool:
    return switches.get("NEWSFACET_UK_COUNTIES", "1") != "0"


def expanded(name: str) -> str | None:
    """The county an abbreviated name stands for ("West Yorks" -> "West Yorkshire", "Lancs" -> "Lancashire"), or None."""
    words = fold(name).split()
    if not words or words[-1] not in _ABBREVIATIONS or len(words) > 2 or len(words) == 2 and words[0] not in _COMPASS:
        return None
    county = _ABBREVIATIONS[words[-1]]
    return f"{_COMPASS[words[0]]} {county}" if len(words) == 2 else county


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    return {fold(name): Place(name, "GB", nation, population, "city") for name, (nation, population) in _COUNTIES.items()}


def counties(name: str) -> tuple[Place, ...]:
    """The counties of the table ``name`` names, as written or abbreviated (the caller asks for British archives only)."""
    if not enabled():
        return ()
    hit = _table().get(fold(name))
    return (hit,) if hit else ()
