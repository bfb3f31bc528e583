"""Sentence splitting for news copy, keeping exact offsets into the original text.

Figures quote "the sentence they came from", so a sentence here is a verbatim slice of the
input with its start offset. Titles are joined to summaries with ".\n" by callers, so line
breaks end sentences too. Abbreviations ("U.S.", "Gen.") and initials do not.
"""

from __future__ import annotations

import re

from extract.casualty_lexicon import word_set

_BOUNDARY_RE = re.compile(r"(?<=[.!?;])[\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\s*\n\s*")
_ABBREVIATIONS = word_set(
    "u.s u.k u.n mr mrs ms dr st gen lt col maj capt sgt rep sen gov vs inc corp jr sr "
    "prof rev fr ft mt approx est dept"
)
_MONTH_ABBREVIATIONS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
_DAY_AFTER_RE = re.compile(r"[\"”’')]*\s+\d")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering `text`, whitespace trimmed, in order."""
    out: list[tuple[int, str]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if "\n" not in match.group() and (
            _is_abbreviation(text, match.start()) or _month_before_day(text, match)
        ):
            continue
        _add(text, start, match.start(), out)
        start = match.end()
    _add(text, start, len(text), out)
    return out


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the full stop at `end - 1` closes an abbreviation or an initial."""
    if end == 0 or text[end - 1] != ".":
        # quotes may sit between the full stop and the space
        stripped = text[:end].rstrip("\"”’')")
        if not stripped.endswith("."):
            return False
        end = len(stripped)
    word = re.search(r"[\w.]*$", text[: end - 1])
    token = word.group().lower() if word else ""
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _month_before_day(text: str, match: re.Match[str]) -> bool:
    """ "killed in Oct. 7 attack": a month's abbreviation before a day does not end a sentence."""
    word = re.search(r"(\w+)\.$", text[: match.start()])
    return (
        word is not None
        and word.group(1).lower() in _MONTH_ABBREVIATIONS
        and _DAY_AFTER_RE.match(text, match.start()) is not None
    )


def _add(text: str, start: int, end: int, out: list[tuple[int, str]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        out.append((start + chunk.index(stripped[0]), stripped))
