"""Feed health: the configured feeds joined with their stored fetch state.

One definition of ok / failing / stale / disabled / never fetched, shared by `sitrep feeds
list` and the dashboard's feed health panel.
"""

from __future__ import annotations

from typing import Any

from ingest.config import Config
from storage.window import iso

STALE_FACTOR = 3.0
"""A feed is stale when its last successful fetch is older than this many intervals."""


def feed_status(enabled: bool, state: dict[str, Any] | None) -> str:
    """ok / failing / disabled / never fetched, as `feeds list` reports it."""
    if not enabled or (state and state.get("gone")):
        return "disabled"
    if not state or state.get("last_fetch") is None:
        return "never fetched"
    return "failing" if state.get("last_error") else "ok"


def is_stale(state: dict[str, Any] | None, interval: float, now: float) -> bool:
    """No successful fetch for several intervals (the feed may be alive but silent)."""
    if not state or state.get("last_fetch") is None:
        return False
    last_ok = state.get("last_ok")
    return last_ok is None or now - float(last_ok) > STALE_FACTOR * max(interval, 60.0)


def feed_health(
    config: Config, states: dict[str, dict[str, Any]], now: float
) -> list[dict[str, Any]]:
    """The configured feeds in file order, each with its status and stored state."""
    rows = []
    for feed in config.feeds:
        state = states.get(feed.url) or {}
        rows.append(
            {
                "url": feed.url,
                "name": feed.name or state.get("title") or feed.display_name,
                "tags": list(feed.tags),
                "enabled": feed.enabled and not state.get("gone"),
                "status": feed_status(feed.enabled, state or None),
                "stale": is_stale(state or None, config.interval_for(feed), now),
                "last_error": state.get("last_error"),
                "note": state.get("last_note"),
                "last_fetch": iso(state.get("last_fetch")),
                "last_ok": iso(state.get("last_ok")),
                "next_fetch": iso(state.get("next_fetch")),
                "items": state.get("items", 0),
                "pruned": state.get("pruned") or 0,
                "error_count": state.get("error_count", 0),
            }
        )
    return rows
