"""Feed health: the configured feeds joined with their stored fetch state.

One definition of ok / failing / stale / disabled / never fetched, shared by `sitrep feeds
list`, the dashboard's feed health panel and its health screen, so that no two of them can
disagree about a feed. `status` keeps the four values the command line has always printed
(ok, failing, disabled, never fetched); `health` is the same verdict with "stale" in place
of "ok" for a feed that answers but brings nothing new, and `stale_reason` says why.
"""

from __future__ import annotations

from typing import Any

from extract.times import iso
from ingest.config import Config

STALE_FACTOR = 3.0
"""A feed is stale when its last successful fetch is older than this many intervals."""
STALE_ITEM_AGE = 14 * 86400.0
"""...or when its newest item is older than this: a feed that answers every poll with the
same items from long ago (an abandoned URL, a frozen archive) is not a live source."""
HEALTH = ("ok", "failing", "stale", "disabled", "never fetched")
"""Every value of `health`, in the order the dashboard counts them."""


def feed_status(enabled: bool, state: dict[str, Any] | None) -> str:
    """ok / failing / disabled / never fetched, as `feeds list` reports it."""
    if not enabled or (state and state.get("gone")):
        return "disabled"
    if not state or state.get("last_fetch") is None:
        return "never fetched"
    return "failing" if state.get("last_error") else "ok"


def age_text(seconds: float) -> str:
    """`40 minutes`, `5 hours`, `3 days`, `2 months`, `2 years`: how long ago, roughly."""
    minutes = seconds / 60
    for limit, size, unit in (
        (120, 1, "minute"),
        (48 * 60, 60, "hour"),
        (60 * 1440, 1440, "day"),
        (730 * 1440, 30 * 1440, "month"),
    ):
        if minutes < limit:
            count = max(1, int(minutes // size))
            return f"{count} {unit}{'s' if count != 1 else ''}"
    years = int(minutes // (365 * 1440))
    return f"{years} years"


def stale_reason(state: dict[str, Any] | None, interval: float, now: float) -> str | None:
    """Why a feed that was fetched is stale, or None when it is not.

    No successful fetch for several intervals (alive but silent, or failing for long), or a
    newest item older than STALE_ITEM_AGE.
    """
    if not state or state.get("last_fetch") is None:
        return None
    last_ok = state.get("last_ok")
    if last_ok is None:
        return "never fetched successfully"
    if now - float(last_ok) > STALE_FACTOR * max(interval, 60.0):
        return f"no successful fetch for {age_text(now - float(last_ok))}"
    newest = state.get("newest")
    if newest is not None and now - float(newest) > STALE_ITEM_AGE:
        return f"newest item {age_text(now - float(newest))} old"
    return None


def is_stale(state: dict[str, Any] | None, interval: float, now: float) -> bool:
    """No successful fetch for several intervals, or nothing new for a long time."""
    return stale_reason(state, interval, now) is not None


def health_of(status: str, reason: str | None) -> str:
    """The dashboard's one verdict: a failing feed is failing (its error says more), an ok
    feed with a stale reason is stale."""
    return "stale" if status == "ok" and reason is not None else status


def feed_health(
    config: Config, states: dict[str, dict[str, Any]], now: float
) -> list[dict[str, Any]]:
    """The configured feeds in file order, each with its status and stored state."""
    rows = []
    for feed in config.feeds:
        state = states.get(feed.url) or {}
        status = feed_status(feed.enabled, state or None)
        reason = stale_reason(state or None, config.interval_for(feed), now)
        health = health_of(status, reason)
        rows.append(
            {
                "url": feed.url,
                "name": feed.name or state.get("title") or feed.display_name,
                "tags": list(feed.tags),
                "enabled": feed.enabled and not state.get("gone"),
                "status": status,
                "health": health,
                "stale": health == "stale",
                "stale_reason": reason if health == "stale" else None,
                "last_error": state.get("last_error"),
                "note": state.get("last_note"),
                "last_fetch": iso(state.get("last_fetch")),
                "last_ok": iso(state.get("last_ok")),
                "newest": iso(state.get("newest")),
                "next_fetch": iso(state.get("next_fetch")),
                "items": state.get("items", 0),
                "error_count": state.get("error_count", 0),
            }
        )
    return rows
