"""Sentence splitting for news copy, keeping exact offsets into the original text.

Figures quote "the sentence they came from", so a sentence here is a verbatim slice of the
input with its start offset. Titles are joined to summaries with ".\n" by callers, so line
breaks end sentences too. Abbreviations ("U.S.", "Gen.") and initials do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.casualty_lexicon import word_set
from extract.pattern_cache import rx

_BOUNDARY_RE = rx(r"(?<=[.!?;])(?P<close>[\"”’')]*)\s+(?=[\"“‘'(]?[A-Z0-9])|\s*\n\s*")
"""A full stop (and the quotes that close on it) then an upper-case word, or a line break."""
_ABBREVIATIONS = word_set(
    "u.s u.k u.n mr mrs ms dr st gen lt col maj capt sgt rep sen gov vs inc corp jr sr "
    "prof rev fr ft mt approx est dept incl excl brig cmdr govt cpl pte pvt pfc insp hav nk res ret"
)
_MONTH_ABBREVIATIONS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec no nos")
"""Abbreviations that end no sentence before a number: "Oct. 7", "Flash Update No. 1"."""
_DAY_AFTER_RE = rx(r"[\"”’')]*\s+\d")
MAX_SENTENCE = 1_000
"""No quotable sentence is longer; a longer run of text with no full stop (a list, a table
flattened by a feed) is cut at clause breaks, so that the pairing of numbers with death words,
which compares every number of a sentence with every keyword, stays linear in the text."""
_TAIL = 40
"""How far back a boundary looks for the word it follows: every word in the lists above is
shorter, and a bounded look keeps splitting linear in the length of the text."""
_WORD_BEFORE_RE = rx(r"[\w.]*$")
_MONTH_BEFORE_RE = rx(r"(\w+)\.$")


_LIST_OPENER_RE = rx(
    r"[^\n]*\b(?:killed|dead|died|wounded|injured|wounds|injuries|victims|deceased|martyrs|martyred|"
    r"shahadat|martyrdom)\b"
    r"[^\n.]{0,160}:[ \t]*$",
    re.IGNORECASE,
)
"""A line that opens a list of people ("Killed in the raid were:", "The dead were named as:")."""
_COLON_LIST_RE = rx(
    r"\b(?:victims|dead|killed|martyrs|wounded|injured)\b[^.:;\n]{0,80}(?::|\sas|\swere|\sare)\s[^:\n]*?,"
    r"\s\d{1,3}\s*(?:,\s*(?:of|from)\s+(?-i:[A-Z])[\w’'-]+(?:[\s-]+(?-i:[A-Z])[\w’'-]+){0,2}\s*"
    r"|,\s*an?\s+[^,;:\n]{2,50}|,\s*(?-i:[a-z])[\w-]+(?:\s+[\w-]+)?)?;",
    re.IGNORECASE,
)
"""A list of people after a colon, parted by semicolons, each with an age."""
_COUNTS_AFTER_COLON_RE = rx(
    r"\b\d{1,5}\s+(?:[\w-]+\s+){0,3}?(?:deaths|dead|people|persons|killed|fatalities|victims)\b"
    r"[^.:;\n]{0,80}:\s+\d{1,4}\s+[a-z]",
    re.IGNORECASE,
)
"""A count, then counts after a colon: "documented 9 deaths today: 4 civilians"."""
_BULLET_RE = rx(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+\S")
"""A bulleted line: "- Ahmad Saleh, 34"."""
_NAME_LINE_RE = rx(
    r"(?-i:[A-Z])[\w’'.-]*,?(?:[ \t]+(?:(?-i:[A-Z])[\w’'-]*|(?:al|el|ad|as|ash)-[\w’'-]+|"
    r"bin|ibn|de|da|van|\(\d{1,3}\)|\d{1,3}),?){0,6}"
    r"(?:[ \t]*(?:resident[ \t]+)?of[ \t]+District[ \t]+(?-i:[A-Z])[\w’'-]+"
    r"(?:[ \t]+(?-i:[A-Z])[\w’'-]+)?)?"
    r"[ \t]*(?:\n|$)"
)
"""A line that is a name alone: "Mahmoud Abu Hassan", "Lina Abu Hassan (7)"."""


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering `text`, whitespace trimmed, in order. A bulleted
    list under a line that opens a list of the dead or wounded stays in that line's sentence,
    one member a line."""
    out: list[tuple[int, str]] = []
    start = 0
    listing = False
    for match in boundaries(text):
        if "\n" not in match.group() and (
            _is_abbreviation(text, match.start()) or _month_before_day(text, match)
        ):
            continue
        if (
            text[match.start() - 1] == ";"
            and any(
                mark in text[start : match.start()] for mark in (":", " as ", " were ", " are ")
            )
            and _COLON_LIST_RE.search(text, start, match.start()) is not None
        ):
            continue  # "named the victims: Iryna P., 54; her daughter K., 27; Mykola D., 68"
        if (
            text[match.start() - 1] == ";"
            and text[match.end() : match.end() + 1].isdigit()
            and _COUNTS_AFTER_COLON_RE.search(text, start, match.start()) is not None
        ):
            continue  # "9 deaths today: 4 civilians killed ...; 3 soldiers killed ...; and 2
            # fighters": the counts after the colon are one list, parts of the count before it
        if (
            text[match.start() - 1] == ";"
            and text[match.end() : match.end() + 1].isdigit()
            and _BULLET_RE.match(text, start) is not None
        ):
            continue  # "1) Niger: fighters attacked an army position near Tassia; 10 soldiers
            # killed": a numbered line's count after its semicolon is the line's, of its place
        if "\n" in match.group():
            listing = (
                _BULLET_RE.match(text, match.end()) is not None
                or _NAME_LINE_RE.match(text, match.end()) is not None
            ) and (listing or _LIST_OPENER_RE.match(text, start, match.start()) is not None)
            if listing:
                continue  # "Killed in the raid were:\n- Ahmad Saleh, 34\n- ..."
        _add(text, start, match.start() + len(match["close"] or ""), out)
        start = match.end()
    _add(text, start, len(text), out)
    if out and " " in out[0][1]:
        out[:1] = _headline_dash(*out[0])
    return out


