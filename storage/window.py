"""Time windows: `all`, a duration (`90m`, `24h`, `7d`) or an ISO 8601 time.

Shared by the command line and the dashboard so that `--since 24h` and the 24h selector mean
exactly the same thing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
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


def parse_since(text: str, now: datetime) -> datetime | None:
    """The start of a window, or None for `all`; raises ValueError with a plain message."""
    value = text.strip()
    if value.lower() == "all":
        return None
    try:
        if _DURATION.match(value.lower()) and value[-1:].isalpha():
            return now - timedelta(seconds=parse_duration(value))
    except ValueError:
        pass
    except OverflowError:
        raise ValueError(f"{text!r} reaches back further than any date") from None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a window: use all, a duration like 90m, 24h or 7d, "
            "or an ISO 8601 time"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def iso(ts: float | None) -> str | None:
    """An epoch time as ISO 8601 UTC (`2024-12-01T10:00:00Z`), or None."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
