"""Time windows: `all`, a duration (`90m`, `24h`, `7d`) or an ISO 8601 time.

Shared by the command line and the dashboard so that `--since 24h` and the 24h selector mean
exactly the same thing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Literal, get_args

Window = Literal["1h", "6h", "24h", "7d", "all"]
"""The windows the dashboard offers, and that `settings.window` may name."""
WINDOWS: tuple[Window, ...] = get_args(Window)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
"""Window starts outside these are refused: nothing was published then, and times near the
ends of the calendar cannot be shown in every time zone ("year 0 is out of range")."""
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")


def parse_duration(value: object) -> float:
    """Seconds from `90`, `"90s"`, `"10m"`, `"2h"`, `"7d"`; raises ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 90s, 10m or 2h")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = _DURATION.match(value.lower())
        if match:
            return float(match.group(1)) * _UNITS[match.group(2) or "s"]
    raise ValueError(f"{value!r} is not a duration (use seconds, or 90s, 10m, 2h, 7d)")


def format_duration(seconds: float) -> str:
    """The shortest of `90s`, `10m`, `2h`, `7d` that `parse_duration` reads back exactly."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def parse_since(text: str, now: datetime) -> datetime | None:
    """The start of a window, or None for `all`; raises ValueError with a plain message."""
    value = text.strip()
    if value.lower() == "all":
        return None
    if _DURATION.match(value.lower()) and value[-1:].isalpha():
        try:
            start = now - timedelta(seconds=parse_duration(value))
        except OverflowError:
            start = EARLIEST - timedelta(days=1)
        if start < EARLIEST:
            raise ValueError(f"{text!r} reaches back further than any date")
        return start
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a window: use all, a duration like 90m, 24h or 7d, "
            "or an ISO 8601 time"
        ) from None
    return _in_range(text, when if when.tzinfo else when.replace(tzinfo=UTC))


def _too_far(text: str) -> str:
    return (
        f"{text!r} is not a usable window start: give a time between "
        f"{EARLIEST.year} and {LATEST.year}, or all"
    )


def _in_range(text: str, when: datetime) -> datetime:
    try:
        utc = when.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError(_too_far(text)) from None
    if not EARLIEST <= utc < LATEST:
        raise ValueError(_too_far(text))
    return when


def window_start(window: str, now: float) -> float | None:
    """The start (epoch seconds) of a window (one of `WINDOWS` or anything `parse_since`
    reads), or None for `all`: the dashboard's 24h selector and `sitrep --since 24h` are this
    one reading. Raises ValueError with a plain sentence."""
    start = parse_since(window, datetime.fromtimestamp(now, UTC))
    return start.timestamp() if start is not None else None
