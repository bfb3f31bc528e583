"""The one sanitiser for text that did not come from our own code, before a terminal sees it.

A terminal obeys what it is sent: an HTTP reason phrase carrying ``ESC ] 52 ; c ; ... BEL``
writes the user's clipboard, ``ESC [ 2 J`` clears the screen, ``ESC ] 0 ; ... BEL`` sets the
window title, an 8-bit C1 byte (U+009B) is a CSI on some terminals, and bidi overrides make a
line read differently from what it is. Such text reaches us from servers (reason phrases,
headers, discovered links), from config files (YAML double-quoted strings may hold ``\\e``),
from OPML files, feeds and stdin.

Every front end (the command line, the dashboard, the demo) cleans what it prints or notifies
through ``terminal_text``, and ingest cleans feed text with ``strip_controls`` when it stores
it; both are the same rules. URLs are not cleaned but refused (``url_problem``): an address
that silently changes is worse than one that is rejected with a reason. This module imports
nothing but the standard library, so any layer can use it.
"""

from __future__ import annotations

import re

# Escape sequences, in their 7-bit (ESC-introduced) and 8-bit (C1) forms: OSC (ESC ] or
# U+009D ... BEL or ST), DCS/SOS/PM/APC strings, CSI (ESC [ or U+009B), and two-character
# escapes. An unterminated string ends at the line's end, so that one stray ESC cannot
# swallow a whole summary. Other lone C1 characters are simply dropped below.
_OSC_LIKE = re.compile(
    r"(?:\x1b[\]P^_X]|[\x9d\x90\x98\x9e\x9f])[^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|$)"
)
_CSI = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?")
_ESC_PAIR = re.compile(r"\x1b[ -~]?")
# Every C0 control but tab and newline, DEL, and every C1 control.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible format characters that reorder text (bidi embeddings, overrides and isolates).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_BLANKED = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
# What may not appear in a URL at all: every C0 control (tab and newline too), DEL, C1, bidi.
_URL_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal may act on.
_JSON_RAW = re.compile(f"[\\x7f-\\x9f{BIDI_CONTROLS}\u2028\u2029]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences, C0/C1 controls and bidi controls; keep tab, newline.

    Whole sequences go first: stripping only the ESC byte of ``ESC ] 8 ;; http://x BEL``
    would leave ``]8;;http://x`` behind as visible garbage. A carriage return becomes a
    newline (a lone CR would let a line overwrite itself).
    """
    if text.isprintable() or _BLANKED.search(text) is None:
        return text  # nothing to remove: a summary's line breaks are kept as they are
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OSC_LIKE.sub("", text)
    text = _CSI.sub("", text)
    text = _ESC_PAIR.sub("", text)
    text = _CONTROLS.sub("", text)
    return _BIDI.sub("", text)


def terminal_text(value: object) -> str:
    """Any value as text that is safe to print on a terminal or show in a notification."""
    if value is None:
        return ""
    return strip_controls(value if isinstance(value, str) else str(value))


def blank_controls(text: str) -> str:
    """Each control, C1 or bidi character replaced by a space, so that character offsets into
    `text` (highlighted spans) still hold; what remains of a sequence is inert text."""
    return _BLANKED.sub(" ", text)


def json_text(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with DEL, C1 and bidi
    controls and line separators written as ``\\uXXXX`` escapes: the data is unchanged for a
    JSON reader, and a terminal that shows the output receives none of them raw. Such
    characters can only stand inside JSON strings, where an escape means the same."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped)


def url_problem(url: str) -> str | None:
    """Why `url` is refused, as the end of a sentence, or None when it has no such character.

    A URL with a control, C1 or bidi character is never a real feed address; it is how a
    hostile page or OPML file would smuggle an escape sequence into feeds.yaml.
    """
    found = _URL_UNSAFE.search(url)
    if found is None:
        return None
    char = found.group(0)
    kind = "a bidi control" if char in BIDI_CONTROLS else "a control character"
    return f"the URL contains {kind} (U+{ord(char):04X})"
