"""Plain-text tables and JSON for the headless commands (no Rich, no Textual: fast start)."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Any


def emit_json(data: Any) -> None:
    """Write JSON to stdout, UTF-8, one document, newline-terminated."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def local_time(iso_or_ts: str | float | None, *, with_date: bool = True) -> str:
    """A UTC time shown in the user's local zone (what an editor reads off the wall clock)."""
    if iso_or_ts is None or iso_or_ts == "":
        return "-"
    if isinstance(iso_or_ts, str):
        when = datetime.fromisoformat(iso_or_ts.replace("Z", "+00:00"))
    else:
        when = datetime.fromtimestamp(iso_or_ts).astimezone()
    local = when.astimezone()
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
                    " ".join(str(v if v is not None else "-").split()),
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
