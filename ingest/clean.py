"""Turn untrusted feed text into safe, plain, bounded strings.

Feed titles and summaries come from strangers and end up in a terminal and in quotes that
journalists copy. Three dangers are handled here, once, at ingest:

* HTML: summaries are usually HTML. We want words, not markup, so tags are removed, entities
  decoded and block elements turned into line breaks. The standard library's ``html.parser``
  is tolerant of broken markup and fast enough for thousands of items a second.
* Control characters: an ESC or OSC sequence (``ESC ] 8 ;; url BEL``) in a title would be
  interpreted by the user's terminal. C0 and C1 controls are stripped, whole escape sequences
  first so that their payload does not linger as stray text.
* Size: a single item must not be able to fill the screen or the database, so lengths are
  capped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

TITLE_MAX = 500
SUMMARY_MAX = 20_000
ELLIPSIS = "…"

# ESC-introduced sequences: OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, CSI, and
# two-character escapes. An unterminated string ends at the line's end, so that one stray
# ESC cannot swallow a whole summary. Lone 8-bit C1 characters are simply dropped below.
_OSC_LIKE = re.compile(r"\x1b[\]P^_X][^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|$)")
_CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]?")
_ESC_PAIR = re.compile(r"\x1b[ -~]?")
# Every C0 control but tab and newline, DEL, and every C1 control.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible format characters that reorder or hide text (bidi overrides, isolates).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_HSPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_ANY_SPACE = re.compile(r"\s+")
_TAG_START = re.compile(r"<[A-Za-z/]")
_TAG_HINT = re.compile(r"<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);?")

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "div", "dl",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot",
        "thead", "ul",
    }
)  # fmt: skip
# Elements that start a new line but do not end a paragraph (no blank line after a list item).
_LINE_TAGS = frozenset({"br", "dd", "dt", "li", "tr"})
_CELL_TAGS = frozenset({"td", "th"})
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head"})


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and C0/C1 controls, keeping tabs and newlines.

    Whole sequences go first: stripping only the ESC byte of ``ESC ] 8 ;; http://x BEL``
    would leave ``]8;;http://x`` behind as visible garbage.
    """
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OSC_LIKE.sub("", text)
    text = _CSI.sub("", text)
    text = _ESC_PAIR.sub("", text)
    text = _CONTROLS.sub("", text)
    return _BIDI.sub("", text)


class _TextExtractor(HTMLParser):
    """Collect the text of an HTML fragment, with line breaks where blocks end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS or tag in _LINE_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append(" ")
        elif tag == "img":
            # An image's alt text is often the only description of a picture story.
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML fragment, entities decoded, blocks on new lines.

    Text without any tag or entity is returned untouched (fast path: most titles).
    """
    if not _TAG_HINT.search(html):
        return html
    parser = _TextExtractor()
    parser.feed(html)
    if _TAG_START.match(parser.rawdata):
        parser.rawdata = ""  # a tag cut off by truncation upstream: drop it, not show it
    parser.close()
    return "".join(parser.parts)


def _cap(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, on a word boundary when one is near."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ", max(0, len(cut) - 40))
    if space > 0:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def clean_title(raw: str, *, is_html: bool = False) -> str:
    """A title on one line: plain text, no controls, single spaces, at most 500 characters."""
    text = html_to_text(raw) if is_html else raw
    text = strip_controls(text)
    text = _ANY_SPACE.sub(" ", text).strip()
    return _cap(text, TITLE_MAX)


def clean_summary(raw: str, *, is_html: bool = True) -> str:
    """Plain-text summary: paragraphs kept as newlines, spaces collapsed, capped at 20,000."""
    text = html_to_text(raw) if is_html else raw
    text = strip_controls(text).replace("\t", " ")
    text = _HSPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return _cap(text, SUMMARY_MAX)


def clean_line(raw: str, *, limit: int = 2_000) -> str:
    """A short single-line field (author, guid): no controls, collapsed, capped."""
    text = _ANY_SPACE.sub(" ", strip_controls(raw)).strip()
    return _cap(text, limit)
