"""Cheap word tests that spare a costly regex most of its work, never changing what it finds.

A long case-insensitive alternation is tried at every word of every sentence, and that is
most of what extraction costs. Two ways around it, both exact:

- a word gate: a pattern lists words of which every one of its matches contains one, and a
  text without any of them is not scanned (`may_contain`, and `period_matches` in
  `extract.casualty_periods`);
- a `Gate`: the literal text every match of a pattern starts with is read from the pattern
  itself, found with `str.find` in the lower-cased text, and the pattern is tried only
  there. `Gate.search` and `Gate.finditer` give exactly the pattern's own matches.

`re.IGNORECASE` also matches three letters that `str.lower` does not turn into ASCII: the
dotted and dotless Turkish I ("İ", "ı" match "i") and the long s ("ſ" matches "s"). A text
with one of them always gets the plain pattern.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

from extract.pattern_cache import derived

_FOLDS_TO_ASCII = ("İ", "ı", "ſ")
_MAX_PREFIX = 5
"""Longer literal starts add nothing: five letters found are rarely not the word."""
_MIN_STEM = 2
"""A pattern that may start with a one-letter word ("a") is tried everywhere, as written."""


def lowered(text: str) -> str | None:
    """`text` lower-cased for word tests, or None when a test on it could miss a match (the
    text has a letter that a case-insensitive regex reads as an ASCII letter).

    The lower-cased text is as long as `text` (only "İ" lengthens, and it gives None), so an
    offset found in it is an offset in `text`.
    """
    low = text.lower()
    if not low.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII):
        return None
    return low


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when `text` holds none of `words` (lower-case ASCII) in any case."""
    low = lowered(text)
    return low is None or any(word in low for word in words)


def literal_starts(items: list[Any], prefix: str = "") -> set[str]:
    """The lower-cased literal text that every match of a parsed pattern starts with, one
    string per way the pattern can start ("" where a match may start with anything).

    Conservative: where the parse is not a plain ASCII literal, a branch, a group, an
    optional part or a zero-width test, the start found so far ends there.
    """
    if not items or len(prefix) >= _MAX_PREFIX:
        return {prefix}
    op, av = items[0]
    rest = items[1:]
    if op is sre_constants.LITERAL:
        if av >= 128:  # a non-ASCII letter may have case partners that lower() does not give
            return {prefix}
        return literal_starts(rest, prefix + chr(av).lower())
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return literal_starts(rest, prefix)  # zero width
    if op is sre_constants.SUBPATTERN:
        return literal_starts(list(av[-1]) + rest, prefix)
    if op is sre_constants.BRANCH:
        return set().union(*(literal_starts(list(alt) + rest, prefix) for alt in av[1]))
    if op is sre_constants.IN and all(o is sre_constants.LITERAL and a < 128 for o, a in av):
        return set().union(*(literal_starts(rest, prefix + chr(a).lower()) for _o, a in av))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _high, item = av
        starts = literal_starts(list(item), prefix)  # one repetition, then stop: still a start
        return starts | literal_starts(rest, prefix) if low == 0 else starts
    return {prefix}


def _stems(pattern: re.Pattern[str], common: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The shortest literal starts of `pattern` but those in `common`, none a prefix of
    another; None when some match may start with fewer than `_MIN_STEM` known letters."""
    starts = set(
        derived(
            "starts",
            pattern,
            lambda: sorted(literal_starts(list(sre_parser.parse(pattern.pattern, pattern.flags)))),
        )
    )
    missing = set(common) - starts
    if missing:
        raise ValueError(f"no match of the pattern starts with just {sorted(missing)}")
    starts -= set(common)
    if min(map(len, starts)) < _MIN_STEM:
        return None
    stems: list[str] = []
    for start in sorted(starts, key=len):
        if not any(start.startswith(stem) for stem in stems):
            stems.append(start)
    return tuple(sorted(stems))


class Gate:
    """A compiled pattern tried only where its literal start is found in the text.

    `common` names literal starts that are common words ("a", "the" of "a suspect"), each
    with the words every match that starts so contains ("suspect"): the pattern is not tried
    at every "a", but tried everywhere, as written, in a text that has one of those words.
    """

    def __init__(
        self, pattern: re.Pattern[str], common: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        self.pattern = pattern
        self.common = common or {}
        self.stems = _stems(pattern, self.common)
        self._needs = tuple(sorted({word for words in self.common.values() for word in words}))

    def _lowered(self, text: str) -> str | None:
        """The lower-cased text to find stems in, or None to run the pattern as written."""
        if self.stems is None:
            return None
        low = lowered(text)
        if low is None or any(word in low for word in self._needs):
            return None
        return low

    def _starts(self, low: str) -> list[tuple[int, str]]:
        """(first position, stem) for every stem in the lower-cased text, as a heap."""
        assert self.stems is not None
        heap = [(at, stem) for stem in self.stems if (at := low.find(stem)) >= 0]
        heapq.heapify(heap)
        return heap

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`."""
        low = self._lowered(text)
        if low is None:
            return self.pattern.search(text)
        heap = self._starts(low)
        match = self.pattern.match
        while heap:
            at, stem = heap[0]
            found = match(text, at)
            if found is not None:
                return found
            following = low.find(stem, at + 1)
            if following >= 0:
                heapq.heapreplace(heap, (following, stem))
            else:
                heapq.heappop(heap)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`: the pattern's matches are never empty."""
        low = self._lowered(text)
        if low is None:
            return self.pattern.finditer(text)
        assert self.stems is not None
        starts: list[int] = []
        for stem in self.stems:
            at = low.find(stem)
            while at >= 0:
                starts.append(at)
                at = low.find(stem, at + 1)
        starts.sort()  # no two stems start at one place: neither is a prefix of the other
        match = self.pattern.match
        out: list[re.Match[str]] = []
        free = 0
        for at in starts:
            if at >= free:
                found = match(text, at)
                if found is not None:
                    out.append(found)
                    free = found.end()
        return iter(out)