_DATELINE_BETWEEN_RE = rx(
    r"(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+)(?:[ -](?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+)){0,3}"
    r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    r"\s*(?:\([^()]{1,40}\))?"
)
"""A story's dateline between a headline's dash and the story's: "GAZA, July 16 (Reuters)",
"KYIV (AP)", "KHAR, Pakistan (AP)"."""
_HEADLINE_DASH_RE = rx(r"[^\S\n]+[-–—]\s+(?=[\"“‘']?[A-Z])")
_HEADLINE_BAR_RE = rx(r"[^\S\n]+\|\s+(?=[\"“‘']?[A-Z])")
_HEADLINE_SLASH_RE = rx(r"[^\S\n]+/[^\S\n]+(?=[\"“‘']?[A-Z])")
_SPACED_DASH_RE = rx(r"[^\S\n]+[-–—][^\S\n]+")
_DASH_PAIR = 140
"""How far a dash that closes a phrase set off by dashes may come after the one opening it."""
_MIN_HEADLINE = 15
_MIN_BODY = 30


def _headline_dash(offset: int, sentence: str) -> list[tuple[int, str]]:
    """'Militants kill 4 soldiers in ambush - Militants ambushed a convoy ..., killing four
    soldiers': a headline joined to its story by a dash is a sentence of its own, so the
    story's retelling of the same deaths is not added to the headline's. Only the first
    sentence of a text can be a headline, and a dash that pairs with another ("the commander
    - Colonel X - was killed") sets off a phrase instead."""
    dashes = list(_HEADLINE_DASH_RE.finditer(sentence))
    if not dashes:
        bars = list(_HEADLINE_BAR_RE.finditer(sentence)) or list(
            _HEADLINE_SLASH_RE.finditer(sentence)
        )
        if len(bars) == 1 and ":" not in sentence[: bars[0].start()]:
            dashes = bars  # "Drone strike kills commander and two guards | A drone struck ...",
            # "Eight killed in missile strike on hotel / A missile hit ...": a headline and its
            # story (not a record's fields, "Country: Iraq | ...", "Event type: Battles / ...")
        else:
            return _run_on_headline(offset, sentence)
    dated = len(dashes) > 1 and bool(
        _DATELINE_BETWEEN_RE.fullmatch(sentence, dashes[0].end(), dashes[1].start())
    )
    if dated:
        dashes = dashes[:1]  # "Strike kills 17 - GAZA, July 16 (Reuters) - An air strike ...":
        # the headline, then a story that opens on its dateline
    if len(dashes) != 1:
        return [(offset, sentence)]
    dash = dashes[0]
    if dash.start() < _MIN_HEADLINE or len(sentence) - dash.end() < _MIN_BODY:
        return [(offset, sentence)]
    if not dated and _SPACED_DASH_RE.search(sentence, dash.end(), dash.end() + _DASH_PAIR):
        return [(offset, sentence)]  # "Three jawans of the 150th battalion - Head Constable A,
        # Constable B and Constable C - were killed": the second dash closes a list
    if sentence[: dash.start()].lower().endswith((": killed", ": wounded", ": injured")):
        return [(offset, sentence)]  # "...: killed - Ibrahim Shalouf, 63; his sons ...": a list
    return [(offset, sentence[: dash.start()]), (offset + dash.end(), sentence[dash.end() :])]


