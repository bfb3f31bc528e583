"""Turn untrusted feed text into safe, plain, bounded strings.

Feed titles and summaries come from strangers and end up in a terminal and in quotes that
journalists copy. Three dangers are handled here, once, at ingest:

* HTML: summaries are usually HTML. We want words, not markup, so tags are removed, entities
  decoded and block elements turned into line breaks, by a scanner that is tolerant of broken
  markup, never raises and takes linear time (``ingest.html_text``).
* Control characters: an ESC or OSC sequence (``ESC ] 8 ;; url BEL``) in a title would be
  interpreted by the user's terminal. C0 and C1 controls and bidi overrides are stripped,
  whole escape sequences first, by the same rules every front end prints with
  (``ingest.safe_text``).
* Size: a single item must not be able to fill the screen or the database, so lengths are
  capped.
"""

from __future__ import annotations

__all__ = ["clean_line", "clean_summary", "clean_title", "html_to_text", "strip_controls"]

import re

from ingest.html_text import html_to_text as fragment_text
from ingest.safe_text import strip_controls

TITLE_MAX = 500
SUMMARY_MAX = 20_000
ELLIPSIS = "…"

_HSPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_ANY_SPACE = re.compile(r"\s+")
_TAG_HINT = re.compile(r"<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);?")


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML fragment, entities decoded, blocks on new lines.

    Text without any tag or entity is returned untouched (fast path: most titles). The work is
    done by ``ingest.html_text``, which never raises and takes time linear in the input.
    """
    if not _TAG_HINT.search(html):
        return html
    return fragment_text(html)


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
