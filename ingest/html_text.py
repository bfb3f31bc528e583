"""The visible text of an HTML fragment, in time linear in its length, never raising.

Feed summaries are HTML written by strangers. The standard library's ``html.parser`` was the
first choice, but on Python 3.11 it raises on some declarations (``<![`` followed by anything
but a known keyword: an ``AssertionError`` from ``_markupbase``) and takes quadratic time on
constructs that are opened and never closed (``<!--`` repeated: 80 kB took 16 s), because
every unclosed opener searches the rest of the text for its closer. One summary could then
fail, or stall, its whole feed.

This scanner reads left to right and never looks back. Every search for a closer goes through
a memo (``_Finder``): the positions asked for only grow, so a search that found nothing is
never repeated and one that found a far closer answers every later question before it. An
unclosed comment or tag (a summary cut off upstream) runs to the end and is dropped, as a
browser does; a declaration, instruction or CDATA opener that is never closed, and a ``<``
that cannot open anything, are text, so that a summary quoting "<!DOCTYPE" keeps its words.
"""

from __future__ import annotations

import html
import re

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "div", "dl",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot",
        "thead", "ul",
    }
)  # fmt: skip
# Elements that start a new line but do not end a paragraph (no blank line after a list item).
LINE_TAGS = frozenset({"br", "dd", "dt", "li", "tr"})
CELL_TAGS = frozenset({"td", "th"})
# Elements whose content is not text for a reader: skipped up to their end tag.
SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head"})

_NAME = re.compile(r"[A-Za-z][^\s/>]*")


def _letter(char: str) -> bool:
    """A letter a tag name may start with: ASCII only ("<À" is text, not a tag)."""
    return char.isascii() and char.isalpha()


_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


class _Finder:
    """``str.find`` with a memo per needle, for searches whose start only moves forward.

    A remembered answer holds for any later start up to it; "not found" holds for every later
    start. So each needle's searches scan the text at most once in total.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._memo: dict[str, tuple[int, int]] = {}

    def find(self, needle: str, start: int) -> int:
        memo = self._memo.get(needle)
        if memo is not None:
            searched_from, found = memo
            if searched_from <= start and (found < 0 or found >= start):
                return found
        found = self.text.find(needle, start)
        self._memo[needle] = (start, found)
        return found

    def search(self, pattern: re.Pattern[str], start: int) -> int:
        """Like ``find`` for a pattern (skip tags' end tags, any case)."""
        key = "\0" + pattern.pattern
        memo = self._memo.get(key)
        if memo is not None:
            searched_from, found = memo
            if searched_from <= start and (found < 0 or found >= start):
                return found
        match = pattern.search(self.text, start)
        found = match.start() if match else -1
        self._memo[key] = (start, found)
        return found


def _tag_end(find: _Finder, start: int) -> int:
    """The index of the ``>`` closing the tag whose name ends at ``start``, or -1.

    A quoted attribute value may hold ``>``; an unclosed quote runs to the end (HTML5).
    """
    pos = start
    while True:
        gt = find.find(">", pos)
        if gt < 0:
            return -1
        quotes = [q for q in (find.find('"', pos), find.find("'", pos)) if 0 <= q < gt]
        if not quotes:
            return gt
        opening = min(quotes)
        closing = find.find(find.text[opening], opening + 1)
        if closing < 0:
            return -1
        pos = closing + 1


class _Scanner:
    """One left-to-right pass over a fragment, collecting its text."""

    def __init__(self, fragment: str) -> None:
        self.text = fragment
        self.find = _Finder(fragment)
        self.parts: list[str] = []
        self.text_start = 0

    def flush(self, end: int) -> None:
        """The text since the last markup, entities decoded."""
        if end > self.text_start:
            self.parts.append(html.unescape(self.text[self.text_start : end]))

    def run(self) -> str:
        text, find, n = self.text, self.find, len(self.text)
        pos = 0
        while pos < n:
            lt = find.find("<", pos)
            if lt < 0:
                break
            after, then = text[lt + 1 : lt + 2], text[lt + 2 : lt + 3]
            if text.startswith("<!--", lt):
                close = find.find("-->", lt + 4)
                resume = close + 3 if close >= 0 else -1  # unclosed: the rest is a comment
            elif text.startswith("<![CDATA[", lt):
                close = find.find("]]>", lt + 9)
                if close < 0:
                    pos = lt + 1  # never closed: text
                    continue
                self.flush(lt)
                self.parts.append(text[lt + 9 : close])  # CDATA is literal text
                resume = close + 3
            elif (
                (after == "!" and (_letter(then) or then == "["))
                or after == "?"
                or (after == "/" and not _letter(then))
            ):
                close = find.find(">", lt + 2)  # a declaration, instruction or "</>"
                if close < 0:
                    pos = lt + 1  # never closed: text ("<!DOCTYPE" quoted in a summary)
                    continue
                resume = close + 1
            elif after == "/" or _letter(after):
                resume = self.tag(lt)  # an unclosed tag (cut off upstream) ends the text
            else:
                pos = lt + 1  # "a < b", "<!'": text
                continue
            self.flush(lt)
            if resume < 0:  # opened and never closed: the rest is not text
                self.text_start = n
                break
            self.text_start = pos = resume
        self.flush(n)
        return "".join(self.parts)

    def tag(self, lt: int) -> int:
        """Note what the tag at ``lt`` means for the text; where text resumes (-1: never)."""
        text = self.text
        closing = text[lt + 1] == "/"
        name_match = _NAME.match(text, lt + 2 if closing else lt + 1)
        assert name_match is not None  # the caller saw a letter there
        name = name_match.group(0).lower()
        end = _tag_end(self.find, name_match.end())
        if end < 0:
            return -1
        self.flush(lt)
        self.text_start = end + 1
        if closing:
            if name in BLOCK_TAGS:
                self.parts.append("\n")
            return end + 1
        if name in SKIP_TAGS and text[end - 1] != "/":
            close = self.find.search(_end_tag(name), end + 1)
            after = self.find.find(">", close) if close >= 0 else -1
            return after + 1 if after >= 0 else -1
        if name in BLOCK_TAGS or name in LINE_TAGS:
            self.parts.append("\n")
        elif name in CELL_TAGS:
            self.parts.append(" ")
        elif name == "img":
            alt = _ALT.search(text, name_match.end(), end)
            value = next((g for g in alt.groups() if g is not None), "") if alt else ""
            if value.strip():
                self.parts.append(f" {html.unescape(value)} ")
        return end + 1


_END_TAGS: dict[str, re.Pattern[str]] = {}


def _end_tag(name: str) -> re.Pattern[str]:
    if name not in _END_TAGS:
        _END_TAGS[name] = re.compile(rf"</{re.escape(name)}(?=[\s/>]|$)", re.IGNORECASE)
    return _END_TAGS[name]


def html_to_text(fragment: str) -> str:
    """The visible text of ``fragment``: tags dropped, entities decoded, blocks on new lines.

    Image alt text is kept (often the only description of a picture story); the content of
    script, style and similar elements is not. Never raises; linear time.
    """
    return _Scanner(fragment).run()
