"""Numbers as news copy writes them: digits, words, vague amounts, qualifiers and ranges.

Casualty figures arrive as "1,200", "twenty-one", "one hundred and five", "1.2 million",
"dozens", "at least 30", "between 2 and 4". This module finds every such phrase with its exact
character span and the conservative value a tally should use, and nothing else: whether a
number counts people killed is decided by `extract.casualties`, which looks at the words around
it. A small hand-written table beats a general word-to-number library here: it is several times
faster, and we need spans and the vague-amount conventions the conflict-data projects use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.model import Qualifier
from extract.pattern_cache import rx

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "dozen": 12}

VAGUE: dict[str, int] = {
    "both": 2,
    "a few": 3,
    "several": 3,
    "a handful": 3,
    "a couple of": 2,
    "half a dozen": 6,
    "a dozen": 12,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "millions": 1_000_000,
}
"""Fixed values for vague amounts (docs/counting.md): the low end a careful reader would accept."""

QUALIFIERS: dict[str, Qualifier] = {
    "at least": "at least",
    "no fewer than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "more than": "over",
    "over": "over",
    "upwards of": "over",
    "in excess of": "over",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "up to": "up to",
    "as many as": "up to",
}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_LEAD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_VAGUE = "|".join(v.replace(" ", r"\s+") for v in sorted(VAGUE, key=len, reverse=True))
_QUAL = "|".join(q.replace(" ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True))

NUMBER_RE = rx(
    rf"""
    (?<![\w$£€:.,])(?<![A-Za-z]-)
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<dec>\d+))?
            (?:\s+(?P<dscale>million|thousand|hundred)\b)?
      | (?P<vague>{_VAGUE})
      | (?P<words>(?:a\s+(?:hundred|thousand|million)|{_LEAD})
            (?:(?:[\s-]+and[\s-]+|[\s-]+)(?:{_WORD}))*)
      | (?P<article>another
          |a\s+further(?=\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozen))|an?)
    )
    (?![\w%]|:\d|,\d{{3}}|-(?:year|month|week|day|hour|minute|storey|story|floor|km|mile))
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A number phrase without its qualifier; qualifiers and ranges are joined in Python."""

_QUAL_TAIL_RE = rx(rf"(?<![\w-])({_QUAL})\s+$", re.IGNORECASE)
_RANGE_JOIN_RE = rx(r"\s*(?:-|–|to|or|and)\s*$", re.IGNORECASE)
_BETWEEN_TAIL_RE = rx(r"(?<![\w-])between\s+$", re.IGNORECASE)
_FROM_TAIL_RE = rx(r"(?<![\w-])from\s+$", re.IGNORECASE)
_RANGE_FROM_RE = rx(r"(?<![\w-])(?:rang(?:e|es|ed|ing)|estimates?)\s+from\s+$", re.I)
_SERIAL_BEFORE_RE = rx(r"(?:\b(?:No|NO|Nos|no)\.|\b(?:No|NO)|#)\s*$")
_BORN_BEFORE_RE = rx(r"\bborn\s+(?:in\s+)?$", re.IGNORECASE)
_ISO_DATE_RE = rx(r"(?<!\d)(?:19|20)\d\d-[01]?\d-[0-3]?\d(?!\d)")


def _in_a_date(text: str, at: int) -> bool:
    """Whether the digits at `at` are part of a date written "2025-05-02"."""
    if "-" not in text[max(0, at - 8) : at + 12]:
        return False
    return any(
        m.start() <= at < m.end() for m in _ISO_DATE_RE.finditer(text, max(0, at - 8), at + 12)
    )


_NO_TAIL_RE = rx(r"(?<![\w-])no\s+$", re.IGNORECASE)
_TOKEN_RE = rx(r"[a-z]+", re.IGNORECASE)
_COUPLE_RE = rx(r"\s+(?:young\s+|elderly\s+|married\s+)?couple\b(?!\s+of)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """One number phrase in a text, with the conservative value a tally uses."""

    start: int
    """Start of the phrase, qualifier included ("at least 5" starts at "at")."""
    end: int
    count: int
    low: int
    high: int | None
    qualifier: Qualifier | None
    vague: bool = False
    """A vague amount ("dozens"): counts only when it quantifies the victims."""
    article: bool = False
    """"a", "an", "another": one, but only before a singular noun for a person."""
    number_start: int = -1
    """Start of the number itself, after any qualifier."""


def words_to_int(phrase: str) -> tuple[int, int] | None:
    """Value of a number in words and how many characters of `phrase` it used.

    Stops at the first word that cannot continue the number ("two and three" reads as 2,
    consuming "two"), so a list of numbers is never summed into one.
    """
    total = current = 0
    last = ""  # "unit", "teen", "tens", "hundred", "scale", "and"
    consumed = 0
    for token in _TOKEN_RE.finditer(phrase):
        word = token.group().lower()
        if word == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        if word == "a" and last == "":
            last = "a"
            continue
        if word in UNITS:
            value = UNITS[word]
            cat = "teen" if value >= 10 else "unit"
            if last in ("unit", "teen", "a") or (last == "tens" and cat == "teen"):
                break
            current += value
            last = cat
        elif word in TENS:
            if last in ("unit", "teen", "tens", "a"):
                break
            current += TENS[word]
            last = "tens"
        elif word in ("hundred", "dozen"):
            if last in ("hundred", "and") or (last == "" and word == "dozen"):
                break
            current = (current or 1) * SCALES[word]
            last = "hundred"
        elif word in SCALES:
            if last == "and":
                break
            total += (current or 1) * SCALES[word]
            current = 0
            last = "scale"
        else:
            break
        consumed = token.end()
    if consumed == 0:
        return None
    return total + current, consumed


def parse_number(text: str) -> int | None:
    """The integer a number phrase stands for, or None when it is not a whole count.

    >>> parse_number("1,200"), parse_number("1.2 million"), parse_number("twenty-one")
    (1200, 1200000, 21)
    """
    phrases = find_numbers(text)
    if len(phrases) != 1 or phrases[0].article:
        return None
    return phrases[0].count


def _base_value(match: re.Match[str]) -> tuple[int, int, bool, bool] | None:
    """(value, end, vague, article) for one regex match, or None if it is no count."""
    if match["digits"] is not None:
        value = int(match["digits"].replace(",", ""))
        scale = (match["dscale"] or "").lower()
        if match["dec"] is not None:
            if not scale:
                return None  # "1.5" is a measure, not a count of people
            value = int(float(f"{value}.{match['dec']}") * SCALES[scale])
        elif scale:
            value *= SCALES[scale]
        return value, match.end(), False, False
    if match["vague"] is not None:
        key = " ".join(match["vague"].lower().split())
        return VAGUE[key], match.end(), True, False
    if match["words"] is not None:
        parsed = words_to_int(match["words"])
        if parsed is None:
            return None
        value, used = parsed
        return value, match.start("words") + used, False, False
    if _COUPLE_RE.match(match.string, match.end()):
        return 2, match.end(), False, False  # "killing a couple and their baby": two people
    return 1, match.end(), False, True


_FRACTION_RE = rx(
    r"[\s-]?(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of\b",
    re.IGNORECASE,
)


_PERCENT_RE = rx(r"\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


def find_numbers(text: str) -> list[NumberPhrase]:
    """Every number phrase in `text`, in order, with qualifiers and ranges joined in."""
    raw: list[tuple[int, int, int, bool, bool]] = []
    pos = 0
    while True:
        match = NUMBER_RE.search(text, pos)
        if match is None:
            break
        base = _base_value(match)
        if base is None:
            pos = match.end()
            continue
        value, end, vague, article = base
        start = match.start()
        pos = max(end, start + 1)
        words = match["words"]
        if (
            words is not None
            and words.lower() == "one"
            and _NO_TAIL_RE.search(text, start - 4, start)
        ):
            continue  # "no one was hurt" is a negation, not a count
        if match["digits"] is not None and (
            _SERIAL_BEFORE_RE.search(text, max(0, start - 6), start)
            or _in_a_date(text, start)
            or _BORN_BEFORE_RE.search(text, max(0, start - 9), start)
        ):
            continue  # "Constable A No. 1432", "2025-05-02", "born in 1954": an identifier or a
            # date, no count
        if _FRACTION_RE.match(text, end) or _PERCENT_RE.match(text, end):
            # "two-thirds of the dead", "a third of the victims", "64 per cent of the
            # victims": a share, not a count ("a third was wounded" is a person)
            continue
        raw.append((start, end, value, vague, article))
    return _join(text, raw)


def _join(text: str, raw: list[tuple[int, int, int, bool, bool]]) -> list[NumberPhrase]:
    """Join qualifiers ("at least") and ranges ("between 2 and 4", "2-4") to their numbers."""
    out: list[NumberPhrase] = []
    i = 0
    while i < len(raw):
        start, end, value, vague, article = raw[i]
        high: int | None = None
        qualifier: Qualifier | None = None
        phrase_start = start
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        between = _BETWEEN_TAIL_RE.search(text, max(0, start - 10), start)
        if (
            nxt is not None
            and not vague
            and not article
            and not nxt[3]
            and not nxt[4]
            and nxt[2] > value
            and _RANGE_JOIN_RE.fullmatch(text, end, nxt[0]) is not None
            and (between is not None or "and" not in text[end : nxt[0]].lower())
            and (
                _FROM_TAIL_RE.search(text, max(0, start - 6), start) is None
                or _RANGE_FROM_RE.search(text, max(0, start - 20), start) is not None
            )  # "rose from 5 to 9" is no range; "estimates range from 133 to 400" is
        ):
            high, end, qualifier = nxt[2], nxt[1], "between"
            if between is not None:
                phrase_start = between.start()
            i += 1
        else:
            tail = _QUAL_TAIL_RE.search(text, max(0, start - 20), start)
            if tail is not None and not article:
                qualifier = QUALIFIERS[" ".join(tail.group(1).lower().split())]
                phrase_start = tail.start()
                if out and out[-1].article and out[-1].start >= phrase_start:
                    out.pop()  # the "an" of "an estimated 20" is the qualifier's, no count
        out.append(
            NumberPhrase(
                start=phrase_start,
                end=end,
                count=value,
                low=value,
                high=high,
                qualifier=qualifier,
                vague=vague,
                article=article,
                number_start=start,
            )
        )
        i += 1
    return out
