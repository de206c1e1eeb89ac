"""Cyrillic <-> Latin for Ukrainian and Russian names, both ways: how a journalist's Київ meets Kyiv and Kiev.

No maintained PyPI library does both directions with Ukraine's national system: ``cyrtranslit`` writes
scholarly ISO 9 forms with diacritics (Kyjiv, Zaporižžja) and its reverse gives Кгарків for Kharkiv;
``iuliia`` is Russian and one-way; ``anyascii`` (already a dependency) gives one generic reading. So the
tables are here, small and documented:

- Ukrainian: the national system (Cabinet of Ministers resolution No. 55 of 27 January 2010): є ї й ю я
  are ye yi y yu ya at the start of a word and ie i i iu ia elsewhere, г is h, зг is zgh, ь and ' vanish.
- Russian: BGN/PCGN (е after a vowel or ь/ъ is ye, ы y, й y, х kh) and the simpler newspaper habit
  (е always e, -ий/-ый as -y: Зеленский -> Zelensky, Киев -> Kiev).
- anyascii's reading as a third opinion.

``to_latin`` gives every reading (a set: variants are looked up, not shown). ``to_cyrillic`` generates
candidate Cyrillic spellings of a Latin name under both systems; it is ambiguous by nature (y is и or й,
i is і or ї), so callers keep only the candidates the index actually holds.
"""
from __future__ import annotations

import re

from anyascii import anyascii

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_VOWELS = set("аеєиіїоуюяыэё")

_UA_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "'": "", "’": "",
    "ʼ": "",
}
# (at the start of a word, elsewhere)
_UA_POSITIONAL = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
    # Ukrainian letters in a Russian reading (a mixed text): their usual Russian-side values
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


def _case(out: str, src: str) -> str:
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def ukrainian(text: str) -> str:
    """Ukraine's national romanisation (2010)."""
    out, prev = [], ""
    for ch in text:
        low = ch.lower()
        if low in _UA_POSITIONAL:
            start, inner = _UA_POSITIONAL[low]
            rep = start if not prev.isalpha() else inner
        elif low == "г" and prev.lower() == "з":
            rep = "gh"  # зг is zgh, so it is not read back as ж
        else:
            rep = _UA_COMMON.get(low, ch)
        out.append(_case(rep, ch) if ch != low else rep)
        prev = ch
    return "".join(out)


def russian(text: str, bgn: bool = True) -> str:
    """Russian BGN/PCGN (``bgn=True``) or the newspaper habit (е always e, -ий/-ый endings as -y)."""
    words = []
    for word in re.split(r"(\W+)", text):
        if not has_cyrillic(word):
            words.append(word)
            continue
        low = word.lower()
        if not bgn and len(low) > 3 and low[-2:] in ("ий", "ый"):
            word, low, tail = word[:-2], low[:-2], "y"
        else:
            tail = ""
        out, prev = [], ""
        for ch, lc in zip(word, low):
            if lc == "е":
                rep = "ye" if bgn and (not prev or prev in _VOWELS or prev in "ьъй") else "e"
            else:
                rep = _RU.get(lc, ch)
            out.append(_case(rep, ch) if ch != lc else rep)
            prev = lc
        words.append("".join(out) + tail)
    return "".join(words)


def to_latin(text: str) -> set[str]:
    """Every Latin reading of a Cyrillic text (Ukrainian national, Russian BGN/PCGN and newspaper, anyascii)."""
    if not has_cyrillic(text):
        return set()
    return {ukrainian(text), russian(text, True), russian(text, False), anyascii(text)}


# Latin -> Cyrillic: each system's letters read back, longest first; a few letters are ambiguous.
_UA_BACK = {
    # -ський: the soft sign is not written in the national system, so sk may be ськ
    "shch": ("щ",), "zgh": ("зг",), "kh": ("х",), "sk": ("ськ", "ск"), "zh": ("ж",), "ts": ("ц",), "ch": ("ч",),
    "sh": ("ш",),
    "ye": ("є",), "ie": ("є", "іе"), "yi": ("ї", "ий"), "yu": ("ю",), "iu": ("ю",), "ya": ("я",), "ia": ("я", "ія"),
    "a": ("а",), "b": ("б",), "v": ("в",), "h": ("г",), "g": ("ґ", "г"), "d": ("д",), "e": ("е",), "z": ("з",),
    "y": ("и", "й", "ий"), "i": ("і", "ї", "й"), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",),
    "p": ("п",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "f": ("ф",), "w": ("в",), "c": ("к",),
}
_RU_BACK = {
    "shch": ("щ",), "kh": ("х",), "zh": ("ж",), "ts": ("ц",), "ch": ("ч",), "sh": ("ш",), "yo": ("ё",),
    "ye": ("е",), "yu": ("ю",), "ya": ("я",), "iy": ("ий",), "yy": ("ый", "ий"), "ey": ("ей",),
    "a": ("а",), "b": ("б",), "v": ("в",), "g": ("г",), "h": ("х", "г"), "d": ("д",), "e": ("е", "э"),
    "z": ("з",), "i": ("и",), "y": ("ы", "й", "ий"), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",),
    "o": ("о",), "p": ("п",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "f": ("ф",), "w": ("в",),
    "c": ("к",),
}
MAX_CANDIDATES = 24  # per system and word: the ambiguity grows fast and the index decides anyway


def _back(word: str, table: dict) -> list[str]:
    """Cyrillic candidates for one lowercase Latin word (empty when it has letters the table lacks).

    Depth first, longest Latin sequence and first-listed letter first, so the system's own reading
    (zh -> ж, ia -> я) comes first and the cap cuts only the least likely ones."""
    keys = sorted(table, key=len, reverse=True)
    out: list[str] = []

    def walk(pos: int, acc: str) -> None:
        if len(out) >= MAX_CANDIDATES:
            return
        if pos == len(word):
            out.append(acc)
            return
        for k in keys:
            if word.startswith(k, pos):
                for c in table[k]:
                    walk(pos + len(k), acc + c)

    walk(0, "")
    return list(dict.fromkeys(out))


def to_cyrillic(word: str) -> list[str]:
    """Candidate Ukrainian and Russian spellings of one Latin word, lowercase (for index look-ups)."""
    low = anyascii(word).lower()
    low = re.sub(r"['’ʼ`]", "", low)
    if not low.isalpha() or not low.isascii():
        return []
    out = _back(low, _UA_BACK) + _back(low, _RU_BACK)
    return list(dict.fromkeys(out))
