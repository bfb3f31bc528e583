"""What a desk editor reads off one text: its killed and injured totals, on a fixed day."""

from __future__ import annotations

from datetime import UTC, datetime

from extract.api import extract

PUBLISHED = datetime(2024, 12, 5, 12, 0, tzinfo=UTC)


def totals(text: str) -> tuple[int, int]:
    """(killed, injured) of `text` as published on `PUBLISHED`."""
    ex = extract(text, published=PUBLISHED)
    return ex.killed, ex.injured
