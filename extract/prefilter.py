"""Cheap word tests that rule out a costly case-insensitive regex before it runs.

A long alternation tried at every word of every sentence is most of what extraction costs,
and most sentences hold none of the words it needs. Each pattern that is gated here lists
words of which every one of its matches contains at least one; a text without any of them
cannot match, and the regex is not run. Plain substring tests on the lower-cased text are
many times faster than the regex.

`re.IGNORECASE` also matches three letters that `str.lower` does not turn into ASCII: the
dotted and dotless Turkish I ("İ", "ı" match "i") and the long s ("ſ" matches "s"). A text
with one of them is never ruled out.
"""

from __future__ import annotations

_FOLDS_TO_ASCII = ("İ", "ı", "ſ")


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
