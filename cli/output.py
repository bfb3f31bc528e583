"""Everything the headless commands print: lines, tables, JSON, prompts (no Rich, no Textual).

This is the only module of the command line that writes to the terminal, and it writes
nothing that has not passed the one sanitiser (``ingest.safe_text``): server replies, config
keys and names, feed text, OPML attributes and stdin all reach the user's terminal as text,
never as escape sequences that set the clipboard, clear the screen or reorder a line. A test
(tests/reliability/test_terminal_safety.py) checks that no other module prints directly.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from ingest.safe_text import json_text, terminal_text


def echo(message: object = "", *, err: bool = False, nl: bool = True) -> None:
    """Print one message (stdout, or stderr with `err`), cleaned for the terminal."""
    click.echo(terminal_text(message), err=err, nl=nl)


def flush_output() -> None:
    """Push out what is buffered for stdout and stderr (before a prompt exit)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more can be said
            stream.flush()


class _StderrHandler(logging.Handler):
    """Log records (an alert command's failure names its rule) printed like any output."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            echo(self.format(record), err=True)
        except Exception:
            self.handleError(record)


def log_to_stderr() -> None:
    """Warnings from the library code go to stderr through the sanitiser (once)."""
    root = logging.getLogger()
    if any(isinstance(h, _StderrHandler) for h in root.handlers):
        return
    handler = _StderrHandler(logging.WARNING)
    handler.setFormatter(logging.Formatter("sitrep: %(message)s"))
    root.addHandler(handler)


def confirm(question: str, *, default: bool = True) -> None:
    """Ask on stderr; abort (exit 1) on no. Only for a terminal: callers check isatty."""
    click.confirm(terminal_text(question), default=default, abort=True, err=True)


def dumps(data: Any, *, indent: int | None = None, allow_nan: bool = True) -> str:
    """JSON text with every control, C1 and bidi character escaped (the data unchanged)."""
    return json_text(json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=allow_nan))


def emit_json(data: Any) -> None:
    """Write JSON to stdout, UTF-8, one document, newline-terminated."""
    sys.stdout.write(dumps(data, indent=2) + "\n")


def emit_json_line(data: Any) -> None:
    """One strict JSON document on one line, flushed (a script feeding lines one by one
    reads each result at once).

    A lone surrogate ("\\ud800" in the input) is no UTF-8 character: backslashreplace writes
    it back as the same JSON escape, so the line stays valid JSON.
    """
    sys.stdout.flush()  # the line goes to the byte stream under it
    out = sys.stdout.buffer
    out.write(dumps(data, allow_nan=False).encode("utf-8", "backslashreplace") + b"\n")
    out.flush()


def write_export(chunks: Iterable[str], output: Path | None, *, json_like: bool) -> None:
    """An export, to `output` or stdout, with its data exact wherever a program reads it.

    JSON text has every control, C1 and bidi character written as an escape (the data is
    unchanged for a JSON reader, a terminal receives none of them raw). Other text (CSV) goes
    byte for byte to a file or a pipe, and only when stdout is a terminal through the
    sanitiser: feed text never reaches a terminal as escape sequences.
    """
    clean = json_text if json_like else (terminal_text if output is None and _tty() else None)
    if output is not None:
        with output.open("w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(clean(chunk) if clean else chunk)
        return
    sys.stdout.flush()
    out = sys.stdout.buffer
    for chunk in chunks:
        out.write((clean(chunk) if clean else chunk).encode("utf-8", "backslashreplace"))
    out.flush()


def _tty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def local_time(ts: float | None, *, with_date: bool = True) -> str:
    """An epoch time shown in the user's local zone (what an editor reads off the wall
    clock)."""
    if ts is None:
        return "-"
    local = datetime.fromtimestamp(ts).astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    out = ""
    for char in text:
        if _width(out + char) > limit - 1:
            break
        out += char
    return out + "…"


def table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, limits: Sequence[int] | None = None
) -> str:
    """Columns padded to their widest cell; `limits` clips long text columns."""
    cells = [[str(h) for h in headers]]
    for row in rows:
        cells.append(
            [
                _clip(
                    " ".join(terminal_text(v if v is not None else "-").split()),
                    limits[i] if limits and limits[i] else 10_000,
                )
                for i, v in enumerate(row)
            ]
        )
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        parts = [c + " " * (widths[i] - _width(c)) for i, c in enumerate(row)]
        lines.append("  ".join(parts).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
