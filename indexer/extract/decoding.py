"""Bytes -> text, or a one-line reason why the bytes are not a text file we can index."""
from __future__ import annotations

import re

MAX_BYTES = 50 * 1024 * 1024
_SNIFF = 8192


class SkipFile(Exception):
    """A file that cannot be used; ``reason`` is one line for the indexing summary."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise SkipFile(f"file too large ({size / 1024 / 1024:.1f} MB > {MAX_BYTES // 1024 // 1024} MB)")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control bytes in the first few KB: an image, archive, PDF, ..."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.1


def decode(data: bytes, records: bool = False) -> str:
    """UTF-8 (BOM or not) first; otherwise let charset-normalizer find the legacy encoding.

    ``records``: JSON is UTF-8 by definition, so in a JSON Lines file that is mostly UTF-8 the few
    undecodable lines are kept as surrogate escapes and only those records are rejected (records.py).
    """
    check_size(len(data))
    if not data.strip():
        raise SkipFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs, so look for its BOM first
        try:
            return _clean(data.decode("utf-16"), records)
        except UnicodeDecodeError:
            raise SkipFile("undecodable text (bad UTF-16)") from None
    if looks_binary(data):
        raise SkipFile("binary file")
    try:
        return _clean(data.decode("utf-8-sig"), records)
    except UnicodeDecodeError:
        pass
    if records:
        lines = [line for line in data.split(b"\n") if line.strip()]
        if sum(1 for line in lines if not _is_utf8(line)) * 2 <= len(lines):
            return _clean(data.decode("utf-8-sig", errors="surrogateescape"), records)
    from charset_normalizer import from_bytes  # loaded only for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None:
        raise SkipFile("undecodable text (unknown encoding)")
    return _clean(str(best), records)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Mojibake: UTF-8 text decoded once as Windows-1252 or Latin-1 before it was saved ("Trumpâ€™s", "WÃ¼rzburg",
# "JaroÅ\x84"), as scrapers and old CMSes leave it. Spelt this way, names meet neither NER nor search. A lead
# byte's look-alike followed by a continuation byte's is the gate; ftfy (a well-kept library, conservative by
# design) decides and repairs. Measured: 3 of ~99M characters' worth of real-archive articles repaired (all
# right), 8 of 299 WCXB pages; the gate costs ~10 ms per MB and ftfy runs on gated files only.
_MOJIBAKE = re.compile("[ÂÃÄÅÆÇÐÑØÙâãäåæçèéêëìíîïðñ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def repair_mojibake(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # loaded only for the rare file that needs it

    # Line by line (fix_text; fix_encoding alone gives up on a whole text where a clean title sits above a
    # broken body), and only the encoding repairs: quotes, ligatures, widths and HTML entities stay as written,
    # and surrogate escapes (undecodable bytes kept by decode) stay escapes, never replacement characters.
    config = ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                  fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                  remove_control_chars=False, fix_surrogates=False, normalization=None,
                                  explain=False)
    return ftfy.fix_text(text, config)


def _clean(text: str, records: bool = False) -> str:
    # One line-ending convention and no stray BOM, so every extractor can split on "\n". Records are repaired
    # field by field instead (records.py), where mojibake written as JSON escapes is visible too: once is enough.
    if not records:
        text = repair_mojibake(text)
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SkipFile("empty file")
    return text
