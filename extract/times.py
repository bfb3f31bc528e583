"""The one way sitrep writes a time for a program to read: ISO 8601 in UTC, to the second
(`2024-12-01T10:00:00Z`), in every JSON document, export and alert payload."""

from __future__ import annotations

from datetime import UTC, datetime

ISO_UTC = "%Y-%m-%dT%H:%M:%SZ"


def iso(value: datetime | float | None) -> str | None:
    """An aware datetime or an epoch time as ISO 8601 UTC, or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(ISO_UTC)
    return datetime.fromtimestamp(value, UTC).strftime(ISO_UTC)