def boundaries(text: str) -> Iterator[re.Match[str]]:
    """`_BOUNDARY_RE.finditer(text)`, with the pattern tried only where a match can start.

    A match starts just after a full stop, "!", "?" or ";", or where a run of white space
    that holds a line break begins, and it always runs to the end of its white space, so
    these places are all a match can start at; scanning every character is several times
    slower.
    """
    starts: set[int] = set()
    for mark in ".!?;":
        at = text.find(mark)
        while at >= 0:
            starts.add(at + 1)
            at = text.find(mark, at + 1)
    last = -1
    at = text.find("\n")
    while at >= 0:
        if last < 0 or not (at == last + 1 or text[last + 1 : at].isspace()):
            begin = at  # the first line break of its run of white space
            while begin > 0 and text[begin - 1].isspace():
                begin -= 1
            starts.add(begin)
        last = at
        at = text.find("\n", at + 1)
    free = 0
    match = _BOUNDARY_RE.match
    for at in sorted(starts):
        if at >= free:
            found = match(text, at)
            if found is not None:
                yield found
                free = found.end()


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the full stop at `end - 1` closes an abbreviation or an initial."""
    tail_start = max(0, end - _TAIL)
    tail = text[tail_start:end]
    if not tail.endswith("."):
        return False
    word = _WORD_BEFORE_RE.search(tail, 0, len(tail) - 1)
    if word is None or (word.start() == 0 and tail_start > 0):
        return False  # a word longer than the look-back is no abbreviation
    token = word.group().lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _month_before_day(text: str, match: re.Match[str]) -> bool:
    """ "killed in Oct. 7 attack", "Flash Update No. 1": an abbreviation before a number does not
    end a sentence."""
    word = _MONTH_BEFORE_RE.search(text, max(0, match.start() - _TAIL), match.start())
    return (
        word is not None
        and word.group(1).lower() in _MONTH_ABBREVIATIONS
        and _DAY_AFTER_RE.match(text, match.start()) is not None
    )


def _add(text: str, start: int, end: int, out: list[tuple[int, str]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    begin = start + chunk.index(stripped[0])
    while len(stripped) > MAX_SENTENCE:
        cut = _cut(stripped)
        out.append((begin, stripped[:cut].rstrip()))
        rest = stripped[cut:].lstrip()
        begin += len(stripped) - len(rest)
        stripped = rest
    if stripped:
        out.append((begin, stripped))


def _cut(run_on: str) -> int:
    """Where to cut a run-on chunk: after its last clause break within the limit, else its
    last space, else at the limit itself."""
    for mark in (";", ",", " "):
        at = run_on.rfind(mark, MAX_SENTENCE // 2, MAX_SENTENCE)
        if at > 0:
            return at + 1
    return MAX_SENTENCE


_RUN_ON_RE = rx(
    r"(?<=[a-z0-9])\s+(?=(?:(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
    r"Twelve|Dozens|Scores|Hundreds|Several|Some)\s+[a-z]|(?:At\s+least|More\s+than)\s+\w))"
)
_WORD_RE = rx(r"[A-Za-z][\w’'-]{3,}")


def _run_on_headline(offset: int, sentence: str) -> list[tuple[int, str]]:
    """'Pakistani soldiers repulse attack in Bannu, 6 militants killed Six militants were killed
    when ...': a headline run into its story with no mark between them. The story starts where
    a capitalised determiner or number follows a lower-case word, in a first sentence whose
    opening is not written in title case."""
    for match in _RUN_ON_RE.finditer(sentence, _MIN_HEADLINE):
        head = sentence[: match.start()]
        if len(sentence) - match.end() < _MIN_BODY or len(head) > 200:
            return [(offset, sentence)]
        words = _WORD_RE.findall(head)
        if sum(1 for w in words if w[0].isupper()) * 2 >= len(words):
            return [(offset, sentence)]  # title case: every noun is capitalised
        return [(offset, head), (offset + match.end(), sentence[match.end() :])]
    return [(offset, sentence)]
